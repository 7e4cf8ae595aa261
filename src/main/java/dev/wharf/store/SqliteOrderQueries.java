package dev.wharf.store;

import dev.wharf.orders.Deadlines;
import dev.wharf.orders.OrderQueries;
import dev.wharf.orders.OrderStatus;
import dev.wharf.orders.TodoCounts;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;

/** {@link OrderQueries} over the shop database. */
public final class SqliteOrderQueries implements OrderQueries {
    private static final String OPEN_WORK_COUNTS = "SELECT "
            + "(SELECT count(*) FROM orders WHERE status = ?), "
            + "(SELECT count(DISTINCT trade_id) FROM orders WHERE status = ?), "
            + "(SELECT count(*) FROM orders WHERE status = ?), "
            + "(SELECT count(*) FROM refund WHERE status = 0), "
            + "(SELECT count(*) FROM orders WHERE due_at IS NOT NULL AND urgency <= ?)";

    private final Database db;
    private final Deadlines deadlines;

    public SqliteOrderQueries(Database db) {
        this(db, Clock.systemUTC());
    }

    /** With the clock that decides which deadlines fall within the next 24 hours. */
    public SqliteOrderQueries(Database db, Clock clock) {
        this.db = db;
        this.deadlines = new Deadlines(clock);
    }

    @Override
    public TodoCounts todoCounts() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(OPEN_WORK_COUNTS)) {
                ps.setInt(1, OrderStatus.AWAITING_ACCEPT.code());
                ps.setInt(2, OrderStatus.AWAITING_ACCEPT.code());
                ps.setInt(3, OrderStatus.ACCEPTED.code());
                ps.setLong(4, deadlines.atRiskLimit().toEpochMilli());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new TodoCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4),
                            rs.getLong(5));
                }
            }
        });
    }
}
