package dev.wharf.platform;

import java.util.List;
import java.util.Map;

/**
 * Gateway method names: the platform's documented methods ({@code ymatou.*}) and Wharf's own extensions
 * ({@code wharf.*}, documented in docs/platform-api.md; never presented as part of the public API).
 */
public final class Methods {
    // documented
    public static final String ORDER_LIST = "ymatou.order.list.get";
    public static final String ORDER_DETAIL = "ymatou.order.detail.get";
    public static final String ORDER_ACCEPT = "ymatou.order.accept";
    public static final String ORDER_DELIVER = "ymatou.order.deliver";
    public static final String LOGISTICS_COMPANIES = "ymatou.logistics.companies.get";
    public static final String PRODUCT_LIST = "ymatou.products.list.get";
    public static final String PRODUCT_DETAIL = "ymatou.product.detail.get";
    public static final String SKU_STOCK_UPDATE = "ymatou.sku.stock.update";
    public static final String SKU_PRICE_UPDATE = "ymatou.sku.price.update";

    // extensions
    public static final String ORDER_CHANGES = "wharf.orders.changes.get";
    public static final String ORDER_CANCEL = "wharf.order.cancel";
    public static final String ORDER_ADDRESS_UPDATE = "wharf.order.address.update";
    public static final String ORDER_MEMO_UPDATE = "wharf.order.memo.update";
    public static final String REFUND_LIST = "wharf.refunds.list.get";
    public static final String REFUND_APPROVE = "wharf.refund.approve";
    public static final String REFUND_REJECT = "wharf.refund.reject";
    public static final String PRODUCT_CREATE = "wharf.product.create";
    public static final String PRODUCT_UPDATE = "wharf.product.update";
    public static final String PRODUCT_SHELVE = "wharf.product.shelve";
    public static final String PRODUCT_UNSHELVE = "wharf.product.unshelve";
    public static final String PRODUCT_IMAGE_UPLOAD = "wharf.product.image.upload";
    public static final String CUSTOMER_LIST = "wharf.customers.list.get";
    public static final String COUPON_CREATE = "wharf.coupon.create";
    public static final String COUPON_STOP = "wharf.coupon.stop";
    public static final String COUPON_ISSUE = "wharf.coupon.issue";
    public static final String COUPON_LIST = "wharf.coupons.list.get";
    public static final String COUPON_GRANTS = "wharf.coupon.grants.get";
    public static final String COMPASS_TRAFFIC = "wharf.compass.traffic.get";
    public static final String COMPASS_DSR = "wharf.compass.dsr.get";
    public static final String COMPASS_SELL_THROUGH = "wharf.compass.sellthrough.get";
    public static final String COMPASS_SELLER_LEVEL = "wharf.compass.seller.level.get";
    /** Sandbox only: generate carts and move the simulated clock (training, tests, benchmarks). */
    public static final String SANDBOX_SIMULATE = "wharf.sandbox.simulate";

    public static final List<String> DOCUMENTED = List.of(ORDER_LIST, ORDER_DETAIL, ORDER_ACCEPT, ORDER_DELIVER,
            LOGISTICS_COMPANIES, PRODUCT_LIST, PRODUCT_DETAIL, SKU_STOCK_UPDATE, SKU_PRICE_UPDATE);

    /**
     * Other spellings the handbook uses for the same method (its method list and signing example say
     * {@code ymatou.skus.*}, its method pages {@code ymatou.sku.*}; the list also names the deliver call
     * {@code ymatou.logistics.send}).
     */
    public static final Map<String, String> ALIASES = Map.of(
            "ymatou.skus.stock.update", SKU_STOCK_UPDATE,
            "ymatou.skus.price.update", SKU_PRICE_UPDATE,
            "ymatou.logistics.send", ORDER_DELIVER);

    private Methods() {
    }

    /** The canonical name of a method, resolving the handbook's alternative spellings. */
    public static String canonical(String method) {
        return ALIASES.getOrDefault(method, method);
    }
}
