package dev.wharf.sync.outbox;

import dev.wharf.platform.GatewayTime;
import dev.wharf.platform.PlatformApi;
import dev.wharf.platform.PlatformException;
import dev.wharf.platform.TrackingNumbers;
import dev.wharf.platform.dto.AddressUpdateRequest;
import dev.wharf.platform.dto.CouponGrantsResponse;
import dev.wharf.platform.dto.DeliverOrdersRequest.DeliverOrder;
import dev.wharf.platform.dto.OrderInfo;
import dev.wharf.platform.dto.ProductInfo;
import dev.wharf.platform.dto.RefundListRequest;
import dev.wharf.platform.dto.RefundListResponse.RefundInfo;
import dev.wharf.platform.dto.RefundListResponse;
import dev.wharf.platform.dto.SkuInfo;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads of the platform's state the outbox needs: whether an entry whose answer was lost took effect
 * ({@link #verify}), and the platform's truth to restore locally after a rejection or a discard
 * ({@link #reconcile}).
 */
public final class PlatformChecks {
    private static final Logger LOG = LoggerFactory.getLogger(PlatformChecks.class);
    private static final int MAX_PAGES = 50;
    private static final int ACCEPTED = 17;
    private static final int SHIPPED = 3;
    private static final int RECEIVED = 4;
    private static final int SELLER_CANCELLED = 13;

    private final PlatformApi api;
    private final OutboxStore store;

    public PlatformChecks(PlatformApi api, OutboxStore store) {
        this.api = Objects.requireNonNull(api, "api");
        this.store = Objects.requireNonNull(store, "store");
    }

    /** What the platform's state says about an entry that may have been applied. */
    public sealed interface Verdict {
        /** It took effect: mark it done without sending it again. */
        record Applied() implements Verdict {
        }

        /** It provably did not (or sending again is harmless): send this payload. */
        record Resend(String payload) implements Verdict {
        }

        /**
         * The platform holds another value, set after the send or at a time that cannot be told: sending again could
         * undo someone else's newer change. Needs attention; the user retries or discards.
         */
        record Superseded(Conflict conflict) implements Verdict {
        }
    }

    /**
     * How far before an entry's send time the platform's last change of the aggregate must lie for "not changed
     * since the send" to be proven: {@code update_time} drops the fraction of its second (the change may lie up to
     * 1 s after it), and 1 s more for a gateway whose {@code Date} header rounds instead of truncating. The send
     * time itself is already a lower bound of the platform's clock ({@link PlatformClock}), so skew between the
     * computer's clock and the platform's needs no margin here (decision 0007).
     */
    static final Duration CHANGE_TIME_MARGIN = Duration.ofSeconds(2);

    /**
     * Checks an entry whose earlier send may or may not have reached the platform. Throws the platform's
     * exception when the check itself fails.
     */
    public Verdict verify(OutboxEntry e) {
        Verdict resend = new Verdict.Resend(e.payload());
        Verdict applied = new Verdict.Applied();
        switch (e.command()) {
            case ORDER_ACCEPT -> {
                OrderInfo o = api.orderDetail(Long.parseLong(e.aggregateId()), false);
                int s = status(o);
                return s == ACCEPTED || s == SHIPPED || s == RECEIVED ? applied : resend;
            }
            case ORDER_DELIVER -> {
                DeliverOrder d = Payloads.read(e.payload(), DeliverOrder.class);
                OrderInfo o = api.orderDetail(d.orderId(), true);
                int leg = Boolean.TRUE.equals(d.isDomesticDelivery()) ? OrderInfo.DeliveryInfo.DOMESTIC
                        : OrderInfo.DeliveryInfo.INTERNATIONAL;
                // every parcel's number must be there: the platform takes an order's numbers at once
                List<String> numbers = TrackingNumbers.split(d.trackingNumber());
                boolean found = o != null && o.deliveryInfo() != null && numbers.stream().allMatch(n ->
                        o.deliveryInfo().stream().anyMatch(x -> TrackingNumbers.split(x.trackingNumber()).contains(n)
                                && (x.logisticsType() == null || x.logisticsType() == leg)));
                return found ? applied : resend;
            }
            case ORDER_CANCEL -> {
                return status(api.orderDetail(Long.parseLong(e.aggregateId()), false)) == SELLER_CANCELLED
                        ? applied : resend;
            }
            case ORDER_ADDRESS -> {
                AddressUpdateRequest a = Payloads.read(e.payload(), AddressUpdateRequest.class);
                OrderInfo o = api.orderDetail(a.orderId(), false);
                if (o == null) {
                    return resend; // unknown to the platform: it refuses the change, with its message
                }
                // the platform keeps a field the request leaves out; its order detail has no change time for the
                // receiver, so a different address cannot be dated: the safe answer is to ask the user
                return sameAddress(a, o) ? applied : new Verdict.Superseded(new Conflict(Conflict.Kind.ADDRESS,
                        String.valueOf(a.orderId()), address(o.receiverName(), o.receiverAddress()),
                        address(a.receiverName(), a.receiverAddress()), false));
            }
            case ORDER_MEMO -> {
                var m = Payloads.read(e.payload(), dev.wharf.platform.dto.MemoUpdateRequest.class);
                OrderInfo o = api.orderDetail(m.orderId(), false);
                String wanted = m.sellerMemo() == null || m.sellerMemo().isBlank() ? null : m.sellerMemo().strip();
                return o != null && Objects.equals(wanted, o.sellerMemo()) ? applied : resend;
            }
            case SKU_STOCK -> {
                Payloads.Stock st = Payloads.read(e.payload(), Payloads.Stock.class);
                Optional<ProductInfo> p = platformProduct(st.productId());
                Optional<SkuInfo> sku = p.flatMap(x -> sku(x, st.outerSkuId()));
                if (sku.isEmpty()) {
                    return resend; // unknown to the platform: it refuses the change, with its message
                }
                if (Objects.equals(sku.get().stockNum(), st.stockNum())) {
                    return applied;
                }
                return unchangedSinceSent(p.get(), e) ? resend : superseded(Conflict.Kind.STOCK, st.outerSkuId(),
                        String.valueOf(sku.get().stockNum()), String.valueOf(st.stockNum()), p.get(), e);
            }
            case SKU_PRICE -> {
                Payloads.Price pr = Payloads.read(e.payload(), Payloads.Price.class);
                Optional<ProductInfo> p = platformProduct(pr.productId());
                Optional<SkuInfo> sku = p.flatMap(x -> sku(x, pr.outerSkuId()));
                if (sku.isEmpty()) {
                    return resend;
                }
                SkuInfo now = sku.get();
                // all three prices: a change of the VIP or new-customer price alone must not pass for applied
                if (samePrice(now.price(), pr.productPrice()) && samePrice(now.vipPrice(), pr.productVipPrice())
                        && samePrice(now.newPrice(), pr.productNewuserPrice())) {
                    return applied;
                }
                return unchangedSinceSent(p.get(), e) ? resend : superseded(Conflict.Kind.PRICE, pr.outerSkuId(),
                        prices(now.price(), now.vipPrice(), now.newPrice()),
                        prices(pr.productPrice(), pr.productVipPrice(), pr.productNewuserPrice()), p.get(), e);
            }
            case REFUND_APPROVE, REFUND_REJECT -> {
                int target = e.command() == Command.REFUND_APPROVE ? 1 : -1;
                Instant since = e.createdAt().minus(Duration.ofDays(1));
                Optional<RefundInfo> r = findRefund(e.aggregateId(), target, since);
                return r.isPresent() ? applied : resend;
            }
            case COUPON_ISSUE -> {
                Payloads.CouponIssue issue = Payloads.read(e.payload(), Payloads.CouponIssue.class);
                Set<String> granted = grantedBuyers(issue.couponId());
                List<String> left = issue.buyerIds().stream().filter(b -> !granted.contains(b)).toList();
                return left.isEmpty() ? applied
                        : new Verdict.Resend(Payloads.write(new Payloads.CouponIssue(issue.couponId(), left)));
            }
            default -> {
                // creates carry a client key (the platform answers the first result again); updates, shelving and
                // stopping set absolute states: sending them again is harmless
                return resend;
            }
        }
    }

    /**
     * Restores the platform's state of the entry's aggregate locally, best effort: a failure is logged and left
     * to the next pull (which no longer holds back an aggregate without unresolved entries).
     */
    public boolean reconcile(OutboxEntry e) {
        try {
            switch (e.command().aggregateType()) {
                case ORDER -> store.reconcileOrder(api.orderDetail(Long.parseLong(e.aggregateId()), true));
                case PRODUCT -> {
                    if (!isLocal(e.aggregateId())) {
                        store.reconcileProduct(api.productDetail(e.aggregateId()));
                    }
                }
                case SKU -> {
                    String pid = productIdOf(e);
                    if (pid != null && !isLocal(pid)) {
                        store.reconcileProduct(api.productDetail(pid));
                    }
                }
                case REFUND -> findRefund(e.aggregateId(), null, null).ifPresent(store::reconcileRefund);
                case COUPON -> {
                    // the shop database keeps no coupons; the pull brings them
                }
            }
            return true;
        } catch (PlatformException | IllegalArgumentException ex) {
            LOG.info("could not reconcile {} {} with the platform now ({}); the next pull will",
                    e.command().aggregateType().code(), e.aggregateId(), ex.getMessage());
            return false;
        }
    }

    static boolean isLocal(String productId) {
        return productId == null || productId.startsWith("local-");
    }

    private static String productIdOf(OutboxEntry e) {
        return switch (e.command()) {
            case SKU_STOCK -> Payloads.read(e.payload(), Payloads.Stock.class).productId();
            case SKU_PRICE -> Payloads.read(e.payload(), Payloads.Price.class).productId();
            default -> null;
        };
    }

    private static int status(OrderInfo o) {
        return o == null || o.orderStatus() == null ? -1 : o.orderStatus();
    }

    private Optional<ProductInfo> platformProduct(String productId) {
        return isLocal(productId) ? Optional.empty() : Optional.ofNullable(api.productDetail(productId));
    }

    private static Optional<SkuInfo> sku(ProductInfo p, String outerSkuId) {
        return p.skus() == null ? Optional.empty()
                : p.skus().stream().filter(s -> outerSkuId.equals(s.outerId())).findFirst();
    }

    /**
     * Whether the product provably did not change since the entry was first sent: its {@code update_time} lies at
     * least {@link #CHANGE_TIME_MARGIN} before the recorded send time. False when either time is unknown.
     */
    static boolean unchangedSinceSent(ProductInfo p, OutboxEntry e) {
        Instant changed = GatewayTime.tryParse(p.updateTime());
        return changed != null && e.sentAt() != null && !changed.plus(CHANGE_TIME_MARGIN).isAfter(e.sentAt());
    }

    private static Verdict superseded(Conflict.Kind kind, String subject, String platformValue, String sentValue,
                                      ProductInfo p, OutboxEntry e) {
        // worded "changed after Wharf sent" only when the change's second is not before the recorded send time;
        // within the margin, or with a time missing, it "cannot be told" (Needs attention either way)
        Instant changed = GatewayTime.tryParse(p.updateTime());
        boolean after = changed != null && e.sentAt() != null && !changed.isBefore(e.sentAt());
        return new Verdict.Superseded(new Conflict(kind, subject, platformValue, sentValue, after));
    }

    /** Equal amounts; null and 0 both mean "none" for the VIP and new-customer prices. */
    private static boolean samePrice(BigDecimal platform, BigDecimal sent) {
        BigDecimal a = platform == null ? BigDecimal.ZERO : platform;
        BigDecimal b = sent == null ? BigDecimal.ZERO : sent;
        return a.compareTo(b) == 0;
    }

    /** "99.00", or "99.00 / 89.00 / 0" (price / VIP / new customer) when a VIP or new-customer price is set. */
    static String prices(BigDecimal price, BigDecimal vip, BigDecimal fresh) {
        String base = price == null ? "" : price.toPlainString();
        if (samePrice(vip, null) && samePrice(fresh, null)) {
            return base;
        }
        return base + " / " + (vip == null ? "0" : vip.toPlainString()) + " / "
                + (fresh == null ? "0" : fresh.toPlainString());
    }

    /** The fields the request sets (the platform keeps the others) equal the platform's. */
    private static boolean sameAddress(AddressUpdateRequest a, OrderInfo o) {
        return same(a.receiverName(), o.receiverName()) && same(a.receiverAddress(), o.receiverAddress())
                && same(a.receiverMobile(), o.receiverMobile()) && same(a.receiverPhone(), o.receiverPhone())
                && same(a.receiverState(), o.receiverState()) && same(a.receiverZip(), o.receiverZip());
    }

    private static boolean same(String sent, String platform) {
        return sent == null || sent.equals(platform);
    }

    private static String address(String name, String address) {
        return (name == null ? "" : name) + ", " + (address == null ? "" : address);
    }

    private Optional<RefundInfo> findRefund(String refundId, Integer status, Instant since) {
        String updatedSince = since == null ? null : GatewayTime.format(since);
        for (int page = 1; page <= MAX_PAGES; page++) {
            RefundListResponse r = api.listRefunds(new RefundListRequest(status, updatedSince, page, 100));
            for (RefundInfo info : r.refunds()) {
                if (refundId.equals(info.refundId())) {
                    return Optional.of(info);
                }
            }
            if (r.refunds().size() < 100) {
                break;
            }
        }
        return Optional.empty();
    }

    private Set<String> grantedBuyers(String couponId) {
        Set<String> out = new HashSet<>();
        for (int page = 1; page <= MAX_PAGES; page++) {
            CouponGrantsResponse r = api.couponGrants(couponId, page, 100);
            List<String> ids = new ArrayList<>();
            r.grants().forEach(g -> ids.add(g.buyerId()));
            out.addAll(ids);
            if (r.grants().size() < 100) {
                break;
            }
        }
        return out;
    }
}
