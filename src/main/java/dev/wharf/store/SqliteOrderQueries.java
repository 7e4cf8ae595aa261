package dev.wharf.store;

import dev.wharf.orders.OrderQueries;
import dev.wharf.orders.OrderStatus;
import dev.wharf.orders.TodoCounts;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

/** {@link OrderQueries} over the shop database. */
public final class SqliteOrderQueries implements OrderQueries {
    private static final String OPEN_WORK_COUNTS = "SELECT "
            + "(SELECT count(*) FROM orders WHERE status = ?), "
            + "(SELECT count(DISTINCT trade_id) FROM orders WHERE status = ?), "
            + "(SELECT count(*) FROM orders WHERE status = ?), "
            + "(SELECT count(*) FROM refund WHERE status = 0)";

    private final Database db;

    public SqliteOrderQueries(Database db) {
        this.db = db;
    }

    @Override
    public TodoCounts todoCounts() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(OPEN_WORK_COUNTS)) {
                ps.setInt(1, OrderStatus.AWAITING_ACCEPT.code());
                ps.setInt(2, OrderStatus.AWAITING_ACCEPT.code());
                ps.setInt(3, OrderStatus.ACCEPTED.code());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return new TodoCounts(rs.getLong(1), rs.getLong(2), rs.getLong(3), rs.getLong(4));
                }
            }
        });
    }
}
