package dev.wharf.store.sync;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.platform.dto.ProductInfo;
import dev.wharf.platform.dto.SkuInfo.BundleItem;
import dev.wharf.platform.dto.SkuInfo;
import dev.wharf.store.Database;
import dev.wharf.store.TestQueries;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The pull writes a product's pre-sale flag and its SKUs' set items, and clears them when the platform does. */
class ProductFlagsPullTest {
    @TempDir
    Path dir;

    static ProductInfo product(boolean preSale, List<BundleItem> set) {
        return new ProductInfo("wp1", "洗护 套装 2件", 2001, "面部护理", 301, "Kao", List.of("https://cdn.example/1.jpg"),
                null, null, "2026-11-01 10:00:00", null, null, 3, false, List.of(new SkuInfo("wp1-01", List.of(),
                "KAO-SET-1", true, new BigDecimal("99.00"), null, null, 4, null, null, null, set)), "on_sale",
                preSale);
    }

    @Test
    void preSaleAndSetItemsComeWithThePull() {
        try (Database db = Database.open(dir.resolve("shop.db"))) {
            SqlitePullStore store = new SqlitePullStore(db, Clock.systemUTC());
            store.writeProducts(List.of(product(true, List.of(new BundleItem("洗发水", 1), new BundleItem("护发素", 2)))),
                    Map.of());
            assertThat(TestQueries.longs(db, "SELECT pre_sale FROM product WHERE product_id = 'wp1'"))
                    .containsExactly(1L);
            assertThat(TestQueries.strings(db, "SELECT bundle_items FROM sku WHERE outer_sku_id = 'KAO-SET-1'"))
                    .containsExactly("[{\"name\":\"洗发水\",\"quantity\":1},{\"name\":\"护发素\",\"quantity\":2}]");

            store.writeProducts(List.of(product(false, null)), Map.of());
            assertThat(TestQueries.longs(db, "SELECT pre_sale FROM product WHERE product_id = 'wp1'"))
                    .containsExactly(0L);
            assertThat(TestQueries.strings(db, "SELECT coalesce(bundle_items, '-') FROM sku "
                    + "WHERE outer_sku_id = 'KAO-SET-1'")).containsExactly("-");
        }
    }
}
