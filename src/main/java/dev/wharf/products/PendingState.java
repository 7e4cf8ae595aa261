package dev.wharf.products;

/**
 * Where the latest local change of a SKU (or its product) stands in the outbox: nothing changed locally, waiting to
 * be sent (pending or sending), confirmed by the platform, or refused by it (Needs attention).
 */
public enum PendingState {
    NONE, WAITING, CONFIRMED, REFUSED;

    /** Reads {@code outbox.state} of the latest entry (null: no entry). Discarded changes show as none. */
    public static PendingState ofOutboxState(String state) {
        if (state == null) {
            return NONE;
        }
        return switch (state) {
            case "pending", "sending" -> WAITING;
            case "done" -> CONFIRMED;
            case "rejected" -> REFUSED;
            default -> NONE;
        };
    }

    /** The state to show for a SKU from its own latest entry and its product's: waiting and refused win. */
    public static PendingState combine(PendingState sku, PendingState product) {
        if (sku == REFUSED || product == REFUSED) {
            return REFUSED;
        }
        if (sku == WAITING || product == WAITING) {
            return WAITING;
        }
        if (sku == CONFIRMED || product == CONFIRMED) {
            return CONFIRMED;
        }
        return NONE;
    }

    /** Bundle key of the label. */
    public String labelKey() {
        return "products.pending." + name().toLowerCase(java.util.Locale.ROOT);
    }
}
