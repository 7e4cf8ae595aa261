package dev.wharf.sync.bench;

import dev.wharf.platform.GatewayClient;
import dev.wharf.platform.GatewayConfig;
import dev.wharf.platform.ProxySetting;
import dev.wharf.platform.dto.OrderChangesRequest;
import dev.wharf.platform.dto.OrderChangesResponse;
import dev.wharf.platform.dto.OrderInfo;
import dev.wharf.sandbox.Credentials;
import dev.wharf.sandbox.SandboxConfig;
import dev.wharf.sandbox.SandboxServer;
import dev.wharf.store.Database;
import dev.wharf.store.sync.SqlitePullStore;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Times only the store side of the initial sync: fetches the first {@code pages} pages of the sandbox's change feed
 * (built by {@link InitialSyncBenchmark}) into memory, then writes them into fresh databases, no HTTP overlapping.
 * Arguments: sandbox data folder, pages, runs.
 */
public final class OrderWriteBenchmark {
    private OrderWriteBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-sandbox");
        int pages = args.length > 1 ? Integer.parseInt(args[1]) : 300;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        SandboxConfig config = SandboxConfig.of(dir).withSeed(42).withCreatedAt(Instant.parse("2025-03-01T02:00:00Z"))
                .withHistory(30, 40);
        List<List<OrderInfo>> fetched = new ArrayList<>();
        try (SandboxServer server = SandboxServer.start(config)) {
            Credentials c = server.credentials();
            try (GatewayClient client = new GatewayClient(GatewayConfig.of(server.baseUri().toString(),
                    c.appId(), c.appSecret(), c.authCode()).withProxy(ProxySetting.NONE)
                    .withCallsPerMinute(10_000_000))) {
                String cursor = null;
                for (int p = 0; p < pages; p++) {
                    OrderChangesResponse r = client.orderChanges(new OrderChangesRequest(cursor, 100, true));
                    fetched.add(r.ordersInfo());
                    cursor = r.nextCursor();
                    if (!Boolean.TRUE.equals(r.hasMore())) {
                        break;
                    }
                }
            }
        }
        int orders = fetched.stream().mapToInt(List::size).sum();
        for (int run = 1; run <= runs; run++) {
            Path workstation = Path.of("target/bench-write/run-" + run);
            deleteTree(workstation);
            try (Database db = Database.open(workstation.resolve("wharf.db"))) {
                SqlitePullStore store = new SqlitePullStore(db);
                String pragma = System.getProperty("bench.pragma");
                if (pragma != null) {
                    db.write(cn -> {
                        try (java.sql.Statement st = cn.createStatement()) {
                            st.execute(pragma);
                        }
                        return null;
                    });
                }
                long t0 = System.nanoTime();
                int n = 0;
                for (List<OrderInfo> page : fetched) {
                    store.writeOrders(page, Map.of("pull.bench.cursor", Integer.toString(n++)));
                }
                double s = (System.nanoTime() - t0) / 1e9;
                System.out.printf(Locale.ROOT, "  wal %,d bytes%n", Files.size(workstation.resolve("wharf.db-wal")));
                System.out.printf(Locale.ROOT, "run %d: %d pages, %,d orders written in %.2f s = %.2f ms/page%n",
                        run, fetched.size(), orders, s, s * 1000 / fetched.size());
            }
        }
    }

    private static void deleteTree(Path p) throws Exception {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> s = Files.walk(p)) {
            for (Path q : s.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(q);
            }
        }
    }
}
