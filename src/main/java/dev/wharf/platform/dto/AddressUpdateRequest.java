package dev.wharf.platform.dto;

/** Extension {@code wharf.order.address.update}: a new receiver for an order awaiting shipment. */
public record AddressUpdateRequest(Long orderId, String receiverName, String receiverState, String receiverAddress,
                                   String receiverZip, String receiverMobile, String receiverPhone) {
}
