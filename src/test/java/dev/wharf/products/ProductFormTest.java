package dev.wharf.products;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.platform.dto.ProductInfo;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The product editor's rules: one reason per field, on the field. */
class ProductFormTest {

    static ProductDraft.SkuDraft sku(String outer, String price) {
        return new ProductDraft.SkuDraft("颜色:红色;尺码:36", outer, price, "", "", "5", "0.25", 0);
    }

    static ProductDraft draft(List<ProductDraft.SkuDraft> skus) {
        return new ProductDraft(null, "1001", "美妆", "10", "Shiseido", "Shiseido 资生堂 红腰子 精华露 50ml", "修护",
                DeliveryType.OFFICIAL_DIRECT_MAIL, LocalDateTime.of(2026, 12, 1, 0, 0), null, List.of(), skus);
    }

    @Test
    void aCompleteDraftHasNoProblemsAndBecomesThePlatformProduct() {
        ProductDraft d = draft(List.of(sku("SHI-1", "499.9"), sku("SHI-2", "699")));
        assertThat(ProductForm.problems(d, outer -> null)).isEmpty();

        ProductInfo p = ProductForm.toPlatform(d);
        assertThat(p.categoryId()).isEqualTo(1001);
        assertThat(p.brandId()).isEqualTo(10);
        assertThat(p.deliveryType()).isEqualTo(3);
        assertThat(p.listingStartTime()).isEqualTo("2026-12-01 00:00:00");
        assertThat(p.skus().get(0).price()).isEqualByComparingTo(new BigDecimal("499.90"));
        assertThat(p.skus().get(0).vipPrice()).isNull();
        assertThat(p.skus().get(0).properties()).extracting(s -> s.name() + "=" + s.value())
                .containsExactly("颜色=红色", "尺码=36");
        assertThat(p.skus().get(1).stockNum()).isEqualTo(5);
    }

    @Test
    void everyBrokenRuleIsReportedOnItsField() {
        ProductDraft d = new ProductDraft(null, "0", "", "x", "", " ", "", null, LocalDateTime.of(2026, 12, 2, 0, 0),
                LocalDateTime.of(2026, 12, 1, 0, 0), List.of(), List.of(
                new ProductDraft.SkuDraft("红色", "", "0", "-1", "1.234", "-2", "heavy", 0),
                sku("DUP", "1"), sku("dup", "1.999"), sku("TAKEN", "10")));
        Map<String, String> p = ProductForm.problems(d, outer -> outer.equals("TAKEN") ? "other-product" : null);
        assertThat(p).containsEntry("category", "products.editor.invalid.category")
                .containsEntry("brand", "products.editor.invalid.brand")
                .containsEntry("name", "products.editor.invalid.name")
                .containsEntry("delivery", "products.editor.invalid.delivery")
                .containsEntry("listTo", "products.editor.invalid.window")
                .containsEntry("sku.0.properties", "products.editor.invalid.properties")
                .containsEntry("sku.0.outerId", "products.editor.invalid.outerId")
                .containsEntry("sku.0.price", "products.invalid.price")
                .containsEntry("sku.0.vipPrice", "products.invalid.otherPrice")
                .containsEntry("sku.0.newCustomerPrice", "products.invalid.otherPrice")
                .containsEntry("sku.0.stock", "products.invalid.stock")
                .containsEntry("sku.0.weight", "products.editor.invalid.weight")
                .containsEntry("sku.2.outerId", "products.editor.invalid.outerIdTwice")
                .containsEntry("sku.2.price", "products.invalid.price")
                .containsEntry("sku.3.outerId", "products.editor.invalid.outerIdUsed")
                .doesNotContainKey("sku.1.outerId");
        assertThat(ProductForm.problems(draft(List.of()), o -> null)).containsOnlyKeys("skus");
    }

    @Test
    void editingAProductMayKeepItsOwnOuterIds() {
        ProductDraft mine = new ProductDraft("P1", "1001", "美妆", "", "Shiseido", "Shiseido 精华 50ml", "",
                DeliveryType.DIRECT_MAIL, null, null, List.of(), List.of(sku("SHI-1", "1")));
        assertThat(ProductForm.problems(mine, o -> "P1")).isEmpty();
    }

    @Test
    void theNamingHintNamesWhatIsMissing() {
        assertThat(ProductForm.namingHints("Shiseido 资生堂 红腰子 精华露 50ml", "Shiseido")).isEmpty();
        assertThat(ProductForm.namingHints("红腰子精华", "Shiseido")).containsExactly("products.editor.hint.brand",
                "products.editor.hint.keywords", "products.editor.hint.spec");
        assertThat(ProductForm.namingHints("", "Shiseido")).isEmpty();
    }
}
