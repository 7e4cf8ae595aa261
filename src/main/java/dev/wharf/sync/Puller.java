package dev.wharf.sync;

import dev.wharf.platform.ApiCode;
import dev.wharf.platform.ApiException;
import dev.wharf.platform.Paging;
import dev.wharf.platform.PlatformApi;
import dev.wharf.platform.PlatformException;
import dev.wharf.platform.dto.OrderInfo;
import dev.wharf.platform.dto.ProductInfo;
import dev.wharf.platform.dto.ProductListRequest;
import dev.wharf.platform.dto.ProductListResponse;
import dev.wharf.sync.PullReport.Kind;
import dev.wharf.sync.PullReport.Outcome;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
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

    private PullRun run;
    private SyncProgress progress;
    private OrderPhases orderPhases;
    private ExtensionPhases extensions;

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
        this.run = new PullRun(api, store, options, progress);
        this.orderPhases = new OrderPhases(run);
        this.extensions = new ExtensionPhases(run);
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
        return run.report(outcome, failure);
    }

    // ---------------------------------------------------------------------------------------------------- phases

    private boolean initialPhases() {
        if (!once("logistics", this::logistics)
                || !once("products", () -> products(true))
                || !orderPhases.orders(true)
                || !once("refunds", () -> extension("refunds", () -> extensions.refunds(true)))
                || !once("customers", () -> extension("customers", () -> extensions.customers(true)))
                || !once("coupons", () -> extension("coupons", () -> extensions.coupons(true)))
                || !extensions.compass()
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
                && orderPhases.orders(false)
                && extension("refunds", () -> extensions.refunds(false))
                && extension("customers", () -> extensions.customers(false))
                && extension("coupons", () -> extensions.coupons(false))
                && extensions.compass();
    }

    /** Runs an initial phase unless an interrupted run already finished it. */
    private boolean once(String phase, Supplier<Boolean> work) {
        return run.once(phase, work);
    }

    /** Runs an extension phase; a platform without the method (0005) is remembered and skipped from then on. */
    private boolean extension(String name, Supplier<Boolean> work) {
        if (store.state(EXT + name).isPresent()) {
            run.unsupported.add(name);
            return true;
        }
        try {
            return work.get();
        } catch (ApiException e) {
            if (e.code() != ApiCode.UNKNOWN_METHOD) {
                throw e;
            }
            LOG.info("The platform does not offer {} ({}); skipped", name, e.method());
            run.unsupported.add(name);
            store.putState(Map.of(EXT + name, "unsupported"));
            return true;
        }
    }

    private boolean logistics() {
        progress.progress("logistics", 0, 1);
        run.add(Kind.LOGISTICS, store.writeLogisticsCompanies(api.logisticsCompanies()));
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
            run.add(Kind.PRODUCTS,
                    store.writeProducts(rows, initial ? Map.of(key, Integer.toString(page + 1)) : Map.of()));
            progress.progress("products", seen, r.totalCount() == null ? -1 : r.totalCount());
            page++;
            if (!more) {
                return true;
            }
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
            OrderInfo o = run.detail(Long.parseLong(id));
            if (o == null) {
                gone.add(id);
            } else {
                fetched.add(o);
            }
        }
        for (List<OrderInfo> chunk : Paging.chunks(fetched, ROWS)) {
            run.add(Kind.ORDERS, store.writeOrders(chunk, Map.of()));
        }
        List<String> products = store.deferredReady(PullStore.PRODUCT);
        for (List<String> chunk : Paging.chunks(products, ROWS)) {
            List<ProductInfo> rows = api.listProducts(new ProductListRequest(chunk, 1, ROWS)).productInfos();
            run.add(Kind.PRODUCTS, store.writeProducts(rows, Map.of()));
            Set<String> found = new LinkedHashSet<>();
            rows.forEach(p -> found.add(p.productId()));
            chunk.stream().filter(id -> !found.contains(id)).forEach(gone::add);
        }
        store.dropDeferred(PullStore.ORDER, gone);
        store.dropDeferred(PullStore.PRODUCT, gone);
        List<String> refunds = store.deferredReady("refund");
        if (!refunds.isEmpty() && store.state(EXT + "refunds").isEmpty()) {
            // No refund-by-id method: read the refund list again from the start (rare: a decision was pending).
            if (!extensions.refunds(false, null)) {
                return false;
            }
            store.dropDeferred("refund", refunds);
        }
        return true;
    }

    private static Map<String, String> nulls(String... keys) {
        Map<String, String> m = new HashMap<>();
        for (String k : keys) {
            m.put(k, null);
        }
        return m;
    }
}
