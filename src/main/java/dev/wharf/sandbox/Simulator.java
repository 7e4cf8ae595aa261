package dev.wharf.sandbox;

import dev.wharf.sandbox.sim.BuyerBehaviour;
import dev.wharf.sandbox.sim.Cart;
import dev.wharf.sandbox.sim.CartGenerator;
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
        String tradeId = CartOrders.uniqueTrade(c, r);
        String paymentNo = "2" + Rand.digits(r, 16);
        String payType = PAY_TYPES[r.nextInt(PAY_TYPES.length)];
        String remark = REMARKS[r.nextInt(REMARKS.length)];
        boolean pays = behaviour.pays(r);
        long payAt = at + behaviour.paymentDelay(r).toMillis();
        List<SplitOrder> orders = split.orders();
        long[] totals = orders.stream().mapToLong(o -> Fen.of(o.total())).toArray();
        CouponRedemption.Redemption coupon = CouponRedemption.find(c, buyer.buyerId(), Fen.of(cart.total()), at);
        long[] discounts = CouponRedemption.split(coupon == null ? 0 : coupon.faceFen(), totals);
        int carrier = 0;
        for (int i = 1; i < discounts.length; i++) {
            if (discounts[i] > discounts[carrier]) {
                carrier = i;
            }
        }
        for (int i = 0; i < orders.size(); i++) {
            SplitOrder order = orders.get(i);
            long orderId = CartOrders.uniqueOrderId(c, r);
            CartOrders.insert(c, orderId, tradeId, buyer, order, at, pays ? paymentNo : null, pays ? payType : null,
                    remark, discounts[i]);
            if (coupon != null && i == carrier) {
                CouponRedemption.use(c, coupon.couponId(), buyer.buyerId(), orderId, at);
            }
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
                    CouponRedemption.release(c, orderId, at);
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
                        && !BuyerRefunds.hasRefund(c, orderId)) {
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

    /** The buyer asks for a refund of the order's first line; see {@link BuyerRefunds#requestRefund}. */
    static String requestRefund(Connection c, long orderId, long at, String reason, boolean partial)
            throws SQLException {
        return BuyerRefunds.requestRefund(c, orderId, at, reason, partial);
    }

    /** The demo shop's simulated seller; see {@link SellerAutopilot#run}. */
    void sellerAutopilot(Connection c, long now, long cutoff) throws SQLException {
        SellerAutopilot.run(c, seed, this, now, cutoff);
    }
}
