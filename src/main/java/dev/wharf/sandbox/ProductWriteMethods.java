package dev.wharf.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wharf.platform.Json;
import dev.wharf.platform.Methods;
import dev.wharf.platform.dto.BatchResult;
import dev.wharf.platform.dto.ProductInfo;
import dev.wharf.platform.dto.ProductResult;
import dev.wharf.platform.dto.ProductShelveRequest;
import dev.wharf.platform.dto.ProductWriteRequest;
import dev.wharf.platform.dto.SkuInfo;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Product writes: {@code wharf.product.create} (idempotent per {@code client_key}), {@code wharf.product.update}
 * (SKUs matched by outer id), {@code wharf.product.shelve} and {@code wharf.product.unshelve}. A product's content
 * breaking a rule is that product's failure; a missing key, product or id, or a malformed time, is 0001.
 */
final class ProductWriteMethods {
    static final String ON_SALE = "on_sale";
    static final String OFF_SHELF = "off_shelf";
    /** Listing window of a product created without one: from now, a year long (as the bundled catalog). */
    static final Duration DEFAULT_LISTING = Duration.ofDays(365);

    private static final ObjectMapper MAPPER = Json.mapper();

    private ProductWriteMethods() {
    }

    static void register(MethodRegistry registry) {
        registry.register(Methods.PRODUCT_CREATE, ProductWriteRequest.class, ProductWriteMethods::create)
                .register(Methods.PRODUCT_UPDATE, ProductWriteRequest.class, ProductWriteMethods::update)
                .register(Methods.PRODUCT_SHELVE, ProductShelveRequest.class, (r, ctx) -> shelve(r, ctx, true))
                .register(Methods.PRODUCT_UNSHELVE, ProductShelveRequest.class, (r, ctx) -> shelve(r, ctx, false));
    }

    /** Listing window as sent (null when absent). */
    private record Window(Instant start, Instant end) {
    }

    private static Window window(ProductInfo p) {
        return new Window(Params.optionalTime(p.listingStartTime(), "product.listing_start_time"),
                Params.optionalTime(p.listingEndTime(), "product.listing_end_time"));
    }

    static BatchResult<ProductResult> create(ProductWriteRequest r, CallContext ctx) {
        String key = Params.required(r.clientKey(), "client_key");
        ProductInfo p = Params.required(r.product(), "product");
        Window w = window(p);
        return ctx.shop().database().write(c -> {
            String existing = productOfKey(c, key);
            if (existing != null) {
                return one(new ProductResult(existing, key, true, Texts.OK, skuIds(c, existing)));
            }
            long now = SandboxShop.clockMillis(c);
            String problem = ProductRules.validate(c, p, null, w.start(), w.end(), now);
            if (problem != null) {
                return one(new ProductResult(null, key, false, problem, List.of()));
            }
            int position = nextPosition(c);
            String id = "wp" + position;
            long start = w.start() != null ? w.start().toEpochMilli() : now;
            long end = w.end() != null ? w.end().toEpochMilli() : start + DEFAULT_LISTING.toMillis();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO product (product_id, name, category_id, "
                    + "category_name, brand_id, brand_name, images, delivery_type, fbx, status, description, "
                    + "created_at, updated_at, listing_start_at, listing_end_at, position, client_key) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                ps.setString(1, id);
                ps.setString(2, p.productName().strip());
                ps.setInt(3, p.categoryId());
                ps.setString(4, p.categoryName().strip());
                ps.setObject(5, p.brandId());
                ps.setString(6, p.brandName().strip());
                ps.setString(7, json(ctx.shop().images().normalizeAll(p.productImages())));
                ps.setInt(8, p.deliveryType());
                ps.setInt(9, Boolean.TRUE.equals(p.fbx()) ? 1 : 0);
                ps.setString(10, OFF_SHELF);
                ps.setString(11, r.description());
                ps.setLong(12, now);
                ps.setLong(13, ctx.shop().changeMillis(c));
                ps.setLong(14, start);
                ps.setLong(15, end);
                ps.setInt(16, position);
                ps.setString(17, key);
                ps.executeUpdate();
            }
            int skuPosition = 0;
            for (SkuInfo s : p.skus()) {
                insertSku(c, id, ++skuPosition, s);
            }
            ProductFlags.write(c, id, p);
            return one(new ProductResult(id, key, true, Texts.OK, skuIds(c, id)));
        });
    }

    static BatchResult<ProductResult> update(ProductWriteRequest r, CallContext ctx) {
        String id = Params.required(r.productId(), "product_id");
        ProductInfo p = Params.required(r.product(), "product");
        Window w = window(p);
        return ctx.shop().database().write(c -> {
            if (!exists(c, id)) {
                return one(fail(id, r.clientKey(), "商品不存在", "product not found"));
            }
            long now = SandboxShop.clockMillis(c);
            String problem = ProductRules.validate(c, p, id, w.start(), w.end(), now);
            if (problem != null) {
                return one(new ProductResult(id, r.clientKey(), false, problem, List.of()));
            }
            try (PreparedStatement ps = c.prepareStatement("UPDATE product SET name = ?, category_id = ?, "
                    + "category_name = ?, brand_id = ?, brand_name = ?, images = ?, delivery_type = ?, fbx = ?, "
                    + "description = coalesce(?, description), listing_start_at = coalesce(?, listing_start_at), "
                    + "listing_end_at = coalesce(?, listing_end_at), updated_at = ? WHERE product_id = ?")) {
                ps.setString(1, p.productName().strip());
                ps.setInt(2, p.categoryId());
                ps.setString(3, p.categoryName().strip());
                ps.setObject(4, p.brandId());
                ps.setString(5, p.brandName().strip());
                ps.setString(6, json(ctx.shop().images().normalizeAll(p.productImages())));
                ps.setInt(7, p.deliveryType());
                ps.setInt(8, Boolean.TRUE.equals(p.fbx()) ? 1 : 0);
                ps.setString(9, r.description());
                ps.setObject(10, w.start() == null ? null : w.start().toEpochMilli());
                ps.setObject(11, w.end() == null ? null : w.end().toEpochMilli());
                ps.setLong(12, ctx.shop().changeMillis(c));
                ps.setString(13, id);
                ps.executeUpdate();
            }
            replaceSkus(c, id, p.skus());
            ProductFlags.write(c, id, p);
            return one(new ProductResult(id, r.clientKey(), true, Texts.OK, skuIds(c, id)));
        });
    }

    /** SKUs matched by outer id: updated (and enabled again), added, or — when missing — disabled or deleted. */
    private static void replaceSkus(Connection c, String productId, List<SkuInfo> skus) throws SQLException {
        Map<String, String> current = new LinkedHashMap<>(); // outer id -> sku id
        int maxPosition = 0;
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT outer_id, sku_id, position FROM sku WHERE product_id = ? ORDER BY position")) {
            ps.setString(1, productId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    current.put(rs.getString(1), rs.getString(2));
                    maxPosition = Math.max(maxPosition, rs.getInt(3));
                }
            }
        }
        Set<String> sent = new HashSet<>();
        for (SkuInfo s : skus) {
            String outer = s.outerId().strip();
            sent.add(outer);
            if (current.containsKey(outer)) {
                try (PreparedStatement ps = c.prepareStatement("UPDATE sku SET properties = ?, used = 1, "
                        + "price_fen = ?, vip_price_fen = ?, new_price_fen = ?, stock = ?, weight = ?, weight_unit = ? "
                        + "WHERE sku_id = ?")) {
                    bindSkuValues(ps, 1, s);
                    ps.setString(8, current.get(outer));
                    ps.executeUpdate();
                }
            } else {
                insertSku(c, productId, ++maxPosition, s);
            }
        }
        for (Map.Entry<String, String> e : current.entrySet()) {
            if (sent.contains(e.getKey())) {
                continue;
            }
            boolean ordered;
            try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM order_item WHERE sku_id = ? LIMIT 1")) {
                ps.setString(1, e.getValue());
                try (ResultSet rs = ps.executeQuery()) {
                    ordered = rs.next();
                }
            }
            try (PreparedStatement ps = c.prepareStatement(ordered ? "UPDATE sku SET used = 0 WHERE sku_id = ?"
                    : "DELETE FROM sku WHERE sku_id = ?")) {
                ps.setString(1, e.getValue());
                ps.executeUpdate();
            }
        }
    }

    private static void insertSku(Connection c, String productId, int position, SkuInfo s) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO sku (properties, price_fen, vip_price_fen, "
                + "new_price_fen, stock, weight, weight_unit, sku_id, product_id, outer_id, used, position) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?)")) {
            bindSkuValues(ps, 1, s);
            ps.setString(8, String.format("%s-%02d", productId, position));
            ps.setString(9, productId);
            ps.setString(10, s.outerId().strip());
            ps.setInt(11, position);
            ps.executeUpdate();
        }
    }

    /** properties, price, VIP price, new-customer price, stock, weight, weight unit from {@code first}. */
    private static void bindSkuValues(PreparedStatement ps, int first, SkuInfo s) throws SQLException {
        List<Map<String, String>> props = new ArrayList<>();
        if (s.properties() != null) {
            for (SkuInfo.SkuProperty prop : s.properties()) {
                Map<String, String> m = new LinkedHashMap<>();
                m.put("name", prop.name());
                m.put("value", prop.value());
                if (prop.picUrl() != null) {
                    m.put("pic_url", prop.picUrl());
                }
                props.add(m);
            }
        }
        ps.setString(first, json(props));
        ps.setLong(first + 1, Fen.of(s.price()));
        ps.setLong(first + 2, Fen.of(orZero(s.vipPrice())));
        ps.setLong(first + 3, Fen.of(orZero(s.newPrice())));
        ps.setInt(first + 4, s.stockNum() == null ? 0 : s.stockNum());
        ps.setObject(first + 5, s.weight());
        ps.setInt(first + 6, s.weightUnit() == null ? 0 : s.weightUnit());
    }

    /**
     * Shelving puts a product on sale; it needs at least one enabled SKU in stock and a listing window that has not
     * ended. Unshelving takes it off sale. Either is a no-op success when the product already has that status.
     */
    static BatchResult<ProductResult> shelve(ProductShelveRequest r, CallContext ctx, boolean onSale) {
        List<String> ids = Params.batch(r.productIds(), "product_ids");
        return ctx.shop().database().write(c -> {
            long now = SandboxShop.clockMillis(c);
            List<ProductResult> results = new ArrayList<>();
            for (String id : ids) {
                String status = null;
                Long listingEnd = null;
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT status, listing_end_at FROM product WHERE product_id = ?")) {
                    ps.setString(1, id);
                    try (ResultSet rs = ps.executeQuery()) {
                        if (rs.next()) {
                            status = rs.getString(1);
                            listingEnd = OrderStore.longOrNull(rs, 2);
                        }
                    }
                }
                if (status == null) {
                    results.add(fail(id, null, "商品不存在", "product not found"));
                    continue;
                }
                String target = onSale ? ON_SALE : OFF_SHELF;
                if (onSale && !status.equals(ON_SALE)) {
                    if (!inStock(c, id)) {
                        results.add(fail(id, null, "商品无库存，不能上架", "no enabled SKU in stock; restock first"));
                        continue;
                    }
                    if (listingEnd != null && listingEnd <= now) {
                        results.add(fail(id, null, "商品上架期已结束，请修改上架时间",
                                "the listing window has ended; update it first"));
                        continue;
                    }
                }
                if (!status.equals(target)) {
                    try (PreparedStatement ps = c.prepareStatement(
                            "UPDATE product SET status = ?, updated_at = ? WHERE product_id = ?")) {
                        ps.setString(1, target);
                        ps.setLong(2, ctx.shop().changeMillis(c));
                        ps.setString(3, id);
                        ps.executeUpdate();
                    }
                }
                results.add(new ProductResult(id, null, true, Texts.OK, List.of()));
            }
            return new BatchResult<>(results);
        });
    }

    private static boolean inStock(Connection c, String productId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM sku WHERE product_id = ? AND used = 1 AND stock > 0 LIMIT 1")) {
            ps.setString(1, productId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static String productOfKey(Connection c, String key) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT product_id FROM product WHERE client_key = ?")) {
            ps.setString(1, key);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next() ? rs.getString(1) : null;
            }
        }
    }

    private static boolean exists(Connection c, String productId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT 1 FROM product WHERE product_id = ?")) {
            ps.setString(1, productId);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }

    private static int nextPosition(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT coalesce(max(position), 0) + 1 FROM product");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getInt(1);
        }
    }

    /** The enabled SKUs' platform ids by outer id, in SKU order. */
    private static List<ProductResult.SkuIds> skuIds(Connection c, String productId) throws SQLException {
        List<ProductResult.SkuIds> ids = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT outer_id, sku_id FROM sku WHERE product_id = ? AND used = 1 ORDER BY position")) {
            ps.setString(1, productId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    ids.add(new ProductResult.SkuIds(rs.getString(1), rs.getString(2)));
                }
            }
        }
        return ids;
    }

    private static BatchResult<ProductResult> one(ProductResult result) {
        return new BatchResult<>(List.of(result));
    }

    private static ProductResult fail(String productId, String clientKey, String chinese, String english) {
        return new ProductResult(productId, clientKey, false, Texts.both(chinese, english), List.of());
    }

    static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    static BigDecimal orZero(BigDecimal value) {
        return value == null ? BigDecimal.ZERO : value;
    }

    private static String json(Object value) {
        try {
            return MAPPER.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
