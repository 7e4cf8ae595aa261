package dev.wharf.store.sync;

import static dev.wharf.store.sync.Rows.at;
import static dev.wharf.store.sync.Rows.fenOrZero;
import static dev.wharf.store.sync.Rows.setLong;

import dev.wharf.platform.dto.CustomerListResponse.CustomerInfo;
import dev.wharf.sync.PullStore.Written;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/** Customers from the platform into {@code customer}, upserted and batched per page. */
final class CustomerRows {
    private CustomerRows() {
    }

    static Written write(Connection c, List<CustomerInfo> customers, long now) throws SQLException {
        int n = 0;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO customer (buyer_id, nickname, province, "
                + "first_order_at, last_order_at, order_count, total_spent_fen, updated_at, synced_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (buyer_id) DO UPDATE SET "
                + "nickname = excluded.nickname, province = excluded.province, "
                + "first_order_at = excluded.first_order_at, last_order_at = excluded.last_order_at, "
                + "order_count = excluded.order_count, total_spent_fen = excluded.total_spent_fen, "
                + "updated_at = excluded.updated_at, synced_at = excluded.synced_at")) {
            for (CustomerInfo x : customers) {
                if (x.buyerId() == null) {
                    continue;
                }
                ps.setString(1, x.buyerId());
                ps.setString(2, x.nickname());
                ps.setString(3, x.province());
                setLong(ps, 4, at(x.firstOrderTime()));
                setLong(ps, 5, at(x.lastOrderTime()));
                ps.setInt(6, x.orderCount() == null ? 0 : x.orderCount());
                ps.setLong(7, fenOrZero(x.totalSpent()));
                setLong(ps, 8, at(x.updateTime()));
                ps.setLong(9, now);
                ps.addBatch();
                n++;
            }
            ps.executeBatch();
        }
        return Written.of(n);
    }
}
