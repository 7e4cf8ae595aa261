package dev.wharf.platform.dto;

import java.util.List;

/** Extensions {@code wharf.product.shelve} and {@code wharf.product.unshelve}: up to 100 product ids. */
public record ProductShelveRequest(List<String> productIds) {
}
