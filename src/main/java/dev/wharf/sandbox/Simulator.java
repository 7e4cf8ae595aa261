package dev.wharf.sandbox;

import dev.wharf.platform.dto.DeliverOrdersRequest.DeliverOrder;
import dev.wharf.sandbox.sim.BuyerBehaviour;
import dev.wharf.sandbox.sim.Cart;
import dev.wharf.sandbox.sim.CartGenerator;
import dev.wharf.sandbox.sim.CartLine;
import dev.wharf.sandbox.sim.CartSplitter;
import dev.wharf.sandbox.sim.Customer;
import dev.wharf.sandbox.sim.Customers;
import dev.wharf.sandbox.sim.SplitOrder;
import dev.wharf.sandbox.sim.SplitResult;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * The simulated buyers and platform: places carts (split by {@link CartSplitter} into orders of one trade), and runs
 * the events that fall due as the simulated clock moves: payment or the platform's cancellation of an unpaid cart,
 * buyer cancellations before accept, refund requests on shipped orders, receipts and automatic confirmation.
 * Every decision comes from {@link BuyerBehaviour} with a random stream of its own ({@link Rand}), so it does not
 * depend on the order in which anything else happened.
 *
 * <p>All methods run on the writer connection inside the caller's transaction.
 */
final class Simulator {
    static final int CUSTOMERS = 200;
    static final Duration UNPAID_TIMEOUT = Duration.ofMinutes(60);
    static final Duration MAX_CANCEL_DELAY = Duration.ofHours(6);
    static final Duration MAX_REFUND_DELAY = Duration.ofDays(4);

    enum Kind { PAY, UNPAID_TIMEOUT, BUYER_CANCEL, REFUND_REQUEST, RECEIVE, AUTO_CONFIRM }

    /** What happened during one step, for {@code wharf.sandbox.simulate}. */
    static final class Counts {
        int carts;
        int ordersCreated;
        int ordersPaid;
        int ordersCancelled;
        int refundsRequested;
        int ordersReceived;
    }

    private static final String[] PAY_TYPES = {"Alipay", "Weixin", "CmbPay", "ApplePay"};
    private static final String[] REMARKS = {null, null, null, "尽快发货", "请仔细包装", "送人的，不要放发票"};
    private static final String[] REFUND_REASONS = {"商品与描述不符", "不想要了", "物流太慢", "收到商品破损"};

    private final long seed;
    private final CartSplitter splitter = new CartSplitter();
    private final CartGenerator carts;
    private final BuyerBehaviour behaviour = BuyerBehaviour.defaults();
    private final List<Customer> customers;

    Simulator(long seed, CartGenerator carts) {
        this.seed = seed;
        this.carts = carts;
        this.customers = Customers.generate(seed, CUSTOMERS);
    }

    List<Customer> customers() {
        return customers;
    }

    /** Places the shop's next cart at {@code at} (epoch ms). */
    void placeCart(Connection c, long at, Counts counts) throws SQLException {
        long cartNo;
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE shop SET next_cart_no = next_cart_no + 1 WHERE id = 1 RETURNING next_cart_no - 1")) {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                cartNo = rs.getLong(1);
            }
        }
        SplittableRandom r = Rand.of(seed, Rand.CART, cartNo);
        Customer buyer = Customers.pickBuyer(r, customers);
        Cart cart = carts.draw(r, buyer);
        SplitResult split = splitter.split(cart);
        String tradeId = uniqueTrade(c, r);
        String paymentNo = "2" + Rand.digits(r, 16);
        String payType = PAY_TYPES[r.nextInt(PAY_TYPES.length)];
        String remark = REMARKS[r.nextInt(REMARKS.length)];
        boolean pays = behaviour.pays(r);
        long payAt = at + behaviour.paymentDelay(r).toMillis();
        for (SplitOrder order : split.orders()) {
            long orderId = uniqueOrderId(c, r);
            insertOrder(c, orderId, tradeId, buyer, order, at, pays ? paymentNo : null, pays ? payType : null,
                    remark);
            if (pays) {
                schedule(c, payAt, orderId, Kind.PAY);
                SplittableRandom decisions = Rand.of(seed, Rand.EVENTS * 16 + Kind.BUYER_CANCEL.ordinal(), orderId);
                if (behaviour.cancelsBeforeAccept(decisions)) {
                    schedule(c, payAt + 1 + decisions.nextLong(MAX_CANCEL_DELAY.toMillis()), orderId,
                            Kind.BUYER_CANCEL);
                }
            } else {
                schedule(c, at + UNPAID_TIMEOUT.toMillis(), orderId, Kind.UNPAID_TIMEOUT);
            }
            counts.ordersCreated++;
        }
        counts.carts++;
    }

    private void insertOrder(Connection c, long orderId, String tradeId, Customer buyer, SplitOrder order, long at,
                             String paymentNo, String payType, String remark) throws SQLException {
        long total = Fen.of(order.total());
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO orders (order_id, trade_id, buyer_id, status, "
                + "delivery_type, amount_fen, payment_fen, order_at, buyer_remark, receiver_name, receiver_state, "
                + "receiver_address, receiver_zip, receiver_mobile, payment_order_no, pay_type, change_seq) "
                + "VALUES (?, ?, ?, 1, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, orderId);
            ps.setString(2, tradeId);
            ps.setString(3, buyer.buyerId());
            ps.setInt(4, order.deliveryType());
            ps.setLong(5, total);
            ps.setLong(6, total);
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
            ps.executeUpdate();
        }
        try (PreparedStatement item = c.prepareStatement("INSERT INTO order_item (order_item_id, order_id, position, "
                + "sku_id, outer_sku_id, product_id, product_title, sku_properties_name, delivery_type, price_fen, "
                + "num, payment_fen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
             PreparedStatement stock = c.prepareStatement(
                     "UPDATE sku SET stock = max(0, stock - ?) WHERE sku_id = ?")) {
            int position = 0;
            for (CartLine line : order.lines()) {
                position++;
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
                item.setLong(12, Fen.of(line.lineTotal()));
                item.addBatch();
                stock.setInt(1, line.quantity());
                stock.setString(2, line.skuId());
                stock.addBatch();
            }
            item.executeBatch();
            stock.executeBatch();
        }
    }

    private static String uniqueTrade(Connection c, SplittableRandom r) throws SQLException {
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

    private static long uniqueOrderId(Connection c, SplittableRandom r) throws SQLException {
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

    static void schedule(Connection c, long dueAt, long orderId, Kind kind) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "INSERT INTO event (due_at, order_id, kind) VALUES (?, ?, ?)")) {
            ps.setLong(1, dueAt);
            ps.setLong(2, orderId);
            ps.setString(3, kind.name());
            ps.executeUpdate();
        }
    }

    /** Called after a leg was shipped: schedules the buyer's receipt, refund request and automatic confirmation. */
    void shipped(Connection c, long orderId, int deliveryType, boolean domesticLeg, long now) throws SQLException {
        boolean consolidated = deliveryType == OrderActions.CONSOLIDATED;
        if (!domesticLeg) {
            SplittableRandom refund = Rand.of(seed, Rand.EVENTS * 16 + Kind.REFUND_REQUEST.ordinal(), orderId);
            if (behaviour.requestsRefundAfterShipping(refund)) {
                schedule(c, now + 1 + refund.nextLong(MAX_REFUND_DELAY.toMillis()), orderId, Kind.REFUND_REQUEST);
            }
        }
        if (consolidated && !domesticLeg) {
            return; // the buyer receives it after the domestic leg
        }
        Duration autoConfirm = autoConfirmAfter(deliveryType);
        SplittableRandom receipt = Rand.of(seed, Rand.EVENTS * 16 + Kind.RECEIVE.ordinal(), orderId);
        Optional<Duration> delay = behaviour.receiptDelay(receipt);
        if (delay.isPresent() && delay.get().compareTo(autoConfirm) < 0) {
            schedule(c, now + delay.get().toMillis(), orderId, Kind.RECEIVE);
        }
        schedule(c, now + autoConfirm.toMillis(), orderId, Kind.AUTO_CONFIRM);
    }

    /**
     * When the platform confirms receipt by itself (seller handbook): xlobo direct mail and bonded 7 days after
     * customs (taken as 10 days after shipping), third-party direct mail 20 days, seller bonded 14 days, consolidated
     * 10 days after the domestic leg.
     */
    static Duration autoConfirmAfter(int deliveryType) {
        return switch (deliveryType) {
            case 2 -> Duration.ofDays(20);
            case 4 -> Duration.ofDays(14);
            default -> Duration.ofDays(10);
        };
    }

    /** Runs every event due up to {@code until} (epoch ms), oldest first. */
    void runDue(Connection c, long until, Counts counts) throws SQLException {
        while (true) {
            List<long[]> due = new ArrayList<>();
            List<Kind> kinds = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT id, due_at, order_id, kind FROM event WHERE due_at <= ? ORDER BY due_at, id LIMIT 500")) {
                ps.setLong(1, until);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        due.add(new long[] {rs.getLong(1), rs.getLong(2), rs.getLong(3)});
                        kinds.add(Kind.valueOf(rs.getString(4)));
                    }
                }
            }
            if (due.isEmpty()) {
                return;
            }
            try (PreparedStatement delete = c.prepareStatement("DELETE FROM event WHERE id = ?")) {
                for (int i = 0; i < due.size(); i++) {
                    long[] e = due.get(i);
                    run(c, kinds.get(i), e[2], e[1], counts);
                    delete.setLong(1, e[0]);
                    delete.executeUpdate();
                }
            }
        }
    }

    private void run(Connection c, Kind kind, long orderId, long at, Counts counts) throws SQLException {
        OrderStore.OrderRow o = OrderStore.row(c, orderId);
        if (o == null) {
            return;
        }
        switch (kind) {
            case PAY -> {
                if (o.status() == OrderActions.STATUS_UNPAID) {
                    OrderActions.update(c, "UPDATE orders SET status = 2, paid_at = ? WHERE order_id = ?", at, orderId);
                    OrderStore.touch(c, orderId);
                    counts.ordersPaid++;
                }
            }
            case UNPAID_TIMEOUT -> {
                if (o.status() == OrderActions.STATUS_UNPAID) {
                    cancel(c, orderId, at, OrderActions.STATUS_SYSTEM_CANCELLED, "超时未付款");
                    counts.ordersCancelled++;
                }
            }
            case BUYER_CANCEL -> {
                if (o.status() == OrderActions.STATUS_PAID) {
                    cancel(c, orderId, at, OrderActions.STATUS_BUYER_CANCELLED, "买家取消");
                    counts.ordersCancelled++;
                }
            }
            case REFUND_REQUEST -> {
                if ((o.status() == OrderActions.STATUS_SHIPPED || o.status() == OrderActions.STATUS_ACCEPTED)
                        && !hasRefund(c, orderId)) {
                    SplittableRandom r = Rand.of(seed, Rand.REFUND, orderId);
                    requestRefund(c, orderId, at, REFUND_REASONS[r.nextInt(REFUND_REASONS.length)], r.nextInt(4) == 0);
                    counts.refundsRequested++;
                }
            }
            case RECEIVE, AUTO_CONFIRM -> {
                if (o.status() == OrderActions.STATUS_SHIPPED
                        && (o.deliveryType() != OrderActions.CONSOLIDATED || o.domesticDelivered())) {
                    OrderActions.update(c, "UPDATE orders SET status = 4, received_at = ? WHERE order_id = ?", at,
                            orderId);
                    OrderStore.touch(c, orderId);
                    counts.ordersReceived++;
                }
            }
            default -> throw new IllegalStateException("unknown event " + kind);
        }
    }

    private static void cancel(Connection c, long orderId, long at, int status, String reason) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE orders SET status = ?, cancelled_at = ?, cancel_reason = ? WHERE order_id = ?")) {
            ps.setInt(1, status);
            ps.setLong(2, at);
            ps.setString(3, reason);
            ps.setLong(4, orderId);
            ps.executeUpdate();
        }
        OrderStore.touch(c, orderId);
    }

    private static boolean hasRefund(Connection c, long orderId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM refund WHERE order_id = ? LIMIT 1")) {
            ps.setLong(1, orderId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    /**
     * The buyer asks for a refund of the order's first line (all of it, or half its payment when {@code partial}).
     * Returns the refund id.
     */
    static String requestRefund(Connection c, long orderId, long at, String reason, boolean partial)
            throws SQLException {
        String itemId;
        long payment;
        int num;
        try (PreparedStatement ps = c.prepareStatement("SELECT order_item_id, payment_fen, num FROM order_item "
                + "WHERE order_id = ? AND refund_id IS NULL ORDER BY position LIMIT 1")) {
            ps.setLong(1, orderId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return null;
                }
                itemId = rs.getString(1);
                payment = rs.getLong(2);
                num = rs.getInt(3);
            }
        }
        long refundNo;
        try (PreparedStatement ps = c.prepareStatement(
                "UPDATE shop SET next_refund_no = next_refund_no + 1 WHERE id = 1 RETURNING next_refund_no")) {
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                refundNo = rs.getLong(1);
            }
        }
        String refundId = String.format("RF%08d", refundNo);
        long amount = partial ? Math.max(1, payment / 2) : payment;
        int refundNum = partial ? Math.max(1, num / 2) : num;
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO refund (refund_id, order_id, order_item_id, "
                + "status, amount_fen, refund_num, reason, applied_at, updated_at) VALUES (?, ?, ?, 0, ?, ?, ?, ?, ?)")) {
            ps.setString(1, refundId);
            ps.setLong(2, orderId);
            ps.setString(3, itemId);
            ps.setLong(4, amount);
            ps.setInt(5, refundNum);
            ps.setString(6, reason);
            ps.setLong(7, at);
            ps.setLong(8, at);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE order_item SET refund_id = ?, refund_status = 0, "
                + "refund_num = ? WHERE order_item_id = ?")) {
            ps.setString(1, refundId);
            ps.setInt(2, refundNum);
            ps.setString(3, itemId);
            ps.executeUpdate();
        }
        OrderStore.touch(c, orderId);
        return refundId;
    }

    /**
     * The seller of the demo shop's history: accepts paid orders a few hours after payment, ships them a day or so
     * later (the domestic leg of consolidated orders three days after the international one) and handles refunds
     * after a day. Acts only on orders placed before {@code cutoff}, so the newest orders wait for the user.
     */
    void sellerAutopilot(Connection c, long now, long cutoff) throws SQLException {
        List<Long> toAccept = ids(c, "SELECT order_id FROM orders WHERE status = 2 AND order_at < ? AND paid_at <= ? "
                + "ORDER BY order_id", cutoff, now - Duration.ofHours(3).toMillis());
        for (long id : toAccept) {
            OrderActions.accept(c, id, now);
        }
        List<Long> toShip = ids(c, "SELECT order_id FROM orders WHERE status = 17 AND order_at < ? "
                + "AND accepted_at <= ? ORDER BY order_id", cutoff, now - Duration.ofHours(20).toMillis());
        for (long id : toShip) {
            int type = OrderStore.deliveryTypes(c, List.of(id)).get(id);
            SplittableRandom r = Rand.of(seed, Rand.SELLER, id);
            String company = switch (type) {
                case 3, 5 -> "xlobo";
                case 7 -> r.nextBoolean() ? "Y048" : "Y073";
                default -> r.nextBoolean() ? "Y073" : "Y068";
            };
            String tracking = (type == 3 || type == 5 ? "DB" + Rand.digits(r, 9) + "JP" : "EX" + Rand.digits(r, 12));
            OrderActions.deliver(c, new DeliverOrder(id, company, tracking, false), now, this);
        }
        List<Long> domestic = ids(c, "SELECT order_id FROM orders WHERE status = 3 AND delivery_type = 7 "
                + "AND domestic_delivered = 0 AND order_at < ? AND shipped_at <= ? ORDER BY order_id", cutoff,
                now - Duration.ofDays(3).toMillis());
        for (long id : domestic) {
            SplittableRandom r = Rand.of(seed, Rand.SELLER + 100, id);
            OrderActions.deliver(c, new DeliverOrder(id, "Y101", "ZT" + Rand.digits(r, 12), true), now, this);
        }
        List<Long> refunds = ids(c, "SELECT r.rowid FROM refund r JOIN orders o ON o.order_id = r.order_id "
                + "WHERE r.status = 0 AND o.order_at < ? AND r.applied_at <= ? ORDER BY r.refund_id", cutoff,
                now - Duration.ofDays(1).toMillis());
        for (long rowid : refunds) {
            String refundId;
            long amount;
            try (PreparedStatement ps = c.prepareStatement("SELECT refund_id, amount_fen FROM refund WHERE rowid = ?")) {
                ps.setLong(1, rowid);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    refundId = rs.getString(1);
                    amount = rs.getLong(2);
                }
            }
            SplittableRandom r = Rand.of(seed, Rand.SELLER + 200, rowid);
            if (r.nextInt(10) < 7) {
                RefundActions.approve(c, refundId, Fen.yuan(amount), now);
            } else {
                RefundActions.reject(c, refundId, "商品已发出，请收货后申请退货", now);
            }
        }
    }

    private static List<Long> ids(Connection c, String sql, long a, long b) throws SQLException {
        List<Long> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.setLong(1, a);
            ps.setLong(2, b);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(rs.getLong(1));
                }
            }
        }
        return ids;
    }
}
