package dev.wharf.store.orders;

import dev.wharf.orders.Deadlines;
import dev.wharf.orders.OrderFilter;
import dev.wharf.orders.SearchTerms;
import dev.wharf.store.StoreException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;

/**
 * An {@link OrderFilter} as a SQL condition on {@code orders o}, with its parameters. Every tab and filter is
 * written so that one of the V3 indexes serves it in (urgency, order_id) order (decision 0008). Public for the
 * shipping export of "what the orders list shows" ({@code store.shipping}).
 */
public final class FilterSql {
    /** Orders whose order id, trade id, mobile or a tracking number is exactly the term. */
    static final String EXACT = "SELECT order_id FROM orders WHERE order_id = ?1 UNION ALL "
            + "SELECT order_id FROM orders WHERE trade_id = ?1 UNION ALL "
            + "SELECT order_id FROM orders WHERE receiver_mobile = ?1 UNION ALL "
            + "SELECT order_id FROM delivery WHERE tracking_number IN (?1, upper(?1))";
    /** As {@link #EXACT} with plain parameters (the term five times), for a condition among others. */
    private static final String EXACT_LIST = EXACT.replace("?1", "?");

    /** Date ranges up to this long use their date index (see {@link #of}). */
    static final java.time.Duration NARROW_RANGE = java.time.Duration.ofDays(2);

    private final StringBuilder sql = new StringBuilder("1");
    private final List<Object> params = new ArrayList<>();
    private boolean bySearch;

    private FilterSql() {
    }

    /** The condition as the orders list applies it on connection {@code c}, at-risk counted from {@code clock}. */
    public static FilterSql forList(Connection c, OrderFilter filter, Clock clock) {
        return of(filter, new Deadlines(clock).atRiskLimit().toEpochMilli(), term -> exactHit(c, term));
    }

    /** True when {@code term} is exactly some order's id, trade id, mobile or tracking number (any case). */
    static boolean exactHit(Connection c, String term) {
        try (PreparedStatement ps = c.prepareStatement("SELECT EXISTS (" + EXACT + ")")) {
            ps.setString(1, term);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() && rs.getInt(1) == 1;
            }
        } catch (SQLException e) {
            throw new StoreException("Could not search the orders: " + e.getMessage(), e);
        }
    }

    /** The condition for {@code filter}; {@code atRiskLimit} is now + 24 h in epoch ms. */
    static FilterSql of(OrderFilter filter, long atRiskLimit) {
        return of(filter, atRiskLimit, term -> false);
    }

    /**
     * As {@link #of(OrderFilter, long)}; a term for which {@code exact} says it is exactly some order's id, trade id,
     * mobile or tracking number finds those orders through their B-tree indexes (faster than the trigram index for
     * long digit strings).
     */
    static FilterSql of(OrderFilter filter, long atRiskLimit, java.util.function.Predicate<String> exact) {
        FilterSql w = new FilterSql();
        // A search through an index (trigram or exact id), or a date range of up to 2 days, names few orders: read
        // those and sort them, rather than scan a tab's or filter's index in urgency order probing each one
        // (decision 0008). So the other conditions' indexes are switched off (unary +) then.
        FilterSql found = new FilterSql();
        boolean searched = found.search(filter.search(), exact);
        boolean narrow = filter.from() != null && filter.to() != null
                && java.time.Duration.between(filter.from(), filter.to()).compareTo(NARROW_RANGE) <= 0;
        w.bySearch = searched || narrow;
        w.tab(filter);
        if (filter.deliveryType() != null) {
            w.filter("o.delivery_type = ?", filter.deliveryType());
        }
        if (filter.from() != null || filter.to() != null) {
            String column = switch (filter.effectiveDateField()) {
                case ORDERED -> "o.ordered_at";
                case PAID -> "o.paid_at";
                case ACCEPTED -> "o.accepted_at";
                case SHIPPED -> "o.shipped_at";
            };
            // A narrow range is read through its date index and sorted (unless a search drives); a wider one (or an
            // open one) is cheaper to find while scanning in urgency order, so its index is switched off.
            String term = narrow && !searched ? column : "+" + column;
            if (filter.from() != null) {
                w.and(term + " >= ?", filter.from().toEpochMilli());
            }
            if (filter.to() != null) {
                w.and(term + " < ?", filter.to().toEpochMilli());
            }
        }
        if (filter.colorFlag() != null) {
            if (filter.colorFlag() == OrderFilter.ANY_FLAG) {
                w.filter("o.color_flag IS NOT NULL AND o.color_flag <> 0");
            } else {
                w.filter("o.color_flag = ?", filter.colorFlag());
            }
        }
        if (filter.hasBuyerRemark()) {
            w.filter("o.buyer_remark IS NOT NULL AND o.buyer_remark <> ''");
        }
        if (filter.atRisk()) {
            w.filter("o.due_at IS NOT NULL AND o.urgency <= ?", atRiskLimit);
        }
        w.sql.append(found.sql.substring(1));
        w.params.addAll(found.params);
        return w;
    }

    private void tab(OrderFilter filter) {
        switch (filter.tab()) {
            case AWAITING_ACCEPT -> filter("o.status = 2");
            case AWAITING_SHIPMENT -> filter("o.status = 17");
            case DOMESTIC_LEG_PENDING -> filter("o.status = 3 AND o.delivery_type = 7 AND o.domestic_delivered = 0");
            case SHIPPED -> filter("o.status = 3");
            case RECEIVED -> filter("o.status = 4");
            case REFUNDS_OPEN -> filter("o.refund_state > 0 AND o.refund_state = 2");
            case REFUNDS_ALL -> filter("o.refund_state > 0");
            // unary +: scan in urgency order and skip the others, rather than sort every cancelled order
            case CANCELLED -> filter("+o.status IN (12, 13, 14, 18)");
            case ALL -> {
            }
        }
    }

    /** Adds the search's conditions; true when one goes through an index (trigram or exact id), not LIKE. */
    private boolean search(String text, java.util.function.Predicate<String> exact) {
        boolean indexed = false;
        List<String> phrases = new ArrayList<>();
        for (String term : SearchTerms.split(text)) {
            if (SearchTerms.looksLikeId(term) && exact.test(term)) {
                and("o.order_id IN (" + EXACT_LIST + ")", term, term, term, term, term);
                indexed = true;
            } else if (SearchTerms.indexable(term)) {
                phrases.add(SearchTerms.phrase(term));
            } else {
                and("o.receiver_name LIKE ? ESCAPE '\\'", SearchTerms.likeContains(term));
            }
        }
        if (!phrases.isEmpty()) {
            // every 3+ character term through the trigram index (V8), one MATCH for all of them
            and("o.order_id IN (SELECT s.order_id FROM order_search s WHERE s.search_key IN "
                    + "(SELECT rowid FROM order_fts WHERE order_fts MATCH ?))", String.join(" AND ", phrases));
            indexed = true;
        }
        return indexed;
    }

    /** A tab's or filter's condition; its indexes switched off when a search or a narrow date range drives. */
    private void filter(String condition, Object... values) {
        and(bySearch ? condition.replace("+o.", "o.").replace("o.", "+o.") : condition, values);
    }

    private void and(String condition, Object... values) {
        sql.append(" AND ").append(condition);
        params.addAll(List.of(values));
    }

    public String sql() {
        return sql.toString();
    }

    /** Binds the parameters from index {@code first}; returns the next free index. */
    public int bind(PreparedStatement ps, int first) throws SQLException {
        int i = first;
        for (Object p : params) {
            ps.setObject(i++, p);
        }
        return i;
    }
}
