package dev.wharf.sync;

import static dev.wharf.sync.ListPages.maxTime;
import static dev.wharf.sync.ListPages.position;
import static dev.wharf.sync.Puller.COUPONS_HWM;
import static dev.wharf.sync.Puller.CUSTOMERS_HWM;
import static dev.wharf.sync.Puller.EXT;
import static dev.wharf.sync.Puller.REFUNDS_HWM;
import static dev.wharf.sync.Puller.ROWS;

import dev.wharf.platform.ApiCode;
import dev.wharf.platform.ApiException;
import dev.wharf.platform.GatewayTime;
import dev.wharf.platform.PlatformApi;
import dev.wharf.platform.dto.CompassRequest;
import dev.wharf.platform.dto.CouponGrantsResponse;
import dev.wharf.platform.dto.CouponInfo;
import dev.wharf.platform.dto.CouponListResponse;
import dev.wharf.platform.dto.CustomerListResponse;
import dev.wharf.platform.dto.DsrResponse;
import dev.wharf.platform.dto.OrderInfo;
import dev.wharf.platform.dto.PageRequest;
import dev.wharf.platform.dto.RefundListRequest;
import dev.wharf.platform.dto.RefundListResponse;
import dev.wharf.platform.dto.SellThroughResponse;
import dev.wharf.platform.dto.SellerLevelResponse;
import dev.wharf.platform.dto.TrafficResponse;
import dev.wharf.sync.ListPages.Page;
import dev.wharf.sync.PullReport.Kind;
import dev.wharf.sync.PullStore.Written;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The optional extension phases of a pull: refunds, customers, coupons with their grants ("changed since" the
 * platform's high-water mark), and the data compass figures.
 */
final class ExtensionPhases {
    private final PullRun run;
    private final PlatformApi api;
    private final PullStore store;
    private final PullOptions options;
    private final SyncProgress progress;
    private final ListPages lists;

    ExtensionPhases(PullRun run) {
        this.run = run;
        this.api = run.api;
        this.store = run.store;
        this.options = run.options;
        this.progress = run.progress;
        this.lists = new ListPages(run);
    }

    boolean refunds(boolean initial) {
        return refunds(initial, initial ? null : lists.since(REFUNDS_HWM));
    }

    boolean refunds(boolean initial, String since) {
        return lists.pages("refunds", initial, page -> {
            RefundListResponse r = api.listRefunds(new RefundListRequest(null, since, page, ROWS));
            String hwm = maxTime(store.state(REFUNDS_HWM).orElse(null),
                    r.refunds().stream().map(RefundListResponse.RefundInfo::updateTime).toList());
            Written w = store.writeRefunds(r.refunds(), position("refunds", initial, page, hwm, REFUNDS_HWM));
            if (!w.missingOrders().isEmpty()) {
                // Refunds of orders the store does not hold yet: fetch those orders, then the refunds again.
                List<OrderInfo> missing = new ArrayList<>();
                for (Long id : w.missingOrders()) {
                    OrderInfo o = run.detail(id);
                    if (o != null) {
                        missing.add(o);
                    }
                }
                run.add(Kind.ORDERS, store.writeOrders(missing, Map.of()));
                w = store.writeRefunds(r.refunds(), Map.of());
            }
            run.add(Kind.REFUNDS, w);
            return new Page(r.refunds().size(), r.totalCount());
        });
    }

    boolean customers(boolean initial) {
        String since = initial ? null : lists.since(CUSTOMERS_HWM);
        return lists.pages("customers", initial, page -> {
            CustomerListResponse r = api.listCustomers(new PageRequest(page, ROWS, since));
            String hwm = maxTime(store.state(CUSTOMERS_HWM).orElse(null),
                    r.customers().stream().map(CustomerListResponse.CustomerInfo::updateTime).toList());
            run.add(Kind.CUSTOMERS, store.writeCustomers(r.customers(),
                    position("customers", initial, page, hwm, CUSTOMERS_HWM)));
            return new Page(r.customers().size(), r.totalCount());
        });
    }

    /** Coupons, and for each coupon on a page all its grants (written before the page's position moves on). */
    boolean coupons(boolean initial) {
        String since = initial ? null : lists.since(COUPONS_HWM);
        return lists.pages("coupons", initial, page -> {
            CouponListResponse r = api.listCoupons(new PageRequest(page, ROWS, since));
            run.add(Kind.COUPONS, store.writeCoupons(r.coupons(), Map.of()));
            for (CouponInfo coupon : r.coupons()) {
                grants(coupon.couponId());
            }
            String hwm = maxTime(store.state(COUPONS_HWM).orElse(null),
                    r.coupons().stream().map(CouponInfo::updateTime).toList());
            store.putState(position("coupons", initial, page, hwm, COUPONS_HWM));
            return new Page(r.coupons().size(), r.totalCount());
        });
    }

    private void grants(String couponId) {
        long seen = 0;
        for (int page = 1; ; page++) {
            CouponGrantsResponse g = api.couponGrants(couponId, page, ROWS);
            seen += g.grants().size();
            run.add(Kind.COUPON_GRANTS, store.writeCouponGrants(couponId, g.grants(), page == 1, Map.of()));
            boolean more = g.totalCount() != null ? !g.grants().isEmpty() && seen < g.totalCount()
                    : g.grants().size() == ROWS;
            if (!more) {
                return;
            }
        }
    }

    // ------------------------------------------------------------------------------------------------ compass

    /** The data compass: the last {@code trafficDays} days of traffic and sell-through, DSR, seller level. */
    boolean compass() {
        if (progress.isCancelled()) {
            return false;
        }
        progress.progress("compass", 0, 4);
        LocalDate today = GatewayTime.day(options.clock().instant());
        String start = GatewayTime.DATE.format(today.minusDays(options.trafficDays() - 1L));
        String end = GatewayTime.DATE.format(today);
        CompassRequest range = new CompassRequest(start, end);
        TrafficResponse traffic = optional("compass.traffic", () -> api.traffic(range));
        DsrResponse dsr = optional("compass.dsr", api::dsr);
        SellThroughResponse sellThrough = optional("compass.sellthrough", () -> api.sellThrough(range));
        SellerLevelResponse level = optional("compass.level", api::sellerLevel);
        run.add(Kind.COMPASS, store.writeCompass(traffic == null ? null : traffic.days(), dsr, sellThrough, start,
                end, level));
        progress.progress("compass", 4, 4);
        return true;
    }

    private <T> T optional(String name, Supplier<T> call) {
        if (store.state(EXT + name).isPresent()) {
            run.unsupported.add(name);
            return null;
        }
        try {
            return call.get();
        } catch (ApiException e) {
            if (e.code() != ApiCode.UNKNOWN_METHOD) {
                throw e;
            }
            run.unsupported.add(name);
            store.putState(Map.of(EXT + name, "unsupported"));
            return null;
        }
    }
}
