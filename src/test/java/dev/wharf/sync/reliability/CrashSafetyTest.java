package dev.wharf.sync.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.sandbox.SandboxConfig;
import dev.wharf.sandbox.SandboxServer;
import dev.wharf.store.Database;
import dev.wharf.sync.outbox.Conflict;
import dev.wharf.sync.outbox.NeedsAttention;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Crash safety (issue 4): sync and outbox delivery run in a child JVM ({@link CrashChild}) that is killed hard
 * ({@code destroyForcibly}, SIGKILL) at random points and restarted, round after round; afterwards a clean run
 * finishes the work, and the sandbox must show every enqueued action applied exactly once: each accepted order
 * accepted (no accept refused as a repeat), each tracking number on exactly one order with exactly one delivery
 * row, each SKU's stock the last value set; the workstation database passes integrity_check and nothing is left
 * pending or in Needs attention. The one Needs-attention item a kill may cause — a stock change killed before its
 * request left, within 2 s of the product's previous change, which Wharf cannot date and keeps back (decision 0007) —
 * is retried as a user would, after checking that the platform still had the previous value.
 *
 * <p>CI runs 50 rounds. Soak: {@code ./mvnw test -Dtest=CrashSafetyTest -Dwharf.soak.rounds=500}
 * ({@code -Dwharf.soak.seed=N} picks other kill points).
 */
class CrashSafetyTest {
    private static final int ORDERS = 40;
    private static final int DELIVERED = 30;

    @TempDir
    Path dir;

    @Test
    void killedAtRandomPointsEveryActionTakesEffectExactlyOnce() throws Exception {
        int rounds = Integer.getInteger("wharf.soak.rounds", 50);
        long seed = Long.getLong("wharf.soak.seed", 4242L);
        Random random = new Random(seed);
        Path profile = dir.resolve("profile");
        Files.createDirectories(profile);
        Path log = dir.resolve("child.log");

        try (SandboxServer server = SandboxServer.start(SandboxConfig.of(dir.resolve("sandbox")).withSeed(5)
                .withHistory(3, 40))) {
            List<Long> orders = Station.acceptable(server, ORDERS);
            assertThat(orders).hasSize(ORDERS);
            List<String> skus = Station.strings(server.shop().database(), "SELECT outer_id FROM sku "
                    + "WHERE used = 1 AND outer_id IS NOT NULL ORDER BY sku_id LIMIT 3");
            assertThat(skus).hasSize(3);
            Map<String, Long> initialStock = new LinkedHashMap<>();
            skus.forEach(sku -> initialStock.put(sku, Station.count(server.shop().database(),
                    "SELECT stock FROM sku WHERE outer_id = ?", sku)));

            // the plan: accept each order; 5 actions later deliver it (the first 20); a stock change every third
            List<String> plan = new ArrayList<>();
            Map<String, Integer> lastStock = new LinkedHashMap<>();
            for (int i = 0; i < ORDERS + 5; i++) {
                if (i < ORDERS) {
                    plan.add("accept " + orders.get(i));
                }
                if (i >= 5 && i - 5 < DELIVERED) {
                    long id = orders.get(i - 5);
                    plan.add("deliver " + id + " Y073 CR" + id);
                }
                if (i % 3 == 0) {
                    String sku = skus.get(i % skus.size());
                    int stock = 100 + i;
                    plan.add("stock " + sku + " " + stock);
                    lastStock.put(sku, stock);
                }
            }
            Path planFile = dir.resolve("plan.txt");
            CrashChild.writePlan(planFile, plan);

            String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
            List<String> command = List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-Xshare:auto",
                    "-cp", System.getProperty("java.class.path"), CrashChild.class.getName(),
                    profile.toString(), server.baseUri().toString(), server.credentials().appId(),
                    server.credentials().appSecret(), server.credentials().authCode(), planFile.toString());

            long start = System.nanoTime();
            int killedBeforeReady = 0;
            int killedMidPlan = 0;
            for (int round = 0; round < rounds; round++) {
                Path out = dir.resolve("child.out");
                Files.deleteIfExists(out);
                Process p = new ProcessBuilder(command).redirectOutput(out.toFile())
                        .redirectError(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
                if (round % 7 == 6) {
                    // now and then while the JVM starts or the database opens (migrations, quick check)
                    Thread.sleep(100 + random.nextInt(500));
                    killedBeforeReady++;
                } else {
                    awaitReady(p, out, log);
                    Thread.sleep(100 + random.nextInt(500));
                }
                assertThat(p.isAlive()).as("child ended by itself (round %d): %s", round, tail(log)).isTrue();
                p.destroyForcibly();
                if (Files.exists(out) && Files.readString(out).contains("ENQUEUED") && !Files.readString(out)
                        .contains("IDLE")) {
                    killedMidPlan++;
                }
                assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            }
            long roundsMillis = (System.nanoTime() - start) / 1_000_000;
            System.out.printf("CrashSafetyTest: %d rounds (%d killed before ready, %d while enqueueing and "
                    + "delivering the plan) in %d ms, seed %d%n", rounds, killedBeforeReady, killedMidPlan,
                    roundsMillis, seed);

            try (Station s = new Station(profile, server, UnaryOperator.identity())) {
                long enqueuedByChildren = CrashChild.enqueued(s);
                System.out.printf("CrashSafetyTest: children enqueued %d of %d actions, %d done%n",
                        enqueuedByChildren, plan.size(),
                        Station.count(s.db, "SELECT count(*) FROM outbox WHERE state = 'done'"));
                assertThat(s.db.check().ok()).as("integrity after the kills: %s", s.db.check()).isTrue();

                List<NeedsAttention.Item> keptBack = CrashChild.finish(s, plan);
                System.out.printf("CrashSafetyTest: %d stock change(s) kept back after a kill, retried: %s%n",
                        keptBack.size(), keptBack.stream().map(NeedsAttention.Item::description).toList());
                for (NeedsAttention.Item item : keptBack) {
                    // only a change whose request never left can be kept back: the platform had the value before it
                    Conflict c = item.entry().conflict();
                    assertThat(c.kind()).as(item.reason()).isEqualTo(Conflict.Kind.STOCK);
                    int index = plan.indexOf("stock " + c.subject() + " " + c.sentValue());
                    assertThat(index).as(item.reason()).isNotNegative();
                    assertThat(c.platformValue()).as(item.reason()).isEqualTo(previousStock(plan, index, c.subject(),
                            initialStock.get(c.subject())));
                }

                assertThat(CrashChild.enqueued(s)).isEqualTo(plan.size());
                assertThat(Station.strings(s.db, "SELECT command || ' ' || aggregate_id || ': ' || last_error "
                        + "FROM outbox WHERE state <> 'done'")).as("outbox entries not done").isEmpty();
                assertThat(s.sync.needsAttention().list()).isEmpty();
                assertThat(s.db.check().ok()).isTrue();

                Database sandbox = server.shop().database();
                for (int i = 0; i < ORDERS; i++) {
                    long id = orders.get(i);
                    long status = Station.count(sandbox, "SELECT status FROM orders WHERE order_id = ?", id);
                    if (i < DELIVERED) {
                        assertThat(status).as("order %d", id).isEqualTo(3);
                        assertThat(Station.strings(sandbox, "SELECT tracking_number FROM delivery WHERE order_id = ?",
                                id)).as("deliveries of %d", id).containsExactly("CR" + id);
                        assertThat(Station.count(sandbox, "SELECT count(*) FROM delivery WHERE tracking_number = ?",
                                "CR" + id)).isEqualTo(1);
                    } else {
                        assertThat(status).as("order %d", id).isEqualTo(17);
                        assertThat(Station.count(sandbox, "SELECT count(*) FROM delivery WHERE order_id = ?", id))
                                .isZero();
                    }
                    assertThat(s.localStatus(id)).as("local order %d", id).isEqualTo((int) status);
                }
                lastStock.forEach((sku, stock) -> assertThat(Station.count(sandbox,
                        "SELECT stock FROM sku WHERE outer_id = ?", sku)).as("stock of %s", sku).isEqualTo((long) stock));
                lastStock.forEach((sku, stock) -> assertThat(Station.count(s.db,
                        "SELECT stock FROM sku WHERE outer_sku_id = ?", sku)).as("local stock of %s", sku)
                        .isEqualTo((long) stock));
            }
        }
    }

    /** The stock the plan set for {@code sku} before action {@code index}, or the initial one. */
    private static String previousStock(List<String> plan, int index, String sku, long initial) {
        for (int i = index - 1; i >= 0; i--) {
            String[] a = plan.get(i).split(" ");
            if (a[0].equals("stock") && a[1].equals(sku)) {
                return a[2];
            }
        }
        return String.valueOf(initial);
    }

    private static void awaitReady(Process p, Path out, Path log) throws IOException, InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < deadline) {
            if (Files.exists(out) && Files.readString(out).contains("READY")) {
                return;
            }
            if (!p.isAlive()) {
                throw new AssertionError("child exited " + p.exitValue() + " before it was ready: " + tail(log));
            }
            Thread.sleep(10);
        }
        throw new AssertionError("child not ready after 60 s: " + tail(log));
    }

    private static String tail(Path log) {
        try {
            if (!Files.exists(log)) {
                return "(no output)";
            }
            String s = Files.readString(log);
            return s.substring(Math.max(0, s.length() - 4000));
        } catch (IOException e) {
            return e.toString();
        }
    }

}
