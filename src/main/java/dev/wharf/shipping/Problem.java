package dev.wharf.shipping;

/** Why a row of a shipment file is refused (the validation rules of decision 0011). */
public enum Problem {
    /** A required cell is empty. */
    EMPTY_FIELD,
    /** The order id is not a number. */
    BAD_ORDER_ID,
    /** A tracking number (or long order id) stored by Excel as a number: digits are lost. */
    NUMERIC_CELL,
    /** The carrier is not in the seller's list (or its name fits several). */
    UNKNOWN_CARRIER,
    /** The same order and tracking number appear on an earlier row (or twice in one cell), or in the shop. */
    DUPLICATE_ROW,
    /** The order is not in the shop. */
    UNKNOWN_ORDER,
    /**
     * Not accepted, cancelled, already shipped (a further parcel cannot be added after shipping), or with an open
     * refund.
     */
    NOT_SHIPPABLE,
    /** A domestic leg for an order whose international leg has not shipped (or that has no domestic leg). */
    DOMESTIC_BEFORE_INTERNATIONAL,
    /** A single-use tracking number already used by an order of another trade and another receiver. */
    TRACKING_REUSED,
    /** A 拼邮 international tracking number on more than 50 orders. */
    CONSOLIDATED_LIMIT,
    /** The rows (parcels) of one order name different companies. */
    PARCEL_CARRIER,
    /** Another row (parcel) of the same order is refused: an order ships with all its numbers at once. */
    PARCEL_INCOMPLETE
}
