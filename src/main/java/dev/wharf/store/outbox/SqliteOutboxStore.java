package dev.wharf.store.outbox;

import dev.wharf.platform.dto.OrderInfo;
import dev.wharf.platform.dto.ProductInfo;
import dev.wharf.platform.dto.ProductResult;
import dev.wharf.platform.dto.RefundListResponse.RefundInfo;
import dev.wharf.store.Database;
import dev.wharf.store.products.FileProductImages;
import dev.wharf.sync.outbox.Command;
import dev.wharf.sync.outbox.Conflict;
import dev.wharf.sync.outbox.OutboxCounts;
import dev.wharf.sync.outbox.OutboxEntry;
import dev.wharf.sync.outbox.OutboxListener;
import dev.wharf.sync.outbox.OutboxStore;
import dev.wharf.sync.outbox.Payloads;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/** {@link OutboxStore} over the shop database's {@code outbox} table (schema V1, send time and conflict V7). */
public final class SqliteOutboxStore implements OutboxStore {
    static final String UNRESOLVED = "('pending', 'sending', 'rejected')";
    private static final String COLUMNS = "o.outbox_id, o.command, o.aggregate_id, o.payload, o.state, o.attempts, "
            + "o.created_at, o.next_attempt_at, o.last_error, o.sent_at, o.conflict";
    private static final String DUE = "SELECT " + COLUMNS + " FROM outbox o "
            + "WHERE o.state IN ('pending', 'sending') AND (o.next_attempt_at IS NULL OR o.next_attempt_at <= ?) "
            + "AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.aggregate_type = o.aggregate_type "
            + "  AND p.aggregate_id = o.aggregate_id AND p.outbox_id < o.outbox_id AND p.state IN " + UNRESOLVED + ") "
            + "AND NOT EXISTS (SELECT 1 FROM outbox p WHERE o.aggregate_type <> 'product' "
            + "  AND p.aggregate_type = 'product' AND p.aggregate_id = json_extract(o.payload, '$.product_id') "
            + "  AND p.outbox_id < o.outbox_id AND p.state IN " + UNRESOLVED + ") "
            + "ORDER BY o.outbox_id LIMIT ?";

    private final Database db;
    private final Clock clock;
    private final OutboxListener listener;

    public SqliteOutboxStore(Database db, Clock clock, OutboxListener listener) {
        this.db = Objects.requireNonNull(db, "db");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.listener = Objects.requireNonNull(listener, "listener");
    }

    @Override
    public List<OutboxEntry> dueHeads(Instant now, int limit) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(DUE)) {
                ps.setLong(1, now.toEpochMilli());
                ps.setInt(2, limit);
                return entries(ps);
            }
        });
    }

    @Override
    public void markSending(Collection<Long> ids, Instant sentAt) {
        Long at = sentAt == null ? null : sentAt.toEpochMilli();
        db.write(c -> {
            for (long id : ids) {
                update(c, "UPDATE outbox SET state = 'sending', attempts = attempts + 1, "
                        + "sent_at = CASE WHEN attempts = 0 THEN ? ELSE sent_at END WHERE outbox_id = ?", at, id);
            }
            return null;
        });
    }

    @Override
    public void markDone(long id) {
        changeState(id, "UPDATE outbox SET state = 'done', next_attempt_at = NULL, last_error = NULL, "
                + "conflict = NULL WHERE outbox_id = ?");
    }

    @Override
    public void markDoneAll(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return;
        }
        db.write(c -> {
            for (long id : ids) {
                update(c, "UPDATE outbox SET state = 'done', next_attempt_at = NULL, last_error = NULL "
                        + "WHERE outbox_id = ?", id);
            }
            return null;
        });
        notifyCounts();
    }

    @Override
    public void markRejected(long id, String message) {
        db.write(c -> update(c, "UPDATE outbox SET state = 'rejected', next_attempt_at = NULL, last_error = ?, "
                + "conflict = NULL WHERE outbox_id = ?", message == null || message.isBlank() ? "rejected" : message,
                id));
        notifyCounts();
    }

    @Override
    public void markConflict(long id, Conflict conflict) {
        db.write(c -> update(c, "UPDATE outbox SET state = 'rejected', next_attempt_at = NULL, last_error = ?, "
                + "conflict = ? WHERE outbox_id = ?", conflict.message(), Payloads.write(conflict), id));
        notifyCounts();
    }

    @Override
    public void scheduleRetry(long id, Instant nextAttemptAt, boolean mayHaveBeenApplied, String error) {
        db.write(c -> update(c, "UPDATE outbox SET state = ?, next_attempt_at = ?, last_error = ? WHERE outbox_id = ?",
                mayHaveBeenApplied ? "sending" : "pending", nextAttemptAt.toEpochMilli(), error, id));
    }

    @Override
    public void unmarkSending(Collection<Long> ids) {
        db.write(c -> {
            for (long id : ids) {
                update(c, "UPDATE outbox SET state = 'pending', attempts = max(0, attempts - 1), "
                        + "sent_at = CASE WHEN attempts <= 1 THEN NULL ELSE sent_at END "
                        + "WHERE outbox_id = ? AND state = 'sending'", id);
            }
            return null;
        });
    }

    @Override
    public void replacePayload(long id, String payload) {
        db.write(c -> update(c, "UPDATE outbox SET payload = ? WHERE outbox_id = ?", payload, id));
    }

    @Override
    public Optional<OutboxEntry> find(long id) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM outbox o WHERE outbox_id = ?")) {
                ps.setLong(1, id);
                return entries(ps).stream().findFirst();
            }
        });
    }

    @Override
    public List<OutboxEntry> needsAttention() {
        return list("o.state = 'rejected'");
    }

    @Override
    public List<OutboxEntry> unresolved() {
        return list("o.state IN " + UNRESOLVED);
    }

    @Override
    public OutboxCounts counts() {
        return db.read(SqliteOutboxStore::counts);
    }

    static OutboxCounts counts(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT "
                + "(SELECT count(*) FROM outbox WHERE state IN ('pending', 'sending')), "
                + "(SELECT count(*) FROM outbox WHERE state = 'rejected')");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return new OutboxCounts(rs.getLong(1), rs.getLong(2));
        }
    }

    @Override
    public void retry(long id) {
        rejectedOnly(id, "retry");
        changeState(id, "UPDATE outbox SET state = 'pending', attempts = 0, next_attempt_at = NULL, "
                + "last_error = NULL, sent_at = NULL, conflict = NULL WHERE outbox_id = ? AND state = 'rejected'");
    }

    @Override
    public void edit(long id, String payload) {
        OutboxEntry entry = rejectedOnly(id, "edit");
        db.write(c -> {
            if (entry.command() == Command.ORDER_DELIVER) {
                LocalState.replaceDelivery(c, entry.aggregateId(), entry.payload(), payload, clock.millis());
            }
            update(c, "UPDATE outbox SET payload = ?, state = 'pending', attempts = 0, next_attempt_at = NULL, "
                    + "last_error = NULL, sent_at = NULL, conflict = NULL WHERE outbox_id = ? AND state = 'rejected'",
                    payload, id);
            return null;
        });
        notifyCounts();
    }

    @Override
    public void discard(long id) {
        rejectedOnly(id, "discard");
        changeState(id, "UPDATE outbox SET state = 'discarded', next_attempt_at = NULL WHERE outbox_id = ? "
                + "AND state = 'rejected'");
    }

    @Override
    public void reconcileOrder(OrderInfo order) {
        db.write(c -> {
            LocalState.applyOrder(c, order, clock.millis());
            return null;
        });
    }

    @Override
    public void reconcileProduct(ProductInfo product) {
        db.write(c -> {
            LocalState.applyProduct(c, product, clock.millis());
            return null;
        });
    }

    @Override
    public void reconcileRefund(RefundInfo refund) {
        db.write(c -> {
            LocalState.applyRefund(c, refund);
            return null;
        });
    }

    @Override
    public void productCreated(String localProductId, ProductResult result) {
        db.write(c -> {
            LocalState.renameProduct(c, localProductId, result, clock.millis());
            update(c, "UPDATE outbox SET aggregate_id = ? WHERE aggregate_type = 'product' AND aggregate_id = ?",
                    result.productId(), localProductId);
            update(c, "UPDATE outbox SET payload = json_set(payload, '$.product_id', ?) "
                    + "WHERE state IN " + UNRESOLVED + " AND json_extract(payload, '$.product_id') = ?",
                    result.productId(), localProductId);
            return null;
        });
    }

    @Override
    public byte[] imageBytes(String ref) {
        return FileProductImages.of(db).read(ref);
    }

    @Override
    public void imageUploaded(String ref, String url) {
        db.write(c -> {
            ImageRefs.uploaded(c, ref, url, clock.millis());
            return null;
        });
    }

    @Override
    public void dropLocalProduct(String localProductId) {
        if (!localProductId.startsWith(SqliteLocalCommands.LOCAL_PREFIX)) {
            throw new IllegalArgumentException("not a local product: " + localProductId);
        }
        db.write(c -> update(c, "DELETE FROM product WHERE product_id = ?", localProductId));
    }

    private OutboxEntry rejectedOnly(long id, String action) {
        OutboxEntry e = find(id).orElseThrow(() -> new IllegalArgumentException("no outbox entry " + id));
        if (e.state() != OutboxEntry.State.REJECTED) {
            throw new IllegalStateException("only a rejected change can be " + action + "ed; entry " + id + " is "
                    + e.state().code());
        }
        return e;
    }

    private void changeState(long id, String sql) {
        db.write(c -> update(c, sql, id));
        notifyCounts();
    }

    private void notifyCounts() {
        listener.outboxChanged(counts());
    }

    private List<OutboxEntry> list(String condition) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT " + COLUMNS + " FROM outbox o WHERE " + condition
                    + " ORDER BY o.outbox_id")) {
                return entries(ps);
            }
        });
    }

    private static List<OutboxEntry> entries(PreparedStatement ps) throws SQLException {
        List<OutboxEntry> out = new ArrayList<>();
        try (ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                long next = rs.getLong(8);
                Instant nextAt = rs.wasNull() ? null : Instant.ofEpochMilli(next);
                long sent = rs.getLong(10);
                Instant sentAt = rs.wasNull() ? null : Instant.ofEpochMilli(sent);
                String conflict = rs.getString(11);
                out.add(new OutboxEntry(rs.getLong(1), Command.of(rs.getString(2)), rs.getString(3),
                        rs.getString(4), OutboxEntry.State.of(rs.getString(5)), rs.getInt(6),
                        Instant.ofEpochMilli(rs.getLong(7)), nextAt, rs.getString(9), sentAt,
                        conflict == null ? null : Payloads.read(conflict, Conflict.class)));
            }
        }
        return out;
    }

    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        }
    }

    /** Inserts an outbox row on the caller's transaction; returns its id. */
    static long insert(Connection c, Command command, String aggregateId, Object payload, long now)
            throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox(command, aggregate_type, aggregate_id, "
                + "payload, state, attempts, created_at) VALUES (?, ?, ?, ?, 'pending', 0, ?)",
                java.sql.Statement.RETURN_GENERATED_KEYS)) {
            ps.setString(1, command.code());
            ps.setString(2, command.aggregateType().code());
            ps.setString(3, aggregateId);
            ps.setString(4, payload instanceof String s ? s : Payloads.write(payload));
            ps.setLong(5, now);
            ps.executeUpdate();
            try (ResultSet rs = ps.getGeneratedKeys()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
