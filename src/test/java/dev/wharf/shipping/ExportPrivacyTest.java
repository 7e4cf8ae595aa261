package dev.wharf.shipping;

import dev.wharf.spreadsheet.Progress;
import dev.wharf.spreadsheet.WorkbookReader;
import dev.wharf.spreadsheet.Workbooks;
import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.privacy.Access;
import dev.wharf.privacy.AuditEntry;
import dev.wharf.privacy.PersonalData;
import dev.wharf.privacy.Role;
import dev.wharf.store.SqliteAccessStore;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Receivers' phone numbers in the shipment export follow the profile's role (decision 0009). */
class ExportPrivacyTest {
    static final int MOBILE = ShipmentExporter.HEADERS.indexOf("收件人手机");
    @TempDir
    Path dir;
    TestShop shop;
    PersonalData personal;

    @BeforeEach
    void shop() {
        shop = new TestShop(dir);
        shop.order("1001", "T1", 17, 2).order("1002", "T2", 17, 2);
        personal = new PersonalData(new SqliteAccessStore(shop.db), "hangzhou-li", TestShop.CLOCK);
    }

    @AfterEach
    void close() {
        shop.close();
    }

    String mobileOfFirstRow(Path out) throws Exception {
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheetAt(0);
            return s.getRow(1).getCell(MOBILE).getStringCellValue();
        }
    }

    @Test
    void theOwnerExportsUnmaskedPhoneNumbersAndEveryOrderIsAudited() throws Exception {
        Path out = dir.resolve("owner.xlsx");

        new ShipmentExporter(shop.store, personal).export(ShipmentSource.Filter.all(Leg.INTERNATIONAL), out,
                Progress.NONE);

        assertThat(mobileOfFirstRow(out)).isEqualTo("13800000000");
        for (String id : new String[] {"1001", "1002"}) {
            assertThat(personal.auditOf(id)).singleElement().satisfies(e -> {
                assertThat(e.action()).isEqualTo(AuditEntry.Action.EXPORT);
                assertThat(e.detail()).isEqualTo(out.toAbsolutePath().toString());
            });
        }
    }

    @Test
    void customerServiceWithoutTheGrantExportsMaskedPhoneNumbersAndNothingIsAudited() throws Exception {
        personal.setAccess(new Access(Role.CUSTOMER_SERVICE, false));
        Path csv = dir.resolve("cs.csv");
        Path xlsx = dir.resolve("cs.xlsx");
        ShipmentExporter exporter = new ShipmentExporter(shop.store, personal);

        exporter.export(ShipmentSource.Filter.all(Leg.INTERNATIONAL), xlsx, Progress.NONE);
        exporter.export(ShipmentSource.Filter.all(Leg.INTERNATIONAL), csv, Progress.NONE);

        assertThat(mobileOfFirstRow(xlsx)).isEqualTo("138****0000");
        String text = Files.readString(csv);
        assertThat(text).contains("138****0000").doesNotContain("13800000000");
        assertThat(personal.auditOf("1001")).isEmpty();
    }

    /** A file with the export's phone column, its second row refused (unknown order). */
    Path withPhones() throws Exception {
        return Sheets.xlsx(dir.resolve("phones.xlsx"), new Object[] {"订单号", "物流公司", "物流单号", "收件人手机"},
                new Object[] {"1001", "顺丰", "SF1", "13812340000"}, new Object[] {"4004", "顺丰", "SF2", "13912345678"});
    }

    String[] reportPhones(Path report) throws Exception {
        try (InputStream in = Files.newInputStream(report); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            XSSFSheet s = wb.getSheetAt(0);
            return new String[] {s.getRow(1).getCell(3).getStringCellValue(), s.getRow(2).getCell(3)
                    .getStringCellValue()};
        }
    }

    @Test
    void theErrorReportMasksPhoneColumnsForCustomerServiceWithoutTheGrant() throws Exception {
        personal.setAccess(new Access(Role.CUSTOMER_SERVICE, false));
        Path file = withPhones();
        ImportPreview p = shop.preview(file, Leg.INTERNATIONAL);
        Path report = dir.resolve("report-cs.xlsx");
        try (WorkbookReader r = Workbooks.open(file)) {
            ErrorReport.write(r, p, report, false, Progress.NONE, personal);
        }
        assertThat(reportPhones(report)).containsExactly("138****0000", "139****5678");
        assertThat(personal.auditOf("1001")).isEmpty();
    }

    @Test
    void theErrorReportKeepsPhoneColumnsForTheOwnerAndAuditsItsOrders() throws Exception {
        Path file = withPhones();
        ImportPreview p = shop.preview(file, Leg.INTERNATIONAL);
        Path report = dir.resolve("report-owner.xlsx");
        try (WorkbookReader r = Workbooks.open(file)) {
            ErrorReport.write(r, p, report, false, Progress.NONE, personal);
        }
        assertThat(reportPhones(report)).containsExactly("13812340000", "13912345678");
        assertThat(personal.auditOf("1001")).extracting(AuditEntry::action).containsExactly(AuditEntry.Action.EXPORT);
        assertThat(personal.auditOf("4004")).extracting(AuditEntry::what).containsExactly("receiver_mobile");
    }
}
