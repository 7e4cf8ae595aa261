package dev.wharf.platform;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;

/**
 * The {@code tracking_number} field of {@code ymatou.order.deliver}: an order shipped in several parcels carries all
 * its numbers at once, separated by English commas (third-party/direct-mail.md), e.g. {@code SF1001,SF1002}.
 */
public final class TrackingNumbers {
    /** What separates the numbers of one order and leg on the wire. */
    public static final String SEPARATOR = ",";

    private TrackingNumbers() {
    }

    /** The numbers of a field, in order, each stripped; empty parts are dropped. Null gives none. */
    public static List<String> split(String field) {
        List<String> out = new ArrayList<>(1);
        if (field == null) {
            return out;
        }
        if (field.indexOf(',') < 0) {
            String one = field.strip();
            if (!one.isEmpty()) {
                out.add(one);
            }
            return out;
        }
        for (String part : field.split(SEPARATOR)) {
            String p = part.strip();
            if (!p.isEmpty()) {
                out.add(p);
            }
        }
        return out;
    }

    /** The field for these numbers. */
    public static String join(Collection<String> numbers) {
        return String.join(SEPARATOR, numbers);
    }
}
