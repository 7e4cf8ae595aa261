package dev.wharf.sandbox;

import dev.wharf.platform.GatewayTime;
import java.time.Instant;
import java.util.List;

/** Checks of business parameters shared by the handlers; each failure is a {@link GatewayError} 0001. */
final class Params {
    static final int MAX_BATCH = 100;
    static final int MAX_PAGE_ROWS = 100;

    private Params() {
    }

    static <T> T required(T value, String field) {
        if (value == null || value instanceof String s && s.isBlank()) {
            throw GatewayError.missing(field);
        }
        return value;
    }

    static <T> List<T> batch(List<T> items, String field) {
        if (items == null || items.isEmpty()) {
            throw GatewayError.missing(field);
        }
        if (items.size() > MAX_BATCH) {
            throw GatewayError.badValue(field, items.size() + " items", "holds at most " + MAX_BATCH + " items");
        }
        for (int i = 0; i < items.size(); i++) {
            if (items.get(i) == null) {
                throw GatewayError.missing(field + "[" + i + "]");
            }
        }
        return items;
    }

    static int pageNo(Integer pageNo) {
        int p = required(pageNo, "page_no");
        if (p < 1) {
            throw GatewayError.badValue("page_no", p, "must be greater than 0");
        }
        return p;
    }

    static int pageRows(Integer pageRows) {
        int rows = required(pageRows, "page_rows");
        if (rows < 1 || rows > MAX_PAGE_ROWS) {
            throw GatewayError.badValue("page_rows", rows, "must be 1-100");
        }
        return rows;
    }

    static Instant time(String value, String field) {
        required(value, field);
        Instant t = Gateway.parseTimestamp(value);
        if (t == null) {
            throw GatewayError.badValue(field, value, "must be yyyy-MM-dd HH:mm:ss");
        }
        return t;
    }

    static Instant optionalTime(String value, String field) {
        return value == null || value.isBlank() ? null : time(value, field);
    }

    static String format(Instant t) {
        return GatewayTime.format(t);
    }
}
