package dev.wharf.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.shipping.ErrorReport;
import dev.wharf.store.Database;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.util.List;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * {@code wharf shipments export} and {@code import} on a profile synced from a real sandbox: the exit codes
 * (0 applied or valid, 2 rows refused, 1 failure), and the platform's answers reaching the import's results.
 */
class ShipmentsCommandTest extends SyncedShopCliTest {
    @BeforeAll
    static void syncedShop() {
        connectAndSync(shopConfig().withSeed(3).withHistory(3, 60));
    }

    /** The exported template with tracking numbers filled in for the first {@code n} orders (one bad if asked). */
    static Path fill(Path exported, Path filled, int n, boolean oneAsNumber, String prefix) throws Exception {
        try (InputStream in = Files.newInputStream(exported); XSSFWorkbook wb = new XSSFWorkbook(in);
             OutputStream os = Files.newOutputStream(filled)) {
            XSSFSheet s = wb.getSheetAt(0);
            for (int i = n + 1; i <= s.getLastRowNum(); i++) {
                s.removeRow(s.getRow(i));
            }
            for (int i = 1; i <= n; i++) {
                s.getRow(i).createCell(2).setCellValue("顺丰");
                if (oneAsNumber && i == n) {
                    s.getRow(i).createCell(3).setCellValue(9.400111899223197E21);
                } else {
                    s.getRow(i).createCell(3).setCellValue(prefix + i);
                }
            }
            wb.write(os);
        }
        return filled;
    }

    @Test
    void exitCodesAndThePlatformsAnswers() throws Exception {
        String p = profile.toString();
        Path exported = dir.resolve("awaiting.xlsx");
        assertThat(run("--profile", p, "shipments", "export", "--out", exported.toString())).as(err.toString())
                .isZero();
        assertThat(out.toString()).contains("order(s) written");
        List<String> awaiting = local("SELECT order_id FROM orders WHERE status = 17");
        assertThat(awaiting.size()).as("accepted orders in the sandbox shop").isGreaterThanOrEqualTo(4);

        // a number cell: refused, exit 2, nothing applied; the report lists every row
        Path bad = fill(exported, dir.resolve("bad.xlsx"), 3, true, "SFCLI-A");
        Path report = dir.resolve("report.xlsx");
        assertThat(run("--profile", p, "shipments", "import", bad.toString(), "--report", report.toString()))
                .isEqualTo(2);
        assertThat(out.toString()).contains("row 4, column D (物流单号)").contains("Nothing applied");
        assertThat(local("SELECT count(*) FROM delivery WHERE tracking_number LIKE 'SFCLI-%'")).containsExactly("0");
        assertThat(Files.exists(report)).isTrue();

        // dry run of a good file: exit 0, nothing applied
        Path good = fill(exported, dir.resolve("good.xlsx"), 2, false, "SFCLI-B");
        assertThat(run("--profile", p, "shipments", "import", good.toString(), "--dry-run")).isZero();
        assertThat(out.toString()).contains("Dry run");
        assertThat(local("SELECT count(*) FROM delivery WHERE tracking_number LIKE 'SFCLI-%'")).containsExactly("0");

        // apply the valid rows of the bad file: exit 2 (a row was refused), two applied
        assertThat(run("--profile", p, "shipments", "import", bad.toString(), "--apply-valid")).isEqualTo(2);
        assertThat(out.toString()).contains("Applied 2 shipment(s)");
        assertThat(local("SELECT count(*) FROM delivery WHERE tracking_number LIKE 'SFCLI-A%'")).containsExactly("2");

        // the platform's answers: one order is cancelled on the platform meanwhile
        String first = local("SELECT order_id FROM shipment_import_row WHERE import_id = (SELECT max(import_id) FROM "
                + "shipment_import) ORDER BY row_number LIMIT 1").get(0);
        sandbox.shop().database().write(c -> {
            try (PreparedStatement ps = c.prepareStatement("UPDATE orders SET status = 12, cancelled_at = 1740794400000 WHERE order_id = ?")) {
                ps.setLong(1, Long.parseLong(first));
                return ps.executeUpdate();
            }
        });
        assertThat(run("--profile", p, "sync", "--once")).as(err.toString()).isZero();
        assertThat(local("SELECT b.state FROM shipment_import_row r JOIN outbox b ON b.outbox_id = r.outbox_id "
                + "WHERE r.import_id = (SELECT max(import_id) FROM shipment_import) ORDER BY r.row_number"))
                .containsExactly("rejected", "done");
        assertThat(run("--profile", p, "shipments", "results")).as(err.toString()).isEqualTo(2);
        assertThat(out.toString()).contains("1 confirmed by the platform, 0 waiting, 1 refused")
                .contains("row 2, order " + first + ", SFCLI-A1: rejected");

        // an unreadable file: exit 1
        Path junk = Files.writeString(dir.resolve("junk.xlsx"), "not a workbook");
        assertThat(run("--profile", p, "shipments", "import", junk.toString())).isEqualTo(1);
        assertThat(err.toString()).contains("not an Excel workbook");
        assertThat(ErrorReport.OK).isNotBlank();
    }

    @Test
    void aWellFilledFileIsAppliedWithExitZeroAndAMappingFileMapsOtherHeaders() throws Exception {
        String p = profile.toString();
        String order = local("SELECT order_id FROM orders o WHERE status = 17 AND NOT EXISTS (SELECT 1 FROM refund r "
                + "WHERE r.order_id = o.order_id AND r.status = 0) ORDER BY order_id DESC LIMIT 1").get(0);
        Path f = Files.writeString(dir.resolve("fwd.csv"), "客户单号,承运商,转单号,重量\r\n" + order
                + ",SF Express,SFCLI-C1,1.5\r\n");
        Path mapping = Files.writeString(dir.resolve("fwd.mapping"), "order_id=客户单号\ntracking_number=C\n");
        assertThat(run("--profile", p, "shipments", "import", f.toString(), "--mapping", mapping.toString()))
                .as(out + " " + err).isZero();
        assertThat(local("SELECT logistics_company_code FROM delivery WHERE tracking_number = 'SFCLI-C1'"))
                .containsExactly("Y073");
        assertThat(run("--profile", p, "shipments", "results")).isZero();
        assertThat(out.toString()).contains("1 order(s): 0 confirmed by the platform, 1 waiting, 0 refused");
        assertThat(run("--profile", p, "shipments", "results", "--import", "999")).isEqualTo(1);
    }

    @Test
    void anOrderInSeveralParcelsReachesThePlatformWithAllItsNumbersAndALaterParcelIsRefused() throws Exception {
        String p = profile.toString();
        String shippable = "status = 17 AND NOT EXISTS (SELECT 1 FROM refund r WHERE r.order_id = o.order_id AND "
                + "r.status = 0)";
        String order = local("SELECT order_id FROM orders o WHERE " + shippable + " AND order_id <> (SELECT "
                + "max(order_id) FROM orders o WHERE " + shippable + ") ORDER BY paid_at DESC LIMIT 1").get(0);
        Path parcels = Files.writeString(dir.resolve("parcels.csv"), "订单号,物流公司,物流单号\r\n" + order
                + ",顺丰,PARCEL-P1\r\n" + order + ",SF Express,\"PARCEL-P2、PARCEL-P3\"\r\n");
        assertThat(run("--profile", p, "shipments", "import", parcels.toString())).as(out + " " + err).isZero();
        assertThat(local("SELECT count(*) FROM outbox WHERE command = 'order.deliver' AND aggregate_id = ?", order))
                .containsExactly("1");
        assertThat(run("--profile", p, "sync", "--once")).as(err.toString()).isZero();

        assertThat(run("--profile", p, "shipments", "results")).as(out.toString()).isZero();
        assertThat(out.toString()).contains("1 order(s): 1 confirmed by the platform, 0 waiting, 0 refused");
        List<String> onPlatform = sandbox.shop().database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT tracking_number FROM delivery WHERE order_id = ? "
                    + "ORDER BY id")) {
                ps.setLong(1, Long.parseLong(order));
                List<String> numbers = new java.util.ArrayList<>();
                try (var rs = ps.executeQuery()) {
                    while (rs.next()) {
                        numbers.add(rs.getString(1));
                    }
                }
                return numbers;
            }
        });
        assertThat(onPlatform).containsExactly("PARCEL-P1", "PARCEL-P2", "PARCEL-P3");
        assertThat(local("SELECT tracking_number FROM delivery WHERE order_id = ? ORDER BY tracking_number", order))
                .containsExactly("PARCEL-P1", "PARCEL-P2", "PARCEL-P3");

        // a further parcel after shipping: refused, with what to do instead
        Path later = Files.writeString(dir.resolve("parcel4.csv"), "订单号,物流公司,物流单号\r\n" + order
                + ",顺丰,PARCEL-P4\r\n");
        assertThat(run("--profile", p, "shipments", "import", later.toString())).isEqualTo(2);
        assertThat(out.toString()).contains("no further parcel after shipping");
    }

    static void setRole(dev.wharf.privacy.Role role) {
        try (Database db = Database.open(profile.resolve("wharf.db"))) {
            new dev.wharf.store.SqliteAccessStore(db).setAccess(new dev.wharf.privacy.Access(role, false),
                    new dev.wharf.privacy.AuditEntry(java.time.Instant.now(), "test", dev.wharf.privacy.Role.OWNER,
                            dev.wharf.privacy.AuditEntry.Action.ROLE_CHANGE, "role", null, role.code()));
        }
    }

    @Test
    void customerServiceExportsMaskedPhoneNumbersAndTheOwnerUnmaskedWithAnAuditLinePerOrder() throws Exception {
        String p = profile.toString();
        Path masked = dir.resolve("masked.csv");
        setRole(dev.wharf.privacy.Role.CUSTOMER_SERVICE);
        try {
            assertThat(run("--profile", p, "shipments", "export", "--out", masked.toString())).isZero();
            assertThat(err.toString()).contains("masked");
        } finally {
            setRole(dev.wharf.privacy.Role.OWNER);
        }
        String first = local("SELECT receiver_mobile FROM orders WHERE status = 17 AND length(receiver_mobile) >= 11 "
                + "LIMIT 1").get(0);
        String csv = Files.readString(masked);
        assertThat(csv).doesNotContain(first).contains(dev.wharf.privacy.Masking.phone(first));

        Path plain = dir.resolve("plain.csv");
        long audited = Long.parseLong(local("SELECT count(*) FROM audit_log WHERE action = 'export'").get(0));
        assertThat(run("--profile", p, "shipments", "export", "--out", plain.toString())).isZero();
        assertThat(Files.readString(plain)).contains(first);
        long orders = Long.parseLong(local("SELECT count(*) FROM orders WHERE status = 17").get(0));
        assertThat(Long.parseLong(local("SELECT count(*) FROM audit_log WHERE action = 'export'").get(0)))
                .isEqualTo(audited + orders);
    }
}
