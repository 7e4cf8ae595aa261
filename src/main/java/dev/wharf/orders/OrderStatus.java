package dev.wharf.orders;

import java.util.Arrays;
import java.util.Optional;

/**
 * The platform's order status codes. Unpaid → paid (awaiting accept) → accepted → shipped → received, or cancelled
 * by the buyer, the seller or the system. The public API names system cancellation 18 in one place and 14 in
 * another; both are read as {@link #CANCELLED_BY_SYSTEM}.
 */
public enum OrderStatus {
    UNPAID(1),
    AWAITING_ACCEPT(2),
    ACCEPTED(17),
    SHIPPED(3),
    RECEIVED(4),
    CANCELLED_BY_BUYER(12),
    CANCELLED_BY_SELLER(13),
    CANCELLED_BY_SYSTEM(18);

    private final int code;

    OrderStatus(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    public boolean isCancelled() {
        return this == CANCELLED_BY_BUYER || this == CANCELLED_BY_SELLER || this == CANCELLED_BY_SYSTEM;
    }

    public static Optional<OrderStatus> ofCode(int code) {
        if (code == 14) {
            return Optional.of(CANCELLED_BY_SYSTEM);
        }
        return Arrays.stream(values()).filter(s -> s.code == code).findFirst();
    }
}
