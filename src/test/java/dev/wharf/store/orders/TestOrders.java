package dev.wharf.store.orders;

import dev.wharf.store.Database;
import java.sql.PreparedStatement;
import java.time.Instant;

/** Test set-up: single orders, items, deliveries and refunds written straight into a shop database. */
public final class TestOrders {
    private final Database db;

    public TestOrders(Database db) {
        this.db = db;
    }

    /** An order with one item of {@code deliveryType}; paid a minute after {@code ordered} unless unpaid (1). */
    public void order(String id, String trade, int status, int deliveryType, long paymentFen, Instant ordered, String receiver,
               String mobile) {
        db.write(c -> {
            try (PreparedStatement o = c.prepareStatement("INSERT INTO orders (order_id, trade_id, status, buyer_id, "
                    + "amount_fen, payment_fen, ordered_at, paid_at, receiver_name, receiver_mobile, synced_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 0)");
                 PreparedStatement i = c.prepareStatement("INSERT INTO order_item (order_item_id, order_id, "
                    + "product_title, sku_properties_name, delivery_type, price_fen, quantity, payment_fen) "
                    + "VALUES (?, ?, ?, ?, ?, ?, 1, ?)")) {
                o.setString(1, id);
                o.setString(2, trade);
                o.setInt(3, status);
                o.setString(4, "buyer-" + trade);
                o.setLong(5, paymentFen);
                o.setLong(6, paymentFen);
                o.setLong(7, ordered.toEpochMilli());
                o.setObject(8, status == 1 ? null : ordered.toEpochMilli() + 60_000);
                o.setString(9, receiver);
                o.setString(10, mobile);
                o.executeUpdate();
                i.setString(1, id + "-0");
                i.setString(2, id);
                i.setString(3, "UGG 雪地靴");
                i.setString(4, "06f2#尺寸:951a#6,d2f6#颜色:f3ed#红色");
                i.setInt(5, deliveryType);
                i.setLong(6, paymentFen);
                i.setLong(7, paymentFen);
                i.executeUpdate();
            }
            return null;
        });
    }

    public void sql(String sql, Object... args) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                return ps.executeUpdate();
            }
        });
    }

    public void refund(String refundId, String orderId, int status, Instant requested) {
        sql("INSERT INTO refund (refund_id, order_id, status, amount_fen, requested_at) VALUES (?, ?, ?, 100, ?)",
                refundId, orderId, status, requested.toEpochMilli());
    }

    public void delivery(String orderId, int leg, String tracking) {
        sql("INSERT INTO delivery (order_id, leg, logistics_company_code, tracking_number) VALUES (?, ?, 'ems', ?)",
                orderId, leg, tracking);
    }
}
