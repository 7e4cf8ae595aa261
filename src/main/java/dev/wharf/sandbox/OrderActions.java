package dev.wharf.sandbox;

import dev.wharf.platform.TrackingNumbers;
import dev.wharf.platform.dto.AddressUpdateRequest;
import dev.wharf.platform.dto.DeliverOrdersRequest.DeliverOrder;
import dev.wharf.platform.dto.OrderInfo.DeliveryInfo;
import dev.wharf.platform.dto.OrderResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.HashSet;
import java.util.List;

/**
 * The seller's order actions with the platform's rules, one order at a time on the writer connection. A broken rule
 * is the order's failure ({@code exec_success=false}) with a message in Chinese and English; the call goes on.
 */
final class OrderActions {
    static final int STATUS_UNPAID = 1;
    static final int STATUS_PAID = 2;
    static final int STATUS_SHIPPED = 3;
    static final int STATUS_RECEIVED = 4;
    static final int STATUS_BUYER_CANCELLED = 12;
    static final int STATUS_SELLER_CANCELLED = 13;
    static final int STATUS_SYSTEM_CANCELLED = 18;
    static final int STATUS_ACCEPTED = 17;
    static final int CONSOLIDATED = 7;
    /** A consolidated (拼邮) international tracking number covers at most this many orders. */
    static final int MAX_ORDERS_PER_CONSOLIDATED_NUMBER = 50;

    static final int MEMO_MAX = 500;
    static final String NOT_FOUND = Texts.both("订单不存在", "order not found");

    private OrderActions() {
    }

    static OrderResult ok(long orderId) {
        return new OrderResult(orderId, true, "");
    }

    static OrderResult fail(long orderId, String chinese, String english) {
        return new OrderResult(orderId, false, Texts.both(chinese, english));
    }

    static OrderResult accept(Connection c, long orderId, long now) throws SQLException {
        OrderStore.OrderRow o = OrderStore.row(c, orderId);
        if (o == null) {
            return new OrderResult(orderId, false, NOT_FOUND);
        }
        if (o.status() != STATUS_PAID) {
            return fail(orderId, "订单状态不允许接单", "order is not awaiting acceptance");
        }
        update(c, "UPDATE orders SET status = 17, accepted_at = ? WHERE order_id = ?", now, orderId);
        OrderStore.touch(c, orderId);
        return ok(orderId);
    }

    static OrderResult deliver(Connection c, DeliverOrder d, long now, Simulator events) throws SQLException {
        long orderId = d.orderId();
        OrderStore.OrderRow o = OrderStore.row(c, orderId);
        if (o == null) {
            return new OrderResult(orderId, false, NOT_FOUND);
        }
        boolean domestic = Boolean.TRUE.equals(d.isDomesticDelivery());
        if (domestic) {
            if (o.deliveryType() != CONSOLIDATED) {
                return fail(orderId, "非拼邮订单没有国内段发货", "only consolidated (拼邮) orders have a domestic leg");
            }
            if (o.status() == STATUS_ACCEPTED) {
                return fail(orderId, "拼邮订单须先完成国际段发货", "ship the international leg first");
            }
            if (o.status() != STATUS_SHIPPED || o.domesticDelivered()) {
                return fail(orderId, "订单状态不允许国内段发货", "order is not awaiting its domestic leg");
            }
        } else if (o.status() != STATUS_ACCEPTED) {
            return fail(orderId, "订单状态不允许发货", "order is not accepted and awaiting shipment");
        }
        if (o.openRefund()) {
            return fail(orderId, "订单有退款处理中，不能发货", "order has an open refund");
        }
        if (!companyKnown(c, d.logisticsCompanyId())) {
            return fail(orderId, "物流公司不在可用列表中: " + d.logisticsCompanyId(),
                    "logistics company is not in the seller's list");
        }
        int leg = domestic ? DeliveryInfo.DOMESTIC : DeliveryInfo.INTERNATIONAL;
        // an order shipped in several parcels carries all their numbers at once, comma-separated; each number is
        // held to the single-use rules on its own
        List<String> numbers = TrackingNumbers.split(d.trackingNumber());
        if (numbers.isEmpty()) {
            return fail(orderId, "运单号不能为空", "tracking number is empty");
        }
        if (new HashSet<>(numbers).size() < numbers.size()) {
            return fail(orderId, "运单号重复: " + d.trackingNumber(), "a tracking number is listed twice");
        }
        String receiver = receiver(c, orderId);
        for (String number : numbers) {
            OrderResult clash = trackingClash(c, o, receiver, leg, number);
            if (clash != null) {
                return clash;
            }
        }
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO delivery (order_id, logistics_type, company_code, "
                + "tracking_number, delivered_at) VALUES (?, ?, ?, ?, ?)")) {
            for (String number : numbers) {
                ps.setLong(1, orderId);
                ps.setInt(2, leg);
                ps.setString(3, d.logisticsCompanyId());
                ps.setString(4, number);
                ps.setLong(5, now);
                ps.executeUpdate();
            }
        }
        if (domestic) {
            update(c, "UPDATE orders SET domestic_delivered = 1, domestic_at = ? WHERE order_id = ?", now, orderId);
        } else {
            update(c, "UPDATE orders SET status = 3, shipped_at = ? WHERE order_id = ?", now, orderId);
        }
        OrderStore.touch(c, orderId);
        if (events != null) {
            events.shipped(c, orderId, o.deliveryType(), domestic, now);
        }
        return ok(orderId);
    }

    /**
     * A tracking number of a direct-mail, bonded or domestic leg is used once, except by orders shipped together of
     * the same trade or to the same receiver (different receivers sharing a number is 虚假物流, logistics-rules.md);
     * a consolidated international number covers at most 50 consolidated orders.
     */
    private static OrderResult trackingClash(Connection c, OrderStore.OrderRow o, String receiver, int leg,
                                             String tracking) throws SQLException {
        boolean otherTrade = false;
        boolean otherReceiver = false;
        int uses = 0;
        int consolidatedOrders = 0;
        int otherKinds = 0;
        try (PreparedStatement ps = c.prepareStatement("SELECT o.trade_id, o.delivery_type, " + RECEIVER
                + " FROM delivery d JOIN orders o ON o.order_id = d.order_id WHERE d.tracking_number = ? "
                + "AND d.logistics_type = ?")) {
            ps.setString(1, tracking);
            ps.setInt(2, leg);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    uses++;
                    otherTrade |= !o.tradeId().equals(rs.getString(1));
                    otherReceiver |= !receiver.equals(receiverKey(rs, 3));
                    if (rs.getInt(2) == CONSOLIDATED) {
                        consolidatedOrders++;
                    } else {
                        otherKinds++;
                    }
                }
            }
        }
        if (uses == 0) {
            return null;
        }
        boolean consolidatedInternational = leg == DeliveryInfo.INTERNATIONAL && o.deliveryType() == CONSOLIDATED;
        if (consolidatedInternational && otherKinds == 0) {
            if (consolidatedOrders >= MAX_ORDERS_PER_CONSOLIDATED_NUMBER) {
                return fail(o.orderId(), "该国际运单号已对应50个拼邮订单",
                        "a consolidated international tracking number covers at most 50 orders");
            }
            return null;
        }
        if (!(otherTrade && otherReceiver) && !consolidatedInternational) {
            return null;
        }
        return fail(o.orderId(), "运单号已被使用: " + tracking, "tracking number already used by another order");
    }

    /** The columns {@link #receiverKey} reads: name, phone, address. */
    private static final String RECEIVER = "o.receiver_name, coalesce(o.receiver_mobile, o.receiver_phone, ''), "
            + "coalesce(o.receiver_state, '') || o.receiver_address";

    private static String receiver(Connection c, long orderId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT " + RECEIVER + " FROM orders o WHERE order_id = ?")) {
            ps.setLong(1, orderId);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return receiverKey(rs, 1);
            }
        }
    }

    /** One receiver: name, phone and address with spaces removed. */
    private static String receiverKey(ResultSet rs, int from) throws SQLException {
        StringBuilder key = new StringBuilder();
        for (int i = from; i < from + 3; i++) {
            key.append(rs.getString(i).replaceAll("\\s+", "")).append('\u001f');
        }
        return key.toString();
    }

    private static boolean companyKnown(Connection c, String code) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM logistics_company WHERE company_code = ?")) {
            ps.setString(1, code);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    static OrderResult cancel(Connection c, long orderId, String reason, long now) throws SQLException {
        OrderStore.OrderRow o = OrderStore.row(c, orderId);
        if (o == null) {
            return new OrderResult(orderId, false, NOT_FOUND);
        }
        if (reason == null || reason.isBlank()) {
            return fail(orderId, "取消订单须填写原因", "a reason is required");
        }
        if (o.status() != STATUS_UNPAID && o.status() != STATUS_PAID) {
            return fail(orderId, "订单已接单或已关闭，不能取消", "only orders not yet accepted can be cancelled");
        }
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE orders SET status = 13, cancelled_at = ?, cancel_reason = ? WHERE order_id = ?")) {
            ps.setLong(1, now);
            ps.setString(2, reason.strip());
            ps.setLong(3, orderId);
            ps.executeUpdate();
        }
        OrderStore.touch(c, orderId);
        return ok(orderId);
    }

    static OrderResult updateAddress(Connection c, AddressUpdateRequest r) throws SQLException {
        long orderId = r.orderId();
        OrderStore.OrderRow o = OrderStore.row(c, orderId);
        if (o == null) {
            return new OrderResult(orderId, false, NOT_FOUND);
        }
        if (o.status() != STATUS_PAID && o.status() != STATUS_ACCEPTED) {
            return fail(orderId, "订单状态不允许修改地址", "the address can change only while awaiting shipment");
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE orders SET "
                + "receiver_name = coalesce(?, receiver_name), receiver_state = coalesce(?, receiver_state), "
                + "receiver_address = coalesce(?, receiver_address), receiver_zip = coalesce(?, receiver_zip), "
                + "receiver_mobile = coalesce(?, receiver_mobile), receiver_phone = coalesce(?, receiver_phone) "
                + "WHERE order_id = ?")) {
            ps.setString(1, r.receiverName());
            ps.setString(2, r.receiverState());
            ps.setString(3, r.receiverAddress());
            ps.setString(4, r.receiverZip());
            ps.setString(5, r.receiverMobile());
            ps.setString(6, r.receiverPhone());
            ps.setLong(7, orderId);
            ps.executeUpdate();
        }
        OrderStore.touch(c, orderId);
        return ok(orderId);
    }

    /** The seller's memo: any status; an empty memo clears it; at most {@value #MEMO_MAX} characters. */
    static OrderResult updateMemo(Connection c, long orderId, String memo) throws SQLException {
        if (OrderStore.row(c, orderId) == null) {
            return new OrderResult(orderId, false, NOT_FOUND);
        }
        String text = memo.strip();
        if (text.codePointCount(0, text.length()) > MEMO_MAX) {
            return fail(orderId, "备注不能超过" + MEMO_MAX + "个字", "the memo is longer than " + MEMO_MAX + " characters");
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE orders SET seller_memo = ? WHERE order_id = ?")) {
            ps.setString(1, text.isEmpty() ? null : text);
            ps.setLong(2, orderId);
            ps.executeUpdate();
        }
        OrderStore.touch(c, orderId);
        return ok(orderId);
    }

    static void update(Connection c, String sql, long value, long orderId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, value);
            ps.setLong(2, orderId);
            ps.executeUpdate();
        }
    }
}
