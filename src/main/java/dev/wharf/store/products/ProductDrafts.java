package dev.wharf.store.products;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wharf.platform.GatewayTime;
import dev.wharf.platform.dto.SkuInfo;
import dev.wharf.products.BundleText;
import dev.wharf.products.DeliveryType;
import dev.wharf.products.Money;
import dev.wharf.products.ProductDraft;
import dev.wharf.products.ProductQueries.IdName;
import java.io.IOException;
import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** Reads a product for the editor, and the editor's choice lists. */
final class ProductDrafts {
    private static final ObjectMapper JSON = new ObjectMapper();

    private ProductDrafts() {
    }

    static Optional<ProductDraft> read(Connection c, String productId) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT category_id, category, brand_id, brand, name, "
                + "description, delivery_type, listed_from_at, listed_to_at, images, pre_sale FROM product "
                + "WHERE product_id = ?")) {
            ps.setString(1, productId);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                return Optional.of(new ProductDraft(productId, text(rs, 1), rs.getString(2) == null ? ""
                        : rs.getString(2), text(rs, 3), rs.getString(4) == null ? "" : rs.getString(4),
                        rs.getString(5), rs.getString(6) == null ? "" : rs.getString(6),
                        DeliveryType.ofCode(rs.getInt(7)).orElse(null), time(rs, 8), time(rs, 9),
                        images(rs.getString(10)), skus(c, productId), rs.getInt(11) == 1));
            }
        }
    }

    private static List<ProductDraft.SkuDraft> skus(Connection c, String productId) throws SQLException {
        List<ProductDraft.SkuDraft> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT properties, outer_sku_id, price_fen, vip_price_fen, "
                + "new_customer_price_fen, stock, weight_g, bundle_items FROM sku WHERE product_id = ? AND used = 1 "
                + "ORDER BY position, sku_id")) {
            ps.setString(1, productId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    long weight = rs.getLong(7);
                    boolean noWeight = rs.wasNull();
                    out.add(new ProductDraft.SkuDraft(properties(rs.getString(1)), rs.getString(2),
                            Money.format(rs.getLong(3)), money(rs, 4), money(rs, 5), Integer.toString(rs.getInt(6)),
                            noWeight ? "" : BigDecimal.valueOf(weight).movePointLeft(3).stripTrailingZeros()
                                    .toPlainString(), 0, bundle(rs.getString(8))));
                }
            }
        }
        return out;
    }

    static List<IdName> choices(Connection c, String idColumn, String nameColumn) throws SQLException {
        List<IdName> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement("SELECT max(" + idColumn + "), " + nameColumn
                + " FROM product WHERE " + nameColumn + " IS NOT NULL AND " + nameColumn + " <> '' GROUP BY "
                + nameColumn + " ORDER BY " + nameColumn); ResultSet rs = ps.executeQuery()) {
            while (rs.next()) {
                out.add(new IdName(rs.getString(1), rs.getString(2)));
            }
        }
        return out;
    }

    /** The properties column as the editor's text: "颜色:红色;尺码:36". */
    static String properties(String json) {
        if (json == null || json.isBlank()) {
            return "";
        }
        try {
            List<String> parts = new ArrayList<>();
            for (JsonNode p : JSON.readTree(json)) {
                parts.add(p.path("name").asText("") + ":" + p.path("value").asText(""));
            }
            return String.join(";", parts);
        } catch (IOException e) {
            return "";
        }
    }

    /** The set's items as the editor's text ("洗发水×1;护发素×2"), "" for a SKU that is not a set. */
    private static String bundle(String json) {
        if (json == null || json.isBlank()) {
            return "";
        }
        try {
            return BundleText.format(JSON.readValue(json,
                    new com.fasterxml.jackson.core.type.TypeReference<List<SkuInfo.BundleItem>>() { }));
        } catch (IOException e) {
            return "";
        }
    }

    private static String money(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() || v == 0 ? "" : Money.format(v);
    }

    private static String text(ResultSet rs, int column) throws SQLException {
        String v = rs.getString(column);
        return v == null ? "" : v;
    }

    private static LocalDateTime time(ResultSet rs, int column) throws SQLException {
        long v = rs.getLong(column);
        return rs.wasNull() ? null : LocalDateTime.ofInstant(Instant.ofEpochMilli(v), GatewayTime.ZONE);
    }

    private static List<String> images(String json) {
        List<String> out = new ArrayList<>();
        if (json == null) {
            return out;
        }
        try {
            for (JsonNode n : JSON.readTree(json)) {
                out.add(n.asText());
            }
        } catch (IOException e) {
            return List.of();
        }
        return out;
    }
}
