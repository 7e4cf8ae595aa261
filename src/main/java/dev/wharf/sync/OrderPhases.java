package dev.wharf.sync;

import static dev.wharf.sync.Puller.CURSOR;
import static dev.wharf.sync.Puller.FEED;
import static dev.wharf.sync.Puller.INIT;
import static dev.wharf.sync.Puller.MAX_WINDOW;
import static dev.wharf.sync.Puller.ORDERS_HWM;
import static dev.wharf.sync.Puller.ROWS;

import dev.wharf.platform.ApiCode;
import dev.wharf.platform.ApiException;
import dev.wharf.platform.GatewayTime;
import dev.wharf.platform.PlatformApi;
import dev.wharf.platform.dto.OrderChangesRequest;
import dev.wharf.platform.dto.OrderChangesResponse;
import dev.wharf.platform.dto.OrderInfo;
import dev.wharf.platform.dto.OrderListRequest;
import dev.wharf.sync.PullReport.Kind;
import dev.wharf.sync.PullStore.Written;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The order phase of a pull: the change feed when the platform offers it, else time windows (the initial sweep,
 * or the windows since the last pull plus the re-check of open orders).
 */
final class OrderPhases {
    private static final Logger LOG = LoggerFactory.getLogger(Puller.class);

    private final PullRun run;
    private final PlatformApi api;
    private final PullStore store;
    private final PullOptions options;
    private final SyncProgress progress;

    OrderPhases(PullRun run) {
        this.run = run;
        this.api = run.api;
        this.store = run.store;
        this.options = run.options;
        this.progress = run.progress;
    }

    boolean orders(boolean initial) {
        Boolean feed = feedSupported();
        if (feed == null) {
            feed = probeFeed();
        }
        if (feed) {
            return ordersFromFeed();
        }
        if (initial) {
            return run.once("orders", this::ordersByWindows);
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
            run.unsupported.add("orders.changes");
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
        try (PageWriter writer = new PageWriter(run)) {
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
        try (PageWriter writer = new PageWriter(run)) {
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
        try (PageWriter writer = new PageWriter(run)) {
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
                    rows.forEach(o -> run.seenThisRun.add(o.orderId()));
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
        for (Long id : store.openOrdersLeastRecentlySynced(options.recheckLimit() + run.seenThisRun.size())) {
            if (!run.seenThisRun.contains(id) && ids.size() < options.recheckLimit()) {
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
            OrderInfo o = run.detail(id);
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
            run.add(Kind.RECHECKED, w);
            batch.clear();
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
}
