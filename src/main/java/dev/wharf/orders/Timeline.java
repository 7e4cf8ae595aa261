package dev.wharf.orders;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** The order's history as dated events, oldest first: ordered, paid, accepted, each delivery leg, received, cancelled. */
public final class Timeline {

    /** What happened; the screen names it with the bundle key {@code orders.timeline.<lower case name>}. */
    public enum Kind { ORDERED, PAID, ACCEPTED, SHIPPED, DOMESTIC_LEG, RECEIVED, CANCELLED, REFUND_REQUESTED,
        REFUND_DECIDED }

    /** One event; {@code detail} is the tracking number of a leg or the refund's id, else null. */
    public record Event(Kind kind, Instant at, String detail) {
    }

    private Timeline() {
    }

    public static List<Event> of(OrderDetail o) {
        List<Event> out = new ArrayList<>();
        add(out, Kind.ORDERED, o.orderedAt(), null);
        add(out, Kind.PAID, o.paidAt(), null);
        add(out, Kind.ACCEPTED, o.acceptedAt(), null);
        boolean legShown = false;
        for (OrderDetail.Delivery d : o.deliveries()) {
            Kind k = d.leg() == 2 ? Kind.DOMESTIC_LEG : Kind.SHIPPED;
            legShown |= k == Kind.SHIPPED;
            out.add(new Event(k, d.deliveredAt() != null ? d.deliveredAt() : k == Kind.SHIPPED ? o.shippedAt() : null,
                    d.companyCode() + " " + d.trackingNumber()));
        }
        if (!legShown) {
            add(out, Kind.SHIPPED, o.shippedAt(), null);
        }
        for (OrderDetail.Refund r : o.refunds()) {
            add(out, Kind.REFUND_REQUESTED, r.requestedAt(), r.refundId());
            if (!r.open()) {
                add(out, Kind.REFUND_DECIDED, r.handledAt(), r.refundId());
            }
        }
        add(out, Kind.RECEIVED, o.receivedAt(), null);
        add(out, Kind.CANCELLED, o.cancelledAt(), null);
        // undated events (a leg whose time the platform did not send) go last, in the order above
        out.sort(Comparator.comparing(Event::at, Comparator.nullsLast(Comparator.naturalOrder())));
        return out;
    }

    private static void add(List<Event> out, Kind kind, Instant at, String detail) {
        if (at != null) {
            out.add(new Event(kind, at, detail));
        }
    }
}
