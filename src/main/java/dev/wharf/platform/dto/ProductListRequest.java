package dev.wharf.platform.dto;

import java.util.List;

/** {@code ymatou.products.list.get}: optionally up to 100 product ids; pages of 1–100 rows. */
public record ProductListRequest(List<String> productidList, Integer pageNo, Integer pageRows) {
}
