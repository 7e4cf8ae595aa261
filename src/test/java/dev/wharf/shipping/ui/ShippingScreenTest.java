package dev.wharf.shipping.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.orders.ShopFixture;
import dev.wharf.privacy.PersonalData;
import dev.wharf.shipping.ShipmentExporter;
import dev.wharf.shipping.ShipmentImporter;
import dev.wharf.store.SqliteAccessStore;
import dev.wharf.store.shipping.SqliteShipping;
import dev.wharf.sync.SyncProgress;
import dev.wharf.ui.dialog.DialogService;
import dev.wharf.ui.fxml.ControllerFactory;
import dev.wharf.ui.fxml.ViewLoader;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.task.FxTaskExecutor;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Shipping screen on a profile synced from the real sandbox: export, the import wizard, results, zh_CN, cancel. */
@ExtendWith(ApplicationExtension.class)
public class ShippingScreenTest {
    @TempDir
    static Path dir;
    static ShopFixture shop;
    private final FxTaskExecutor executor = new FxTaskExecutor(Throwable::printStackTrace);
    private final Dialogs dialogs = new Dialogs();
    private Stage stage;
    private ShippingController screen;

    /** Answers the save chooser with a chosen path and confirms; records notices (the products wizard's test too). */
    public static final class Dialogs implements DialogService {
        public final List<String> said = new CopyOnWriteArrayList<>();
        public volatile Path saveTo;

        @Override
        public void showError(String title, String message) {
            said.add("error: " + message);
        }

        @Override
        public boolean confirm(String title, String message) {
            said.add("confirm: " + message);
            return true;
        }

        @Override
        public void notify(String message) {
            said.add("notice: " + message);
        }

        @Override
        public Optional<Path> chooseSaveFile(String title, String suggestedName, String filterDescription,
                                             String extension) {
            return Optional.ofNullable(saveTo);
        }
    }

    @BeforeAll
    static void startShop() {
        shop = new ShopFixture(dir, 30);
    }

    @AfterAll
    static void stopShop() {
        shop.close();
    }

    @Start
    void start(Stage stage) {
        this.stage = stage;
        load(Locale.ENGLISH);
        stage.show();
    }

    private void load(Locale locale) {
        Messages messages = Messages.forLocale(locale);
        SqliteShipping store = new SqliteShipping(shop.db, Clock.systemUTC());
        PersonalData personal = new PersonalData(new SqliteAccessStore(shop.db), "test", Clock.systemUTC());
        ShipmentImporter importer = new ShipmentImporter(store, shop.sync.commands(), store, store);
        ControllerFactory controllers = new ControllerFactory().register(ShippingController.class,
                () -> new ShippingController(executor, new ShippingServices(importer, new ShipmentExporter(store,
                        personal), personal, shop.status), messages, dialogs));
        ViewLoader.View<ShippingController> view = new ViewLoader(controllers, messages)
                .load(ShippingController.class, "Shipping.fxml");
        screen = view.controller();
        screen.activate();
        stage.setScene(new Scene(view.root(), 900, 800));
    }

    @AfterEach
    void stop() {
        Platform.runLater(screen::deactivate);
        WaitForAsyncUtils.waitForFxEvents();
        executor.close();
    }

    private List<String> shippable(int n) {
        return shop.local("SELECT o.order_id FROM orders o WHERE o.status = 17 AND NOT EXISTS (SELECT 1 FROM refund r "
                + "WHERE r.order_id = o.order_id) AND NOT EXISTS (SELECT 1 FROM order_item i WHERE i.order_id = "
                + "o.order_id AND i.delivery_type = 7) AND NOT EXISTS (SELECT 1 FROM delivery d WHERE d.order_id = "
                + "o.order_id) ORDER BY o.order_id LIMIT ?", n);
    }

    private Path workbook(String name, List<String> orders, String carrier) throws Exception {
        Path f = dir.resolve(name);
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(f)) {
            Sheet s = wb.createSheet("发货");
            String[] header = {"序号", "订单号", "物流公司编号", "物流单号"};
            Row h = s.createRow(0);
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            for (int r = 0; r < orders.size(); r++) {
                Row row = s.createRow(r + 1);
                row.createCell(0).setCellValue(String.valueOf(r + 1));
                row.createCell(1).setCellValue(orders.get(r));
                row.createCell(2).setCellValue(carrier);
                row.createCell(3).setCellValue("SF" + name.hashCode() % 1000 + "0000" + r);
            }
            wb.write(os);
        }
        return f;
    }

    private void waitForPreview(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#shipping-preview-box").query()
                .isVisible());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void openAndCheck(FxRobot robot, Path file) throws Exception {
        Platform.runLater(() -> screen.open(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#mapping-order_id").tryQuery()
                .isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Platform.runLater(() -> robot.lookup("#shipping-dry-run").queryAs(Button.class).fire());
    }

    @Test
    void exportWritesTheOrdersAwaitingShipmentToTheChosenFile(FxRobot robot) throws Exception {
        Path out = dir.resolve("export.xlsx");
        dialogs.saveTo = out;
        Platform.runLater(() -> robot.lookup("#shipping-export").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogs.said.stream()
                .anyMatch(s -> s.startsWith("notice: ")));
        long awaiting = Long.parseLong(shop.local("SELECT count(*) FROM orders WHERE status = 17").get(0));
        try (InputStream in = Files.newInputStream(out); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getRow(0).getCell(1).getStringCellValue()).isEqualTo("订单号");
            assertThat(s.getLastRowNum()).isEqualTo((int) awaiting);
            assertThat(shop.local("SELECT status FROM orders WHERE order_id = ?", s.getRow(1).getCell(1)
                    .getStringCellValue())).containsExactly("17");
        }
        assertThat(dialogs.said).anyMatch(s -> s.contains(awaiting + " orders written to export.xlsx"));
    }

    @Test
    void aRefusedRowBlocksApplyAndTheValidRowsShipExplicitlyWithThePlatformAnswers(FxRobot robot) throws Exception {
        List<String> orders = new java.util.ArrayList<>(shippable(2));
        assertThat(orders).hasSize(2);
        orders.add("9999999999");
        String carrier = shop.local("SELECT company_code FROM logistics_company ORDER BY company_code LIMIT 1").get(0);
        openAndCheck(robot, workbook("ship.xlsx", orders, carrier));
        waitForPreview(robot);

        assertThat(robot.lookup("#shipping-preview-summary").queryAs(Label.class).getText())
                .isEqualTo("3 rows: 2 valid, 1 refused. Nothing is shipped yet.");
        @SuppressWarnings("unchecked")
        TableView<dev.wharf.shipping.RowResult> table = robot.lookup("#shipping-preview").queryAs(TableView.class);
        assertThat(table.getItems()).hasSize(3);
        String message = (String) table.getColumns().get(4).getCellData(2);
        assertThat(message).isEqualTo("Row 4: order 9999999999 (column B (订单号)) is not in this shop. Sync first, "
                + "or check the number.");
        assertThat(robot.lookup("#shipping-apply").queryAs(Button.class).isDisabled()).isTrue();

        Platform.runLater(() -> robot.lookup("#shipping-apply-valid").queryAs(Button.class).fire());
        Label summary = robot.lookup("#shipping-results-summary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> summary.getText().endsWith("2 waiting to send")
                || summary.getText().startsWith("2 confirmed"));
        assertThat(dialogs.said).anyMatch(s -> s.startsWith("confirm: Ship the 2 valid rows"));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#shipping-apply-valid").queryAs(Button.class).isDisabled()).as("applied once")
                .isTrue();

        Path report = dir.resolve("refused.xlsx");
        dialogs.saveTo = report;
        Platform.runLater(() -> robot.lookup("#shipping-save-report").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogs.said.contains(
                "notice: 1 rows written to refused.xlsx."));
        try (InputStream in = Files.newInputStream(report); XSSFWorkbook wb = new XSSFWorkbook(in)) {
            Sheet s = wb.getSheetAt(0);
            assertThat(s.getLastRowNum()).as("only the refused row after apply-valid").isEqualTo(1);
            assertThat(s.getRow(1).getCell(1).getStringCellValue()).isEqualTo("9999999999");
        }

        shop.sync.engine().runOnce(SyncProgress.NONE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> summary.getText()
                .equals("2 confirmed, 0 refused, 0 waiting to send"));
        for (String id : orders.subList(0, 2)) {
            assertThat(shop.sandbox("SELECT status FROM orders WHERE order_id = ?", Long.parseLong(id)))
                    .containsExactly("3");
        }
    }

    @Test
    void inChineseTheRowMessagesAreLocalised(FxRobot robot) throws Exception {
        Platform.runLater(() -> load(Locale.SIMPLIFIED_CHINESE));
        WaitForAsyncUtils.waitForFxEvents();
        openAndCheck(robot, workbook("zh.xlsx", List.of("9999999998"), "Y073"));
        waitForPreview(robot);
        assertThat(robot.lookup("#shipping-preview-summary").queryAs(Label.class).getText())
                .isEqualTo("共 1 行：有效 0 行，有误 1 行。尚未发货。");
        @SuppressWarnings("unchecked")
        TableView<dev.wharf.shipping.RowResult> table = robot.lookup("#shipping-preview").queryAs(TableView.class);
        assertThat((String) table.getColumns().get(4).getCellData(0)).startsWith("第 2 行：订单 9999999998");
    }

    @Test
    void cancellingALongDryRunLeavesNothingApplied(FxRobot robot) throws Exception {
        Path big = dir.resolve("big.csv");
        try (Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            w.write("订单号,物流公司编号,物流单号\n");
            for (int i = 0; i < 400_000; i++) {
                w.write((8_000_000_000L + i) + ",Y073,SF" + i + "\n");
            }
        }
        long before = Long.parseLong(shop.local("SELECT count(*) FROM outbox").get(0));
        openAndCheck(robot, big);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#shipping-progress").queryAs(Label.class)
                .getText().equals("Checking every row…"));
        Platform.runLater(() -> robot.lookup("#shipping-cancel").queryAs(Button.class).fire());
        Label error = robot.lookup("#shipping-error").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> error.getText()
                .equals("Stopped: nothing was shipped or written."));
        assertThat(robot.lookup("#shipping-preview-box").query().isVisible()).as("no preview").isFalse();
        assertThat(Long.parseLong(shop.local("SELECT count(*) FROM outbox").get(0))).isEqualTo(before);
    }

    @Test
    void aMappingAdjustedByHandIsUsedAndRememberedForTheSameHeaders(FxRobot robot) throws Exception {
        String order = shippable(1).get(0);
        Path file = dir.resolve("forwarder.csv");
        Files.writeString(file, "单据,承运,号码\n" + order + ",Y073,SFMAP1\n", StandardCharsets.UTF_8);
        Platform.runLater(() -> screen.open(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#mapping-order_id").tryQuery()
                .isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        javafx.scene.control.ComboBox<?> orderColumn = robot.lookup("#mapping-order_id")
                .queryAs(javafx.scene.control.ComboBox.class);
        assertThat(orderColumn.getSelectionModel().getSelectedIndex()).as("nothing detected").isZero();
        Platform.runLater(() -> {
            orderColumn.getSelectionModel().select(1);
            robot.lookup("#mapping-carrier_code").queryAs(javafx.scene.control.ComboBox.class).getSelectionModel()
                    .select(2);
            robot.lookup("#mapping-tracking_number").queryAs(javafx.scene.control.ComboBox.class)
                    .getSelectionModel().select(3);
            robot.lookup("#shipping-dry-run").queryAs(Button.class).fire();
        });
        waitForPreview(robot);
        assertThat(robot.lookup("#shipping-preview-summary").queryAs(Label.class).getText())
                .isEqualTo("1 rows: 1 valid, 0 refused. Nothing is shipped yet.");

        Platform.runLater(() -> load(Locale.ENGLISH));
        WaitForAsyncUtils.waitForFxEvents();
        Platform.runLater(() -> screen.open(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#mapping-order_id").tryQuery()
                .isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#mapping-order_id").queryAs(javafx.scene.control.ComboBox.class)
                .getSelectionModel().getSelectedIndex()).as("remembered for this header layout").isEqualTo(1);
        assertThat(robot.lookup("#mapping-tracking_number").queryAs(javafx.scene.control.ComboBox.class)
                .getSelectionModel().getSelectedIndex()).isEqualTo(3);
    }

    @Test
    void aWorkbookWithSeveralSheetsAsksWhichOneAndMapsThatSheet(FxRobot robot) throws Exception {
        Path f = dir.resolve("two-sheets.xlsx");
        try (XSSFWorkbook wb = new XSSFWorkbook(); OutputStream os = Files.newOutputStream(f)) {
            wb.createSheet("说明").createRow(0).createCell(0).setCellValue("请在第二页填写");
            Row h = wb.createSheet("发货").createRow(0);
            String[] header = {"订单号", "物流公司", "运单号"};
            for (int i = 0; i < header.length; i++) {
                h.createCell(i).setCellValue(header[i]);
            }
            wb.write(os);
        }
        Platform.runLater(() -> screen.open(f));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#mapping-order_id").tryQuery()
                .isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#shipping-sheet").query().getParent().isVisible()).isTrue();
        Platform.runLater(() -> robot.lookup("#shipping-sheet").queryAs(javafx.scene.control.ComboBox.class)
                .getSelectionModel().select(1));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#mapping-tracking_number").tryQuery()
                .map(n -> ((javafx.scene.control.ComboBox<?>) n).getSelectionModel().getSelectedIndex() == 3)
                .orElse(false));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#mapping-order_id").queryAs(javafx.scene.control.ComboBox.class)
                .getSelectionModel().getSelectedIndex()).isEqualTo(1);
        assertThat(robot.lookup("#mapping-carrier").queryAs(javafx.scene.control.ComboBox.class)
                .getSelectionModel().getSelectedIndex()).isEqualTo(2);
    }
}
