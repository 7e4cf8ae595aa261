package dev.wharf.sync.outbox;

import java.util.Arrays;

/**
 * The platform commands the outbox carries. Each names its aggregate type (the outbox keeps commands of one
 * aggregate in order) and how many entries one platform call may carry (1 = one call per entry).
 */
public enum Command {
    ORDER_ACCEPT("order.accept", AggregateType.ORDER, 100),
    ORDER_DELIVER("order.deliver", AggregateType.ORDER, 100),
    ORDER_CANCEL("order.cancel", AggregateType.ORDER, 100),
    ORDER_ADDRESS("order.address", AggregateType.ORDER, 1),
    ORDER_MEMO("order.memo", AggregateType.ORDER, 1),
    REFUND_APPROVE("refund.approve", AggregateType.REFUND, 1),
    REFUND_REJECT("refund.reject", AggregateType.REFUND, 1),
    SKU_STOCK("sku.stock", AggregateType.SKU, 100),
    SKU_PRICE("sku.price", AggregateType.SKU, 100),
    PRODUCT_CREATE("product.create", AggregateType.PRODUCT, 1),
    PRODUCT_UPDATE("product.update", AggregateType.PRODUCT, 1),
    PRODUCT_SHELVE("product.shelve", AggregateType.PRODUCT, 100),
    PRODUCT_UNSHELVE("product.unshelve", AggregateType.PRODUCT, 100),
    /** Uploads an image a later create or update of the same product names (decision 0014). */
    PRODUCT_IMAGE("product.image", AggregateType.PRODUCT, 1),
    COUPON_CREATE("coupon.create", AggregateType.COUPON, 1),
    COUPON_STOP("coupon.stop", AggregateType.COUPON, 1),
    COUPON_ISSUE("coupon.issue", AggregateType.COUPON, 1);

    /** The {@code outbox.aggregate_type} values. */
    public enum AggregateType {
        ORDER("order"), PRODUCT("product"), SKU("sku"), REFUND("refund"), COUPON("coupon");

        private final String code;

        AggregateType(String code) {
            this.code = code;
        }

        public String code() {
            return code;
        }

        public static AggregateType of(String code) {
            return Arrays.stream(values()).filter(t -> t.code.equals(code)).findFirst()
                    .orElseThrow(() -> new IllegalArgumentException("unknown aggregate type: " + code));
        }
    }

    private final String code;
    private final AggregateType aggregateType;
    private final int maxBatch;

    Command(String code, AggregateType aggregateType, int maxBatch) {
        this.code = code;
        this.aggregateType = aggregateType;
        this.maxBatch = maxBatch;
    }

    /** The {@code outbox.command} value. */
    public String code() {
        return code;
    }

    public AggregateType aggregateType() {
        return aggregateType;
    }

    /** Entries one platform call may carry. */
    public int maxBatch() {
        return maxBatch;
    }

    public static Command of(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown outbox command: " + code));
    }
}
