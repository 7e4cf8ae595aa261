package dev.wharf.shipping;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The committed samples in samples/shipping/ (written by {@link SampleFiles}) read as the README says. */
class SamplesTest {
    static final Path SAMPLES = Path.of("samples", "shipping");

    @TempDir
    Path dir;
    TestShop shop;

    @BeforeEach
    void shop() {
        shop = SampleFiles.shop(dir);
    }

    @AfterEach
    void close() {
        shop.close();
    }

    @Test
    void theFilledPlatformTemplateIsValidTwoOrdersOfOneCartShareANumber() {
        ImportPreview p = shop.preview(SAMPLES.resolve("platform-template-filled.xlsx"), Leg.INTERNATIONAL);
        assertThat(p.rows()).hasSize(4).allMatch(RowResult::valid);
        assertThat(shop.importer.apply(p, false).rows()).hasSize(4);
    }

    @Test
    void theForwardersExportMapsItselfAndFlagsTheNumberCell() {
        ImportPreview p = shop.preview(SAMPLES.resolve("forwarder-export.xlsx"), Leg.INTERNATIONAL);
        assertThat(p.mapping().headerRow()).isEqualTo(2);
        List<RowResult> rows = p.rows();
        assertThat(rows).hasSize(3);
        assertThat(rows.get(0).carrierCode()).isEqualTo("Y073");
        assertThat(rows.get(1).carrierCode()).isEqualTo("Y048");
        assertThat(rows.get(2).problem()).isEqualTo(Problem.NUMERIC_CELL);
        assertThat(rows.get(2).message()).contains("forwarder-export.xlsx, row 5, column E (Tracking No.)");
        assertThat(shop.importer.apply(p, false).nothingApplied()).isTrue();
    }

    @Test
    void theGbkCsvIsDetectedAndNormalised() {
        ImportPreview p = shop.preview(SAMPLES.resolve("shipments-gbk.csv"), Leg.INTERNATIONAL);
        assertThat(p.rows()).allMatch(RowResult::valid);
        assertThat(p.rows().get(0).orderId()).isEqualTo("112532318");
        assertThat(p.rows().get(0).tracking()).isEqualTo("SF1400012345678");
        assertThat(p.rows().get(1).carrierCode()).isEqualTo("Y013");
    }

    @Test
    void theParcelsSampleShipsEachOrderOnceWithAllItsNumbers() {
        ImportPreview p = shop.preview(SAMPLES.resolve("parcels.xlsx"), Leg.INTERNATIONAL);
        assertThat(p.rows()).hasSize(4).allMatch(RowResult::valid);
        assertThat(p.rows().get(3).tracking()).isEqualTo("SF1400012345611,SF1400012345612,SF1400012345613");
        var applied = shop.importer.apply(p, false).rows();
        assertThat(applied).hasSize(4);
        assertThat(applied.stream().map(ImportLog.AppliedRow::outboxId).distinct()).as("one deliver per order")
                .hasSize(3);
        assertThat(applied.get(0).tracking()).isEqualTo("SF1400012345601,SF1400012345602");
        assertThat(applied.get(2).tracking()).isEqualTo("RR987654301JP,RR987654302JP");
    }
}
