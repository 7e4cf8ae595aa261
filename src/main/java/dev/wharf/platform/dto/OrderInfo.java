package dev.wharf.platform.dto;

import java.math.BigDecimal;
import java.util.List;

/**
 * One order as {@code ymatou.order.list.get} and {@code ymatou.order.detail.get} return it. Status codes: 1 unpaid,
 * 2 paid/awaiting accept, 17 accepted, 3 shipped, 4 received, 12 cancelled by buyer, 13 by seller, 14 or 18 by the
 * system (the spec uses both).
 */
public record OrderInfo(String sellerId, Long orderId, String tradeId, Integer orderStatus, BigDecimal amount,
                        BigDecimal payment, BigDecimal shippingFee, BigDecimal pCouponDiscount,
                        BigDecimal mCouponDiscount, BigDecimal mPromotionDiscount, BigDecimal mAdjustDiscount,
                        String orderTime, String paidTime, String shippingTime, String cancelTime, String acceptTime,
                        String sellerMemo, String buyerRemark, String buyerId, String receiverName,
                        String receiverState, String receiverAddress, String receiverZip, String receiverMobile,
                        String receiverPhone, String receiverEmail, String paymentOrderNo, String payType,
                        Boolean domesticDelivered, List<IdCard> idCards, List<OrderItemInfo> orderItemsInfo,
                        List<DeliveryInfo> deliveryInfo) {

    /** {@code id_cards} entry: 1 identity card, 2 passport. */
    public record IdCard(Integer receiverIdType, String receiverIdNo) {
    }

    /** {@code delivery_info} entry; {@code logistics_type} 1 international leg, 2 domestic leg. */
    public record DeliveryInfo(String logisticsCompanyCode, String trackingNumber, String deliveryTime,
                               Integer logisticsType) {
        public static final int INTERNATIONAL = 1;
        public static final int DOMESTIC = 2;
    }
}
