package dev.wharf.sandbox;

import dev.wharf.platform.dto.ProductInfo;
import dev.wharf.platform.dto.SkuInfo;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.Set;

/** The rules a product's content must meet for {@code wharf.product.create} and {@code wharf.product.update}. */
final class ProductRules {
    static final Set<Integer> DELIVERY_TYPES = Set.of(2, 3, 4, 5, 7);
    /** Images a product may carry (Wharf's choice; the handbook names no maximum, only "at least 3" as good form). */
    static final int MAX_IMAGES = 10;

    private ProductRules() {
    }

    /**
     * The first rule the product breaks, as its message, or null. {@code productId} is the product being updated
     * (its own SKUs may keep their outer ids), null for a create.
     */
    static String validate(Connection c, ProductInfo p, String productId, Instant start, Instant end, long now) throws SQLException {
        if (ProductWriteMethods.blank(p.productName())) {
            return Texts.both("商品名称不能为空", "product name is required");
        }
        if (p.categoryId() == null || p.categoryId() <= 0 || ProductWriteMethods.blank(p.categoryName())) {
            return Texts.both("请选择商品品类", "category id and name are required");
        }
        if (ProductWriteMethods.blank(p.brandName())) {
            return Texts.both("请选择商品品牌", "brand name is required");
        }
        if (p.deliveryType() == null || !DELIVERY_TYPES.contains(p.deliveryType())) {
            return Texts.both("物流方式不合法", "delivery type must be 2, 3, 4, 5 or 7");
        }
        if (p.productImages() != null && p.productImages().size() > MAX_IMAGES) {
            return Texts.both("商品图片最多" + MAX_IMAGES + "张", "a product has at most " + MAX_IMAGES + " images");
        }
        if (p.productImages() != null && !p.productImages().stream().allMatch(SandboxImages::acceptable)) {
            return Texts.both("商品图片须为http(s)地址，请先上传图片", "product images must be http(s) URLs: upload them first");
        }
        if (p.skus() == null || p.skus().isEmpty()) {
            return Texts.both("商品至少需要一个规格", "a product needs at least one SKU");
        }
        Set<String> outerIds = new HashSet<>();
        for (SkuInfo s : p.skus()) {
            if (s == null || ProductWriteMethods.blank(s.outerId())) {
                return Texts.both("规格缺少商家编码", "every SKU needs an outer id");
            }
            String outer = s.outerId().strip();
            if (!outerIds.add(outer)) {
                return Texts.both("商家编码重复: " + outer, "outer id " + outer + " appears twice");
            }
            String owner = ownerOfOuterId(c, outer);
            if (owner != null && !owner.equals(productId)) {
                return Texts.both("商家编码已被其他商品使用: " + outer,
                        "outer id " + outer + " belongs to another product of the shop");
            }
            String priceProblem = priceProblem(s);
            if (priceProblem != null) {
                return priceProblem + " [" + outer + "]";
            }
            if (s.stockNum() != null && s.stockNum() < 0) {
                return Texts.both("库存必须大于等于0", "stock must be 0 or more") + " [" + outer + "]";
            }
        }
        long from = start != null ? start.toEpochMilli() : now;
        if (end != null && end.toEpochMilli() <= from) {
            return Texts.both("上架开始时间必须早于下架时间", "listing start must be before listing end");
        }
        return ProductFlags.problem(c, p, productId, start, now);
    }

    static String priceProblem(SkuInfo s) {
        BigDecimal vip = ProductWriteMethods.orZero(s.vipPrice());
        BigDecimal fresh = ProductWriteMethods.orZero(s.newPrice());
        if (s.price() == null || s.price().signum() <= 0) {
            return Texts.both("商品价格必须大于0", "price must be greater than 0");
        }
        if (vip.signum() < 0 || fresh.signum() < 0) {
            return Texts.both("VIP价和新客价必须大于等于0", "VIP and new-customer prices must be 0 or more");
        }
        if (!Fen.atMostTwoDecimals(s.price()) || !Fen.atMostTwoDecimals(vip) || !Fen.atMostTwoDecimals(fresh)) {
            return Texts.both("价格小数点后最多2位", "prices have at most 2 decimals");
        }
        return null;
    }

    private static String ownerOfOuterId(Connection c, String outerId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT product_id FROM sku WHERE outer_id = ?")) {
            ps.setString(1, outerId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

}
