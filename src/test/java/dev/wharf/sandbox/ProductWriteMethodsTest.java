package dev.wharf.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.platform.GatewayClient;
import dev.wharf.platform.dto.BatchResult;
import dev.wharf.platform.dto.ProductInfo;
import dev.wharf.platform.dto.ProductListRequest;
import dev.wharf.platform.dto.ProductResult;
import dev.wharf.platform.dto.ProductWriteRequest;
import dev.wharf.platform.dto.SkuInfo;
import dev.wharf.platform.dto.SkuStockUpdateRequest.SkuStock;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Product create, update, shelve and unshelve through the real gateway client. */
class ProductWriteMethodsTest {
    @TempDir
    static Path dir;
    static SandboxServer server;
    static GatewayClient client;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(SandboxFixture.config(dir, 21));
        client = ClientFixture.client(server);
    }

    @AfterAll
    static void stop() {
        client.close();
        server.close();
    }

    static SkuInfo sku(String outerId, String price, int stock) {
        return new SkuInfo(null, List.of(new SkuInfo.SkuProperty("颜色", outerId, null)), outerId, null,
                new BigDecimal(price), BigDecimal.ZERO, null, stock, 0.3, 0, null);
    }

    static ProductInfo product(String name, List<SkuInfo> skus) {
        return new ProductInfo(null, name, 2001, "面部护理", 301, "Sandbox Brand", List.of("https://img/1.jpg"), null,
                null, null, null, null, 3, false, skus, null);
    }

    static ProductResult create(String key, ProductInfo p) {
        BatchResult<ProductResult> r = client.createProduct(new ProductWriteRequest(key, null, p, "描述"));
        assertThat(r.results()).hasSize(1);
        return r.results().get(0);
    }

    @Test
    void createIsIdempotentPerClientKeyAndShowsInListAndDetail() {
        int before = client.listProducts(new ProductListRequest(null, 1, 1)).totalCount();
        ProductInfo p = product("测试面霜 50ml", List.of(sku("T-CREAM-50", "199.00", 5), sku("T-CREAM-80", "259.5", 0)));
        ProductResult first = create("key-cream", p);
        assertThat(first.ok()).as(first.msg()).isTrue();
        assertThat(first.productId()).isNotBlank();
        assertThat(first.skus()).extracting(ProductResult.SkuIds::outerId).containsExactly("T-CREAM-50", "T-CREAM-80");

        ProductResult again = create("key-cream", product("改过的名字", List.of(sku("OTHER", "1", 1))));
        assertThat(again).isEqualTo(first);
        assertThat(client.listProducts(new ProductListRequest(null, 1, 1)).totalCount()).isEqualTo(before + 1);

        ProductInfo detail = client.productDetail(first.productId());
        assertThat(detail.productName()).isEqualTo("测试面霜 50ml");
        assertThat(detail.status()).isEqualTo("off_shelf");
        assertThat(detail.skus()).extracting(SkuInfo::outerId, SkuInfo::price, SkuInfo::stockNum)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("T-CREAM-50", new BigDecimal("199.00"), 5),
                        org.assertj.core.groups.Tuple.tuple("T-CREAM-80", new BigDecimal("259.50"), 0));
        assertThat(detail.listingStartTime()).isNotNull();
        assertThat(client.listProducts(new ProductListRequest(List.of(first.productId()), 1, 10)).productInfos())
                .singleElement().satisfies(pi -> assertThat(pi.status()).isEqualTo("off_shelf"));
        assertThat(client.productDetail("p1001").status()).isEqualTo("on_sale");
    }

    @Test
    void everyContentRuleIsThatProductsFailure() {
        ProductInfo ok = product("规则测试", List.of(sku("R-1", "10", 1)));
        String outerOfCatalog = "JP-SKII-FTE-01";
        List<UnaryOperator<ProductInfo>> breaks = List.of(
                p -> with(p, "", p.categoryId(), p.categoryName(), p.brandName(), p.deliveryType(), p.skus()),
                p -> with(p, p.productName(), null, p.categoryName(), p.brandName(), p.deliveryType(), p.skus()),
                p -> with(p, p.productName(), p.categoryId(), p.categoryName(), " ", p.deliveryType(), p.skus()),
                p -> with(p, p.productName(), p.categoryId(), p.categoryName(), p.brandName(), 6, p.skus()),
                p -> with(p, p.productName(), p.categoryId(), p.categoryName(), p.brandName(), 2, List.of()),
                p -> skus(p, sku("R-1", "10", 1), sku("R-1", "11", 1)),
                p -> skus(p, sku(outerOfCatalog, "10", 1)),
                p -> skus(p, sku("R-2", "0", 1)),
                p -> skus(p, sku("R-2", "10.123", 1)),
                p -> skus(p, new SkuInfo(null, null, "R-2", null, BigDecimal.TEN, new BigDecimal("-1"), null, 1,
                        null, null, null)),
                p -> skus(p, new SkuInfo(null, null, "R-2", null, BigDecimal.TEN, null, new BigDecimal("0.001"), 1,
                        null, null, null)),
                p -> skus(p, sku("R-2", "10", -1)),
                p -> skus(p, sku(" ", "10", 1)),
                p -> window(p, "2025-03-05 00:00:00", "2025-03-04 00:00:00"));
        List<String> expected = List.of("product name is required", "category id and name are required",
                "brand name is required", "delivery type must be", "at least one SKU", "appears twice",
                "belongs to another product", "price must be greater than 0", "at most 2 decimals",
                "must be 0 or more", "at most 2 decimals", "stock must be 0 or more", "needs an outer id",
                "listing start must be before listing end");
        for (int i = 0; i < breaks.size(); i++) {
            ProductResult r = create("bad-" + i, breaks.get(i).apply(ok));
            assertThat(r.ok()).as("rule %d", i).isFalse();
            assertThat(r.clientKey()).isEqualTo("bad-" + i);
            assertThat(r.msg()).as("rule %d", i).contains(expected.get(i)).matches(".*\\p{IsHan}.*\\(.*\\).*");
        }
        // a failed create does not spend its key
        assertThat(create("bad-0", ok).ok()).isTrue();
        // malformed parameters reject the call
        ClientFixture.invalid(() -> client.createProduct(new ProductWriteRequest(null, null, ok, null)), "client_key");
        ClientFixture.invalid(() -> client.createProduct(new ProductWriteRequest("k", null, null, null)), "product");
        ClientFixture.invalid(() -> client.createProduct(new ProductWriteRequest("k", null,
                window(ok, "tomorrow", null), null)), "listing_start_time");
    }

    @Test
    void updateReplacesSkusByOuterIdAndDisablesOrderedOnesInsteadOfDeleting() {
        ProductResult created = create("key-upd", product("更新测试", List.of(sku("U-1", "10", 3), sku("U-2", "20", 3))));
        String id = created.productId();
        // U-1 is now in an order (test set-up straight in the database)
        server.shop().database().write(c -> {
            long orderId = SandboxFixture.ids(server, "SELECT order_id FROM orders LIMIT 1").get(0);
            try (var ps = c.prepareStatement("INSERT INTO order_item (order_item_id, order_id, position, sku_id, "
                    + "outer_sku_id, product_id, product_title, delivery_type, price_fen, num, payment_fen) "
                    + "VALUES ('test-item', ?, 99, ?, 'U-1', ?, 'x', 3, 1000, 1, 1000)")) {
                ps.setLong(1, orderId);
                ps.setString(2, created.skus().get(0).skuId());
                ps.setString(3, id);
                ps.executeUpdate();
            }
            return null;
        });
        ProductInfo changed = new ProductInfo(null, "更新后的名字", 2002, "彩妆", null, "Other Brand", null, null, null,
                null, null, null, 7, false, List.of(sku("U-2", "25.5", 9), sku("U-3", "30", 1)), null);
        BatchResult<ProductResult> r = client.updateProduct(new ProductWriteRequest(null, id, changed, null));
        assertThat(r.failures()).isEmpty();
        assertThat(r.results().get(0).skus()).extracting(ProductResult.SkuIds::outerId).containsExactly("U-2", "U-3");

        ProductInfo detail = client.productDetail(id);
        assertThat(detail.productName()).isEqualTo("更新后的名字");
        assertThat(detail.categoryName()).isEqualTo("彩妆");
        assertThat(detail.deliveryType()).isEqualTo(7);
        assertThat(detail.skus()).extracting(SkuInfo::outerId, SkuInfo::used, SkuInfo::price)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("U-1", false, new BigDecimal("10.00")),
                        org.assertj.core.groups.Tuple.tuple("U-2", true, new BigDecimal("25.50")),
                        org.assertj.core.groups.Tuple.tuple("U-3", true, new BigDecimal("30.00")));

        // dropping a never-ordered SKU deletes it
        client.updateProduct(new ProductWriteRequest(null, id, skus(changed, sku("U-3", "30", 1)), null));
        assertThat(client.productDetail(id).skus()).extracting(SkuInfo::outerId).containsExactly("U-1", "U-3");

        assertThat(client.updateProduct(new ProductWriteRequest(null, "nope", changed, null)).failures())
                .singleElement().satisfies(f -> assertThat(f.msg()).contains("product not found"));
        assertThat(client.updateProduct(new ProductWriteRequest(null, id, skus(changed, sku("U-3", "-1", 1)), null))
                .failures()).singleElement().satisfies(f -> assertThat(f.msg()).contains("greater than 0"));
        ClientFixture.invalid(() -> client.updateProduct(new ProductWriteRequest(null, null, changed, null)),
                "product_id");
    }

    @Test
    void shelveNeedsStockUnshelveTakesOffSaleUnknownIdsFailPerItem() {
        ProductResult empty = create("key-empty", product("无库存", List.of(sku("S-0", "10", 0))));
        ProductResult full = create("key-full", product("有库存", List.of(sku("S-1", "10", 2))));
        BatchResult<ProductResult> r = client.shelveProducts(List.of(full.productId(), empty.productId(), "nope"));
        assertThat(r.results()).extracting(ProductResult::ok).containsExactly(true, false, false);
        assertThat(r.results().get(1).msg()).contains("no enabled SKU in stock");
        assertThat(r.results().get(2).msg()).contains("product not found");
        assertThat(client.productDetail(full.productId()).status()).isEqualTo("on_sale");
        assertThat(client.productDetail(empty.productId()).status()).isEqualTo("off_shelf");

        client.updateStock(List.of(new SkuStock("S-0", 4)));
        assertThat(client.shelveProducts(List.of(empty.productId())).failures()).isEmpty();
        assertThat(client.productDetail(empty.productId()).status()).isEqualTo("on_sale");

        BatchResult<ProductResult> off = client.unshelveProducts(List.of(full.productId(), full.productId(), "nope"));
        assertThat(off.results()).extracting(ProductResult::ok).containsExactly(true, true, false);
        assertThat(client.productDetail(full.productId()).status()).isEqualTo("off_shelf");
    }

    static ProductInfo with(ProductInfo p, String name, Integer categoryId, String categoryName, String brand,
                            Integer deliveryType, List<SkuInfo> skus) {
        return new ProductInfo(null, name, categoryId, categoryName, p.brandId(), brand, p.productImages(), null, null,
                null, p.listingStartTime(), p.listingEndTime(), deliveryType, p.fbx(), skus, null);
    }

    static ProductInfo skus(ProductInfo p, SkuInfo... skus) {
        return with(p, p.productName(), p.categoryId(), p.categoryName(), p.brandName(), p.deliveryType(),
                List.of(skus));
    }

    static ProductInfo window(ProductInfo p, String start, String end) {
        return new ProductInfo(null, p.productName(), p.categoryId(), p.categoryName(), p.brandId(), p.brandName(),
                p.productImages(), null, null, null, start, end, p.deliveryType(), p.fbx(), p.skus(), null);
    }
}
