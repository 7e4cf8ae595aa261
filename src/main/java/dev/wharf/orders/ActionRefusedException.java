package dev.wharf.orders;

/** An order action the rules do not allow now; nothing was written. {@link #reason()} names why, for the screen. */
public final class ActionRefusedException extends RuntimeException {

    /** Why; each has a bundle key {@code orders.refused.<name in lower camel case>}. */
    public enum Reason {
        CANCEL_AFTER_ACCEPT("cancelAfterAccept"),
        REASON_REQUIRED("reasonRequired"),
        ADDRESS_NOT_AWAITING_SHIPMENT("addressNotAwaitingShipment"),
        ADDRESS_INCOMPLETE("addressIncomplete"),
        REFUND_NOT_OPEN("refundNotOpen"),
        REFUND_AMOUNT_CHANGED("refundAmountChanged"),
        MEMO_TOO_LONG("memoTooLong"),
        CHANGE_WAITING("changeWaiting");

        private final String key;

        Reason(String key) {
            this.key = key;
        }

        public String messageKey() {
            return "orders.refused." + key;
        }
    }

    private final Reason reason;

    public ActionRefusedException(Reason reason, String message) {
        super(message);
        this.reason = reason;
    }

    public Reason reason() {
        return reason;
    }
}
