package dev.wharf.sandbox;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wharf.platform.Json;
import dev.wharf.platform.Methods;
import dev.wharf.platform.dto.BatchResult;
import dev.wharf.platform.dto.LogisticsCompaniesResponse;
import dev.wharf.platform.dto.ProductDetailRequest;
import dev.wharf.platform.dto.ProductDetailResponse;
import dev.wharf.platform.dto.ProductInfo;
import dev.wharf.platform.dto.ProductListRequest;
import dev.wharf.platform.dto.ProductListResponse;
import dev.wharf.platform.dto.SkuInfo;
import dev.wharf.platform.dto.SkuPriceUpdateRequest;
import dev.wharf.platform.dto.SkuResult;
import dev.wharf.platform.dto.SkuStockUpdateRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Products, SKUs and logistics companies: the documented read methods and the stock and price updates. */
final class CatalogMethods {
    private static final ObjectMapper MAPPER = Json.mapper();
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<SkuInfo.SkuProperty>> PROPERTIES = new TypeReference<>() { };
    private static final TypeReference<List<SkuInfo.BundleItem>> BUNDLE = new TypeReference<>() { };

    private CatalogMethods() {
    }

    static void register(MethodRegistry registry) {
        registry.register(Methods.LOGISTICS_COMPANIES, NoParameters.class, CatalogMethods::companies)
                .register(Methods.PRODUCT_LIST, ProductListRequest.class, CatalogMethods::products)
                .register(Methods.PRODUCT_DETAIL, ProductDetailRequest.class, CatalogMethods::product)
                .register(Methods.SKU_STOCK_UPDATE, SkuStockUpdateRequest.class, CatalogMethods::stock)
                .register(Methods.SKU_PRICE_UPDATE, SkuPriceUpdateRequest.class, CatalogMethods::price);
    }

    static LogisticsCompaniesResponse companies(NoParameters none, CallContext ctx) {
        return ctx.shop().database().read(c -> {
            List<LogisticsCompaniesResponse.LogisticsCompany> list = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT company_code, short_name, company_name FROM logistics_company ORDER BY position");
                 ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    list.add(new LogisticsCompaniesResponse.LogisticsCompany(rs.getString(1), rs.getString(2),
                            rs.getString(3)));
                }
            }
            return new LogisticsCompaniesResponse(list);
        });
    }

    static ProductListResponse products(ProductListRequest r, CallContext ctx) {
        int pageNo = Params.pageNo(r.pageNo());
        int pageRows = Params.pageRows(r.pageRows());
        List<String> ids = r.productidList() == null ? List.of() : r.productidList();
        if (ids.size() > Params.MAX_BATCH) {
            throw GatewayError.badValue("productid_list", ids.size() + " ids", "holds at most 100 ids");
        }
        String filter = ids.isEmpty() ? "" : " WHERE product_id IN (" + OrderStore.placeholders(ids.size()) + ")";
        return ctx.shop().database().read(c -> {
            int total;
            try (PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM product" + filter)) {
                OrderStore.bind(ps, ids);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    total = rs.getInt(1);
                }
            }
            List<String> page = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement(
                    "SELECT product_id FROM product" + filter + " ORDER BY position LIMIT ? OFFSET ?")) {
                OrderStore.bind(ps, ids);
                ps.setInt(ids.size() + 1, pageRows);
                ps.setLong(ids.size() + 2, (long) (pageNo - 1) * pageRows);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        page.add(rs.getString(1));
                    }
                }
            }
            return new ProductListResponse(load(c, page, ctx.shop().images()), total);
        });
    }

    static ProductDetailResponse product(ProductDetailRequest r, CallContext ctx) {
        String id = Params.required(r.productId(), "product_id");
        List<ProductInfo> found = ctx.shop().database().read(c -> load(c, List.of(id), ctx.shop().images()));
        if (found.isEmpty()) {
            throw GatewayError.badValue("product_id", id, "is not a product of this shop");
        }
        return new ProductDetailResponse(found.get(0));
    }

    /** The products with these ids, in this order, with their SKUs. */
    static List<ProductInfo> load(Connection c, List<String> ids, SandboxImages images) throws SQLException {
        if (ids.isEmpty()) {
            return List.of();
        }
        String in = OrderStore.placeholders(ids.size());
        Map<String, List<SkuInfo>> skus = new LinkedHashMap<>();
        ids.forEach(id -> skus.put(id, new ArrayList<>()));
        try (PreparedStatement ps = c.prepareStatement("SELECT product_id, sku_id, properties, outer_id, used, "
                + "price_fen, vip_price_fen, new_price_fen, stock, weight, weight_unit, bundle_items FROM sku "
                + "WHERE product_id IN ("
                + in + ") ORDER BY product_id, position")) {
            OrderStore.bind(ps, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    skus.get(rs.getString(1)).add(new SkuInfo(rs.getString(2), read(rs.getString(3), PROPERTIES),
                            rs.getString(4), rs.getInt(5) != 0, Fen.yuan(rs.getLong(6)), Fen.yuan(rs.getLong(7)),
                            Fen.yuan(rs.getLong(8)), rs.getInt(9), rs.getDouble(10), rs.getInt(11), null,
                            rs.getString(12) == null ? null : read(rs.getString(12), BUNDLE)));
                }
            }
        }
        Map<String, ProductInfo> products = new LinkedHashMap<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT product_id, name, category_id, category_name, brand_id, "
                + "brand_name, images, created_at, updated_at, listing_start_at, listing_end_at, delivery_type, fbx, "
                + "status, pre_sale FROM product WHERE product_id IN (" + in + ")")) {
            OrderStore.bind(ps, ids);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    String id = rs.getString(1);
                    products.put(id, new ProductInfo(id, rs.getString(2), OrderStore.intOrNull(rs, 3),
                            rs.getString(4), OrderStore.intOrNull(rs, 5), rs.getString(6),
                            images.resolveAll(read(rs.getString(7), STRINGS)),
                            "https://sandbox.wharf.invalid/product/" + id + ".html",
                            Fen.time(OrderStore.longOrNull(rs, 8)), Fen.time(OrderStore.longOrNull(rs, 9)),
                            Fen.time(OrderStore.longOrNull(rs, 10)), Fen.time(OrderStore.longOrNull(rs, 11)),
                            rs.getInt(12), rs.getInt(13) != 0, List.copyOf(skus.get(id)), rs.getString(14),
                            rs.getInt(15) == 1));
                }
            }
        }
        List<ProductInfo> result = new ArrayList<>();
        for (String id : ids) {
            if (products.containsKey(id)) {
                result.add(products.get(id));
            }
        }
        return result;
    }

    private static <T> T read(String json, TypeReference<T> type) {
        try {
            return MAPPER.readValue(json, type);
        } catch (IOException e) {
            throw new IllegalStateException("bad JSON in the sandbox database: " + json, e);
        }
    }

    private static SkuResult fail(String outerId, String chinese, String english) {
        return new SkuResult(outerId, false, Texts.both(chinese, english));
    }

    static BatchResult<SkuResult> stock(SkuStockUpdateRequest r, CallContext ctx) {
        List<SkuStockUpdateRequest.SkuStock> items = Params.batch(r.skuStocks(), "sku_stocks");
        for (int i = 0; i < items.size(); i++) {
            Params.required(items.get(i).outerSkuId(), "sku_stocks[" + i + "].outer_sku_id");
            Params.required(items.get(i).stockNum(), "sku_stocks[" + i + "].stock_num");
        }
        return ctx.shop().database().write(c -> {
            long now = ctx.shop().changeMillis(c);
            List<SkuResult> results = new ArrayList<>();
            for (SkuStockUpdateRequest.SkuStock s : items) {
                if (s.stockNum() < 0) {
                    results.add(fail(s.outerSkuId(), "库存必须大于等于0", "stock must be 0 or more"));
                } else if (!updateSku(c, "UPDATE sku SET stock = ? WHERE outer_id = ?", s.outerSkuId(), now,
                        (long) s.stockNum())) {
                    results.add(fail(s.outerSkuId(), "商品编码不存在", "unknown outer SKU id"));
                } else {
                    results.add(new SkuResult(s.outerSkuId(), true, Texts.OK));
                }
            }
            return new BatchResult<>(results);
        });
    }

    static BatchResult<SkuResult> price(SkuPriceUpdateRequest r, CallContext ctx) {
        List<SkuPriceUpdateRequest.SkuPrice> items = Params.batch(r.skuPrices(), "sku_prices");
        for (int i = 0; i < items.size(); i++) {
            Params.required(items.get(i).outerSkuId(), "sku_prices[" + i + "].outer_sku_id");
            Params.required(items.get(i).productPrice(), "sku_prices[" + i + "].product_price");
        }
        return ctx.shop().database().write(c -> {
            long now = ctx.shop().changeMillis(c);
            List<SkuResult> results = new ArrayList<>();
            for (SkuPriceUpdateRequest.SkuPrice p : items) {
                BigDecimal vip = p.productVipPrice() == null ? BigDecimal.ZERO : p.productVipPrice();
                BigDecimal fresh = p.productNewuserPrice() == null ? BigDecimal.ZERO : p.productNewuserPrice();
                if (p.productPrice().signum() <= 0) {
                    results.add(fail(p.outerSkuId(), "商品原价必须大于0", "price must be greater than 0"));
                } else if (vip.signum() < 0 || fresh.signum() < 0) {
                    results.add(fail(p.outerSkuId(), "VIP价和新客价必须大于等于0",
                            "VIP and new-customer prices must be 0 or more"));
                } else if (!Fen.atMostTwoDecimals(p.productPrice()) || !Fen.atMostTwoDecimals(vip)
                        || !Fen.atMostTwoDecimals(fresh)) {
                    results.add(fail(p.outerSkuId(), "价格小数点后最多2位", "prices have at most 2 decimals"));
                } else if (!updateSku(c, "UPDATE sku SET price_fen = ?, vip_price_fen = ?, new_price_fen = ? "
                        + "WHERE outer_id = ?", p.outerSkuId(), now, Fen.of(p.productPrice()), Fen.of(vip),
                        Fen.of(fresh))) {
                    results.add(fail(p.outerSkuId(), "商品编码不存在", "unknown outer SKU id"));
                } else {
                    results.add(new SkuResult(p.outerSkuId(), true, Texts.OK));
                }
            }
            return new BatchResult<>(results);
        });
    }

    /** Runs an update of one SKU by outer id (values first, outer id last) and touches its product. */
    private static boolean updateSku(Connection c, String sql, String outerId, long now, long... values)
            throws SQLException {
        int changed;
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            int i = 1;
            for (long v : values) {
                ps.setLong(i++, v);
            }
            ps.setString(i, outerId);
            changed = ps.executeUpdate();
        }
        if (changed == 0) {
            return false;
        }
        try (PreparedStatement ps = c.prepareStatement("UPDATE product SET updated_at = ? WHERE product_id = "
                + "(SELECT product_id FROM sku WHERE outer_id = ?)")) {
            ps.setLong(1, now);
            ps.setString(2, outerId);
            ps.executeUpdate();
        }
        return true;
    }
}
