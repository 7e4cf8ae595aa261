package dev.wharf.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.wharf.platform.Json;
import dev.wharf.platform.dto.ProductInfo;
import dev.wharf.platform.dto.SkuInfo;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.Set;

/**
 * The pre-sale flag (预订) and set items (套装) of the product writes (decision 0014): their rules, after the
 * handbook's "预订商品发布" and "组合商品" pages, and how they are stored.
 */
final class ProductFlags {
    /** Pre-sale products ship by direct mail (2), official direct mail (3) or 拼邮 (7). */
    static final Set<Integer> PRE_SALE_DELIVERY = Set.of(2, 3, 7);
    /** Pre-sale products one seller may have. */
    static final int MAX_PRE_SALE = 20;
    static final int MAX_BUNDLE_ITEMS = 3;

    private ProductFlags() {
    }

    /** The first flag rule {@code p} breaks, or null. */
    static String problem(Connection c, ProductInfo p, String productId, Instant start, long now) throws SQLException {
        if (p.isPreSale()) {
            if (!PRE_SALE_DELIVERY.contains(p.deliveryType())) {
                return Texts.both("预订商品的物流方式仅限贝海直邮、第三方直邮、拼邮",
                        "a pre-sale product ships by direct mail, official direct mail or consolidated only");
            }
            if (start != null && start.toEpochMilli() > now) {
                return Texts.both("预订商品不能设置为自动上架", "a pre-sale product cannot be scheduled to go on sale");
            }
            if (preSaleCount(c, productId) >= MAX_PRE_SALE) {
                return Texts.both("预订商品数量已达上限20个", "the shop already has 20 pre-sale products");
            }
        }
        for (SkuInfo s : p.skus()) {
            if (s.bundleItems() == null || s.bundleItems().isEmpty()) {
                continue;
            }
            if (s.bundleItems().size() > MAX_BUNDLE_ITEMS) {
                return Texts.both("一个套装最多3个子规格", "a set has at most 3 items") + " [" + s.outerId() + "]";
            }
            for (SkuInfo.BundleItem i : s.bundleItems()) {
                if (i == null || ProductWriteMethods.blank(i.name()) || i.quantity() == null || i.quantity() < 1) {
                    return Texts.both("套装子规格需要名称和数量", "every set item needs a name and a quantity of 1 or more")
                            + " [" + s.outerId() + "]";
                }
            }
        }
        return null;
    }

    private static int preSaleCount(Connection c, String productId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM product WHERE pre_sale = 1 "
                + "AND product_id IS NOT ?")) {
            ps.setString(1, productId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getInt(1) : 0;
            }
        }
    }

    /** Stores the flags of a product just created or updated (its SKUs are in place). */
    static void write(Connection c, String productId, ProductInfo p) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE product SET pre_sale = ? WHERE product_id = ?")) {
            ps.setInt(1, p.isPreSale() ? 1 : 0);
            ps.setString(2, productId);
            ps.executeUpdate();
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE sku SET bundle_items = ? WHERE product_id = ? "
                + "AND outer_id = ?")) {
            for (SkuInfo s : p.skus()) {
                ps.setString(1, s.bundleItems() == null || s.bundleItems().isEmpty() ? null : json(s));
                ps.setString(2, productId);
                ps.setString(3, s.outerId().strip());
                ps.executeUpdate();
            }
        }
    }

    private static String json(SkuInfo s) {
        try {
            return Json.mapper().writeValueAsString(s.bundleItems());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
