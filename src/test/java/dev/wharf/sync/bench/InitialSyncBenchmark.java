package dev.wharf.sync.bench;

import dev.wharf.platform.GatewayClient;
import dev.wharf.platform.GatewayConfig;
import dev.wharf.platform.PlatformApi;
import dev.wharf.platform.ProxySetting;
import dev.wharf.sandbox.Credentials;
import dev.wharf.sandbox.SandboxConfig;
import dev.wharf.sandbox.SandboxServer;
import dev.wharf.store.Database;
import dev.wharf.store.sync.SqlitePullStore;
import dev.wharf.sync.PullOptions;
import dev.wharf.sync.PullReport;
import dev.wharf.sync.PullStore;
import dev.wharf.sync.Puller;
import dev.wharf.sync.SyncProgress;
import dev.wharf.sync.SyncStatus;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Times the initial pull of a sandbox shop with at least 100,000 orders into a fresh workstation database, through
 * the real client over loopback HTTP. Builds the sandbox on the first run (the simulation path, about a minute, like
 * {@code OrderListBenchmark}) and reuses it afterwards.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dmain.class=dev.wharf.sync.bench.InitialSyncBenchmark -Dexec.args="target/bench-sandbox 100000 3"
 * </pre>
 * Arguments: sandbox data folder, minimum number of orders, runs (each into a new database).
 */
public final class InitialSyncBenchmark {
    private InitialSyncBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-sandbox");
        int minOrders = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int runs = args.length > 2 ? Integer.parseInt(args[2]) : 3;
        SandboxConfig config = SandboxConfig.of(dir).withSeed(42).withCreatedAt(Instant.parse("2025-03-01T02:00:00Z"))
                .withHistory(30, 40);
        try (SandboxServer server = SandboxServer.start(config)) {
            long t0 = System.nanoTime();
            long orders = count(server);
            while (orders < minOrders) {
                server.shop().simulate(5000, 24 * 60);
                orders = count(server);
                System.out.printf(Locale.ROOT, "  generating: %,d orders (%.0f s)%n", orders,
                        (System.nanoTime() - t0) / 1e9);
            }
            System.out.printf(Locale.ROOT, "sandbox %s: %,d orders%n", dir.toAbsolutePath(), orders);
            Credentials c = server.credentials();
            for (int run = 1; run <= runs; run++) {
                Path workstation = Path.of("target/bench-pull/run-" + run);
                deleteTree(workstation);
                Map<String, AtomicLong> nanos = new LinkedHashMap<>();
                try (GatewayClient client = new GatewayClient(GatewayConfig.of(server.baseUri().toString(),
                        c.appId(), c.appSecret(), c.authCode()).withProxy(ProxySetting.NONE)
                        .withCallsPerMinute(10_000_000));
                     Database db = Database.open(workstation.resolve("wharf.db"))) {
                    PlatformApi api = timed(PlatformApi.class, client, nanos, "http+json ");
                    PullStore store = timed(PullStore.class, new SqlitePullStore(db), nanos, "sqlite ");
                    Clock clock = new Clock() {
                        @Override
                        public ZoneOffset getZone() {
                            return ZoneOffset.UTC;
                        }

                        @Override
                        public Clock withZone(java.time.ZoneId zone) {
                            return this;
                        }

                        @Override
                        public Instant instant() {
                            return server.shop().clock();
                        }
                    };
                    Puller puller = new Puller(api, store, new SyncStatus(), PullOptions.defaults().withClock(clock));
                    PhaseTimer phases = new PhaseTimer();
                    long start = System.nanoTime();
                    PullReport report = puller.initial(phases);
                    double total = (System.nanoTime() - start) / 1e9;
                    phases.close();
                    long stored = db.read(x -> {
                        try (var s = x.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM orders")) {
                            rs.next();
                            return rs.getLong(1);
                        }
                    });
                    double orderSeconds = phases.seconds("orders");
                    System.out.printf(Locale.ROOT, "run %d: %s, %,d orders stored; whole initial sync %.2f s; "
                                    + "orders phase %.2f s = %,.0f orders/s; overall %,.0f orders/s%n", run,
                            report.outcome(), stored, total, orderSeconds, stored / orderSeconds, stored / total);
                    phases.seconds.forEach((k, v) -> System.out.printf(Locale.ROOT, "    phase %-10s %7.2f s%n", k,
                            v / 1e9));
                    nanos.forEach((k, v) -> System.out.printf(Locale.ROOT, "    %-34s %7.2f s%n", k, v.get() / 1e9));
                    System.out.printf(Locale.ROOT, "    database %.1f MB%n", db.sizeOnDisk() / 1024.0 / 1024.0);
                }
            }
        }
    }

    /** Wall time per progress phase (from its first report to the next phase's first report). */
    private static final class PhaseTimer implements SyncProgress {
        final Map<String, Long> seconds = new LinkedHashMap<>();
        private String current;
        private long since;

        @Override
        public void progress(String phase, long done, long total) {
            if (!phase.equals(current)) {
                close();
                current = phase;
                since = System.nanoTime();
            }
        }

        void close() {
            if (current != null) {
                seconds.merge(current, System.nanoTime() - since, Long::sum);
                current = null;
            }
        }

        double seconds(String phase) {
            return seconds.getOrDefault(phase, 0L) / 1e9;
        }

        @Override
        public boolean isCancelled() {
            return false;
        }
    }

    @SuppressWarnings("unchecked")
    private static <T> T timed(Class<T> type, T target, Map<String, AtomicLong> nanos, String prefix) {
        return (T) Proxy.newProxyInstance(type.getClassLoader(), new Class<?>[] {type}, (p, m, a) -> {
            long s = System.nanoTime();
            try {
                return m.invoke(target, a);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            } finally {
                nanos.computeIfAbsent(prefix + m.getName(), k -> new AtomicLong()).addAndGet(System.nanoTime() - s);
            }
        });
    }

    private static long count(SandboxServer server) {
        return server.shop().database().read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM orders")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static void deleteTree(Path p) throws java.io.IOException {
        if (!Files.exists(p)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(p)) {
            for (Path x : walk.sorted(Comparator.reverseOrder()).toList()) {
                Files.delete(x);
            }
        }
    }
}
