package dev.wharf.products.sheets;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed samples in samples/products/ import into the shop they were written for (see ProductSampleFiles). */
class ProductSamplesTest {
    static final Path SAMPLES = Path.of("samples", "products");
    @TempDir
    Path dir;

    private StockPreview preview(String name) {
        try (StockShop shop = new StockShop(dir.resolve(name))) {
            return shop.preview(SAMPLES.resolve(name));
        }
    }

    @Test
    void theFilledExportChangesThreeSkus() {
        StockPreview p = preview("products-export-filled.xlsx");
        assertThat(p.invalid()).isEmpty();
        assertThat(p.count(StockRow.Status.CHANGED)).isEqualTo(3);
        assertThat(p.rows()).filteredOn(r -> r.outerSkuId().equals("A-2")).extracting(StockRow::priceFen)
                .containsExactly(2590L);
    }

    @Test
    void theSuppliersSheetMapsItselfBySynonyms() {
        StockPreview p = preview("supplier-stock.xlsx");
        assertThat(p.mapping().headerRow()).isEqualTo(2);
        assertThat(p.invalid()).isEmpty();
        assertThat(p.rows()).extracting(StockRow::stock).containsExactly(12, 6, 0);
    }

    @Test
    void theGbkCsvReadsInChinese() {
        StockPreview p = preview("stock-gbk.csv");
        assertThat(p.invalid()).isEmpty();
        assertThat(p.rows()).extracting(StockRow::vipPriceFen).containsExactly(1700L, null);
        assertThat(p.rows()).extracting(StockRow::newCustomerPriceFen).containsExactly(null, 9500L);
    }
}
