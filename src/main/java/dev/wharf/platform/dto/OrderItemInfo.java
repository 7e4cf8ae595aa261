package dev.wharf.platform.dto;

import java.math.BigDecimal;

/**
 * One line of an order. {@code refund_status}: null none, -1 rejected, 0 under review, 1 approved.
 * {@code sku_properties_name} comes as {@code "id#尺寸:id#6,id#颜色:id#红色"} or {@code "颜色:红色;尺码:36"}.
 */
public record OrderItemInfo(Long orderId, String orderItemId, String refundId, Integer refundStatus,
                            Integer refundNum, String skuId, String outerSkuId, String productId, String productTitle,
                            String skuPropertiesName, Integer deliveryType, BigDecimal price, Integer num,
                            BigDecimal payment, BigDecimal shippingFee, BigDecimal pCouponDiscount,
                            BigDecimal mCouponDiscount, BigDecimal mPromotionDiscount, BigDecimal mAdjustDiscount) {
}
