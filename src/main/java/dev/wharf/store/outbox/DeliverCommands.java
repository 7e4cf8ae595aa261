package dev.wharf.store.outbox;

import static dev.wharf.store.outbox.CommandSupport.required;

import dev.wharf.platform.TrackingNumbers;
import dev.wharf.platform.dto.DeliverOrdersRequest.DeliverOrder;
import dev.wharf.sync.outbox.Command;
import dev.wharf.sync.outbox.Payloads;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Shipping orders locally ({@code LocalCommands.deliverOrders}): one transaction for the whole list, the orders'
 * states read in bulk 5,000 deliveries at a time and each statement prepared once and reused, so a 100,000-row
 * import stays one short write. The rules are those of the single-order path before it: the international leg of an
 * accepted order (17 → 3), or the domestic leg of a shipped one; one deliver per order and leg in a request, whose
 * tracking number may list the order's several parcels (a delivery row per number, one outbox entry).
 */
final class DeliverCommands {
    private static final int STATUS_SHIPPED = 3;
    private static final int STATUS_ACCEPTED = 17;
    private static final int INTERNATIONAL = 1;
    private static final int DOMESTIC = 2;
    /** Deliveries whose orders' states are read at a time (memory stays flat for 500,000 rows). */
    private static final int CHUNK = 5_000;
    private static final int QUERY_CHUNK = 500;

    private final CommandSupport s;

    DeliverCommands(CommandSupport support) {
        this.s = support;
    }

    /** What deciding on a parcel needs to know about its order; changes as the list is applied. */
    private static final class OrderState {
        int status;
        boolean domesticDelivered;
        /** Legs (1 international, 2 domestic) this request has shipped already. */
        final boolean[] shippedHere = new boolean[3];
    }

    List<Long> deliverOrders(List<DeliverOrder> deliveries) {
        if (deliveries == null || deliveries.isEmpty()) {
            throw new IllegalArgumentException("deliveries: at least one delivery is required");
        }
        for (DeliverOrder d : deliveries) {
            if (d == null || d.orderId() == null) {
                throw new IllegalArgumentException("deliveries: order_id is required");
            }
            required(d.logisticsCompanyId(), "logistics_company_id of order " + d.orderId());
            required(d.trackingNumber(), "tracking_number of order " + d.orderId());
        }
        return s.run(c -> {
            long now = s.clock.millis();
            Map<String, OrderState> states = Map.of();
            List<Long> out = new ArrayList<>(deliveries.size());
            try (PreparedStatement ship = c.prepareStatement("UPDATE orders SET status = 3, shipped_at = ? "
                    + "WHERE order_id = ?");
                 PreparedStatement domesticShip = c.prepareStatement("UPDATE orders SET domestic_delivered = 1 "
                         + "WHERE order_id = ?");
                 PreparedStatement parcel = c.prepareStatement("INSERT INTO delivery(order_id, leg, "
                         + "logistics_company_code, tracking_number, delivered_at) VALUES (?, ?, ?, ?, ?) "
                         + "ON CONFLICT (order_id, leg, tracking_number) DO NOTHING");
                 PreparedStatement outbox = c.prepareStatement("INSERT INTO outbox(command, aggregate_type, "
                         + "aggregate_id, payload, state, attempts, created_at) VALUES (?, ?, ?, ?, 'pending', 0, ?)")) {
                long before = lastOutboxId(c);
                for (int i = 0; i < deliveries.size(); i++) {
                    if (i % CHUNK == 0) {
                        // this transaction's own earlier writes are visible: a parcel of an order shipped in an
                        // earlier chunk finds it shipped
                        states = states(c, deliveries.subList(i, Math.min(deliveries.size(), i + CHUNK)));
                    }
                    DeliverOrder d = deliveries.get(i);
                    String id = String.valueOf(d.orderId());
                    OrderState o = states.get(id);
                    if (o == null) {
                        throw new IllegalArgumentException("order " + id + " is not in the shop");
                    }
                    int leg = leg(d);
                    String company = d.logisticsCompanyId().strip();
                    String tracking = d.trackingNumber().strip();
                    check(id, o, leg);
                    if (leg == DOMESTIC) {
                        domesticShip.setString(1, id);
                        domesticShip.executeUpdate();
                        o.domesticDelivered = true;
                    } else {
                        ship.setLong(1, now);
                        ship.setString(2, id);
                        ship.executeUpdate();
                        o.status = STATUS_SHIPPED;
                    }
                    o.shippedHere[leg] = true;
                    tracking = parcels(parcel, id, leg, company, tracking, now);
                    DeliverOrder payload = new DeliverOrder(d.orderId(), company, tracking,
                            leg == DOMESTIC ? Boolean.TRUE : null);
                    outbox.setString(1, Command.ORDER_DELIVER.code());
                    outbox.setString(2, Command.ORDER_DELIVER.aggregateType().code());
                    outbox.setString(3, id);
                    outbox.setString(4, Payloads.write(payload));
                    outbox.setLong(5, now);
                    outbox.executeUpdate();
                }
                outboxIds(c, before, out);
            }
            if (out.size() != deliveries.size()) {
                throw new IllegalStateException("expected " + deliveries.size() + " new outbox entries, found "
                        + out.size());
            }
            return out;
        });
    }

    /**
     * A delivery row per parcel: {@code tracking} may list an order's several numbers, comma-separated (one outbox
     * entry carries them all, decision 0011). Returns the numbers as sent.
     */
    private static String parcels(PreparedStatement parcel, String id, int leg, String company, String tracking,
                                  long now) throws SQLException {
        List<String> numbers = TrackingNumbers.split(tracking);
        if (numbers.isEmpty()) {
            throw new IllegalArgumentException("tracking_number of order " + id + " is required");
        }
        for (String number : numbers) {
            parcel.setString(1, id);
            parcel.setInt(2, leg);
            parcel.setString(3, company);
            parcel.setString(4, number);
            parcel.setLong(5, now);
            if (parcel.executeUpdate() == 0) {
                throw new IllegalArgumentException("order " + id + " already ships with tracking number "
                        + number + " (or has it twice in this request)");
            }
        }
        return TrackingNumbers.join(numbers);
    }

    /** The newest outbox id so far (0 when none): entries added after it are this transaction's. */
    private static long lastOutboxId(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(outbox_id), 0) FROM outbox");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The ids of the entries this transaction added, in the order they were added: the outbox id is AUTOINCREMENT
     * (always larger than any id the table ever had) and this is the only writer, so they are exactly the ids after
     * {@code before}, ascending. One query instead of a RETURNING result set per row.
     */
    private static void outboxIds(Connection c, long before, List<Long> out) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT outbox_id FROM outbox WHERE outbox_id > ? "
                + "ORDER BY outbox_id")) {
            ps.setLong(1, before);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    out.add(rs.getLong(1));
                }
            }
        }
    }

    private static int leg(DeliverOrder d) {
        return Boolean.TRUE.equals(d.isDomesticDelivery()) ? DOMESTIC : INTERNATIONAL;
    }

    private static void check(String id, OrderState o, int leg) {
        if (o.shippedHere[leg]) {
            throw new IllegalArgumentException("order " + id + " is delivered twice in one request");
        }
        if (leg == DOMESTIC) {
            if (o.status != STATUS_SHIPPED) {
                throw new IllegalArgumentException("order " + id + ": the domestic leg needs the international leg "
                        + "shipped first (status " + o.status + ")");
            }
        } else if (o.status != STATUS_ACCEPTED) {
            throw new IllegalArgumentException("order " + id + " is not awaiting shipment (status " + o.status + ")");
        }
    }

    /** The status and domestic flag of the orders of {@code deliveries}, as the shop has them. */
    private static Map<String, OrderState> states(Connection c, List<DeliverOrder> deliveries) throws SQLException {
        Map<String, OrderState> out = new HashMap<>(deliveries.size() * 2);
        Set<String> ids = new LinkedHashSet<>();
        for (DeliverOrder d : deliveries) {
            ids.add(String.valueOf(d.orderId()));
        }
        List<String> all = new ArrayList<>(ids);
        for (int from = 0; from < all.size(); from += QUERY_CHUNK) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + QUERY_CHUNK));
            String marks = "?" + ",?".repeat(chunk.size() - 1);
            try (PreparedStatement ps = c.prepareStatement("SELECT order_id, status, domestic_delivered FROM orders "
                    + "WHERE order_id IN (" + marks + ")")) {
                bind(ps, chunk);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        OrderState o = new OrderState();
                        o.status = rs.getInt(2);
                        o.domesticDelivered = rs.getInt(3) != 0;
                        out.put(rs.getString(1), o);
                    }
                }
            }
        }
        return out;
    }

    private static void bind(PreparedStatement ps, List<String> values) throws SQLException {
        for (int i = 0; i < values.size(); i++) {
            ps.setString(i + 1, values.get(i));
        }
    }
}
