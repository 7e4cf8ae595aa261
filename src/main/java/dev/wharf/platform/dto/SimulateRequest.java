package dev.wharf.platform.dto;

/**
 * Sandbox-only {@code wharf.sandbox.simulate}: let simulated buyers place {@code carts} carts and move the
 * simulated clock forward by {@code advance_minutes} (payments, cancellations, refunds, receipts and auto-confirm
 * happen as time passes). Refused by anything but the sandbox.
 */
public record SimulateRequest(Integer carts, Integer advanceMinutes) {
}
