package dev.wharf.sync;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * What a pull did.
 *
 * @param outcome     completed, cancelled (by the user, at a page boundary) or offline (a transient platform
 *                    failure; what was committed stays, the next pull resumes)
 * @param counts      rows written per kind
 * @param deferred    rows not overwritten because of an unconfirmed local change
 * @param unsupported extension methods the platform does not offer (0005), skipped
 * @param failure     the transient failure's message when offline, else null
 */
public record PullReport(Outcome outcome, Map<Kind, Integer> counts, int deferred, List<String> unsupported,
                         String failure) {
    public enum Outcome { COMPLETED, CANCELLED, OFFLINE }

    public enum Kind { LOGISTICS, PRODUCTS, ORDERS, REFUNDS, CUSTOMERS, COUPONS, COUPON_GRANTS, COMPASS, RECHECKED }

    public PullReport {
        EnumMap<Kind, Integer> copy = new EnumMap<>(Kind.class);
        copy.putAll(counts);
        counts = Collections.unmodifiableMap(copy);
        unsupported = List.copyOf(unsupported);
    }

    public int count(Kind kind) {
        return counts.getOrDefault(kind, 0);
    }
}
