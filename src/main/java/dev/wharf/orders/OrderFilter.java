package dev.wharf.orders;

import java.time.Instant;
import java.util.Objects;

/**
 * What the orders list shows: a tab, search text and filters. Immutable; the {@code with…} methods return a changed
 * copy. {@code null} means "not filtered" for every optional part.
 *
 * @param tab           the status tab
 * @param search        text to find in order id, trade id, buyer id, receiver name, phone or tracking number
 * @param deliveryType  platform delivery type (2, 3, 4, 5, 7)
 * @param dateField     which time the range applies to (ordered when null and a range is set)
 * @param from          range start, inclusive
 * @param to            range end, exclusive
 * @param colorFlag     a colour flag value, or {@link #ANY_FLAG} for any flagged order
 * @param hasBuyerRemark only orders with a buyer remark
 * @param atRisk        only orders with a deadline within 24 hours or passed ({@link Deadlines#AT_RISK_WITHIN})
 */
public record OrderFilter(OrderTab tab, String search, Integer deliveryType, DateField dateField, Instant from,
                          Instant to, Integer colorFlag, boolean hasBuyerRemark, boolean atRisk) {
    /** The colour-flag filter value matching any flag. */
    public static final int ANY_FLAG = 0;

    public OrderFilter {
        Objects.requireNonNull(tab, "tab");
        search = search == null || search.isBlank() ? null : search.strip();
        if (deliveryType != null && !DeliveryKind.isKnown(deliveryType)) {
            throw new IllegalArgumentException("Unknown delivery type " + deliveryType + "; use 2, 3, 4, 5 or 7");
        }
        if (from != null && to != null && !from.isBefore(to)) {
            throw new IllegalArgumentException("The date range ends before it starts: " + from + " – " + to);
        }
    }

    /** A tab with no search and no filters. */
    public static OrderFilter of(OrderTab tab) {
        return new OrderFilter(tab, null, null, null, null, null, null, false, false);
    }

    public OrderFilter withTab(OrderTab t) {
        return new OrderFilter(t, search, deliveryType, dateField, from, to, colorFlag, hasBuyerRemark, atRisk);
    }

    public OrderFilter withSearch(String s) {
        return new OrderFilter(tab, s, deliveryType, dateField, from, to, colorFlag, hasBuyerRemark, atRisk);
    }

    public OrderFilter withDeliveryType(Integer d) {
        return new OrderFilter(tab, search, d, dateField, from, to, colorFlag, hasBuyerRemark, atRisk);
    }

    public OrderFilter withDates(DateField field, Instant start, Instant end) {
        return new OrderFilter(tab, search, deliveryType, field, start, end, colorFlag, hasBuyerRemark, atRisk);
    }

    public OrderFilter withColorFlag(Integer flag) {
        return new OrderFilter(tab, search, deliveryType, dateField, from, to, flag, hasBuyerRemark, atRisk);
    }

    public OrderFilter withBuyerRemark(boolean only) {
        return new OrderFilter(tab, search, deliveryType, dateField, from, to, colorFlag, only, atRisk);
    }

    public OrderFilter withAtRisk(boolean only) {
        return new OrderFilter(tab, search, deliveryType, dateField, from, to, colorFlag, hasBuyerRemark, only);
    }

    /** The date field a range applies to. */
    public DateField effectiveDateField() {
        return dateField == null ? DateField.ORDERED : dateField;
    }
}
