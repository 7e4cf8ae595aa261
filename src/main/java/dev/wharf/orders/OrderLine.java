package dev.wharf.orders;

/**
 * One item of an order as the list shows it.
 *
 * @param title          product title
 * @param skuProperties  the platform's raw sku_properties_name
 * @param quantity       units
 * @param priceFen       unit price in fen
 * @param paymentFen     what the buyer paid for the line, in fen
 */
public record OrderLine(String title, String skuProperties, int quantity, long priceFen, long paymentFen) {
    /** The properties as a person reads them: "尺寸: 6, 颜色: 红色". */
    public String propertiesText() {
        return SkuPropertiesText.format(skuProperties);
    }
}
