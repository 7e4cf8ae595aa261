package dev.wharf.store.outbox;

import dev.wharf.platform.dto.AddressUpdateRequest;
import dev.wharf.platform.dto.DeliverOrdersRequest.DeliverOrder;
import dev.wharf.platform.dto.ProductInfo;
import dev.wharf.store.Database;
import dev.wharf.sync.outbox.LocalCommands;
import dev.wharf.sync.outbox.OutboxListener;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Supplier;

/**
 * {@link LocalCommands} on the shop database: each command is one {@link Database#write} that checks the local
 * state, applies the local effect and inserts the outbox rows, so the change and its command commit together or not
 * at all.
 */
public final class SqliteLocalCommands implements LocalCommands {
    /** Prefix of the temporary id of a product created locally and not yet confirmed by the platform. */
    public static final String LOCAL_PREFIX = "local-";

    private final OrderCommands orders;
    private final DeliverCommands deliver;
    private final RefundCouponCommands refundsAndCoupons;
    private final CatalogCommands catalog;

    public SqliteLocalCommands(Database db, Clock clock, OutboxListener listener) {
        this(db, clock, listener, () -> UUID.randomUUID().toString());
    }

    /** With a source of client keys (tests). */
    public SqliteLocalCommands(Database db, Clock clock, OutboxListener listener, Supplier<String> keys) {
        CommandSupport support = new CommandSupport(Objects.requireNonNull(db, "db"),
                Objects.requireNonNull(clock, "clock"), Objects.requireNonNull(listener, "listener"),
                Objects.requireNonNull(keys, "keys"));
        this.orders = new OrderCommands(support);
        this.deliver = new DeliverCommands(support);
        this.refundsAndCoupons = new RefundCouponCommands(support);
        this.catalog = new CatalogCommands(support);
    }

    // ------------------------------------------------------------------ orders

    @Override
    public List<Long> acceptOrders(List<String> orderIds) {
        return orders.acceptOrders(orderIds);
    }

    @Override
    public List<Long> deliverOrders(List<DeliverOrder> deliveries) {
        return deliver.deliverOrders(deliveries);
    }

    @Override
    public long cancelOrder(String orderId, String reason) {
        return orders.cancelOrder(orderId, reason);
    }

    @Override
    public long changeAddress(AddressUpdateRequest a) {
        return orders.changeAddress(a);
    }

    @Override
    public long updateMemo(String orderId, String memo) {
        return orders.updateMemo(orderId, memo);
    }

    // ------------------------------------------------------------------ refunds

    @Override
    public long approveRefund(String refundId, BigDecimal confirmedAmount) {
        return refundsAndCoupons.approveRefund(refundId, confirmedAmount);
    }

    @Override
    public long rejectRefund(String refundId, String reason) {
        return refundsAndCoupons.rejectRefund(refundId, reason);
    }

    // ------------------------------------------------------------------ SKUs

    @Override
    public long updateStock(String outerSkuId, int stock) {
        return catalog.updateStock(outerSkuId, stock);
    }

    @Override
    public long updatePrice(String outerSkuId, BigDecimal price, BigDecimal vipPrice, BigDecimal newCustomerPrice) {
        return catalog.updatePrice(outerSkuId, price, vipPrice, newCustomerPrice);
    }

    @Override
    public List<List<Long>> updateSkus(List<SkuUpdate> updates) {
        return catalog.updateSkus(updates);
    }

    // ------------------------------------------------------------------ products

    @Override
    public Created createProduct(ProductInfo product, String description) {
        return catalog.createProduct(product, description);
    }

    @Override
    public long updateProduct(String productId, ProductInfo product, String description) {
        return catalog.updateProduct(productId, product, description);
    }

    @Override
    public long shelveProduct(String productId) {
        return catalog.shelveProduct(productId);
    }

    @Override
    public long unshelveProduct(String productId) {
        return catalog.unshelveProduct(productId);
    }

    // ------------------------------------------------------------------ coupons

    @Override
    public Created createCoupon(String name, BigDecimal threshold, BigDecimal faceValue, Instant validFrom,
                                Instant validTo, int quantity) {
        return refundsAndCoupons.createCoupon(name, threshold, faceValue, validFrom, validTo, quantity);
    }

    @Override
    public long stopCoupon(String couponId) {
        return refundsAndCoupons.stopCoupon(couponId);
    }

    @Override
    public long issueCoupon(String couponId, List<String> buyerIds) {
        return refundsAndCoupons.issueCoupon(couponId, buyerIds);
    }
}
