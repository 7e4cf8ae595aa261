package dev.wharf.sync.outbox;

/**
 * What the status bar shows of the outbox.
 *
 * @param pending        changes not yet confirmed by the platform (pending or being sent)
 * @param needsAttention changes the platform rejected
 */
public record OutboxCounts(long pending, long needsAttention) {
}
