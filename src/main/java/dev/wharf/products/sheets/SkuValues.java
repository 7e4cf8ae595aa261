package dev.wharf.products.sheets;

/**
 * A SKU's stock and prices as the shop holds them now.
 *
 * @param vipPriceFen         0 when none
 * @param newCustomerPriceFen 0 when none
 * @param waiting             a change of this SKU is still waiting in the outbox (pending or sending)
 */
public record SkuValues(String outerSkuId, int stock, long priceFen, long vipPriceFen, long newCustomerPriceFen,
                        boolean waiting) {
}
