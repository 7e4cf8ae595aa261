package dev.wharf.sandbox.sim;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CatalogTest {

    private final Catalog catalog = Catalog.bundled();

    private List<CatalogSku> allSkus() {
        return catalog.products().stream().flatMap(p -> p.skus().stream()).toList();
    }

    @Test
    void theBundledCatalogHasAboutFortyProducts() {
        assertThat(catalog.products()).hasSizeBetween(35, 50);
    }

    @Test
    void idsAndOuterSkuIdsAreUnique() {
        assertThat(catalog.products()).extracting(CatalogProduct::productId).doesNotHaveDuplicates();
        assertThat(allSkus()).extracting(CatalogSku::skuId).doesNotHaveDuplicates();
        assertThat(allSkus()).extracting(CatalogSku::outerSkuId).doesNotHaveDuplicates();
    }

    @Test
    void pricesArePositiveWithAtMostTwoDecimalsInTheFileItself() throws IOException {
        JsonNode root;
        try (InputStream in = Catalog.class.getResourceAsStream(Catalog.BUNDLED_RESOURCE)) {
            root = new ObjectMapper().readTree(in);
        }
        List<String> prices = root.get("products").findValues("price").stream().map(JsonNode::asText).toList();

        assertThat(prices).hasSize(allSkus().size()).allSatisfy(text -> {
            BigDecimal price = new BigDecimal(text);
            assertThat(price).isPositive();
            assertThat(price.stripTrailingZeros().scale()).isLessThanOrEqualTo(2);
        });
        assertThat(allSkus()).allSatisfy(sku -> assertThat(sku.price().scale()).isEqualTo(2));
    }

    @Test
    void deliveryTypesAreValidAndAtLeastThreeKindsOccur() {
        Set<Integer> types = catalog.products().stream().map(CatalogProduct::deliveryType).collect(Collectors.toSet());

        assertThat(types).allMatch(DeliveryTypes::isValid).hasSizeGreaterThanOrEqualTo(3);
    }

    @Test
    void someSingleItemsAreOverTheOrderLimit() {
        assertThat(allSkus()).anyMatch(sku -> sku.price().compareTo(CartSplitter.DEFAULT_LIMIT) > 0);
    }

    @Test
    void namesStartWithTheBrandAndCategoriesHaveThreeLevels() {
        assertThat(catalog.products()).allSatisfy(product -> {
            assertThat(product.name()).startsWith(product.brand());
            assertThat(product.categoryPath()).hasSize(3);
        });
        assertThat(catalog.products()).extracting(CatalogProduct::origin).containsOnly("JP", "KR", "FR", "US");
    }

    @Test
    void stockIsNotNegativeAndSkusOfOneProductDifferByTheirProperties() {
        assertThat(allSkus()).allMatch(sku -> sku.stock() >= 0);
        for (CatalogProduct product : catalog.products()) {
            assertThat(product.skus()).extracting(CatalogSku::propertiesName).doesNotHaveDuplicates();
        }
    }

    @Test
    void aCartLineCarriesTheProductAndTheSku() {
        CatalogProduct bag = catalog.products().stream().filter(p -> p.skus().size() > 1).findFirst().orElseThrow();
        CatalogSku sku = bag.skus().get(1);

        CartLine line = catalog.cartLine(sku.skuId(), 2);

        assertThat(line.productId()).isEqualTo(bag.productId());
        assertThat(line.productTitle()).isEqualTo(bag.name());
        assertThat(line.outerSkuId()).isEqualTo(sku.outerSkuId());
        assertThat(line.skuPropertiesName()).isEqualTo(sku.propertiesName()).contains(":");
        assertThat(line.deliveryType()).isEqualTo(bag.deliveryType());
        assertThat(line.lineTotal()).isEqualTo(sku.price().multiply(BigDecimal.valueOf(2)));
        assertThatThrownBy(() -> catalog.cartLine("no-such-sku", 1)).hasMessageContaining("no-such-sku");
    }

    @Test
    void loadsAFile(@TempDir Path dir) throws IOException {
        Path file = dir.resolve("目录.json");
        Files.writeString(file, catalogJson("\"price\": 12.5"));

        Catalog small = Catalog.load(file);

        assertThat(small.sku("s1")).get().extracting(CatalogSku::price).isEqualTo(new BigDecimal("12.50"));
        assertThat(small.product("p1")).get().extracting(CatalogProduct::categoryName).isEqualTo("精华");
    }

    @Test
    void rejectsAPriceWithThreeDecimals() {
        assertThatThrownBy(() -> load(catalogJson("\"price\": 12.345")))
                .isInstanceOf(IOException.class).hasMessageContaining("more than 2 decimals");
    }

    @Test
    void rejectsAnUnknownDeliveryTypeAndUnknownFields() {
        assertThatThrownBy(() -> load(catalogJson("\"price\": 1.00").replace("\"delivery_type\": 3", "\"delivery_type\": 6")))
                .isInstanceOf(IOException.class).hasMessageContaining("delivery type 6");
        assertThatThrownBy(() -> load(catalogJson("\"price\": 1.00, \"colour\": \"red\"")))
                .isInstanceOf(IOException.class).hasMessageContaining("colour");
    }

    @Test
    void rejectsDuplicateOuterSkuIds() {
        String json = """
                {"version": 1, "products": [
                  {"product_id": "p1", "brand": "B", "name": "B 精华", "category_path": ["美妆个护", "面部护理", "精华"],
                   "delivery_type": 3, "origin": "JP", "skus": [
                     {"sku_id": "s1", "outer_sku_id": "X", "properties": [], "price": 1.00, "stock": 1},
                     {"sku_id": "s2", "outer_sku_id": "X", "properties": [], "price": 1.00, "stock": 1}]}]}
                """;

        assertThatThrownBy(() -> load(json)).isInstanceOf(IOException.class).hasMessageContaining("outer SKU id X");
    }

    private static Catalog load(String json) throws IOException {
        return Catalog.load(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    private static String catalogJson(String priceField) {
        return """
                {"version": 1, "products": [
                  {"product_id": "p1", "brand": "B", "name": "B 精华", "category_path": ["美妆个护", "面部护理", "精华"],
                   "delivery_type": 3, "origin": "JP", "skus": [
                     {"sku_id": "s1", "outer_sku_id": "X1", "properties": [{"name": "规格", "value": "50ml"}], %s, "stock": 1}]}]}
                """.formatted(priceField);
    }
}
