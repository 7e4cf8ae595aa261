package dev.wharf.shipping;

import dev.wharf.shipping.ShippingFacts.OrderFacts;
import dev.wharf.spreadsheet.Cell;
import dev.wharf.spreadsheet.Progress;
import dev.wharf.spreadsheet.SheetRow;
import dev.wharf.sync.outbox.LocalCommands;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * A merged shipment from the orders list: orders of one trade (or to one receiver: name, phone and address alike)
 * shipped together under one tracking number and one carrier. The selection becomes rows of a shipment sheet (order
 * id, carrier code, tracking number) that go through the import's own checks ({@link RowParser}, {@link Validator})
 * and apply ({@link Deliveries}); nothing is applied unless every order passes. Blocks on the database: call off
 * the JavaFX thread.
 */
public final class MergedShipment {
    /** How the rows are named in messages. */
    static final String SOURCE = "selected orders";
    private static final ColumnMapping COLUMNS = new ColumnMapping(0, List.of("订单号", "物流公司编号", "物流单号"),
            Map.of(Field.ORDER_ID, 0, Field.CARRIER_CODE, 1, Field.TRACKING, 2));

    private final ShippingFacts facts;
    private final LocalCommands commands;

    public MergedShipment(ShippingFacts facts, LocalCommands commands) {
        this.facts = Objects.requireNonNull(facts, "facts");
        this.commands = Objects.requireNonNull(commands, "commands");
    }

    /** The seller's logistics companies as last synced (the carrier choice). */
    public List<LogisticsCompany> companies() {
        return facts.companies();
    }

    /**
     * Checks shipping {@code orderIds} together (duplicates ignored) with one carrier (its code, or a name from the
     * list) and one tracking number (or one set of parcels' numbers) on {@code leg}. Nothing is written.
     */
    public Check check(List<String> orderIds, String carrier, String tracking, Leg leg) {
        List<String> ids = List.copyOf(new LinkedHashSet<>(orderIds));
        if (ids.isEmpty()) {
            throw new IllegalArgumentException("select at least one order");
        }
        if (!together(ids, leg)) {
            return new Check(ids, leg, List.of(), false);
        }
        RowParser parser = new RowParser(SOURCE, COLUMNS, new Carriers(facts.companies()));
        List<RowResult> rows = new ArrayList<>(ids.size());
        for (int i = 0; i < ids.size(); i++) {
            rows.add(parser.parse(new SheetRow(i + 1, List.of(Cell.text(ids.get(i)), Cell.text(nz(carrier)),
                    Cell.text(nz(tracking))))));
        }
        parser.doneReading();
        return new Check(ids, leg, new Validator(parser, COLUMNS, leg).validate(rows, facts, Progress.NONE), true);
    }

    /**
     * Ships the orders of a check, all or nothing: the check is run again on the shop as it is now, and only when
     * every order passes are they applied, in one local transaction with one outbox deliver per order. Returns the
     * check run now; {@link Check#ok()} tells whether it was applied.
     */
    public Check apply(List<String> orderIds, String carrier, String tracking, Leg leg) {
        Check now = check(orderIds, carrier, tracking, leg);
        if (now.ok()) {
            Deliveries.apply(commands, now.rows(), Set.of(), leg);
        }
        return now;
    }

    /**
     * Orders of different trades AND different receivers never share a number; a 拼邮 international number is the
     * exception (it covers up to 50 orders of any buyers, to the consolidation warehouse). Unknown orders are left to
     * the row checks.
     */
    private boolean together(List<String> ids, Leg leg) {
        Map<String, OrderFacts> known = facts.orders(ids);
        if (known.size() < 2 || leg == Leg.INTERNATIONAL && known.values().stream().allMatch(OrderFacts::consolidated)) {
            return true;
        }
        Set<String> trades = new HashSet<>();
        for (OrderFacts o : known.values()) {
            trades.add(o.tradeId());
        }
        return trades.size() == 1 || new HashSet<>(facts.receivers(known.keySet()).values()).size() == 1;
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    /** The mapping of the rows a check builds (for localising their messages). */
    public static ColumnMapping columns() {
        return COLUMNS;
    }

    /**
     * @param orderIds the orders, in the order given (row {@code i + 1} is {@code orderIds.get(i)})
     * @param leg      the leg shipped
     * @param rows     each order's outcome (empty when the orders may not ship together at all)
     * @param together false when the orders are of different trades and different receivers
     */
    public record Check(List<String> orderIds, Leg leg, List<RowResult> rows, boolean together) {
        public Check {
            orderIds = List.copyOf(orderIds);
            rows = List.copyOf(rows);
        }

        /** Every order can ship together. */
        public boolean ok() {
            return together && !rows.isEmpty() && rows.stream().allMatch(RowResult::valid);
        }

        public List<RowResult> problems() {
            return rows.stream().filter(r -> !r.valid()).toList();
        }
    }
}
