package dev.wharf.store.sync;

import static dev.wharf.store.sync.Rows.at;
import static dev.wharf.store.sync.Rows.fenOrZero;
import static dev.wharf.store.sync.Rows.setInt;
import static dev.wharf.store.sync.Rows.setLong;

import dev.wharf.platform.dto.OrderInfo;
import dev.wharf.platform.dto.OrderItemInfo;
import dev.wharf.sync.PullStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * Orders from the platform into {@code orders}, {@code order_item} and {@code delivery}: each order replaced as a
 * unit (the order row upserted, its lines and — when the platform sent delivery info — its legs deleted and
 * inserted again), batched per page. Local-only columns ({@code color_flag}, {@code received_at}) are kept. An
 * order with an unconfirmed outbox entry is left alone and remembered in {@code sync_deferred}.
 */
final class OrderRows {
    private static final String UPSERT = "INSERT INTO orders (order_id, trade_id, status, buyer_id, amount_fen, "
            + "payment_fen, shipping_fee_fen, p_coupon_discount_fen, m_coupon_discount_fen, m_promotion_discount_fen, "
            + "m_adjust_discount_fen, ordered_at, paid_at, accepted_at, shipped_at, cancelled_at, buyer_remark, "
            + "seller_memo, receiver_name, receiver_state, receiver_address, receiver_zip, receiver_mobile, "
            + "receiver_phone, receiver_email, has_id_card, domestic_delivered, synced_at, seller_id, "
            + "payment_order_no, pay_type, id_cards, platform_changed_at) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (order_id) DO UPDATE SET trade_id = excluded.trade_id, status = excluded.status, "
            + "buyer_id = excluded.buyer_id, amount_fen = excluded.amount_fen, payment_fen = excluded.payment_fen, "
            + "shipping_fee_fen = excluded.shipping_fee_fen, p_coupon_discount_fen = excluded.p_coupon_discount_fen, "
            + "m_coupon_discount_fen = excluded.m_coupon_discount_fen, "
            + "m_promotion_discount_fen = excluded.m_promotion_discount_fen, "
            + "m_adjust_discount_fen = excluded.m_adjust_discount_fen, ordered_at = excluded.ordered_at, "
            + "paid_at = excluded.paid_at, accepted_at = excluded.accepted_at, shipped_at = excluded.shipped_at, "
            + "cancelled_at = excluded.cancelled_at, buyer_remark = excluded.buyer_remark, "
            + "seller_memo = excluded.seller_memo, receiver_name = excluded.receiver_name, "
            + "receiver_state = excluded.receiver_state, receiver_address = excluded.receiver_address, "
            + "receiver_zip = excluded.receiver_zip, receiver_mobile = excluded.receiver_mobile, "
            + "receiver_phone = excluded.receiver_phone, receiver_email = excluded.receiver_email, "
            + "has_id_card = excluded.has_id_card, domestic_delivered = excluded.domestic_delivered, "
            + "synced_at = excluded.synced_at, seller_id = excluded.seller_id, "
            + "payment_order_no = excluded.payment_order_no, pay_type = excluded.pay_type, "
            + "id_cards = excluded.id_cards, platform_changed_at = excluded.platform_changed_at";
    private static final String INSERT_ITEM = "INSERT INTO order_item (order_item_id, order_id, product_id, sku_id, "
            + "outer_sku_id, product_title, sku_properties_name, delivery_type, price_fen, quantity, payment_fen, "
            + "shipping_fee_fen, p_coupon_discount_fen, m_coupon_discount_fen, m_promotion_discount_fen, "
            + "m_adjust_discount_fen, refund_id, refund_status, refund_num, position) "
            + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
            + "ON CONFLICT (order_item_id) DO UPDATE SET order_id = excluded.order_id, "
            + "product_id = excluded.product_id, sku_id = excluded.sku_id, outer_sku_id = excluded.outer_sku_id, "
            + "product_title = excluded.product_title, sku_properties_name = excluded.sku_properties_name, "
            + "delivery_type = excluded.delivery_type, price_fen = excluded.price_fen, quantity = excluded.quantity, "
            + "payment_fen = excluded.payment_fen, shipping_fee_fen = excluded.shipping_fee_fen, "
            + "p_coupon_discount_fen = excluded.p_coupon_discount_fen, "
            + "m_coupon_discount_fen = excluded.m_coupon_discount_fen, "
            + "m_promotion_discount_fen = excluded.m_promotion_discount_fen, "
            + "m_adjust_discount_fen = excluded.m_adjust_discount_fen, refund_id = excluded.refund_id, "
            + "refund_status = excluded.refund_status, refund_num = excluded.refund_num, position = excluded.position";
    private static final String INSERT_DELIVERY = "INSERT INTO delivery (order_id, leg, logistics_company_code, "
            + "tracking_number, delivered_at) VALUES (?, ?, ?, ?, ?) ON CONFLICT DO NOTHING";

    private OrderRows() {
    }

    static PullStore.Written write(Connection c, List<OrderInfo> orders, long now) throws SQLException {
        Set<String> pending = Rows.pending(c, PullStore.ORDER);
        List<String> deferred = new ArrayList<>();
        List<String> written = new ArrayList<>(orders.size());
        try (PreparedStatement order = c.prepareStatement(UPSERT);
             PreparedStatement deleteItems = c.prepareStatement("DELETE FROM order_item WHERE order_id = ?");
             PreparedStatement item = c.prepareStatement(INSERT_ITEM);
             PreparedStatement deleteDeliveries = c.prepareStatement("DELETE FROM delivery WHERE order_id = ?");
             PreparedStatement delivery = c.prepareStatement(INSERT_DELIVERY)) {
            for (OrderInfo o : orders) {
                if (o.orderId() == null) {
                    continue;
                }
                String id = Long.toString(o.orderId());
                if (pending.contains(id)) {
                    deferred.add(id);
                    continue;
                }
                written.add(id);
                bindOrder(order, o, id, now);
                order.addBatch();
                deleteItems.setString(1, id);
                deleteItems.addBatch();
                int position = 0;
                for (OrderItemInfo i : o.orderItemsInfo() == null ? List.<OrderItemInfo>of() : o.orderItemsInfo()) {
                    bindItem(item, i, id, position++);
                    item.addBatch();
                }
                if (o.deliveryInfo() != null) {
                    deleteDeliveries.setString(1, id);
                    deleteDeliveries.addBatch();
                    for (OrderInfo.DeliveryInfo d : o.deliveryInfo()) {
                        delivery.setString(1, id);
                        delivery.setInt(2, d.logisticsType() != null && d.logisticsType() == 2 ? 2 : 1);
                        delivery.setString(3, d.logisticsCompanyCode() == null ? "" : d.logisticsCompanyCode());
                        delivery.setString(4, d.trackingNumber() == null ? "" : d.trackingNumber());
                        setLong(delivery, 5, at(d.deliveryTime()));
                        delivery.addBatch();
                    }
                }
            }
            // Order rows first (lines and legs refer to them), then the deletes, then the new children.
            order.executeBatch();
            deleteItems.executeBatch();
            deleteDeliveries.executeBatch();
            item.executeBatch();
            delivery.executeBatch();
        }
        Rows.defer(c, PullStore.ORDER, deferred, now);
        Rows.undefer(c, PullStore.ORDER, written);
        return new PullStore.Written(written.size(), deferred.size(), List.of());
    }

    private static void bindOrder(PreparedStatement ps, OrderInfo o, String id, long now) throws SQLException {
        Long ordered = at(o.orderTime());
        Long paid = at(o.paidTime());
        Long accepted = at(o.acceptTime());
        Long shipped = at(o.shippingTime());
        Long cancelled = at(o.cancelTime());
        ps.setString(1, id);
        ps.setString(2, o.tradeId() == null ? id : o.tradeId());
        setInt(ps, 3, o.orderStatus());
        ps.setString(4, o.buyerId());
        ps.setLong(5, fenOrZero(o.amount()));
        ps.setLong(6, fenOrZero(o.payment()));
        ps.setLong(7, fenOrZero(o.shippingFee()));
        ps.setLong(8, fenOrZero(o.pCouponDiscount()));
        ps.setLong(9, fenOrZero(o.mCouponDiscount()));
        ps.setLong(10, fenOrZero(o.mPromotionDiscount()));
        ps.setLong(11, fenOrZero(o.mAdjustDiscount()));
        ps.setLong(12, ordered == null ? 0 : ordered);
        setLong(ps, 13, paid);
        setLong(ps, 14, accepted);
        setLong(ps, 15, shipped);
        setLong(ps, 16, cancelled);
        ps.setString(17, o.buyerRemark());
        ps.setString(18, o.sellerMemo());
        ps.setString(19, o.receiverName());
        ps.setString(20, o.receiverState());
        ps.setString(21, o.receiverAddress());
        ps.setString(22, o.receiverZip());
        ps.setString(23, o.receiverMobile());
        ps.setString(24, o.receiverPhone());
        ps.setString(25, o.receiverEmail());
        ps.setInt(26, o.idCards() != null && !o.idCards().isEmpty() ? 1 : 0);
        ps.setInt(27, Boolean.TRUE.equals(o.domesticDelivered()) ? 1 : 0);
        ps.setLong(28, now);
        ps.setString(29, o.sellerId());
        ps.setString(30, o.paymentOrderNo());
        ps.setString(31, o.payType());
        ps.setString(32, o.idCards() == null || o.idCards().isEmpty() ? null : Rows.json(o.idCards()));
        setLong(ps, 33, max(ordered, paid, accepted, shipped, cancelled));
    }

    private static void bindItem(PreparedStatement ps, OrderItemInfo i, String orderId, int position)
            throws SQLException {
        ps.setString(1, i.orderItemId() == null ? orderId + "-" + position : i.orderItemId());
        ps.setString(2, orderId);
        ps.setString(3, i.productId());
        ps.setString(4, i.skuId());
        ps.setString(5, i.outerSkuId());
        ps.setString(6, i.productTitle() == null ? "" : i.productTitle());
        ps.setString(7, i.skuPropertiesName());
        setInt(ps, 8, i.deliveryType());
        ps.setLong(9, fenOrZero(i.price()));
        ps.setInt(10, i.num() == null ? 1 : i.num());
        ps.setLong(11, fenOrZero(i.payment()));
        ps.setLong(12, fenOrZero(i.shippingFee()));
        ps.setLong(13, fenOrZero(i.pCouponDiscount()));
        ps.setLong(14, fenOrZero(i.mCouponDiscount()));
        ps.setLong(15, fenOrZero(i.mPromotionDiscount()));
        ps.setLong(16, fenOrZero(i.mAdjustDiscount()));
        ps.setString(17, i.refundId());
        setInt(ps, 18, i.refundStatus());
        setInt(ps, 19, i.refundNum());
        ps.setInt(20, position);
    }

    private static Long max(Long... values) {
        Long m = null;
        for (Long v : values) {
            if (v != null && (m == null || v > m)) {
                m = v;
            }
        }
        return m;
    }
}
