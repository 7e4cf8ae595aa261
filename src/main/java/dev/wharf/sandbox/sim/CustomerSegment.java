package dev.wharf.sandbox.sim;

/**
 * Where a customer stands with the shop. The shares are the simulation's assumption for a buyer-seller's customer
 * base (many one-off buyers, a core of regulars), not platform figures.
 */
public enum CustomerSegment {
    /** Buys again and again, more lines and more pieces per cart; 20% of customers. */
    LOYAL(0.20, 6.0),
    /** Has bought before but not for months; the target of win-back coupons; 35% of customers. */
    DORMANT(0.35, 0.4),
    /** New to the shop, first or second order; 45% of customers. */
    NEW(0.45, 2.0);

    private final double share;
    private final double purchaseWeight;

    CustomerSegment(double share, double purchaseWeight) {
        this.share = share;
        this.purchaseWeight = purchaseWeight;
    }

    /** Share of the customer base in this segment. */
    public double share() {
        return share;
    }

    /** How likely a customer of this segment is to be the next to check out, relative to the others. */
    public double purchaseWeight() {
        return purchaseWeight;
    }
}
