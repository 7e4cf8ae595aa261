package dev.wharf.store;

import dev.wharf.orders.ColorFlag;
import dev.wharf.orders.OrderDetail;
import dev.wharf.orders.OrderDetailQueries;
import dev.wharf.orders.SkuPropertiesText;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** {@link OrderDetailQueries} over the shop database: one read snapshot per detail. */
public final class SqliteOrderDetailQueries implements OrderDetailQueries {
    private static final String ORDER = "SELECT order_id, trade_id, status, buyer_id, amount_fen, "
            + "p_coupon_discount_fen, m_coupon_discount_fen, m_promotion_discount_fen, m_adjust_discount_fen, "
            + "shipping_fee_fen, payment_fen, ordered_at, paid_at, accepted_at, shipped_at, received_at, cancelled_at, "
            + "buyer_remark, seller_memo, color_flag, receiver_name, receiver_state, receiver_address, receiver_zip, "
            + "receiver_mobile, receiver_phone, has_id_card FROM orders WHERE order_id = ?";
    private static final String ITEMS = "SELECT order_item_id, product_title, sku_properties_name, quantity, price_fen, "
            + "payment_fen, refund_status FROM order_item WHERE order_id = ? ORDER BY position, order_item_id";
    private static final String REFUNDS = "SELECT refund_id, order_item_id, status, amount_fen, quantity, reason, "
            + "reject_reason, requested_at, handled_at FROM refund WHERE order_id = ? ORDER BY requested_at, refund_id";
    private static final String DELIVERIES = "SELECT leg, logistics_company_code, tracking_number, delivered_at "
            + "FROM delivery WHERE order_id = ? ORDER BY leg, delivery_id";
    private static final String ID_NUMBERS = "SELECT coalesce(json_extract(j.value, '$.receiver_id_no'), "
            + "json_extract(j.value, '$.receiverIdNo')) FROM orders o, json_each(o.id_cards) j WHERE o.order_id = ? "
            + "AND o.id_cards IS NOT NULL";
    private static final String PENDING = "SELECT outbox_id, command, state, last_error, created_at FROM outbox "
            + "WHERE state IN ('pending', 'sending', 'rejected') AND ((aggregate_type = 'order' AND aggregate_id = ?) "
            + "OR (aggregate_type = 'refund' AND aggregate_id IN (SELECT refund_id FROM refund WHERE order_id = ?))) "
            + "ORDER BY outbox_id";

    private final Database db;

    public SqliteOrderDetailQueries(Database db) {
        this.db = db;
    }

    @Override
    public Optional<OrderDetail> detail(String orderId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(ORDER)) {
                ps.setString(1, orderId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                    return Optional.of(order(c, rs));
                }
            }
        });
    }

    private OrderDetail order(Connection c, ResultSet rs) throws SQLException {
        String id = rs.getString(1);
        OrderDetail.Amounts amounts = new OrderDetail.Amounts(rs.getLong(5), rs.getLong(6), rs.getLong(7),
                rs.getLong(8), rs.getLong(9), rs.getLong(10), rs.getLong(11));
        OrderDetail.Receiver receiver = new OrderDetail.Receiver(rs.getString(21), rs.getString(22), rs.getString(23),
                rs.getString(24), rs.getString(25), rs.getString(26));
        int flag = rs.getInt(20);
        Integer colorFlag = rs.wasNull() ? null : flag;
        return new OrderDetail(id, rs.getString(2), rs.getInt(3), rs.getString(4), amounts, instant(rs, 12),
                instant(rs, 13), instant(rs, 14), instant(rs, 15), instant(rs, 16), instant(rs, 17), rs.getString(18),
                rs.getString(19), colorFlag, receiver, idNumbers(c, id), rs.getInt(27) == 1, items(c, id),
                refunds(c, id), deliveries(c, id), pending(c, id));
    }

    private static List<OrderDetail.Item> items(Connection c, String id) throws SQLException {
        List<OrderDetail.Item> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(ITEMS)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int refund = rs.getInt(7);
                    Integer refundStatus = rs.wasNull() ? null : refund;
                    out.add(new OrderDetail.Item(rs.getString(1), rs.getString(2),
                            SkuPropertiesText.format(rs.getString(3)), rs.getInt(4), rs.getLong(5), rs.getLong(6),
                            refundStatus));
                }
            }
        }
        return out;
    }

    private static List<OrderDetail.Refund> refunds(Connection c, String id) throws SQLException {
        List<OrderDetail.Refund> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(REFUNDS)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    int q = rs.getInt(5);
                    Integer quantity = rs.wasNull() ? null : q;
                    out.add(new OrderDetail.Refund(rs.getString(1), rs.getString(2), rs.getInt(3), rs.getLong(4),
                            quantity, rs.getString(6), rs.getString(7), instant(rs, 8), instant(rs, 9)));
                }
            }
        }
        return out;
    }

    private static List<OrderDetail.Delivery> deliveries(Connection c, String id) throws SQLException {
        List<OrderDetail.Delivery> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(DELIVERIES)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new OrderDetail.Delivery(rs.getInt(1), rs.getString(2), rs.getString(3), instant(rs, 4)));
                }
            }
        }
        return out;
    }

    private static List<String> idNumbers(Connection c, String id) throws SQLException {
        List<String> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(ID_NUMBERS)) {
            ps.setString(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    if (rs.getString(1) != null) {
                        out.add(rs.getString(1));
                    }
                }
            }
        }
        return out;
    }

    private static List<OrderDetail.PendingChange> pending(Connection c, String id) throws SQLException {
        List<OrderDetail.PendingChange> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(PENDING)) {
            ps.setString(1, id);
            ps.setString(2, id);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(new OrderDetail.PendingChange(rs.getLong(1), rs.getString(2), rs.getString(3),
                            rs.getString(4), instant(rs, 5)));
                }
            }
        }
        return out;
    }

    @Override
    public boolean setColorFlag(String orderId, ColorFlag flag) {
        return db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE orders SET color_flag = ? WHERE order_id = ?")) {
                if (flag == null) {
                    ps.setNull(1, java.sql.Types.INTEGER);
                } else {
                    ps.setInt(1, flag.code());
                }
                ps.setString(2, orderId);
                return ps.executeUpdate() == 1;
            }
        });
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : Instant.ofEpochMilli(v);
    }
}
