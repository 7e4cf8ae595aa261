package dev.wharf.sync;

import dev.wharf.platform.dto.CouponGrantsResponse.CouponGrant;
import dev.wharf.platform.dto.CouponInfo;
import dev.wharf.platform.dto.CustomerListResponse.CustomerInfo;
import dev.wharf.platform.dto.DsrResponse;
import dev.wharf.platform.dto.LogisticsCompaniesResponse.LogisticsCompany;
import dev.wharf.platform.dto.OrderInfo;
import dev.wharf.platform.dto.ProductInfo;
import dev.wharf.platform.dto.RefundListResponse.RefundInfo;
import dev.wharf.platform.dto.SellThroughResponse;
import dev.wharf.platform.dto.SellerLevelResponse;
import dev.wharf.platform.dto.TrafficResponse.TrafficDay;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What the {@link Puller} needs from the shop database (implemented by {@code store.sync.SqlitePullStore}).
 *
 * <p>Every {@code write…} call is one transaction that stores a page of platform rows <b>and</b> the sync-state
 * entries given with it ({@code state}: key → value, a null value removes the key), so a resumable position is
 * never ahead of or behind the rows it describes. Rows with an unconfirmed local change in the outbox (aggregate
 * {@code order} / {@code product}) are not overwritten; they are remembered and read again later
 * ({@link #deferredReady}).
 */
public interface PullStore {
    String ORDER = "order";
    String PRODUCT = "product";

    Optional<String> state(String key);

    /** Writes the entries (null value: remove) in one transaction. */
    void putState(Map<String, String> state);

    /** Records the last successful sync (the key {@code last_sync_at} that {@code SyncStateRepository} reads). */
    void markSynced(java.time.Instant when);

    /** Removes every sync-state key starting with {@code prefix}. */
    void clearState(String prefix);

    /** Orders with their lines and delivery legs, each order replaced as a unit. */
    Written writeOrders(List<OrderInfo> orders, Map<String, String> state);

    /** Products with their SKUs (SKUs the platform no longer lists are removed), each product as a unit. */
    Written writeProducts(List<ProductInfo> products, Map<String, String> state);

    /**
     * Refund requests. A refund of an order the store does not hold is not written; its order id is returned in
     * {@link Written#missingOrders()} (fetch the order, then write the refund again).
     */
    Written writeRefunds(List<RefundInfo> refunds, Map<String, String> state);

    Written writeCustomers(List<CustomerInfo> customers, Map<String, String> state);

    Written writeCoupons(List<CouponInfo> coupons, Map<String, String> state);

    /** One page of a coupon's grants; {@code replace} drops the coupon's stored grants first (first page). */
    Written writeCouponGrants(String couponId, List<CouponGrant> grants, boolean replace, Map<String, String> state);

    /** The seller's logistics companies, replacing the stored list. */
    Written writeLogisticsCompanies(List<LogisticsCompany> companies);

    /** Data compass figures: days of traffic, the DSR scores, sell-through over a range, the seller level. */
    Written writeCompass(List<TrafficDay> traffic, DsrResponse dsr, SellThroughResponse sellThrough,
                         String sellThroughStart, String sellThroughEnd, SellerLevelResponse level);

    /**
     * Ids of {@code aggregateType} rows a pull left alone because of an unconfirmed local change, whose outbox
     * entries are now all settled (done, rejected, discarded): read them from the platform again.
     */
    List<String> deferredReady(String aggregateType);

    /** Forgets deferred ids (e.g. the platform no longer knows them). */
    void dropDeferred(String aggregateType, Collection<String> ids);

    /**
     * Orders not in a final state (unpaid, awaiting acceptance, accepted, shipped), least recently synced first:
     * the ones a time-window pull may have missed changing.
     */
    List<Long> openOrdersLeastRecentlySynced(int limit);

    /**
     * What a write did.
     *
     * @param written       rows stored
     * @param deferred      rows left alone because of an unconfirmed local change
     * @param missingOrders order ids a refund referred to that the store does not hold
     */
    record Written(int written, int deferred, List<Long> missingOrders) {
        public static final Written NONE = new Written(0, 0, List.of());

        public Written {
            missingOrders = List.copyOf(missingOrders);
        }

        public static Written of(int written) {
            return new Written(written, 0, List.of());
        }
    }
}
