package dev.wharf.store.outbox;

import static dev.wharf.store.outbox.SqliteOutboxStore.update;

import dev.wharf.platform.GatewayTime;
import dev.wharf.platform.TrackingNumbers;
import dev.wharf.platform.dto.DeliverOrdersRequest.DeliverOrder;
import dev.wharf.platform.dto.OrderInfo;
import dev.wharf.platform.dto.ProductInfo;
import dev.wharf.platform.dto.ProductResult;
import dev.wharf.platform.dto.RefundListResponse.RefundInfo;
import dev.wharf.platform.dto.SkuInfo;
import dev.wharf.sync.outbox.Payloads;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Restores the platform's truth on the local rows an outbox command changed. Only rows that exist locally are
 * updated (inserting what the shop does not know yet is the pull's job), and only the columns the commands touch.
 */
final class LocalState {
    private LocalState() {
    }

    static void applyOrder(Connection c, OrderInfo o, long now) throws SQLException {
        if (o == null || o.orderId() == null) {
            return;
        }
        String id = String.valueOf(o.orderId());
        int n = update(c, "UPDATE orders SET status = ?, accepted_at = ?, shipped_at = ?, cancelled_at = ?, "
                        + "received_at = coalesce(received_at, ?), "
                        + "domestic_delivered = ?, receiver_name = coalesce(?, receiver_name), "
                        + "receiver_state = coalesce(?, receiver_state), "
                        + "receiver_address = coalesce(?, receiver_address), receiver_zip = coalesce(?, receiver_zip), "
                        + "receiver_mobile = coalesce(?, receiver_mobile), receiver_phone = coalesce(?, receiver_phone), "
                        + "synced_at = ? WHERE order_id = ?",
                o.orderStatus(), millis(o.acceptTime()), millis(o.shippingTime()), millis(o.cancelTime()), null,
                Boolean.TRUE.equals(o.domesticDelivered()) ? 1 : 0, o.receiverName(), o.receiverState(),
                o.receiverAddress(), o.receiverZip(), o.receiverMobile(), o.receiverPhone(), now, id);
        if (n == 0 || o.deliveryInfo() == null) {
            return;
        }
        update(c, "DELETE FROM delivery WHERE order_id = ?", id);
        Set<String> seen = new LinkedHashSet<>();
        for (OrderInfo.DeliveryInfo d : o.deliveryInfo()) {
            int leg = d.logisticsType() != null && d.logisticsType() == OrderInfo.DeliveryInfo.DOMESTIC ? 2 : 1;
            if (d.trackingNumber() == null || !seen.add(leg + "/" + d.trackingNumber())) {
                continue;
            }
            update(c, "INSERT INTO delivery(order_id, leg, logistics_company_code, tracking_number, delivered_at) "
                    + "VALUES (?, ?, ?, ?, ?)", id, leg, String.valueOf(d.logisticsCompanyCode()),
                    d.trackingNumber(), millis(d.deliveryTime()));
        }
    }

    static void applyProduct(Connection c, ProductInfo p, long now) throws SQLException {
        if (p == null || p.productId() == null) {
            return;
        }
        update(c, "UPDATE product SET name = coalesce(?, name), status = coalesce(?, status), "
                        + "delivery_type = coalesce(?, delivery_type), updated_at = ? WHERE product_id = ?",
                p.productName(), p.status(), p.deliveryType(), now, p.productId());
        if (p.skus() == null) {
            return;
        }
        for (SkuInfo s : p.skus()) {
            if (s.outerId() == null) {
                continue;
            }
            // a SKU with a change still waiting to be sent keeps it (as in a pull); its own entry will tell
            update(c, "UPDATE sku SET price_fen = coalesce(?, price_fen), vip_price_fen = coalesce(?, vip_price_fen), "
                            + "new_customer_price_fen = coalesce(?, new_customer_price_fen), "
                            + "stock = coalesce(?, stock), updated_at = ? WHERE outer_sku_id = ? AND NOT EXISTS "
                            + "(SELECT 1 FROM outbox WHERE aggregate_type = 'sku' AND aggregate_id = ? "
                            + "AND state IN ('pending', 'sending'))",
                    fen(s.price()), fen(s.vipPrice()), fen(s.newPrice()), s.stockNum(), now, s.outerId(),
                    s.outerId());
        }
    }

    static void applyRefund(Connection c, RefundInfo r) throws SQLException {
        if (r == null || r.refundId() == null || r.refundStatus() == null) {
            return;
        }
        update(c, "UPDATE refund SET status = ?, reject_reason = ?, handled_at = ? WHERE refund_id = ?",
                r.refundStatus(), r.rejectReason(), millis(r.handleTime()), r.refundId());
    }

    static void renameProduct(Connection c, String localId, ProductResult result, long now) throws SQLException {
        String platformId = result.productId();
        if (platformId == null || platformId.equals(localId)) {
            return;
        }
        boolean known;
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM product WHERE product_id = ?")) {
            ps.setString(1, platformId);
            known = ps.executeQuery().next();
        }
        if (known) {
            // the pull brought the platform's product in already: the local copy is redundant
            update(c, "DELETE FROM product WHERE product_id = ?", localId);
            return;
        }
        update(c, "INSERT INTO product(product_id, name, brand, category, delivery_type, status, description, "
                + "listed_from_at, listed_to_at, updated_at, category_id, brand_id, images, pre_sale) SELECT ?, name, "
                + "brand, category, delivery_type, status, description, listed_from_at, listed_to_at, ?, category_id, "
                + "brand_id, images, pre_sale FROM product WHERE product_id = ?",
                platformId, now, localId);
        List<ProductResult.SkuIds> skus = result.skus() == null ? List.of() : result.skus();
        for (ProductResult.SkuIds s : skus) {
            update(c, "UPDATE sku SET product_id = ?, sku_id = ? WHERE product_id = ? AND outer_sku_id = ?",
                    platformId, s.skuId(), localId, s.outerId());
        }
        update(c, "UPDATE sku SET product_id = ? WHERE product_id = ?", platformId, localId);
        update(c, "DELETE FROM product WHERE product_id = ?", localId);
    }

    /**
     * An edited delivery: the old tracking numbers (if the rejection's reconciliation left them) are replaced by the
     * new ones, and the order shows shipped again (international leg) or its domestic leg sent.
     */
    static void replaceDelivery(Connection c, String orderId, String oldPayload, String newPayload, long now)
            throws SQLException {
        DeliverOrder before = Payloads.read(oldPayload, DeliverOrder.class);
        DeliverOrder after = Payloads.read(newPayload, DeliverOrder.class);
        boolean domestic = Boolean.TRUE.equals(after.isDomesticDelivery());
        // a delivery row per number: a deliver may carry several parcels' numbers, comma-separated
        for (String number : TrackingNumbers.split(before.trackingNumber())) {
            update(c, "DELETE FROM delivery WHERE order_id = ? AND leg = ? AND tracking_number = ?", orderId,
                    Boolean.TRUE.equals(before.isDomesticDelivery()) ? 2 : 1, number);
        }
        for (String number : TrackingNumbers.split(after.trackingNumber())) {
            update(c, "INSERT OR IGNORE INTO delivery(order_id, leg, logistics_company_code, tracking_number, "
                    + "delivered_at) VALUES (?, ?, ?, ?, ?)", orderId, domestic ? 2 : 1, after.logisticsCompanyId(),
                    number, now);
        }
        if (domestic) {
            update(c, "UPDATE orders SET domestic_delivered = 1 WHERE order_id = ?", orderId);
        } else {
            update(c, "UPDATE orders SET status = 3, shipped_at = coalesce(shipped_at, ?) WHERE order_id = ? "
                    + "AND status = 17", now, orderId);
        }
    }

    static Long millis(String platformTime) {
        Instant i = GatewayTime.tryParse(platformTime);
        return i == null ? null : i.toEpochMilli();
    }

    static Long fen(BigDecimal amount) {
        return amount == null ? null : amount.movePointRight(2).setScale(0, java.math.RoundingMode.UNNECESSARY)
                .longValueExact();
    }
}
