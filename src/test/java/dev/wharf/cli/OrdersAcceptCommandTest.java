package dev.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.sandbox.SandboxConfig;
import dev.wharf.sandbox.SandboxServer;
import dev.wharf.store.Database;
import dev.wharf.store.TestQueries;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code wharf orders accept} on a profile connected to a real sandbox. */
class OrdersAcceptCommandTest {
    @TempDir
    Path dir;
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();

    int run(String... args) {
        out = new StringWriter();
        err = new StringWriter();
        CommandLine cli = TestCli.commandLine(dir.resolve("home"), out, err);
        return cli.execute(args);
    }

    private static List<String> local(Path profile, String sql, Object... args) {
        try (Database db = Database.open(profile.resolve("wharf.db"))) {
            return TestQueries.strings(db, sql, args);
        }
    }

    private static void localWrite(Path profile, String sql) {
        try (Database db = Database.open(profile.resolve("wharf.db"))) {
            db.write(c -> c.createStatement().executeUpdate(sql));
        }
    }

    @Test
    void dryRunPrintsThePlanAndWritesNothingThenAcceptPrintsEachOrdersResult() {
        Path profile = dir.resolve("tokyo");
        try (SandboxServer sandbox = SandboxServer.start(SandboxConfig.of(dir.resolve("sbx")).withPort(0)
                .withCreatedAt(Instant.parse("2025-03-01T02:00:00Z")).withHistory(4, 40))) {
            assertThat(run("--profile", profile.toString(), "connect", "--url", sandbox.baseUri().toString(),
                    "--app-id", sandbox.credentials().appId(), "--app-secret", sandbox.credentials().appSecret(),
                    "--auth-code", sandbox.credentials().authCode())).as(err.toString()).isZero();
            assertThat(run("--profile", profile.toString(), "sync", "--once")).as(err.toString()).isZero();
            localWrite(profile, "UPDATE sku SET stock = 10000");
            List<String> paid = local(profile, "SELECT order_id FROM orders WHERE status = 2 ORDER BY order_id "
                    + "LIMIT 3");
            assertThat(paid).hasSize(3);

            assertThat(run("--profile", profile.toString(), "orders", "accept", "--order", paid.get(0), paid.get(1),
                    paid.get(2), "--dry-run")).as(err.toString()).isZero();
            assertThat(out.toString()).contains("Plan: 3 ready").contains("Dry run: nothing was written.");
            assertThat(local(profile, "SELECT count(*) FROM outbox")).containsExactly("0");

            // one SKU short: its cart is held unless --accept-rest
            String shortOrder = paid.get(2);
            localWrite(profile, "UPDATE sku SET stock = 0 WHERE sku_id IN (SELECT sku_id FROM order_item WHERE "
                    + "order_id = '" + shortOrder + "')");
            assertThat(run("--profile", profile.toString(), "orders", "accept", "--order", paid.get(0), paid.get(1),
                    paid.get(2))).as(err.toString()).isEqualTo(3);
            assertThat(out.toString()).contains("stock: ").contains("order " + paid.get(0) + ": confirmed")
                    .doesNotContain("order " + shortOrder + ": confirmed");
            assertThat(local(profile, "SELECT status FROM orders WHERE order_id = ?", shortOrder))
                    .containsExactly("2");
            assertThat(sandboxStatus(sandbox, paid.get(0))).isEqualTo("17");

            assertThat(run("--profile", profile.toString(), "orders", "accept", "--order", paid.get(0)))
                    .isEqualTo(3);
            assertThat(out.toString()).contains("1 not awaiting acceptance");
        }
    }

    @Test
    void exactlyOneSelectionIsRequired() {
        assertThat(run("orders", "accept", "--dry-run")).isEqualTo(2);
        assertThat(run("orders", "accept", "--all-paid", "--trade", "T1")).isEqualTo(2);
    }

    private static String sandboxStatus(SandboxServer sandbox, String orderId) {
        return TestQueries.strings(sandbox.shop().database(), "SELECT status FROM orders WHERE order_id = ?",
                Long.parseLong(orderId)).get(0);
    }
}
