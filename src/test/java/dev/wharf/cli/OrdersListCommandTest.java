package dev.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wharf.store.Database;
import dev.wharf.store.orders.TestOrders;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

/** {@code wharf orders list} against a real shop database in a temporary profile. */
class OrdersListCommandTest {
    @TempDir
    Path dir;
    Path profile;
    final StringWriter out = new StringWriter();
    final StringWriter err = new StringWriter();

    @BeforeEach
    void shop() {
        profile = dir.resolve("杭州店");
        Instant now = Instant.now();
        try (Database db = Database.open(profile.resolve("wharf.db"))) {
            TestOrders orders = new TestOrders(db);
            orders.order("1001", "T1", 2, 2, 150_000, now.minus(Duration.ofHours(3)), "王芳", "13800001111");
            orders.order("1002", "T1", 2, 7, 9_900, now.minus(Duration.ofHours(3)), "王芳", "13800001111");
            orders.order("2001", "T2", 4, 3, 30_000, now.minus(Duration.ofDays(30)), "=HYPERLINK(\"x\")",
                    "13912345678");
        }
    }

    int run(String... args) {
        CommandLine cli = TestCli.commandLine(dir.resolve("home"), out, err);
        String[] all = new String[args.length + 2];
        all[0] = "--profile";
        all[1] = profile.toString();
        System.arraycopy(args, 0, all, 2, args.length);
        return cli.execute(all);
    }

    @Test
    void aTableListsTheMostUrgentOrdersWithTheirCart() {
        assertThat(run("orders", "list", "--status", "awaiting-accept")).isZero();

        String[] lines = out.toString().split("\\R");
        assertThat(lines[0]).startsWith("order_id").contains("receiver_name", "split_reasons");
        assertThat(lines[1]).startsWith("1001").contains("T1", "awaiting_accept", "1500.00", "王芳", "2",
                "different_delivery_types");
        assertThat(lines[2]).startsWith("1002");
        assertThat(out.toString()).contains("2 order(s)").doesNotContain("2001").doesNotContain("13800001111");
    }

    @Test
    void csvIsUtf8WithBomAndNeutralisesFormulas() {
        assertThat(run("orders", "list", "--format", "csv", "--search", "13912345678")).isZero();

        String csv = out.toString();
        assertThat(csv).startsWith("\uFEFForder_id,trade_id,status");
        assertThat(csv).contains("2001,T2,received,3,300.00,").contains("\"'=HYPERLINK(\"\"x\"\")\"")
                .contains("UGG 雪地靴 (尺寸: 6, 颜色: 红色) ×1");
    }

    @Test
    void jsonCarriesTheCartAndItemsAndLimitStopsEarly() throws Exception {
        assertThat(run("orders", "list", "--format", "json", "--search", "王芳", "--limit", "1")).isZero();

        JsonNode rows = new ObjectMapper().readTree(out.toString());
        assertThat(rows).hasSize(1);
        assertThat(rows.get(0).get("order_id").asText()).isEqualTo("1001");
        assertThat(rows.get(0).get("cart_orders").asInt()).isEqualTo(2);
        assertThat(rows.get(0).get("cart_total").decimalValue()).isEqualByComparingTo("1599.00");
        assertThat(rows.get(0).get("items").get(0).asText()).isEqualTo("UGG 雪地靴 (尺寸: 6, 颜色: 红色) ×1");
    }

    @Test
    void anUnknownStatusIsAUsageErrorNamingTheChoices() {
        assertThat(run("orders", "list", "--status", "paid")).isEqualTo(2);

        assertThat(err.toString()).contains("Unknown --status 'paid'").contains("awaiting-accept", "refunds-open");
    }
}
