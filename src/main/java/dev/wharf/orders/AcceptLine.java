package dev.wharf.orders;

/**
 * One order line as batch accept needs it.
 *
 * @param orderId  the order
 * @param tradeId  its cart
 * @param status   the order's status
 * @param paidAt   epoch ms of payment (earlier orders get the stock first), or 0
 * @param skuKey   the SKU ({@code sku_id}), or null when the line names none
 * @param title    the product title, for warnings
 * @param quantity units ordered
 */
public record AcceptLine(String orderId, String tradeId, int status, long paidAt, String skuKey, String title,
                         int quantity) {
}
