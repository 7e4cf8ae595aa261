package dev.wharf.orders;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The deadlines of an order that drive the seller's service score (DSR) and penalties, and the countdown to the
 * buyer's automatic confirmation. Pure: the clock is injected. Where each period comes from is recorded in
 * decision 0008; the store's triggers compute {@link #dueAt} the same way for sorting and the "at risk" filter.
 */
public final class Deadlines {
    /** An order is at risk when a deadline falls within this time from now, or has passed. */
    public static final Duration AT_RISK_WITHIN = Duration.ofHours(24);

    static final Duration ACCEPT = Duration.ofHours(24);
    static final Duration SHIP = Duration.ofHours(72);
    /** 5 working days to the xlobo depot, counted as 7 calendar days (exact from any weekday, no holidays). */
    static final Duration SHIP_OFFICIAL = Duration.ofDays(7);
    static final Duration COLLECT_FULL = Duration.ofDays(5);
    static final Duration COLLECT_ZERO = Duration.ofDays(12);
    static final Duration COLLECT_FULL_BONDED = Duration.ofDays(2);
    static final Duration COLLECT_ZERO_BONDED = Duration.ofDays(3);
    static final Duration REFUND_FULL = Duration.ofHours(1);
    static final Duration REFUND_ZERO = Duration.ofDays(2);

    /** What a deadline is for. */
    public enum Kind {
        ACCEPT, SHIP, COLLECTION, REFUND_HANDLING, AUTO_CONFIRM
    }

    /**
     * One deadline.
     *
     * @param kind   what it is for
     * @param due    the deadline (for scored deadlines: the end of the full-score window)
     * @param zeroAt for scored deadlines, when the score drops to zero; else null
     */
    public record Deadline(Kind kind, Instant due, Instant zeroAt) {
        /** Time left until {@code due} at {@code now}; negative once passed. */
        public Duration remaining(Instant now) {
            return Duration.between(now, due);
        }

        /** True for the seller's own deadlines; false for the auto-confirm countdown, which only informs. */
        public boolean sellerAction() {
            return kind != Kind.AUTO_CONFIRM;
        }
    }

    /**
     * What deadlines depend on.
     *
     * @param status              platform status code
     * @param deliveryType        delivery type, or null when unknown
     * @param paidAt              payment time, or null
     * @param shippedAt           when the (international) leg was shipped, or null
     * @param domesticShippedAt   when the domestic leg of a consolidated order was shipped, or null
     * @param openRefundSince     when the oldest open refund was requested, or null
     */
    public record Facts(int status, Integer deliveryType, Instant paidAt, Instant shippedAt,
                        Instant domesticShippedAt, Instant openRefundSince) {
    }

    private final Clock clock;

    public Deadlines(Clock clock) {
        this.clock = clock;
    }

    /** Every deadline of the order, nearest first. */
    public static List<Deadline> of(Facts f) {
        List<Deadline> out = new ArrayList<>();
        boolean open = f.status() == OrderStatus.AWAITING_ACCEPT.code() || f.status() == OrderStatus.ACCEPTED.code();
        Optional<DeliveryKind> kind = DeliveryKind.of(f.deliveryType());
        if (f.paidAt() != null && f.status() == OrderStatus.AWAITING_ACCEPT.code()) {
            out.add(new Deadline(Kind.ACCEPT, f.paidAt().plus(ACCEPT), null));
        }
        if (f.paidAt() != null && open) {
            Duration ship = DeliveryKind.isOfficial(f.deliveryType()) ? SHIP_OFFICIAL : SHIP;
            out.add(new Deadline(Kind.SHIP, f.paidAt().plus(ship), null));
            kind.ifPresent(k -> out.add(k == DeliveryKind.BONDED
                    ? new Deadline(Kind.COLLECTION, f.paidAt().plus(COLLECT_FULL_BONDED),
                            f.paidAt().plus(COLLECT_ZERO_BONDED))
                    : new Deadline(Kind.COLLECTION, f.paidAt().plus(COLLECT_FULL), f.paidAt().plus(COLLECT_ZERO))));
        }
        if (f.openRefundSince() != null) {
            out.add(new Deadline(Kind.REFUND_HANDLING, f.openRefundSince().plus(REFUND_FULL),
                    f.openRefundSince().plus(REFUND_ZERO)));
        }
        autoConfirm(f).ifPresent(out::add);
        out.sort(Comparator.comparing(Deadline::due));
        return out;
    }

    /**
     * The buyer's automatic confirmation of receipt: xlobo direct mail and bonded 7 days after customs clearance
     * (clearance is not known here, so counted from shipping: the real countdown ends later), third-party direct
     * mail 20 days after shipping, seller (third-party) bonded 14 days, consolidated 10 days after the domestic leg
     * (20 days after the international leg while the domestic leg is not shipped).
     */
    static Optional<Deadline> autoConfirm(Facts f) {
        if (f.status() != OrderStatus.SHIPPED.code() || f.shippedAt() == null || f.deliveryType() == null) {
            return Optional.empty();
        }
        Instant due = switch (f.deliveryType()) {
            case 3, 5 -> f.shippedAt().plus(Duration.ofDays(7));
            case 2 -> f.shippedAt().plus(Duration.ofDays(20));
            case 4 -> f.shippedAt().plus(Duration.ofDays(14));
            case 7 -> f.domesticShippedAt() != null ? f.domesticShippedAt().plus(Duration.ofDays(10))
                    : f.shippedAt().plus(Duration.ofDays(20));
            default -> null;
        };
        return Optional.ofNullable(due).map(d -> new Deadline(Kind.AUTO_CONFIRM, d, null));
    }

    /** The nearest of the seller's deadlines, or empty: what the list sorts by and the store keeps as due_at. */
    public static Optional<Instant> dueAt(Facts f) {
        return of(f).stream().filter(Deadline::sellerAction).map(Deadline::due).min(Comparator.naturalOrder());
    }

    /** True when {@code due} is within {@link #AT_RISK_WITHIN} from now, or passed. */
    public boolean atRisk(Instant due) {
        return due != null && !due.isAfter(now().plus(AT_RISK_WITHIN));
    }

    /** The latest instant a deadline may have to count as at risk now. */
    public Instant atRiskLimit() {
        return now().plus(AT_RISK_WITHIN);
    }

    public Instant now() {
        return clock.instant();
    }
}
