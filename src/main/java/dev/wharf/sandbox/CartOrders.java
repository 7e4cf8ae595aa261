package dev.wharf.sandbox;

import dev.wharf.sandbox.sim.CartLine;
import dev.wharf.sandbox.sim.Customer;
import dev.wharf.sandbox.sim.SplitOrder;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.SplittableRandom;

/** Writing a placed cart's orders: unique trade and order ids, the order rows, their lines and the stock taken. */
final class CartOrders {
    private CartOrders() {
    }

    /**
     * Inserts one order of a cart, unpaid (status 1). {@code couponFen} is the part of a shop coupon's face value
     * this order carries (0 for none): it is split over the lines in proportion to their totals and taken off the
     * payment ({@code m_coupon_discount}); the amount stays the goods total.
     */
    static void insert(Connection c, long orderId, String tradeId, Customer buyer, SplitOrder order, long at,
                       String paymentNo, String payType, String remark, long couponFen) throws SQLException {
        long total = Fen.of(order.total());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO orders (order_id, trade_id, buyer_id, status, "
                + "delivery_type, amount_fen, payment_fen, order_at, buyer_remark, receiver_name, receiver_state, "
                + "receiver_address, receiver_zip, receiver_mobile, payment_order_no, pay_type, change_seq, "
                + "m_coupon_fen) VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, orderId);
            ps.setString(2, tradeId);
            ps.setString(3, buyer.buyerId());
            ps.setInt(4, order.deliveryType());
            ps.setLong(5, total);
            ps.setLong(6, total - couponFen);
            ps.setLong(7, at);
            ps.setString(8, remark);
            ps.setString(9, buyer.receiverName());
            ps.setString(10, buyer.province());
            ps.setString(11, buyer.fullAddress());
            ps.setString(12, buyer.zip());
            ps.setString(13, buyer.mobile());
            ps.setString(14, paymentNo);
            ps.setString(15, payType);
            ps.setLong(16, OrderStore.nextChange(c));
            ps.setLong(17, couponFen);
            ps.executeUpdate();
        }
        List<CartLine> lines = order.lines();
        long[] lineTotals = new long[lines.size()];
        for (int i = 0; i < lineTotals.length; i++) {
            lineTotals[i] = Fen.of(lines.get(i).lineTotal());
        }
        long[] discounts = CouponRedemption.split(couponFen, lineTotals);
        try (PreparedStatement item = c.prepareStatement("INSERT INTO order_item (order_item_id, order_id, position, "
                + "sku_id, outer_sku_id, product_id, product_title, sku_properties_name, delivery_type, price_fen, "
                + "num, payment_fen, m_coupon_fen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement stock = c.prepareStatement(
                     "UPDATE sku SET stock = max(0, stock - ?) WHERE sku_id = ?")) {
            for (int i = 0; i < lines.size(); i++) {
                CartLine line = lines.get(i);
                int position = i + 1;
                item.setString(1, String.format("%016x%08x", orderId, position));
                item.setLong(2, orderId);
                item.setInt(3, position);
                item.setString(4, line.skuId());
                item.setString(5, line.outerSkuId());
                item.setString(6, line.productId());
                item.setString(7, line.productTitle());
                item.setString(8, line.skuPropertiesName());
                item.setInt(9, line.deliveryType());
                item.setLong(10, Fen.of(line.unitPrice()));
                item.setInt(11, line.quantity());
                item.setLong(12, lineTotals[i] - discounts[i]);
                item.setLong(13, discounts[i]);
                item.addBatch();
                stock.setInt(1, line.quantity());
                stock.setString(2, line.skuId());
                stock.addBatch();
            }
            item.executeBatch();
            stock.executeBatch();
        }
    }

    static String uniqueTrade(Connection c, SplittableRandom r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM orders WHERE trade_id = ? LIMIT 1")) {
            while (true) {
                String id = Long.toString(Rand.tenDigits(r));
                ps.setString(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return id;
                    }
                }
            }
        }
    }

    static long uniqueOrderId(Connection c, SplittableRandom r) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM orders WHERE order_id = ?")) {
            while (true) {
                long id = Rand.tenDigits(r);
                ps.setLong(1, id);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return id;
                    }
                }
            }
        }
    }
}
