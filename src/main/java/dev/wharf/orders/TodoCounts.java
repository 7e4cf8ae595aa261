package dev.wharf.orders;

/**
 * What waits for the seller today.
 *
 * @param toAccept        paid orders awaiting acceptance
 * @param cartsToAccept   the carts (trades) those orders came from
 * @param toShip          accepted orders not yet shipped
 * @param openRefunds     refund requests awaiting a decision
 * @param dueSoon         orders with a deadline within 24 hours or passed (the "at risk" filter)
 */
public record TodoCounts(long toAccept, long cartsToAccept, long toShip, long openRefunds, long dueSoon) {
}
