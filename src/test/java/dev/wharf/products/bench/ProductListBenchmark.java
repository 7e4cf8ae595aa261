package dev.wharf.products.bench;

import dev.wharf.products.ProductStatus;
import dev.wharf.products.SkuCursor;
import dev.wharf.products.SkuFilter;
import dev.wharf.products.SkuPage;
import dev.wharf.store.Database;
import dev.wharf.store.products.ProductSeed;
import dev.wharf.store.products.SqliteProductQueries;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * Times what the products screen asks the store for at 100,000 SKUs: the first page (100 rows) and its count for the
 * list's query shapes, a deep page by keyset, and side by side the alternatives the design rejected (OFFSET paging,
 * LIKE instead of the trigram index).
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dmain.class=dev.wharf.products.bench.ProductListBenchmark -Dexec.args="target/bench-products 25000 4 200"
 * </pre>
 * Arguments: folder (a new database each run), products, SKUs per product, timed calls per shape.
 */
public final class ProductListBenchmark {
    private ProductListBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-products");
        int products = args.length > 1 ? Integer.parseInt(args[1]) : 25_000;
        int skusEach = args.length > 2 ? Integer.parseInt(args[2]) : 4;
        int calls = args.length > 3 ? Integer.parseInt(args[3]) : 200;
        Files.createDirectories(dir);
        Path file = dir.resolve("shop.db");
        for (String suffix : new String[] {"", "-wal", "-shm"}) {
            Files.deleteIfExists(dir.resolve("shop.db" + suffix));
        }
        try (Database db = Database.open(file)) {
            long t0 = System.nanoTime();
            ProductSeed.many(db, products, skusEach);
            System.out.printf(Locale.ROOT, "seeded %,d products, %,d SKUs in %.1f s (with the search triggers)%n",
                    products, (long) products * skusEach, (System.nanoTime() - t0) / 1e9);
            SqliteProductQueries q = new SqliteProductQueries(db);
            SkuCursor deep = walk(q, 500);
            System.out.println("| query shape | rows | median | p95 | max |");
            System.out.println("| --- | ---: | ---: | ---: | ---: |");
            time("first page, no filter", calls, () -> q.page(SkuFilter.all(), null, 100).rows().size());
            time("count, no filter", calls, () -> (int) q.count(SkuFilter.all()));
            time("first page, search 3+ chars '精华液' (FTS)", calls,
                    () -> q.page(SkuFilter.all().withText("精华液"), null, 100).rows().size());
            time("first page, search 'Shiseido Serum' (FTS, 2 words)", calls,
                    () -> q.page(SkuFilter.all().withText("Shiseido Serum"), null, 100).rows().size());
            time("first page, search 2 chars '口红' (LIKE)", calls,
                    () -> q.page(SkuFilter.all().withText("口红"), null, 100).rows().size());
            time("first page, search outer id 'OUT-12345-2'", calls,
                    () -> q.page(SkuFilter.all().withText("OUT-12345-2"), null, 100).rows().size());
            time("first page, status on sale + brand", calls, () -> q.page(SkuFilter.all()
                    .withStatus(ProductStatus.ON_SALE).withBrand("花王"), null, 100).rows().size());
            time("first page, low stock only", calls,
                    () -> q.page(SkuFilter.all().withLowStockOnly(true), null, 100).rows().size());
            time("count, search '精华液'", calls, () -> (int) q.count(SkuFilter.all().withText("精华液")));
            time("page 501 by keyset", calls, () -> q.page(SkuFilter.all(), deep, 100).rows().size());
            System.out.println();
            System.out.println("Side by side:");
            double keyset = median(calls, () -> q.page(SkuFilter.all(), deep, 100).rows().size());
            double offset = median(calls, () -> raw(db, "SELECT s.sku_id FROM sku s JOIN product p ON p.product_id ="
                    + " s.product_id WHERE s.used = 1 ORDER BY s.product_id, s.sku_id LIMIT 100 OFFSET 50000"));
            System.out.printf(Locale.ROOT, "page 501: keyset %.2f ms, OFFSET %.2f ms (OFFSET/keyset %.1f×)%n",
                    keyset, offset, offset / keyset);
            double fts = median(calls, () -> raw(db, "SELECT count(*) FROM product p WHERE p.rowid IN "
                    + "(SELECT rowid FROM product_fts WHERE product_fts MATCH '\"精华液\"')"));
            double like = median(calls, () -> raw(db, "SELECT count(*) FROM product p WHERE p.name LIKE '%精华液%'"));
            System.out.printf(Locale.ROOT, "products matching '精华液': FTS5 trigram %.2f ms, LIKE %.2f ms "
                    + "(LIKE/FTS %.1f×)%n", fts, like, like / fts);
        }
    }

    private static SkuCursor walk(SqliteProductQueries q, int pages) {
        SkuCursor after = null;
        for (int i = 0; i < pages; i++) {
            SkuPage page = q.page(SkuFilter.all(), after, 100);
            after = page.next();
        }
        return after;
    }

    private static int raw(Database db, String sql) {
        return db.read(c -> {
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement(sql); ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    n++;
                }
            }
            return n;
        });
    }

    private static List<Double> sample(int calls, Supplier<Integer> work) {
        for (int i = 0; i < 20; i++) {
            work.get();
        }
        List<Double> ms = new ArrayList<>();
        for (int i = 0; i < calls; i++) {
            long t = System.nanoTime();
            work.get();
            ms.add((System.nanoTime() - t) / 1e6);
        }
        Collections.sort(ms);
        return ms;
    }

    private static double median(int calls, Supplier<Integer> work) {
        List<Double> ms = sample(calls, work);
        return ms.get(ms.size() / 2);
    }

    private static void time(String shape, int calls, Supplier<Integer> work) {
        int rows = work.get();
        List<Double> ms = sample(calls, work);
        System.out.printf(Locale.ROOT, "| %s | %d | %.2f ms | %.2f ms | %.2f ms |%n", shape, rows,
                ms.get(ms.size() / 2), ms.get((int) Math.ceil(ms.size() * 0.95) - 1), ms.get(ms.size() - 1));
    }
}
