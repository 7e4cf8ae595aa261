package dev.wharf.platform.dto;

/**
 * Extension {@code wharf.orders.changes.get}: orders created or changed after {@code cursor} (opaque; null for
 * the beginning), oldest change first, at most {@code page_rows} (1–100) per call.
 */
public record OrderChangesRequest(String cursor, Integer pageRows, Boolean needsDeliveryInfo) {
}
