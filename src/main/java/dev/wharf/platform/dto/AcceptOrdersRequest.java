package dev.wharf.platform.dto;

import java.util.List;

/** {@code ymatou.order.accept}: up to 100 order ids. */
public record AcceptOrdersRequest(List<Long> orderIds) {
}
