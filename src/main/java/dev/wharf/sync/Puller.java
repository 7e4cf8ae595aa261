package dev.wharf.sync;

import dev.wharf.platform.ApiCode;
import dev.wharf.platform.ApiException;
import dev.wharf.platform.GatewayTime;
import dev.wharf.platform.Paging;
import dev.wharf.platform.PlatformApi;
import dev.wharf.platform.PlatformException;
import dev.wharf.platform.dto.CompassRequest;
import dev.wharf.platform.dto.CouponGrantsResponse;
import dev.wharf.platform.dto.CouponInfo;
import dev.wharf.platform.dto.CouponListResponse;
import dev.wharf.platform.dto.CustomerListResponse;
import dev.wharf.platform.dto.DsrResponse;
import dev.wharf.platform.dto.OrderChangesRequest;
import dev.wharf.platform.dto.OrderChangesResponse;
import dev.wharf.platform.dto.OrderInfo;
import dev.wharf.platform.dto.OrderListRequest;
import dev.wharf.platform.dto.PageRequest;
import dev.wharf.platform.dto.ProductInfo;
import dev.wharf.platform.dto.ProductListRequest;
import dev.wharf.platform.dto.ProductListResponse;
import dev.wharf.platform.dto.RefundListRequest;
import dev.wharf.platform.dto.RefundListResponse;
import dev.wharf.platform.dto.SellThroughResponse;
import dev.wharf.platform.dto.SellerLevelResponse;
import dev.wharf.platform.dto.TrafficResponse;
import dev.wharf.sync.PullReport.Kind;
import dev.wharf.sync.PullReport.Outcome;
import dev.wharf.sync.PullStore.Written;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pulls the platform's state of one shop into the store: logistics companies, products and SKUs, orders (with
 * lines, delivery legs), refunds, customers, coupons and their grants, and the data compass. See
 * docs/decisions/0006-sync-pull.md.
 *
 * <ul>
 *   <li><b>Resumable.</b> Every page is written in one transaction together with the position after it
 *   ({@link PullStore}); an interrupted pull (cancel, crash, network loss) continues from there, fetching no page
 *   twice.</li>
 *   <li><b>Orders</b> come from the change feed ({@code wharf.orders.changes.get}) when the platform offers it
 *   (learnt once from a 0005 answer and remembered), else from {@code ymatou.order.list.get} in time windows.</li>
 *   <li><b>Extensions</b> (refunds, customers, coupons, compass) a real platform does not offer are skipped.</li>
 *   <li><b>Local changes</b> waiting in the outbox are never overwritten (the store defers those rows).</li>
 * </ul>
 *
 * <p>Not thread-safe: one pull at a time per shop. Runs on the caller's (background) thread; the store's writes of
 * one page overlap the fetch of the next.
 */
public final class Puller {
    private static final Logger LOG = LoggerFactory.getLogger(Puller.class);
    static final int ROWS = Paging.MAX_PAGE_ROWS;
    static final Duration MAX_WINDOW = Duration.ofDays(32);

    // sync_state keys
    static final String FEED = "pull.feed";
    static final String CURSOR = "pull.orders.cursor";
    static final String ORDERS_HWM = "pull.orders.hwm";
    static final String REFUNDS_HWM = "pull.refunds.hwm";
    static final String CUSTOMERS_HWM = "pull.customers.hwm";
    static final String COUPONS_HWM = "pull.coupons.hwm";
    static final String INITIAL_DONE = "pull.initial.completed";
    static final String INIT = "pull.init.";
    static final String EXT = "pull.ext.";

    private final PlatformApi api;
    private final PullStore store;
    private final SyncStatus status;
    private final PullOptions options;

    private EnumMap<Kind, Integer> counts;
    private int deferred;
    private Set<String> unsupported;
    private SyncProgress progress;
    private final Set<Long> seenThisRun = new java.util.HashSet<>();

    public Puller(PlatformApi api, PullStore store, SyncStatus status, PullOptions options) {
        this.api = Objects.requireNonNull(api, "api");
        this.store = Objects.requireNonNull(store, "store");
        this.status = Objects.requireNonNull(status, "status");
        this.options = Objects.requireNonNull(options, "options");
    }

    /** True until an initial pull has completed for this shop (then {@link #incremental} keeps it fresh). */
    public boolean needsInitial() {
        return store.state(INITIAL_DONE).isEmpty();
    }

    /**
     * The initial pull of everything. Resumes an interrupted initial pull where it stopped; after a completed one
     * it starts over (a full re-read; upserts, so nothing is duplicated).
     */
    public PullReport initial(SyncProgress progress) {
        if (!needsInitial()) {
            store.clearState(INIT);
            store.clearState(EXT);
            store.putState(nulls(INITIAL_DONE, FEED, CURSOR));
        }
        return run(progress, this::initialPhases);
    }

    /** What changed since the last pull. Runs (or resumes) the initial pull if it never completed. */
    public PullReport incremental(SyncProgress progress) {
        if (needsInitial()) {
            return initial(progress);
        }
        return run(progress, this::incrementalPhases);
    }

    private interface Phases {
        boolean run() throws PlatformException;
    }

    private PullReport run(SyncProgress p, Phases phases) {
        this.progress = p == null ? SyncProgress.NONE : p;
        this.counts = new EnumMap<>(Kind.class);
        this.deferred = 0;
        this.seenThisRun.clear();
        this.unsupported = new LinkedHashSet<>();
        status.setConnection(SyncStatus.Connection.SYNCING);
        try {
            boolean complete = phases.run();
            status.setConnection(SyncStatus.Connection.ONLINE);
            if (!complete) {
                return report(Outcome.CANCELLED, null);
            }
            Instant now = options.clock().instant();
            store.markSynced(now);
            status.markSynced(now);
            return report(Outcome.COMPLETED, null);
        } catch (PlatformException e) {
            if (e.isTransient()) {
                LOG.info("Pull stopped by a transient platform failure; it resumes on the next pull: {}",
                        e.getMessage());
                status.setConnection(SyncStatus.Connection.OFFLINE);
                return report(Outcome.OFFLINE, e.getMessage());
            }
            status.setConnection(SyncStatus.Connection.ONLINE);
            throw e;
        } catch (RuntimeException | Error e) {
            status.setConnection(SyncStatus.Connection.ONLINE);
            throw e;
        }
    }

    private PullReport report(Outcome outcome, String failure) {
        return new PullReport(outcome, counts, deferred, new ArrayList<>(unsupported), failure);
    }

    // ---------------------------------------------------------------------------------------------------- phases

    private boolean initialPhases() {
        if (!once("logistics", this::logistics)
                || !once("products", () -> products(true))
                || !orders(true)
                || !once("refunds", () -> extension("refunds", () -> refunds(true)))
                || !once("customers", () -> extension("customers", () -> customers(true)))
                || !once("coupons", () -> extension("coupons", () -> coupons(true)))
                || !compass()
                || !deferredRows()) {
            return false;
        }
        store.putState(Map.of(INITIAL_DONE, Long.toString(options.clock().millis())));
        store.clearState(INIT);
        return true;
    }

    private boolean incrementalPhases() {
        return deferredRows()
                && logistics()
                && products(false)
                && orders(false)
                && extension("refunds", () -> refunds(false))
                && extension("customers", () -> customers(false))
                && extension("coupons", () -> coupons(false))
                && compass();
    }

    /** Runs an initial phase unless an interrupted run already finished it. */
    private boolean once(String phase, Supplier<Boolean> work) {
        String key = INIT + phase + ".done";
        if (store.state(key).isPresent()) {
            return true;
        }
        if (!work.get()) {
            return false;
        }
        store.putState(Map.of(key, "1"));
        return true;
    }

    /** Runs an extension phase; a platform without the method (0005) is remembered and skipped from then on. */
    private boolean extension(String name, Supplier<Boolean> work) {
        if (store.state(EXT + name).isPresent()) {
            unsupported.add(name);
            return true;
        }
        try {
            return work.get();
        } catch (ApiException e) {
            if (e.code() != ApiCode.UNKNOWN_METHOD) {
                throw e;
            }
            LOG.info("The platform does not offer {} ({}); skipped", name, e.method());
            unsupported.add(name);
            store.putState(Map.of(EXT + name, "unsupported"));
            return true;
        }
    }

    private boolean logistics() {
        progress.progress("logistics", 0, 1);
        add(Kind.LOGISTICS, store.writeLogisticsCompanies(api.logisticsCompanies()));
        progress.progress("logistics", 1, 1);
        return true;
    }

    // ----------------------------------------------------------------------------------------------- products

    /** Every product page (the public API has no "changed since" for products). */
    private boolean products(boolean initial) {
        String key = INIT + "products.page";
        int page = initial ? store.state(key).map(Integer::parseInt).orElse(1) : 1;
        long seen = (long) (page - 1) * ROWS;
        while (true) {
            if (progress.isCancelled()) {
                return false;
            }
            ProductListResponse r = api.listProducts(new ProductListRequest(null, page, ROWS));
            List<ProductInfo> rows = r.productInfos();
            seen += rows.size();
            boolean more = r.totalCount() != null ? !rows.isEmpty() && seen < r.totalCount() : rows.size() == ROWS;
            add(Kind.PRODUCTS, store.writeProducts(rows, initial ? Map.of(key, Integer.toString(page + 1)) : Map.of()));
            progress.progress("products", seen, r.totalCount() == null ? -1 : r.totalCount());
            page++;
            if (!more) {
                return true;
            }
        }
    }

    // ------------------------------------------------------------------------------------------------- orders

    private boolean orders(boolean initial) {
        Boolean feed = feedSupported();
        if (feed == null) {
            feed = probeFeed();
        }
        if (feed) {
            return ordersFromFeed();
        }
        if (initial) {
            return once("orders", this::ordersByWindows);
        }
        return ordersSinceLastPull() && recheckOpenOrders();
    }

    private Boolean feedSupported() {
        return store.state(FEED).map("yes"::equals).orElse(null);
    }

    private boolean probeFeed() {
        try {
            api.orderChanges(new OrderChangesRequest(null, 1, false));
            store.putState(Map.of(FEED, "yes"));
            return true;
        } catch (ApiException e) {
            if (e.code() != ApiCode.UNKNOWN_METHOD) {
                throw e;
            }
            LOG.info("The platform has no order change feed; orders are pulled by time windows");
            unsupported.add("orders.changes");
            store.putState(Map.of(FEED, "no"));
            return false;
        }
    }

    /**
     * The change feed from the saved cursor. The next page is fetched while the store writes the previous one;
     * each write carries the cursor after its page.
     */
    private boolean ordersFromFeed() {
        String cursor = store.state(CURSOR).orElse(null);
        long done = 0;
        try (PageWriter writer = new PageWriter()) {
            while (true) {
                if (progress.isCancelled()) {
                    writer.finish();
                    return false;
                }
                OrderChangesResponse r = api.orderChanges(new OrderChangesRequest(cursor, ROWS, true));
                String next = r.nextCursor() != null ? r.nextCursor() : cursor;
                Map<String, String> state = new HashMap<>();
                if (next != null) {
                    state.put(CURSOR, next);
                }
                List<OrderInfo> rows = r.ordersInfo();
                writer.submit(() -> store.writeOrders(rows, state), Kind.ORDERS);
                done += rows.size();
                progress.progress("orders", done, -1);
                cursor = next;
                if (!Boolean.TRUE.equals(r.hasMore()) || rows.isEmpty()) {
                    writer.finish();
                    return true;
                }
            }
        }
    }

    /**
     * Initial pull without a feed: {@code order.list.get} by order time, ascending, in windows from the history
     * start to a day after now (fixed when the sweep starts). Position: window start, window length, page.
     */
    private boolean ordersByWindows() {
        String posKey = INIT + "orders.position";
        String endKey = INIT + "orders.end";
        long end = store.state(endKey).map(Long::parseLong).orElseGet(() -> {
            long e = options.clock().instant().plus(Duration.ofDays(1)).toEpochMilli();
            store.putState(Map.of(endKey, Long.toString(e)));
            return e;
        });
        long base = options.window().toMillis();
        long start = options.effectiveHistoryStart().toEpochMilli();
        long length = base;
        int page = 1;
        String saved = store.state(posKey).orElse(null);
        if (saved != null) {
            String[] parts = saved.split(":");
            start = Long.parseLong(parts[0]);
            length = Long.parseLong(parts[1]);
            page = Integer.parseInt(parts[2]);
        }
        long hwm = store.state(ORDERS_HWM).map(Long::parseLong).orElse(0L);
        long done = 0;
        try (PageWriter writer = new PageWriter()) {
            while (start < end) {
                if (progress.isCancelled()) {
                    writer.finish();
                    return false;
                }
                long windowEnd = Math.min(end, start + length) - 1000; // inclusive, whole seconds
                List<OrderInfo> rows = api.listOrders(new OrderListRequest("", OrderListRequest.DATE_ORDERED, 1,
                        GatewayTime.format(Instant.ofEpochMilli(start)),
                        GatewayTime.format(Instant.ofEpochMilli(windowEnd)), page, ROWS, true)).ordersInfo();
                hwm = Math.max(hwm, changedAt(rows));
                long nextStart = start;
                long nextLength = length;
                int nextPage = page + 1;
                if (rows.size() < ROWS) {
                    nextStart = start + length;
                    nextPage = 1;
                    nextLength = rows.isEmpty() && page == 1 ? Math.min(length * 2, MAX_WINDOW.toMillis()) : base;
                }
                Map<String, String> state = Map.of(posKey, nextStart + ":" + nextLength + ":" + nextPage,
                        ORDERS_HWM, Long.toString(hwm));
                writer.submit(() -> store.writeOrders(rows, state), Kind.ORDERS);
                done += rows.size();
                progress.progress("orders", done, -1);
                start = nextStart;
                length = nextLength;
                page = nextPage;
            }
            writer.finish();
        }
        return true;
    }

    /**
     * Incremental pull without a feed: the orders ordered, paid, accepted or shipped since the latest platform
     * time seen minus the overlap, up to a day after now. The high-water mark moves only when all four are read.
     */
    private boolean ordersSinceLastPull() {
        long hwm = store.state(ORDERS_HWM).map(Long::parseLong)
                .orElse(options.effectiveHistoryStart().toEpochMilli());
        long from = hwm - options.overlap().toMillis();
        long to = Math.max(options.clock().millis(), hwm) + Duration.ofDays(1).toMillis();
        long newHwm = hwm;
        long done = 0;
        int[] dateTypes = {OrderListRequest.DATE_ORDERED, OrderListRequest.DATE_PAID,
            OrderListRequest.DATE_ACCEPTED, OrderListRequest.DATE_SHIPPED};
        try (PageWriter writer = new PageWriter()) {
            for (int dateType : dateTypes) {
                for (int page = 1; ; page++) {
                    if (progress.isCancelled()) {
                        writer.finish();
                        return false;
                    }
                    List<OrderInfo> rows = api.listOrders(new OrderListRequest("", dateType, 1,
                            GatewayTime.format(Instant.ofEpochMilli(from)),
                            GatewayTime.format(Instant.ofEpochMilli(to)), page, ROWS, true)).ordersInfo();
                    newHwm = Math.max(newHwm, changedAt(rows));
                    rows.forEach(o -> seenThisRun.add(o.orderId()));
                    writer.submit(() -> store.writeOrders(rows, Map.of()), Kind.ORDERS);
                    done += rows.size();
                    progress.progress("orders", done, -1);
                    if (rows.size() < ROWS) {
                        break;
                    }
                }
            }
            writer.finish();
        }
        store.putState(Map.of(ORDERS_HWM, Long.toString(newHwm)));
        return true;
    }

    /**
     * Orders not in a final state that this pull did not touch may have changed in ways no time window shows
     * (received, cancelled): read them one by one, least recently synced first, up to the limit.
     */
    private boolean recheckOpenOrders() {
        List<Long> ids = new ArrayList<>();
        for (Long id : store.openOrdersLeastRecentlySynced(options.recheckLimit() + seenThisRun.size())) {
            if (!seenThisRun.contains(id) && ids.size() < options.recheckLimit()) {
                ids.add(id);
            }
        }
        List<OrderInfo> batch = new ArrayList<>();
        int done = 0;
        for (Long id : ids) {
            if (progress.isCancelled()) {
                flushRecheck(batch);
                return false;
            }
            OrderInfo o = detail(id);
            if (o != null) {
                batch.add(o);
            }
            done++;
            progress.progress("recheck", done, ids.size());
            if (batch.size() == ROWS) {
                flushRecheck(batch);
            }
        }
        flushRecheck(batch);
        return true;
    }

    private void flushRecheck(List<OrderInfo> batch) {
        if (!batch.isEmpty()) {
            Written w = store.writeOrders(List.copyOf(batch), Map.of());
            add(Kind.RECHECKED, w);
            batch.clear();
        }
    }

    private OrderInfo detail(long orderId) {
        try {
            return api.orderDetail(orderId, true);
        } catch (ApiException e) {
            if (e.code() == ApiCode.INVALID_PARAMETER) {
                LOG.info("Order {} is no longer known to the platform: {}", orderId, e.getMessage());
                return null;
            }
            throw e;
        }
    }

    private static long changedAt(List<OrderInfo> rows) {
        long max = 0;
        for (OrderInfo o : rows) {
            for (String t : new String[] {o.orderTime(), o.paidTime(), o.acceptTime(), o.shippingTime(),
                o.cancelTime()}) {
                Instant i = GatewayTime.tryParse(t);
                if (i != null) {
                    max = Math.max(max, i.toEpochMilli());
                }
            }
        }
        return max;
    }

    // ------------------------------------------------------------------------------------ refunds, customers…

    private boolean refunds(boolean initial) {
        return refunds(initial, initial ? null : since(REFUNDS_HWM));
    }

    private boolean refunds(boolean initial, String since) {
        return pages("refunds", initial, page -> {
            RefundListResponse r = api.listRefunds(new RefundListRequest(null, since, page, ROWS));
            String hwm = maxTime(store.state(REFUNDS_HWM).orElse(null),
                    r.refunds().stream().map(RefundListResponse.RefundInfo::updateTime).toList());
            Written w = store.writeRefunds(r.refunds(), position("refunds", initial, page, hwm, REFUNDS_HWM));
            if (!w.missingOrders().isEmpty()) {
                // Refunds of orders the store does not hold yet: fetch those orders, then the refunds again.
                List<OrderInfo> missing = new ArrayList<>();
                for (Long id : w.missingOrders()) {
                    OrderInfo o = detail(id);
                    if (o != null) {
                        missing.add(o);
                    }
                }
                add(Kind.ORDERS, store.writeOrders(missing, Map.of()));
                w = store.writeRefunds(r.refunds(), Map.of());
            }
            add(Kind.REFUNDS, w);
            return new Page(r.refunds().size(), r.totalCount());
        });
    }

    private boolean customers(boolean initial) {
        String since = initial ? null : since(CUSTOMERS_HWM);
        return pages("customers", initial, page -> {
            CustomerListResponse r = api.listCustomers(new PageRequest(page, ROWS, since));
            String hwm = maxTime(store.state(CUSTOMERS_HWM).orElse(null),
                    r.customers().stream().map(CustomerListResponse.CustomerInfo::updateTime).toList());
            add(Kind.CUSTOMERS, store.writeCustomers(r.customers(),
                    position("customers", initial, page, hwm, CUSTOMERS_HWM)));
            return new Page(r.customers().size(), r.totalCount());
        });
    }

    /** Coupons, and for each coupon on a page all its grants (written before the page's position moves on). */
    private boolean coupons(boolean initial) {
        String since = initial ? null : since(COUPONS_HWM);
        return pages("coupons", initial, page -> {
            CouponListResponse r = api.listCoupons(new PageRequest(page, ROWS, since));
            add(Kind.COUPONS, store.writeCoupons(r.coupons(), Map.of()));
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
            add(Kind.COUPON_GRANTS, store.writeCouponGrants(couponId, g.grants(), page == 1, Map.of()));
            boolean more = g.totalCount() != null ? !g.grants().isEmpty() && seen < g.totalCount()
                    : g.grants().size() == ROWS;
            if (!more) {
                return;
            }
        }
    }

    private record Page(int rows, Integer total) {
    }

    private interface PageFetch {
        Page fetch(int page);
    }

    /** Pages of a list extension from 1 (or, in an interrupted initial pull, from the saved page). */
    private boolean pages(String phase, boolean initial, PageFetch fetch) {
        int page = initial ? store.state(INIT + phase + ".page").map(Integer::parseInt).orElse(1) : 1;
        long seen = (long) (page - 1) * ROWS;
        while (true) {
            if (progress.isCancelled()) {
                return false;
            }
            Page p = fetch.fetch(page);
            seen += p.rows();
            progress.progress(phase, seen, p.total() == null ? -1 : p.total());
            boolean more = p.total() != null ? p.rows() > 0 && seen < p.total() : p.rows() == ROWS;
            if (!more) {
                return true;
            }
            page++;
        }
    }

    private static Map<String, String> position(String phase, boolean initial, int page, String hwm, String hwmKey) {
        Map<String, String> state = new HashMap<>();
        if (initial) {
            state.put(INIT + phase + ".page", Integer.toString(page + 1));
        }
        if (hwm != null) {
            state.put(hwmKey, hwm);
        }
        return state;
    }

    /** The platform time to ask "changed since": the latest change seen minus the overlap. */
    private String since(String hwmKey) {
        return store.state(hwmKey).map(GatewayTime::tryParse)
                .map(i -> GatewayTime.format(i.minus(options.overlap()))).orElse(null);
    }

    private static String maxTime(String current, List<String> times) {
        Instant max = GatewayTime.tryParse(current);
        for (String t : times) {
            Instant i = GatewayTime.tryParse(t);
            if (i != null && (max == null || i.isAfter(max))) {
                max = i;
            }
        }
        return max == null ? null : GatewayTime.format(max);
    }

    // ------------------------------------------------------------------------------------------------ compass

    /** The data compass: the last {@code trafficDays} days of traffic and sell-through, DSR, seller level. */
    private boolean compass() {
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
        add(Kind.COMPASS, store.writeCompass(traffic == null ? null : traffic.days(), dsr, sellThrough, start, end,
                level));
        progress.progress("compass", 4, 4);
        return true;
    }

    private <T> T optional(String name, Supplier<T> call) {
        if (store.state(EXT + name).isPresent()) {
            unsupported.add(name);
            return null;
        }
        try {
            return call.get();
        } catch (ApiException e) {
            if (e.code() != ApiCode.UNKNOWN_METHOD) {
                throw e;
            }
            unsupported.add(name);
            store.putState(Map.of(EXT + name, "unsupported"));
            return null;
        }
    }

    // ------------------------------------------------------------------------------------------ deferred rows

    /**
     * Rows a pull left alone because of a local change whose outbox entries are now settled: read them from the
     * platform again (whatever the outbox's outcome, the platform now holds the truth).
     */
    private boolean deferredRows() {
        List<String> orders = store.deferredReady(PullStore.ORDER);
        List<OrderInfo> fetched = new ArrayList<>();
        List<String> gone = new ArrayList<>();
        for (String id : orders) {
            if (progress.isCancelled()) {
                return false;
            }
            OrderInfo o = detail(Long.parseLong(id));
            if (o == null) {
                gone.add(id);
            } else {
                fetched.add(o);
            }
        }
        for (List<OrderInfo> chunk : Paging.chunks(fetched, ROWS)) {
            add(Kind.ORDERS, store.writeOrders(chunk, Map.of()));
        }
        List<String> products = store.deferredReady(PullStore.PRODUCT);
        for (List<String> chunk : Paging.chunks(products, ROWS)) {
            List<ProductInfo> rows = api.listProducts(new ProductListRequest(chunk, 1, ROWS)).productInfos();
            add(Kind.PRODUCTS, store.writeProducts(rows, Map.of()));
            Set<String> found = new LinkedHashSet<>();
            rows.forEach(p -> found.add(p.productId()));
            chunk.stream().filter(id -> !found.contains(id)).forEach(gone::add);
        }
        store.dropDeferred(PullStore.ORDER, gone);
        store.dropDeferred(PullStore.PRODUCT, gone);
        List<String> refunds = store.deferredReady("refund");
        if (!refunds.isEmpty() && store.state(EXT + "refunds").isEmpty()) {
            // No refund-by-id method: read the refund list again from the start (rare: a decision was pending).
            if (!refunds(false, null)) {
                return false;
            }
            store.dropDeferred("refund", refunds);
        }
        return true;
    }

    private synchronized void add(Kind kind, Written w) {
        counts.merge(kind, w.written(), Integer::sum);
        deferred += w.deferred();
    }

    private static Map<String, String> nulls(String... keys) {
        Map<String, String> m = new HashMap<>();
        for (String k : keys) {
            m.put(k, null);
        }
        return m;
    }

    /**
     * Writes pages on a second thread so the next page's fetch overlaps this page's transaction. At most one write
     * is outstanding; {@link #submit} waits for the previous one, {@link #finish} for the last. A failed write is
     * rethrown from the next call.
     */
    private final class PageWriter implements AutoCloseable {
        private final ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "wharf-pull-page-writer");
            t.setDaemon(true);
            return t;
        });
        private CompletableFuture<Void> last = CompletableFuture.completedFuture(null);

        void submit(Supplier<Written> write, Kind kind) {
            finish();
            last = CompletableFuture.supplyAsync(write, thread).thenAccept(w -> add(kind, w));
        }

        void finish() {
            try {
                last.join();
            } catch (CompletionException e) {
                if (e.getCause() instanceof RuntimeException re) {
                    throw re;
                }
                if (e.getCause() instanceof Error err) {
                    throw err;
                }
                throw e;
            }
        }

        @Override
        public void close() {
            try {
                finish();
            } finally {
                thread.shutdown();
            }
        }
    }
}
