package dev.wharf.sandbox.sim;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;
import java.util.SplittableRandom;

/**
 * How simulated buyers act once a cart is submitted. The probabilities and delays are the simulation's assumptions,
 * chosen to look like a healthy shop; the platform's own deadlines (auto-confirm, payment timeout) belong to the
 * server. Each method draws from the random stream it is given, so decisions are reproducible.
 *
 * @param paymentRate share of submitted carts that are paid (the rest stay unpaid until the platform cancels them)
 * @param maxPaymentDelay a paying buyer pays between 0 and this long after submitting the cart
 * @param cancelBeforeAcceptRate share of paid orders the buyer cancels while they wait for the seller to accept
 * @param refundAfterShippingRate share of shipped orders for which the buyer asks for a refund
 * @param selfConfirmRate share of shipped orders whose buyer confirms receipt; the others wait for the platform's
 *     automatic confirmation
 * @param minReceiptDelay a confirming buyer confirms receipt at least this long after shipping
 * @param maxReceiptDelay ... and at most this long after shipping
 */
public record BuyerBehaviour(
        double paymentRate,
        Duration maxPaymentDelay,
        double cancelBeforeAcceptRate,
        double refundAfterShippingRate,
        double selfConfirmRate,
        Duration minReceiptDelay,
        Duration maxReceiptDelay) {

    public BuyerBehaviour {
        requireRate(paymentRate, "paymentRate");
        requireRate(cancelBeforeAcceptRate, "cancelBeforeAcceptRate");
        requireRate(refundAfterShippingRate, "refundAfterShippingRate");
        requireRate(selfConfirmRate, "selfConfirmRate");
        requireNotNegative(maxPaymentDelay, "maxPaymentDelay");
        requireNotNegative(minReceiptDelay, "minReceiptDelay");
        requireNotNegative(maxReceiptDelay, "maxReceiptDelay");
        if (minReceiptDelay.compareTo(maxReceiptDelay) > 0) {
            throw new IllegalArgumentException("minReceiptDelay " + minReceiptDelay + " is after maxReceiptDelay "
                    + maxReceiptDelay);
        }
    }

    /**
     * The defaults: 90% of carts paid within 30 minutes; 3% of paid orders cancelled by the buyer before acceptance;
     * 2% of shipped orders with a refund request; 70% of buyers confirm receipt themselves 5 to 15 days after
     * shipping.
     */
    public static BuyerBehaviour defaults() {
        return new BuyerBehaviour(0.90, Duration.ofMinutes(30), 0.03, 0.02, 0.70, Duration.ofDays(5),
                Duration.ofDays(15));
    }

    /** Whether the buyer pays the submitted cart. One draw. */
    public boolean pays(SplittableRandom random) {
        return Draw.chance(random, paymentRate);
    }

    /** How long after submitting the cart a paying buyer pays, to the second. One draw. */
    public Duration paymentDelay(SplittableRandom random) {
        return secondsBetween(random, Duration.ZERO, maxPaymentDelay);
    }

    /** Whether the buyer cancels a paid order before the seller accepts it. One draw. */
    public boolean cancelsBeforeAccept(SplittableRandom random) {
        return Draw.chance(random, cancelBeforeAcceptRate);
    }

    /** Whether the buyer asks for a refund on a shipped order. One draw. */
    public boolean requestsRefundAfterShipping(SplittableRandom random) {
        return Draw.chance(random, refundAfterShippingRate);
    }

    /**
     * How long after shipping the buyer confirms receipt, to the second; empty when the buyer never does and the
     * platform's automatic confirmation applies (the server caps a delay at that deadline too). Two draws.
     */
    public Optional<Duration> receiptDelay(SplittableRandom random) {
        boolean confirms = Draw.chance(random, selfConfirmRate);
        Duration delay = secondsBetween(random, minReceiptDelay, maxReceiptDelay);
        return confirms ? Optional.of(delay) : Optional.empty();
    }

    private static Duration secondsBetween(SplittableRandom random, Duration from, Duration to) {
        long span = to.toSeconds() - from.toSeconds();
        return from.plusSeconds(random.nextLong(span + 1));
    }

    private static void requireRate(double rate, String name) {
        if (!(rate >= 0 && rate <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1: " + rate);
        }
    }

    private static void requireNotNegative(Duration duration, String name) {
        Objects.requireNonNull(duration, name);
        if (duration.isNegative()) {
            throw new IllegalArgumentException(name + " must not be negative: " + duration);
        }
    }
}
