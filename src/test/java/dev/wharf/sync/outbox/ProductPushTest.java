package dev.wharf.sync.outbox;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import dev.wharf.platform.TransportException;
import dev.wharf.products.BulkEdit;
import dev.wharf.products.PendingState;
import dev.wharf.products.ProductService;
import dev.wharf.products.SkuFilter;
import dev.wharf.products.SkuRow;
import dev.wharf.sandbox.SandboxServer;
import dev.wharf.store.products.SqliteProductLocalData;
import dev.wharf.store.products.SqliteProductQueries;
import dev.wharf.sync.OutboxDelivery.DeliveryReport;
import dev.wharf.sync.SyncProgress;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A bulk edit pushed through the outbox to the real sandbox: stock calls of at most 100 SKUs, per-SKU answers (one
 * SKU the platform does not know is refused, the others confirmed), and an edit made offline that goes through at the
 * next sync.
 */
class ProductPushTest {
    @TempDir
    static Path sandboxDir;
    static SandboxServer server;

    @TempDir
    Path shopDir;
    OutboxFixture f;
    InterceptingApi api;
    OutboxDispatcher dispatcher;
    ProductService products;

    @BeforeAll
    static void startSandbox() {
        server = SandboxServer.start(OutboxFixture.config(sandboxDir, 11));
    }

    @AfterAll
    static void stopSandbox() {
        server.close();
    }

    @BeforeEach
    void setUp() {
        f = new OutboxFixture(server, shopDir);
        api = new InterceptingApi(f.client);
        dispatcher = f.dispatcher(api);
        products = new ProductService(new SqliteProductQueries(f.db), new SqliteProductLocalData(f.db, f.clock),
                f.commands);
        for (String id : f.sandbox("SELECT product_id FROM product ORDER BY product_id", String.class)) {
            f.importProduct(id);
        }
    }

    @AfterEach
    void tearDown() {
        f.close();
    }

    private DeliveryReport run() {
        return dispatcher.deliverDue(SyncProgress.NONE);
    }

    private List<SkuRow> allRows() {
        return products.queries().page(SkuFilter.all(), null, 1_000).rows();
    }

    @Test
    void stockGoesOutInCallsOfAtMostAHundredWithAnAnswerPerSku() {
        // a SKU the shop still lists locally but the platform no longer knows
        String product = allRows().get(0).productId();
        f.db.write(c -> c.createStatement().executeUpdate("INSERT INTO sku (sku_id, product_id, outer_sku_id, "
                + "price_fen, stock, updated_at) VALUES ('gone', '" + product + "', 'GONE-1', 100, 1, 0)"));
        List<SkuRow> rows = allRows();
        assertThat(rows.size()).isGreaterThan(100);
        BulkEdit edit = new BulkEdit(rows);
        List<Integer> all = IntStream.range(0, rows.size()).boxed().toList();
        edit.set(BulkEdit.Field.STOCK, all, 42);

        List<ProductService.PushOutcome> outcomes = products.push(edit.changes());
        assertThat(outcomes).allMatch(ProductService.PushOutcome::ok).hasSize(rows.size());
        assertThat(allRows()).extracting(SkuRow::pending).containsOnly(PendingState.WAITING);

        DeliveryReport report = run();

        assertThat(report.confirmed()).isEqualTo(rows.size() - 1);
        assertThat(report.rejected()).isEqualTo(1);
        List<Integer> batches = new ArrayList<>();
        api.forwarded.stream().filter(c -> c.method().equals("updateStock"))
                .forEach(c -> batches.add(((List<?>) c.argument()).size()));
        assertThat(batches).hasSize(2).allMatch(n -> n <= 100);
        assertThat(batches.stream().mapToInt(Integer::intValue).sum()).isEqualTo(rows.size());
        assertThat(allRows()).filteredOn(r -> r.outerSkuId().equals("GONE-1"))
                .extracting(SkuRow::pending, SkuRow::pendingMessage)
                .containsExactly(tuple(PendingState.REFUSED, "商品编码不存在 (unknown outer SKU id)"));
        assertThat(allRows()).filteredOn(r -> !r.outerSkuId().equals("GONE-1")).extracting(SkuRow::pending)
                .containsOnly(PendingState.CONFIRMED);
        assertThat(f.sandbox("SELECT DISTINCT stock FROM sku", Long.class)).containsExactly(42L);
    }

    @Test
    void anEditMadeOfflineIsKeptAndConfirmedAtTheNextSync() {
        List<SkuRow> rows = allRows();
        BulkEdit edit = new BulkEdit(rows.subList(0, 3));
        edit.set(BulkEdit.Field.STOCK, List.of(0), 7);
        edit.adjustPercent(BulkEdit.Field.PRICE, List.of(1, 2), new java.math.BigDecimal("-10"));
        long expectedPrice = edit.value(1, BulkEdit.Field.PRICE);
        products.push(edit.changes());

        api.hook = (m, a, forward) -> {
            throw new TransportException(m, "connection refused", false, 0, null);
        };
        assertThat(run().offline()).isTrue();
        assertThat(products.queries().byOuterIds(List.of(rows.get(0).outerSkuId(), rows.get(1).outerSkuId())))
                .extracting(SkuRow::pending).containsOnly(PendingState.WAITING);

        api.hook = InterceptingApi.Hook.NONE;
        f.clock.advance(Duration.ofMinutes(30));
        assertThat(run().confirmed()).isEqualTo(3);

        assertThat(products.queries().byOuterIds(rows.subList(0, 3).stream().map(SkuRow::outerSkuId).toList()))
                .extracting(SkuRow::pending).containsOnly(PendingState.CONFIRMED);
        assertThat(f.sandbox("SELECT stock FROM sku WHERE outer_id = ?", Long.class, rows.get(0).outerSkuId()))
                .containsExactly(7L);
        assertThat(f.sandbox("SELECT price_fen FROM sku WHERE outer_id = ?", Long.class, rows.get(1).outerSkuId()))
                .containsExactly(expectedPrice);
        assertThat(api.count("updateStock")).isEqualTo(1);
        assertThat(api.count("updatePrices")).isEqualTo(1);
    }
}
