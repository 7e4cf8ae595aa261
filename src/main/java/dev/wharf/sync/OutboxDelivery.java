package dev.wharf.sync;

/**
 * Sends the outbox's due commands to the platform (implemented by the outbox). The sync engine calls it before each
 * pull, so the platform sees local changes first and the pull then confirms them.
 */
public interface OutboxDelivery {
    /**
     * Sends every command that is due, in order per order/product, batched where the platform takes arrays.
     * Returns what happened; a transient failure (offline, busy platform) leaves commands for a later attempt and
     * is reported, not thrown.
     */
    DeliveryReport deliverDue(SyncProgress progress);

    /**
     * @param confirmed   commands the platform accepted
     * @param rejected    commands the platform refused (now in Needs attention)
     * @param retryLater  commands left for a later attempt (transient failure, backoff)
     * @param offline     true when the platform could not be reached at all
     */
    record DeliveryReport(int confirmed, int rejected, int retryLater, boolean offline) {
        public static final DeliveryReport NOTHING = new DeliveryReport(0, 0, 0, false);
    }
}
