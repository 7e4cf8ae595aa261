package dev.wharf.sync.outbox;

/**
 * Told after every change of the outbox's counts (enqueue, delivery, retry, edit, discard), on the thread that made
 * it. Wire {@code counts -> syncStatus.setOutboxCounts(counts.pending(), counts.needsAttention())}.
 */
@FunctionalInterface
public interface OutboxListener {
    void outboxChanged(OutboxCounts counts);

    OutboxListener NONE = counts -> {
    };
}
