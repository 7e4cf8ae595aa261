package dev.wharf.products;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.platform.dto.ProductInfo;
import dev.wharf.platform.dto.SkuInfo.BundleItem;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The editor's rules for images, pre-sale and sets (decision 0014), each on its field. */
class ProductMediaFormTest {
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);

    static ProductDraft draft(DeliveryType delivery, LocalDateTime from, List<String> images, boolean preSale,
                              String bundle) {
        return new ProductDraft(null, "1001", "美妆", "", "Kao", "Kao 花王 洗护 套装 400ml", "", delivery, from, null,
                images, List.of(new ProductDraft.SkuDraft("", "KAO-SET-1", "129", "", "", "0", "", 0, bundle)),
                preSale);
    }

    @Test
    void aPreSaleSetWithImagesBecomesThePlatformProduct() {
        String ref = ImageRef.of("a".repeat(64), "jpg");
        ProductDraft d = draft(DeliveryType.CONSOLIDATED, TODAY.atStartOfDay(), List.of(ref), true,
                "洗发水 400ml×1; 护发素 x 2;发膜");
        assertThat(ProductForm.problems(d, o -> null, TODAY)).isEmpty();
        ProductInfo p = ProductForm.toPlatform(d);
        assertThat(p.isPreSale()).isTrue();
        assertThat(p.productImages()).containsExactly(ref);
        assertThat(p.skus().get(0).bundleItems()).containsExactly(new BundleItem("洗发水 400ml", 1),
                new BundleItem("护发素", 2), new BundleItem("发膜", 1));
        assertThat(ProductForm.toPlatform(draft(DeliveryType.DIRECT_MAIL, null, List.of(), false, ""))
                .skus().get(0).bundleItems()).isNull();
    }

    @Test
    void preSaleNeedsADirectDeliveryAndNoScheduledStart() {
        assertThat(ProductForm.problems(draft(DeliveryType.THIRD_PARTY_BONDED, null, List.of(), true, ""),
                o -> null, TODAY)).containsEntry("preSale", "products.editor.invalid.preSaleDelivery");
        assertThat(ProductForm.problems(draft(DeliveryType.DIRECT_MAIL, TODAY.plusDays(1).atStartOfDay(), List.of(),
                true, ""), o -> null, TODAY)).containsEntry("preSale", "products.editor.invalid.preSaleScheduled");
        // the same product without the flag may be bonded and scheduled
        assertThat(ProductForm.problems(draft(DeliveryType.THIRD_PARTY_BONDED, TODAY.plusDays(1).atStartOfDay(),
                List.of(), false, ""), o -> null, TODAY)).isEmpty();
    }

    @Test
    void aSetHasOneToThreeNamedItemsWithWholeQuantities() {
        for (String bad : List.of("a×1;b×1;c×1;d×1", "×2", "洗发水×0", "洗发水×1000")) {
            assertThat(ProductForm.problems(draft(DeliveryType.DIRECT_MAIL, null, List.of(), false, bad), o -> null,
                    TODAY)).as(bad).containsEntry("sku.0.bundle", "products.editor.invalid.bundle");
        }
        assertThat(BundleText.parse("Max cream×2")).containsExactly(new BundleItem("Max cream", 2));
        assertThat(BundleText.format(BundleText.parse("a×1;b*3"))).isEqualTo("a×1;b×3");
    }

    @Test
    void aProductHasAtMostTenImages() {
        List<String> eleven = new ArrayList<>(Collections.nCopies(11, "https://cdn.example/a.jpg"));
        assertThat(ProductForm.problems(draft(DeliveryType.DIRECT_MAIL, null, eleven, false, ""), o -> null, TODAY))
                .containsEntry("images", "products.editor.invalid.images");
        assertThat(ProductForm.problems(draft(DeliveryType.DIRECT_MAIL, null, eleven.subList(0, 10), false, ""),
                o -> null, TODAY)).isEmpty();
    }
}
