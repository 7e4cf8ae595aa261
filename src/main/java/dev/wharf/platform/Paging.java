package dev.wharf.platform;

import dev.wharf.platform.dto.OrderInfo;
import dev.wharf.platform.dto.OrderListRequest;
import dev.wharf.platform.dto.ProductInfo;
import dev.wharf.platform.dto.ProductListRequest;
import dev.wharf.platform.dto.ProductListResponse;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.function.IntFunction;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Paging and batching limits of the gateway, and lazy iteration over every page of the list methods. Pages are
 * fetched one at a time, as the caller advances; each fetch is an ordinary call (rate-limited, may throw
 * {@link PlatformException} from {@code hasNext()}/{@code next()} or from the stream's terminal operation).
 *
 * <p>Paging by page number is not a snapshot: rows that change (e.g. an order's status) between two page fetches
 * can move between pages. Sort by a time that does not change (order time, ascending) and re-run windows that
 * must be complete.
 */
public final class Paging {
    /** The most rows a list method returns per page ({@code page_rows} is 1–100). */
    public static final int MAX_PAGE_ROWS = 100;
    /** The most items a batch method takes per call (accept, deliver, stock, price, and the batch extensions). */
    public static final int MAX_BATCH = 100;

    private Paging() {
    }

    /** Consecutive sublists of at most {@code size} items (views of {@code list}; the last may be shorter). */
    public static <T> List<List<T>> chunks(List<T> list, int size) {
        Objects.requireNonNull(list, "list");
        if (size < 1) {
            throw new IllegalArgumentException("chunk size must be at least 1, got " + size);
        }
        List<List<T>> out = new ArrayList<>((list.size() + size - 1) / size);
        for (int from = 0; from < list.size(); from += size) {
            out.add(Collections.unmodifiableList(list.subList(from, Math.min(list.size(), from + size))));
        }
        return Collections.unmodifiableList(out);
    }

    /**
     * Every page of {@code ymatou.order.list.get} for the request's filter and window, pages of 100 from page 1
     * (the request's page fields are ignored). Stops after the first page with fewer than 100 rows.
     */
    public static Iterable<List<OrderInfo>> orderPages(PlatformApi api, OrderListRequest filter) {
        Objects.requireNonNull(api, "api");
        Objects.requireNonNull(filter, "filter");
        return () -> new PageIterator<>(page -> {
            List<OrderInfo> rows = api.listOrders(new OrderListRequest(filter.orderStatus(), filter.dateType(),
                    filter.sortType(), filter.startDate(), filter.endDate(), page, MAX_PAGE_ROWS,
                    filter.needsDeliveryInfo())).ordersInfo();
            return new Page<>(rows, rows.size() == MAX_PAGE_ROWS);
        });
    }

    /** The orders of {@link #orderPages}, one by one. */
    public static Stream<OrderInfo> orders(PlatformApi api, OrderListRequest filter) {
        return StreamSupport.stream(orderPages(api, filter).spliterator(), false).flatMap(List::stream);
    }

    /**
     * Every page of {@code ymatou.products.list.get} (optionally restricted to up to 100 product ids), pages of 100
     * from page 1. Stops when the rows seen reach the page's {@code total_count}, or at an empty page (or, without a
     * total, at a short page).
     */
    public static Iterable<List<ProductInfo>> productPages(PlatformApi api, List<String> productIds) {
        Objects.requireNonNull(api, "api");
        List<String> ids = productIds == null || productIds.isEmpty() ? null : List.copyOf(productIds);
        return () -> new PageIterator<>(new IntFunction<>() {
            private long seen;

            @Override
            public Page<ProductInfo> apply(int page) {
                ProductListResponse response = api.listProducts(new ProductListRequest(ids, page, MAX_PAGE_ROWS));
                List<ProductInfo> rows = response.productInfos();
                seen += rows.size();
                boolean more = response.totalCount() != null
                        ? !rows.isEmpty() && seen < response.totalCount()
                        : rows.size() == MAX_PAGE_ROWS;
                return new Page<>(rows, more);
            }
        });
    }

    /** The products of {@link #productPages}, one by one. */
    public static Stream<ProductInfo> products(PlatformApi api, List<String> productIds) {
        return StreamSupport.stream(productPages(api, productIds).spliterator(), false).flatMap(List::stream);
    }

    /** One fetched page and whether another should be asked for. */
    private record Page<T>(List<T> rows, boolean more) {
    }

    private static final class PageIterator<T> implements Iterator<List<T>> {
        private final IntFunction<Page<T>> fetch;
        private int nextPage = 1;
        private boolean more = true;
        private List<T> buffered;

        PageIterator(IntFunction<Page<T>> fetch) {
            this.fetch = fetch;
        }

        @Override
        public boolean hasNext() {
            if (buffered == null && more) {
                Page<T> page = fetch.apply(nextPage++);
                more = page.more();
                buffered = page.rows().isEmpty() ? null : page.rows(); // an empty page is never handed out
            }
            return buffered != null;
        }

        @Override
        public List<T> next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            List<T> page = buffered;
            buffered = null;
            return page;
        }
    }

    /** Refuses an empty list or one over the batch limit of the array methods, naming the method. */
    static void requireBatch(String method, List<?> items) {
        Objects.requireNonNull(items, "items");
        if (items.isEmpty()) {
            throw new IllegalArgumentException(method + " needs at least one item");
        }
        if (items.size() > MAX_BATCH) {
            throw tooMany(method, "items", items.size());
        }
    }

    static IllegalArgumentException tooMany(String method, String what, int size) {
        return new IllegalArgumentException(method + " takes at most " + MAX_BATCH + " " + what
                + " per call, got " + size + "; split them with Paging.chunks(list, " + MAX_BATCH + ")");
    }
}
