package dev.wharf.store.outbox;

import dev.wharf.store.Database;
import dev.wharf.store.SqlWork;
import dev.wharf.sync.outbox.OutboxListener;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * What the local command groups of {@link SqliteLocalCommands} share: the database, clock, listener and client keys,
 * the write-then-notify step, and the input checks.
 */
final class CommandSupport {
    static final int MAX_BATCH = 100;

    final Clock clock;
    final Supplier<String> keys;
    private final Database db;
    private final OutboxListener listener;

    CommandSupport(Database db, Clock clock, OutboxListener listener, Supplier<String> keys) {
        this.db = db;
        this.clock = clock;
        this.listener = listener;
        this.keys = keys;
    }

    /** The profile's folder of prepared product images (decision 0014). */
    java.nio.file.Path imagesFolder() {
        return dev.wharf.store.products.FileProductImages.folderOf(db);
    }

    /** Runs {@code work} in one write transaction, then tells the listener the new outbox counts. */
    <T> T run(SqlWork<T> work) {
        T result = db.write(work);
        listener.outboxChanged(db.read(SqliteOutboxStore::counts));
        return result;
    }

    static List<String> distinctIds(List<String> ids, String field) {
        if (ids == null || ids.isEmpty()) {
            throw new IllegalArgumentException(field + ": at least one id is required");
        }
        if (ids.size() > MAX_BATCH * 10) {
            throw new IllegalArgumentException(field + ": at most " + MAX_BATCH * 10 + " at once");
        }
        List<String> out = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (String raw : ids) {
            String id = required(raw, field);
            if (!seen.add(id)) {
                throw new IllegalArgumentException(field + ": " + id + " appears twice");
            }
            out.add(id);
        }
        if (field.equals("orderIds")) {
            out.forEach(CommandSupport::orderId);
        }
        if (field.equals("buyerIds") && out.size() > MAX_BATCH) {
            throw new IllegalArgumentException("buyerIds: at most " + MAX_BATCH + " customers per issue");
        }
        return out;
    }

    static String orderId(String raw) {
        String id = required(raw, "orderId");
        try {
            Long.parseLong(id);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("order id is not a number: " + id);
        }
        return id;
    }

    static String required(String value, String field) {
        if (blank(value)) {
            throw new IllegalArgumentException(field + " is required");
        }
        return value.strip();
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static BigDecimal twoDecimals(BigDecimal amount, String field) {
        BigDecimal stripped = amount.stripTrailingZeros();
        if (stripped.scale() > 2) {
            throw new IllegalArgumentException(field + " has more than 2 decimals: " + amount.toPlainString());
        }
        return amount.setScale(2, java.math.RoundingMode.UNNECESSARY);
    }
}
