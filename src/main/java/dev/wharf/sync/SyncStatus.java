package dev.wharf.sync;

import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;

/**
 * The shop's connection and sync state as one observable value: what the status bar shows. Thread-safe; listeners
 * are called on the thread that made the change (the UI marshals to the FX thread itself).
 */
public final class SyncStatus {

    /** How Wharf is talking to the platform right now. */
    public enum Connection { OFFLINE, ONLINE, SYNCING }

    /**
     * @param connection     offline, online or syncing
     * @param pendingChanges local changes not yet confirmed by the platform
     * @param needsAttention changes the platform rejected, waiting for the user
     * @param lastSync       the last successful sync, or {@code null} if the shop never synced
     */
    public record Snapshot(Connection connection, long pendingChanges, long needsAttention, Instant lastSync) {
        public Snapshot {
            Objects.requireNonNull(connection, "connection");
        }
    }

    private final CopyOnWriteArrayList<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();
    private Snapshot current = new Snapshot(Connection.OFFLINE, 0, 0, null);

    public synchronized Snapshot snapshot() {
        return current;
    }

    public void setConnection(Connection connection) {
        change(s -> new Snapshot(connection, s.pendingChanges(), s.needsAttention(), s.lastSync()));
    }

    public void setOutboxCounts(long pending, long needsAttention) {
        change(s -> new Snapshot(s.connection(), pending, needsAttention, s.lastSync()));
    }

    public void markSynced(Instant when) {
        change(s -> new Snapshot(s.connection(), s.pendingChanges(), s.needsAttention(), when));
    }

    /** Registers a listener and calls it once with the current value. */
    public void subscribe(Consumer<Snapshot> listener) {
        listeners.add(listener);
        listener.accept(snapshot());
    }

    public void unsubscribe(Consumer<Snapshot> listener) {
        listeners.remove(listener);
    }

    private void change(UnaryOperator<Snapshot> f) {
        Snapshot next;
        synchronized (this) {
            next = f.apply(current);
            if (next.equals(current)) {
                return;
            }
            current = next;
        }
        listeners.forEach(l -> l.accept(next));
    }
}
