package dev.wharf.shipping;

import dev.wharf.sync.outbox.OutboxEntry;
import java.util.List;

/**
 * Which outbox entries an import created, so its results view can follow what the platform answered for each order
 * (implemented by the store).
 */
public interface ImportLog {

    /** Records an applied import; returns its id. */
    long record(String fileName, Leg leg, int rowsInFile, List<AppliedRow> rows);

    /** The most recent import's id, if any. */
    java.util.Optional<Long> latest();

    /** Each applied row with its outbox entry's state and the platform's message, in row order. */
    List<ResultRow> results(long importId);

    /** A row that was applied, and the outbox entry that carries it to the platform. */
    record AppliedRow(int row, String orderId, String tracking, long outboxId) {
    }

    /**
     * @param state   the outbox entry's state: pending or sending (waiting), done (the platform confirmed), rejected
     *                (refused: Needs attention), discarded
     * @param message the platform's message for a refusal, or the last transient error
     */
    record ResultRow(int row, String orderId, String tracking, OutboxEntry.State state, String message) {
        public boolean failed() {
            return state == OutboxEntry.State.REJECTED || state == OutboxEntry.State.DISCARDED;
        }
    }
}
