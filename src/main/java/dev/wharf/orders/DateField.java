package dev.wharf.orders;

/** Which time of an order a date range filters on. */
public enum DateField {
    ORDERED, PAID, ACCEPTED, SHIPPED
}
