package dev.wharf.sync.outbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wharf.platform.Json;
import dev.wharf.platform.dto.AddressUpdateRequest;
import dev.wharf.platform.dto.CancelOrdersRequest;
import dev.wharf.platform.dto.CouponCreateRequest;
import dev.wharf.platform.dto.DeliverOrdersRequest;
import dev.wharf.platform.dto.ProductWriteRequest;
import java.math.BigDecimal;
import java.util.List;

/**
 * The JSON payloads of outbox entries: the platform's own request records where one fits (a deliver entry is a
 * {@link DeliverOrdersRequest.DeliverOrder}), small records below otherwise. Snake case, like the gateway. A
 * payload that names a product carries {@code product_id}: entries of other aggregates about that product (SKU
 * stock and price) wait for the product's earlier entries (its create).
 */
public final class Payloads {
    private static final ObjectMapper MAPPER = Json.mapper();

    private Payloads() {
    }

    /** {@code order.accept}. */
    public record Accept(Long orderId) {
    }

    /** {@code refund.approve}: the amount the user confirmed. */
    public record RefundApprove(String refundId, Long orderId, BigDecimal refundAmount) {
    }

    /** {@code refund.reject}. */
    public record RefundReject(String refundId, Long orderId, String reason) {
    }

    /** {@code sku.stock}. */
    public record Stock(String outerSkuId, Integer stockNum, String productId) {
    }

    /** {@code sku.price}: 0 = no VIP / new-customer price. */
    public record Price(String outerSkuId, BigDecimal productPrice, BigDecimal productVipPrice,
                        BigDecimal productNewuserPrice, String productId) {
    }

    /** {@code product.shelve} / {@code product.unshelve}. */
    public record ProductRef(String productId) {
    }

    /**
     * {@code product.image}: the local reference ({@code wharf-image:<sha256>.<ext>}) of a prepared image in the
     * profile's images folder, uploaded with its content hash.
     */
    public record ImageUpload(String ref, String contentHash, String contentType) {
    }

    /** {@code coupon.stop}. */
    public record CouponRef(String couponId) {
    }

    /** {@code coupon.issue}: up to 100 buyers. */
    public record CouponIssue(String couponId, List<String> buyerIds) {
    }

    /** The record type of a command's payload. */
    public static Class<?> type(Command command) {
        return switch (command) {
            case ORDER_ACCEPT -> Accept.class;
            case ORDER_DELIVER -> DeliverOrdersRequest.DeliverOrder.class;
            case ORDER_CANCEL -> CancelOrdersRequest.CancelOrder.class;
            case ORDER_ADDRESS -> AddressUpdateRequest.class;
            case ORDER_MEMO -> dev.wharf.platform.dto.MemoUpdateRequest.class;
            case REFUND_APPROVE -> RefundApprove.class;
            case REFUND_REJECT -> RefundReject.class;
            case SKU_STOCK -> Stock.class;
            case SKU_PRICE -> Price.class;
            case PRODUCT_CREATE, PRODUCT_UPDATE -> ProductWriteRequest.class;
            case PRODUCT_SHELVE, PRODUCT_UNSHELVE -> ProductRef.class;
            case PRODUCT_IMAGE -> ImageUpload.class;
            case COUPON_CREATE -> CouponCreateRequest.class;
            case COUPON_STOP -> CouponRef.class;
            case COUPON_ISSUE -> CouponIssue.class;
        };
    }

    public static String write(Object payload) {
        try {
            return MAPPER.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("payload cannot be written as JSON: " + e.getMessage(), e);
        }
    }

    public static <T> T read(String json, Class<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("payload is not a valid " + type.getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    /** Reads a payload as its command's record (IllegalArgumentException if it does not fit). */
    public static Object read(Command command, String json) {
        return read(json, type(command));
    }

    /** A short human summary of a payload (no addresses or phone numbers in full). */
    public static String summary(Command command, String json) {
        try {
            JsonNode n = MAPPER.readTree(json);
            return switch (command) {
                case ORDER_ACCEPT -> "accept order " + n.path("order_id").asText();
                case ORDER_DELIVER -> (n.path("is_domestic_delivery").asBoolean(false) ? "domestic leg " : "ship ")
                        + n.path("logistics_company_id").asText() + " " + n.path("tracking_number").asText();
                case ORDER_CANCEL -> "cancel: " + n.path("reason").asText();
                case ORDER_ADDRESS -> "new address for " + n.path("receiver_name").asText();
                case ORDER_MEMO -> "memo: " + n.path("seller_memo").asText();
                case REFUND_APPROVE -> "approve refund of " + n.path("refund_amount").asText();
                case REFUND_REJECT -> "reject refund: " + n.path("reason").asText();
                case SKU_STOCK -> "stock " + n.path("stock_num").asText();
                case SKU_PRICE -> "price " + n.path("product_price").asText();
                case PRODUCT_CREATE -> "create \"" + n.path("product").path("product_name").asText() + "\"";
                case PRODUCT_UPDATE -> "update \"" + n.path("product").path("product_name").asText() + "\"";
                case PRODUCT_SHELVE -> "put on sale";
                case PRODUCT_UNSHELVE -> "take off sale";
                case PRODUCT_IMAGE -> "upload image " + n.path("content_hash").asText().substring(0,
                        Math.min(12, n.path("content_hash").asText().length()));
                case COUPON_CREATE -> "create coupon \"" + n.path("name").asText() + "\"";
                case COUPON_STOP -> "stop coupon";
                case COUPON_ISSUE -> "issue to " + n.path("buyer_ids").size() + " customers";
            };
        } catch (JsonProcessingException e) {
            return json;
        }
    }
}
