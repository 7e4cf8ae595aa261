package dev.wharf.store.products;

import dev.wharf.store.Database;
import java.sql.PreparedStatement;

/** Products and SKUs written straight into a shop database, for store tests and the list benchmark. */
public final class ProductSeed {
    private static final String[] BRANDS = {"资生堂", "SK-II", "Shiseido", "Canon", "花王", "Lancôme"};
    private static final String[] WORDS = {"精华液", "口红", "面霜", "Camera", "防晒霜", "Serum", "眼霜", "洗面奶"};
    private static final String[] STATUS = {"on_sale", "off_shelf", "scheduled", "draft", "pre_sale"};

    private ProductSeed() {
    }

    /** Inserts one product with its SKUs ({@code outerIds}, stock and price each). */
    public static void product(Database db, String productId, String name, String brand, String category,
                               String status, int deliveryType, String[] outerIds, int[] stock, long[] priceFen) {
        db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO product (product_id, name, brand, category, "
                    + "delivery_type, status, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0)")) {
                p.setString(1, productId);
                p.setString(2, name);
                p.setString(3, brand);
                p.setString(4, category);
                p.setInt(5, deliveryType);
                p.setString(6, status);
                p.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement("INSERT INTO sku (sku_id, product_id, outer_sku_id, "
                    + "properties, price_fen, stock, updated_at, position) VALUES (?, ?, ?, ?, ?, ?, 0, ?)")) {
                for (int i = 0; i < outerIds.length; i++) {
                    s.setString(1, productId + "-" + i);
                    s.setString(2, productId);
                    s.setString(3, outerIds[i]);
                    s.setString(4, "[{\"name\":\"颜色\",\"value\":\"色" + i + "\"}]");
                    s.setLong(5, priceFen[i]);
                    s.setInt(6, stock[i]);
                    s.setInt(7, i);
                    s.executeUpdate();
                }
            }
            return null;
        });
    }

    /** {@code products} products of {@code skusEach} SKUs with varied names, brands, statuses and stock. */
    public static void many(Database db, int products, int skusEach) {
        db.write(c -> {
            try (PreparedStatement p = c.prepareStatement("INSERT INTO product (product_id, name, brand, category, "
                    + "delivery_type, status, updated_at) VALUES (?, ?, ?, ?, ?, ?, 0)");
                 PreparedStatement s = c.prepareStatement("INSERT INTO sku (sku_id, product_id, outer_sku_id, "
                         + "price_fen, stock, updated_at) VALUES (?, ?, ?, ?, ?, 0)")) {
                for (int i = 0; i < products; i++) {
                    String id = String.format("%09d", 100_000_000 + i);
                    p.setString(1, id);
                    p.setString(2, BRANDS[i % BRANDS.length] + " " + WORDS[i % WORDS.length] + " " + i);
                    p.setString(3, BRANDS[i % BRANDS.length]);
                    p.setString(4, i % 3 == 0 ? "美妆" : "数码");
                    p.setInt(5, new int[] {2, 3, 4, 5, 7}[i % 5]);
                    p.setString(6, STATUS[i % STATUS.length]);
                    p.executeUpdate();
                    for (int k = 0; k < skusEach; k++) {
                        s.setString(1, id + "-" + k);
                        s.setString(2, id);
                        s.setString(3, "OUT-" + i + "-" + k);
                        s.setLong(4, 1_000 + (i * 7L + k) % 100_000);
                        s.setInt(5, (i + k) % 40);
                        s.executeUpdate();
                    }
                }
            }
            return null;
        });
    }
}
