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

    /** Whether the shop's saved credentials work; when they do not, the user connects the shop again. */
    public enum Credentials {
        /** Readable, and not refused by the platform so far. */
        OK,
        /** The saved app secret and auth code cannot be read on this computer (keychain reset, key file lost). */
        UNREADABLE,
        /** The platform refused them (0002 auth code, 0004 signature): revoked, renewed or changed. */
        REJECTED
    }

    /**
     * @param connection     offline, online or syncing
     * @param pendingChanges local changes not yet confirmed by the platform
     * @param needsAttention changes the platform rejected, waiting for the user
     * @param lastSync       the last successful sync, or {@code null} if the shop never synced
     * @param credentials    whether the saved credentials work
     */
    public record Snapshot(Connection connection, long pendingChanges, long needsAttention, Instant lastSync,
                           Credentials credentials) {
        public Snapshot {
            Objects.requireNonNull(connection, "connection");
            Objects.requireNonNull(credentials, "credentials");
        }

        /** A snapshot whose credentials are fine. */
        public Snapshot(Connection connection, long pendingChanges, long needsAttention, Instant lastSync) {
            this(connection, pendingChanges, needsAttention, lastSync, Credentials.OK);
        }

        /**
         * True when the shop's data may differ from what a screen read at {@code before} (null: never read): a sync
         * finished, or the outbox's pending or needs-attention changes moved.
         */
        public boolean shopChangedSince(Snapshot before) {
            return before == null || !Objects.equals(lastSync, before.lastSync)
                    || pendingChanges != before.pendingChanges || needsAttention != before.needsAttention;
        }
    }

    private final CopyOnWriteArrayList<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();
    private Snapshot current = new Snapshot(Connection.OFFLINE, 0, 0, null);

    public synchronized Snapshot snapshot() {
        return current;
    }

    public void setConnection(Connection connection) {
        change(s -> new Snapshot(connection, s.pendingChanges(), s.needsAttention(), s.lastSync(), s.credentials()));
    }

    public void setOutboxCounts(long pending, long needsAttention) {
        change(s -> new Snapshot(s.connection(), pending, needsAttention, s.lastSync(), s.credentials()));
    }

    public void markSynced(Instant when) {
        change(s -> new Snapshot(s.connection(), s.pendingChanges(), s.needsAttention(), when, s.credentials()));
    }

    public void setCredentials(Credentials credentials) {
        change(s -> new Snapshot(s.connection(), s.pendingChanges(), s.needsAttention(), s.lastSync(), credentials));
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
