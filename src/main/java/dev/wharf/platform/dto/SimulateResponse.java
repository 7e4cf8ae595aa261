package dev.wharf.platform.dto;

/** What a simulation step did, and the sandbox clock afterwards (platform time). */
public record SimulateResponse(Integer cartsPlaced, Integer ordersCreated, Integer ordersPaid,
                               Integer ordersCancelled, Integer refundsRequested, Integer ordersReceived,
                               String clock) {
}
