package dev.wharf.platform.dto;

/**
 * Paging for list extensions without other filters ({@code wharf.customers.list.get},
 * {@code wharf.coupons.list.get}): {@code updated_since} (optional platform time) returns only rows changed then
 * or later.
 */
public record PageRequest(Integer pageNo, Integer pageRows, String updatedSince) {
}
