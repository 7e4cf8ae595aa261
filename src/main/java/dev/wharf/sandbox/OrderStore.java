package dev.wharf.sandbox;

import dev.wharf.platform.dto.OrderInfo;
import dev.wharf.platform.dto.OrderItemInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** SQL of the sandbox's orders: reading them as {@link OrderInfo} and the bookkeeping every change needs. */
final class OrderStore {
    private OrderStore() {
    }

    /** The facts the business rules look at. */
    record OrderRow(long orderId, String tradeId, int status, int deliveryType, boolean domesticDelivered,
                    boolean openRefund) {
    }

    static final String ORDER_COLUMNS = "order_id, trade_id, buyer_id, status, amount_fen, payment_fen, "
            + "shipping_fee_fen, p_coupon_fen, m_coupon_fen, m_promotion_fen, m_adjust_fen, order_at, paid_at, "
            + "shipped_at, cancelled_at, accepted_at, seller_memo, buyer_remark, receiver_name, receiver_state, "
            + "receiver_address, receiver_zip, receiver_mobile, receiver_phone, receiver_email, payment_order_no, "
            + "pay_type, domestic_delivered";

    static OrderRow row(Connection c, long orderId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT order_id, trade_id, status, delivery_type, "
                + "domestic_delivered, EXISTS (SELECT 1 FROM order_item i WHERE i.order_id = o.order_id "
                + "AND i.refund_status = 0) FROM orders o WHERE order_id = ?")) {
            ps.setLong(1, orderId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                return new OrderRow(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getInt(4), rs.getInt(5) != 0,
                        rs.getInt(6) != 0);
            }
        }
    }

    /** The next value of the shop's change counter (call inside a write transaction). */
    static long nextChange(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE shop SET change_seq = change_seq + 1 WHERE id = 1 RETURNING change_seq")) {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    /** Marks an order as changed now: it moves to the end of {@code wharf.orders.changes.get}. */
    static void touch(Connection c, long orderId) throws SQLException {
        long seq = nextChange(c);
        try (PreparedStatement ps = c.prepareStatement("UPDATE orders SET change_seq = ? WHERE order_id = ?")) {
            ps.setLong(1, seq);
            ps.setLong(2, orderId);
            ps.executeUpdate();
        }
    }

    /** The orders with these ids, in the given order (unknown ids are left out). */
    static List<OrderInfo> load(Connection c, String sellerId, List<Long> ids, boolean withDelivery)
            throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = placeholders(ids.size());
        Map<Long, OrderBuilder> orders = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT " + ORDER_COLUMNS + " FROM orders WHERE order_id IN (" + in + ")")) {
            bind(ps, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    OrderBuilder b = new OrderBuilder(rs);
                    orders.put(b.orderId, b);
                }
            }
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT order_id, order_item_id, refund_id, refund_status, "
                + "refund_num, sku_id, outer_sku_id, product_id, product_title, sku_properties_name, delivery_type, "
                + "price_fen, num, payment_fen, shipping_fee_fen, p_coupon_fen, m_coupon_fen, m_promotion_fen, "
                + "m_adjust_fen FROM order_item WHERE order_id IN (" + in + ") ORDER BY order_id, position")) {
            bind(ps, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    OrderBuilder b = orders.get(rs.getLong(1));
                    b.items.add(new OrderItemInfo(rs.getLong(1), rs.getString(2), rs.getString(3),
                            intOrNull(rs, 4), intOrNull(rs, 5), rs.getString(6), rs.getString(7), rs.getString(8),
                            rs.getString(9), rs.getString(10), rs.getInt(11), Fen.yuan(rs.getLong(12)), rs.getInt(13),
                            Fen.yuan(rs.getLong(14)), Fen.yuan(rs.getLong(15)), Fen.yuan(rs.getLong(16)),
                            Fen.yuan(rs.getLong(17)), Fen.yuan(rs.getLong(18)), Fen.yuan(rs.getLong(19))));
                }
            }
        }
        if (withDelivery) {
            try (PreparedStatement ps = c.prepareStatement("SELECT order_id, company_code, tracking_number, "
                    + "delivered_at, logistics_type FROM delivery WHERE order_id IN (" + in + ") ORDER BY order_id, id")) {
                bind(ps, ids);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        orders.get(rs.getLong(1)).deliveries.add(new OrderInfo.DeliveryInfo(rs.getString(2),
                                rs.getString(3), Fen.time(rs.getLong(4)), rs.getInt(5)));
                    }
                }
            }
        }
        List<OrderInfo> result = new ArrayList<>(ids.size());
        for (Long id : ids) {
            OrderBuilder b = orders.get(id);
            if (b != null) {
                result.add(b.build(sellerId, withDelivery));
            }
        }
        return result;
    }

    static String placeholders(int n) {
        return String.join(",", Collections.nCopies(n, "?"));
    }

    static void bind(PreparedStatement ps, List<?> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            ps.setObject(i + 1, values.get(i));
        }
    }

    static Integer intOrNull(ResultSet rs, int column) throws SQLException {
        int v = rs.getInt(column);
        return rs.wasNull() ? null : v;
    }

    static Long longOrNull(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : v;
    }

    /** Delivery type of each order id (for rules that compare orders). */
    static Map<Long, Integer> deliveryTypes(Connection c, List<Long> ids) throws SQLException {
        Map<Long, Integer> types = new TreeMap<>();
        if (ids.isEmpty()) {
            return types;
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT order_id, delivery_type FROM orders WHERE order_id IN ("
                + placeholders(ids.size()) + ")")) {
            bind(ps, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    types.put(rs.getLong(1), rs.getInt(2));
                }
            }
        }
        return types;
    }

    private static final class OrderBuilder {
        final long orderId;
        final String tradeId;
        final String buyerId;
        final int status;
        final long amount;
        final long payment;
        final long shippingFee;
        final long pCoupon;
        final long mCoupon;
        final long mPromotion;
        final long mAdjust;
        final Long orderAt;
        final Long paidAt;
        final Long shippedAt;
        final Long cancelledAt;
        final Long acceptedAt;
        final String sellerMemo;
        final String buyerRemark;
        final String receiverName;
        final String receiverState;
        final String receiverAddress;
        final String receiverZip;
        final String receiverMobile;
        final String receiverPhone;
        final String receiverEmail;
        final String paymentOrderNo;
        final String payType;
        final boolean domesticDelivered;
        final List<OrderItemInfo> items = new ArrayList<>(4);
        final List<OrderInfo.DeliveryInfo> deliveries = new ArrayList<>(2);

        OrderBuilder(ResultSet rs) throws SQLException {
            orderId = rs.getLong(1);
            tradeId = rs.getString(2);
            buyerId = rs.getString(3);
            status = rs.getInt(4);
            amount = rs.getLong(5);
            payment = rs.getLong(6);
            shippingFee = rs.getLong(7);
            pCoupon = rs.getLong(8);
            mCoupon = rs.getLong(9);
            mPromotion = rs.getLong(10);
            mAdjust = rs.getLong(11);
            orderAt = longOrNull(rs, 12);
            paidAt = longOrNull(rs, 13);
            shippedAt = longOrNull(rs, 14);
            cancelledAt = longOrNull(rs, 15);
            acceptedAt = longOrNull(rs, 16);
            sellerMemo = rs.getString(17);
            buyerRemark = rs.getString(18);
            receiverName = rs.getString(19);
            receiverState = rs.getString(20);
            receiverAddress = rs.getString(21);
            receiverZip = rs.getString(22);
            receiverMobile = rs.getString(23);
            receiverPhone = rs.getString(24);
            receiverEmail = rs.getString(25);
            paymentOrderNo = rs.getString(26);
            payType = rs.getString(27);
            domesticDelivered = rs.getInt(28) != 0;
        }

        OrderInfo build(String sellerId, boolean withDelivery) {
            return new OrderInfo(sellerId, orderId, tradeId, status, Fen.yuan(amount), Fen.yuan(payment),
                    Fen.yuan(shippingFee), Fen.yuan(pCoupon), Fen.yuan(mCoupon), Fen.yuan(mPromotion),
                    Fen.yuan(mAdjust), Fen.time(orderAt), Fen.time(paidAt), Fen.time(shippedAt),
                    Fen.time(cancelledAt), Fen.time(acceptedAt), sellerMemo, buyerRemark, buyerId, receiverName,
                    receiverState, receiverAddress, receiverZip, receiverMobile, receiverPhone, receiverEmail,
                    paymentOrderNo, payType, domesticDelivered, null, List.copyOf(items),
                    withDelivery ? List.copyOf(deliveries) : null);
        }
    }
}
