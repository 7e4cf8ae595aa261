package dev.wharf.sync.outbox;

import dev.wharf.platform.dto.AddressUpdateRequest;
import dev.wharf.platform.dto.DeliverOrdersRequest.DeliverOrder;
import dev.wharf.platform.dto.ProductInfo;
import java.math.BigDecimal;
import java.util.List;

/**
 * The user's changes to the shop, as the feature services call them. Each one, in ONE database transaction, checks
 * its inputs against the local state, applies the local effect (the screens show it at once) and enqueues the
 * platform command in the outbox; if anything fails nothing is written. Invalid input throws
 * {@link IllegalArgumentException} naming the field or the order. Listeners ({@link OutboxListener}) hear the new
 * counts afterwards. Blocks on the database writer: call off the JavaFX thread.
 */
public interface LocalCommands {

    /** Accepts paid orders (status 2 → 17, accepted_at now). Returns the outbox ids, one per order. */
    List<Long> acceptOrders(List<String> orderIds);

    /**
     * Ships orders: an international leg (status 17 → 3, shipped_at now) or, with {@code isDomesticDelivery}, the
     * domestic leg of a consolidated order already shipped (domestic_delivered = 1). One deliver per order and leg;
     * its tracking number may list several parcels' numbers, comma-separated: a delivery row per number, one outbox
     * entry for the deliver.
     */
    List<Long> deliverOrders(List<DeliverOrder> deliveries);

    /** Cancels an order not yet accepted (status 1 or 2 → 13), with a reason. */
    long cancelOrder(String orderId, String reason);

    /** A new receiver for an order awaiting shipment (status 2 or 17). */
    long changeAddress(AddressUpdateRequest address);

    /**
     * The seller's memo on an order (any status; blank clears it; at most 500 characters), sent with the Wharf
     * extension {@code wharf.order.memo.update}.
     */
    long updateMemo(String orderId, String memo);

    /** Approves an open refund; {@code confirmedAmount} must equal the amount the buyer asked for. */
    long approveRefund(String refundId, BigDecimal confirmedAmount);

    /** Rejects an open refund with a reason. */
    long rejectRefund(String refundId, String reason);

    /** New sellable stock (≥ 0) of a SKU, by its outer (seller's) id. */
    long updateStock(String outerSkuId, int stock);

    /** New prices of a SKU: price &gt; 0, VIP and new-customer price ≥ 0 (null or 0 = none), ≤ 2 decimals. */
    long updatePrice(String outerSkuId, BigDecimal price, BigDecimal vipPrice, BigDecimal newCustomerPrice);

    /**
     * Changes the stock and/or prices of many SKUs in ONE transaction (a spreadsheet import): per SKU a stock command
     * when {@link SkuUpdate#stock()} is set and a price command when any of its prices is set (a price left null keeps
     * the SKU's current one). The same checks as {@link #updateStock} and {@link #updatePrice}; if any SKU fails them,
     * nothing is written. Returns, per update in order, its outbox ids (stock first).
     */
    List<List<Long>> updateSkus(List<SkuUpdate> updates);

    /**
     * One SKU's new values; null: unchanged.
     *
     * @param price            &gt; 0
     * @param vipPrice         ≥ 0 (0 = none)
     * @param newCustomerPrice ≥ 0 (0 = none)
     */
    record SkuUpdate(String outerSkuId, Integer stock, BigDecimal price, BigDecimal vipPrice,
                     BigDecimal newCustomerPrice) {
        public boolean changesPrice() {
            return price != null || vipPrice != null || newCustomerPrice != null;
        }
    }

    /**
     * Lists a new product: stored locally under a temporary id ({@link Created#localId()}, "local-…") until the
     * platform assigns its own; the command carries a client key generated here, once, so a re-sent create makes
     * one product.
     */
    Created createProduct(ProductInfo product, String description);

    /** Replaces a product's content (SKUs matched by outer id); the product may still be local. */
    long updateProduct(String productId, ProductInfo product, String description);

    long shelveProduct(String productId);

    long unshelveProduct(String productId);

    /**
     * A new coupon ("¥faceValue off ¥threshold"), valid between two instants. The shop database keeps no coupons
     * (they arrive with the pull), so only the command is written; it carries a client key.
     */
    Created createCoupon(String name, BigDecimal threshold, BigDecimal faceValue, java.time.Instant validFrom,
                         java.time.Instant validTo, int quantity);

    long stopCoupon(String couponId);

    /** Issues a coupon to up to 100 customers (one each). */
    long issueCoupon(String couponId, List<String> buyerIds);

    /**
     * @param outboxId the entry
     * @param localId  the temporary local id (product) or the client key (coupon)
     */
    record Created(long outboxId, String localId) {
    }
}
