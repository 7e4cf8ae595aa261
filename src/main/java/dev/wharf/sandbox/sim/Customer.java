package dev.wharf.sandbox.sim;

/**
 * A simulated buyer with a delivery address in mainland China.
 *
 * @param buyerId the platform's buyer id, unique among generated customers
 * @param receiverName receiver's name in Chinese
 * @param mobile 11-digit mainland mobile number (13x, 15x or 18x)
 * @param province province, or the municipality (上海市, 北京市…)
 * @param city city (for a municipality, the same as the province)
 * @param address district, street, number, building and room, as the platform's {@code receiver_address}
 * @param zip 6-digit postal code
 * @param segment where the customer stands with the shop
 */
public record Customer(
        String buyerId,
        String receiverName,
        String mobile,
        String province,
        String city,
        String address,
        String zip,
        CustomerSegment segment) {

    /** Province, city and address as one line, without repeating a municipality's name. */
    public String fullAddress() {
        return (province.equals(city) ? city : province + city) + address;
    }
}
