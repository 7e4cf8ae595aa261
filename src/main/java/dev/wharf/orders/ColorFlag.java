package dev.wharf.orders;

import java.util.Arrays;
import java.util.Optional;

/**
 * The seller's own colour mark on an order (local only, never sent to the platform; stored as its code in
 * {@code orders.color_flag}, which the pull keeps). The order list filters by it.
 */
public enum ColorFlag {
    RED(1), ORANGE(2), YELLOW(3), GREEN(4), BLUE(5), PURPLE(6);

    private final int code;

    ColorFlag(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** The bundle key of its name: {@code orders.color.red} … */
    public String messageKey() {
        return "orders.color." + name().toLowerCase(java.util.Locale.ROOT);
    }

    /** Empty for null (no flag) or an unknown code. */
    public static Optional<ColorFlag> ofCode(Integer code) {
        if (code == null) {
            return Optional.empty();
        }
        return Arrays.stream(values()).filter(f -> f.code == code).findFirst();
    }
}
