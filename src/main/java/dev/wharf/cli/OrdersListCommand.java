package dev.wharf.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import dev.wharf.orders.Cart;
import dev.wharf.orders.DeliveryKind;
import dev.wharf.orders.OrderCursor;
import dev.wharf.orders.OrderFilter;
import dev.wharf.orders.OrderLine;
import dev.wharf.orders.OrderPage;
import dev.wharf.orders.OrderStatus;
import dev.wharf.orders.OrderSummary;
import dev.wharf.orders.OrderTab;
import dev.wharf.orders.SplitReason;
import dev.wharf.store.Database;
import dev.wharf.store.orders.SqliteOrderList;
import java.io.PrintWriter;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code wharf orders list}: the orders list of the workstation, as a table, CSV or JSON. */
@Command(name = "list", mixinStandardHelpOptions = true, sortOptions = false,
        description = {"Lists orders from the local store, most urgent first (nearest deadline), as the Orders "
                + "screen does. Split orders show their cart (trade id), its size, total and why it was split.",
                "Times are platform time (GMT+8); amounts are RMB."})
final class OrdersListCommand implements Callable<Integer> {
    private static final ZoneId PLATFORM_TIME = ZoneId.of("Asia/Shanghai");
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");
    private static final List<String> COLUMNS = List.of("order_id", "trade_id", "status", "delivery_type",
            "payment", "ordered_at", "due_at", "receiver_name", "cart_orders", "cart_total", "split_reasons", "items");

    /** The output formats. */
    enum Format { table, csv, json }

    @ParentCommand
    private OrdersCommand orders;
    @Spec
    private CommandSpec spec;

    @Option(names = "--status", paramLabel = "TAB", defaultValue = "all",
            description = "Which orders: awaiting-accept, awaiting-shipment, domestic-leg-pending, shipped, received, "
                    + "refunds-open, refunds-all, cancelled or all (default: ${DEFAULT-VALUE}).")
    String status;
    @Option(names = "--search", paramLabel = "TEXT",
            description = "Order id, trade id, buyer id, receiver name, phone or tracking number (or part of it).")
    String search;
    @Option(names = "--delivery-type", paramLabel = "N", description = "Only this delivery type: 2, 3, 4, 5 or 7.")
    Integer deliveryType;
    @Option(names = "--at-risk", description = "Only orders with a deadline within 24 hours or passed.")
    boolean atRisk;
    @Option(names = "--format", paramLabel = "FORMAT", defaultValue = "table",
            description = "table, csv (UTF-8 with BOM, for Excel) or json (default: ${DEFAULT-VALUE}).")
    Format format;
    @Option(names = "--limit", paramLabel = "N", defaultValue = "100",
            description = "At most N orders (default: ${DEFAULT-VALUE}).")
    int limit;

    @Override
    public Integer call() throws Exception {
        OrderTab tab = OrderTab.ofId(status).orElseThrow(() -> new ParameterException(spec.commandLine(),
                "Unknown --status '" + status + "'. Use one of: " + Arrays.stream(OrderTab.values())
                        .map(t -> t.id().replaceAll("([A-Z])", "-$1").toLowerCase(Locale.ROOT))
                        .collect(Collectors.joining(", "))));
        if (limit < 1) {
            throw new ParameterException(spec.commandLine(), "--limit must be at least 1, not " + limit);
        }
        if (deliveryType != null && !DeliveryKind.isKnown(deliveryType)) {
            throw new ParameterException(spec.commandLine(), "Unknown --delivery-type " + deliveryType
                    + ". Use 2 (direct mail), 3 (xlobo direct mail), 4 (bonded), 5 (xlobo bonded) or 7 (consolidated).");
        }
        OrderFilter filter = OrderFilter.of(tab).withSearch(search).withDeliveryType(deliveryType).withAtRisk(atRisk);
        List<Map<String, Object>> rows;
        try (Database db = orders.root.openExistingDatabase()) {
            rows = rows(new SqliteOrderList(db, Clock.systemUTC()), filter);
        }
        PrintWriter out = spec.commandLine().getOut();
        switch (format) {
            case csv -> {
                out.print(Csv.BOM);
                out.print(Csv.row(COLUMNS));
                rows.forEach(r -> out.print(Csv.row(COLUMNS.stream().map(c -> text(r.get(c))).toList())));
            }
            case json -> out.println(new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT)
                    .writeValueAsString(rows));
            case table -> table(out, rows);
        }
        out.flush();
        return 0;
    }

    private List<Map<String, Object>> rows(SqliteOrderList list, OrderFilter filter) {
        List<Map<String, Object>> rows = new ArrayList<>();
        Optional<OrderCursor> after = Optional.empty();
        do {
            OrderPage page = list.page(filter, after, Math.min(500, limit));
            for (Cart cart : page.carts()) {
                for (OrderSummary o : cart.orders()) {
                    if (o.matches() && rows.size() < limit) {
                        rows.add(row(cart, o));
                    }
                }
            }
            after = page.next();
        } while (after.isPresent() && rows.size() < limit);
        return rows;
    }

    private static Map<String, Object> row(Cart cart, OrderSummary o) {
        Map<String, Object> r = new LinkedHashMap<>();
        r.put("order_id", o.orderId());
        r.put("trade_id", o.tradeId());
        r.put("status", OrderStatus.ofCode(o.status()).map(s -> s.name().toLowerCase(Locale.ROOT))
                .orElse(Integer.toString(o.status())));
        r.put("delivery_type", o.deliveryType());
        r.put("payment", BigDecimal.valueOf(o.paymentFen(), 2));
        r.put("ordered_at", time(o.orderedAt()));
        r.put("due_at", time(o.dueAt()));
        r.put("receiver_name", o.receiverName());
        r.put("cart_orders", cart.orders().size());
        r.put("cart_total", cart.total());
        r.put("split_reasons", cart.splitReasons().stream().map(SplitReason::name)
                .map(s -> s.toLowerCase(Locale.ROOT)).toList());
        r.put("items", o.lines().stream().map(OrdersListCommand::item).toList());
        return r;
    }

    private static String item(OrderLine l) {
        String props = l.propertiesText();
        return l.title() + (props.isEmpty() ? "" : " (" + props + ")") + " ×" + l.quantity();
    }

    private static String time(Instant at) {
        return at == null ? null : TIME.format(at.atZone(PLATFORM_TIME));
    }

    private static String text(Object value) {
        if (value == null) {
            return "";
        }
        if (value instanceof List<?> list) {
            return list.stream().map(String::valueOf).collect(Collectors.joining("; "));
        }
        return value instanceof BigDecimal d ? d.toPlainString() : value.toString();
    }

    private static void table(PrintWriter out, List<Map<String, Object>> rows) {
        List<String> shown = List.of("order_id", "trade_id", "status", "delivery_type", "payment", "due_at",
                "receiver_name", "cart_orders", "split_reasons");
        int[] widths = shown.stream().mapToInt(String::length).toArray();
        for (Map<String, Object> r : rows) {
            for (int i = 0; i < shown.size(); i++) {
                widths[i] = Math.max(widths[i], width(text(r.get(shown.get(i)))));
            }
        }
        out.println(line(shown, widths));
        for (Map<String, Object> r : rows) {
            out.println(line(shown.stream().map(c -> text(r.get(c))).toList(), widths));
        }
        out.printf(Locale.ROOT, "%d order(s)%n", rows.size());
    }

    private static String line(List<String> cells, int[] widths) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < cells.size(); i++) {
            String c = cells.get(i);
            sb.append(c).append(" ".repeat(widths[i] - width(c) + 2));
        }
        return sb.toString().stripTrailing();
    }

    /** Display width: CJK characters take two columns in a terminal. */
    private static int width(String s) {
        return s.codePoints().map(cp -> cp >= 0x1100 && Character.isIdeographic(cp) ? 2 : 1).sum();
    }
}
