package dev.wharf.platform.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.cli.CliTestAccess;
import dev.wharf.platform.GatewayClient;
import dev.wharf.platform.GatewayTime;
import dev.wharf.platform.Paging;
import dev.wharf.platform.dto.OrderChangesRequest;
import dev.wharf.platform.dto.OrderChangesResponse;
import dev.wharf.platform.dto.OrderInfo;
import dev.wharf.platform.dto.OrderItemInfo;
import dev.wharf.platform.dto.OrderListRequest;
import dev.wharf.platform.dto.ProductInfo;
import dev.wharf.platform.dto.ProductListRequest;
import dev.wharf.platform.dto.RefundListRequest;
import dev.wharf.platform.dto.RefundListResponse;
import dev.wharf.sandbox.Credentials;
import dev.wharf.sandbox.SandboxConfig;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/**
 * Like a user: {@code wharf sandbox --seed 1 --port 0 --data DIR} runs in-process (the picocli command on a
 * background thread), the test reads the base URL and the credentials it prints, and the client library pages
 * through the whole populated shop and works on it.
 */
class SandboxCommandEndToEndTest {
    @TempDir
    Path home;
    @TempDir
    Path data;

    private static String printed(String output, String label) {
        Matcher m = Pattern.compile("^\\s*" + Pattern.quote(label) + ":\\s+(\\S+)\\s*$", Pattern.MULTILINE)
                .matcher(output);
        assertThat(m.find()).as("'%s' in the output:%n%s", label, output).isTrue();
        return m.group(1);
    }

    @Test
    void wharfSandboxSeed1ServesAPopulatedShopThatTheClientLibraryDrivesFully() throws Exception {
        CommandLine cli = CliTestAccess.commandLine(home);
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        cli.setOut(new PrintWriter(out, true));
        cli.setErr(new PrintWriter(err, true));
        ExecutorService thread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "wharf-sandbox-command");
            t.setDaemon(true);
            return t;
        });
        CompletableFuture<Integer> exit = CompletableFuture.supplyAsync(() -> cli.execute("sandbox", "--seed", "1",
                "--port", "0", "--data", data.toString()), thread);
        try {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
            while (!out.toString().contains("Press Ctrl+C") && !exit.isDone() && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            String output = out.toString();
            assertThat(output).as("stderr: %s", err).contains("Press Ctrl+C").contains("seed 1");
            String baseUrl = printed(output, "base URL");
            Credentials credentials = new Credentials(printed(output, "app_id"), printed(output, "app_secret"),
                    printed(output, "auth_code"));
            assertThat(baseUrl).startsWith("http://127.0.0.1:").doesNotEndWith(":0");
            assertThat(credentials).isEqualTo(Credentials.derivedFrom(1)); // --seed 1's own credentials

            try (GatewayClient client = ItSandbox.client(baseUrl, credentials.appId(), credentials.appSecret(),
                    credentials.authCode())) {
                drive(client);
            }
        } finally {
            CliTestAccess.stopSandbox(cli);
            try {
                assertThat(exit.get(30, TimeUnit.SECONDS)).as("stderr: %s", err).isZero();
            } finally {
                thread.shutdownNow();
            }
        }
        assertThat(out.toString()).contains("Sandbox stopped.");
        assertThat(data.resolve(SandboxConfig.DATABASE_FILE)).exists();
    }

    private static void drive(GatewayClient client) {
        Instant now = Instant.now();
        String from = GatewayTime.format(now.minus(Duration.ofDays(45)));
        String to = GatewayTime.format(now.plus(Duration.ofDays(1)));

        // every order of the shop, oldest first, in pages of 100
        List<OrderInfo> orders = Paging.orders(client, new OrderListRequest(null, OrderListRequest.DATE_ORDERED, 1,
                from, to, null, null, false)).toList();
        assertThat(orders).extracting(OrderInfo::orderId).doesNotHaveDuplicates();
        assertThat(orders).hasSizeGreaterThan(500); // 30 days of 40 carts a day
        assertThat(orders.stream().map(OrderInfo::orderTime).toList()).isSorted();
        assertThat(orders).allSatisfy(o -> {
            assertThat(o.tradeId()).isNotBlank();
            assertThat(o.orderItemsInfo()).isNotEmpty();
        });

        // orders in several statuses, awaiting acceptance among them
        Map<Integer, Long> byStatus = orders.stream().collect(Collectors.groupingBy(OrderInfo::orderStatus,
                Collectors.counting()));
        assertThat(byStatus.keySet()).contains(2, 3, 4);
        assertThat(byStatus.keySet()).containsAnyOf(12, 13, 14, 18);
        assertThat(Paging.orders(client, new OrderListRequest("2", OrderListRequest.DATE_ORDERED, 1, from, to, null,
                null, false)).count()).isEqualTo(byStatus.get(2));

        // carts split into several orders sharing a trade id (one buyer, one payment)
        Map<String, List<OrderInfo>> trades = orders.stream().collect(Collectors.groupingBy(OrderInfo::tradeId));
        List<List<OrderInfo>> split = trades.values().stream().filter(t -> t.size() > 1).toList();
        assertThat(split).isNotEmpty();
        assertThat(split).allSatisfy(t -> assertThat(t.stream().map(OrderInfo::buyerId).distinct()).hasSize(1));

        // refunds: the history's buyers asked for some and the simulated seller approved or rejected them; every
        // refund is shown on its order's line with the same status. (A fresh seed-1 shop has no refund still open:
        // the history's seller handles each a day after it is asked, and none was asked in its last two days.)
        RefundListResponse refunds = client.listRefunds(new RefundListRequest(null, null, 1, 100));
        assertThat(refunds.totalCount()).isPositive().isEqualTo(refunds.refunds().size());
        assertThat(refunds.refunds()).extracting(RefundListResponse.RefundInfo::refundStatus).contains(1, -1);
        Map<String, Integer> onLines = orders.stream().flatMap(o -> o.orderItemsInfo().stream())
                .filter(i -> i.refundId() != null)
                .collect(Collectors.toMap(OrderItemInfo::refundId, OrderItemInfo::refundStatus));
        assertThat(refunds.refunds()).allSatisfy(r -> assertThat(onLines).containsEntry(r.refundId(),
                r.refundStatus()));
        assertThat(client.listRefunds(new RefundListRequest(0, null, 1, 100)).totalCount())
                .isEqualTo((int) onLines.values().stream().filter(s -> s == 0).count());

        // the catalog, all of it
        int totalProducts = client.listProducts(new ProductListRequest(null, 1, 1)).totalCount();
        List<ProductInfo> products = Paging.products(client, null).toList();
        assertThat(products).hasSize(totalProducts).extracting(ProductInfo::productId).doesNotHaveDuplicates();
        assertThat(products).isNotEmpty().allSatisfy(p -> assertThat(p.skus()).isNotEmpty());
        assertThat(client.logisticsCompanies()).isNotEmpty();

        // the changes feed holds the same orders
        List<Long> changed = new ArrayList<>();
        String cursor = null;
        OrderChangesResponse page;
        do {
            page = client.orderChanges(new OrderChangesRequest(cursor, 100, false));
            page.ordersInfo().forEach(o -> changed.add(o.orderId()));
            cursor = page.nextCursor();
        } while (Boolean.TRUE.equals(page.hasMore()));
        assertThat(changed).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(
                orders.stream().map(OrderInfo::orderId).toList());

        // and the seller works on it: accept a whole cart awaiting acceptance
        List<Long> cart = trades.values().stream()
                .filter(t -> t.stream().allMatch(o -> o.orderStatus() == 2))
                .max((a, b) -> Integer.compare(a.size(), b.size())).orElseThrow()
                .stream().map(OrderInfo::orderId).toList();
        assertThat(client.acceptOrders(cart).failures()).isEmpty();
        assertThat(cart).allSatisfy(id -> assertThat(client.orderDetail(id, false).orderStatus()).isEqualTo(17));
        OrderChangesResponse after = client.orderChanges(new OrderChangesRequest(cursor, 100, false));
        assertThat(after.ordersInfo()).extracting(OrderInfo::orderId).containsExactlyInAnyOrderElementsOf(cart);
    }
}
