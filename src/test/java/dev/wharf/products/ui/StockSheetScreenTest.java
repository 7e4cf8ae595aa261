package dev.wharf.products.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.orders.ShopFixture;
import dev.wharf.products.SkuFilter;
import dev.wharf.products.sheets.ProductExporter;
import dev.wharf.products.sheets.StockImporter;
import dev.wharf.shipping.ui.ShippingScreenTest.Dialogs;
import dev.wharf.store.SqliteLayoutMemory;
import dev.wharf.store.products.SqliteStockSheets;
import dev.wharf.sync.SyncProgress;
import dev.wharf.ui.fxml.ControllerFactory;
import dev.wharf.ui.fxml.ViewLoader;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.task.FxTaskExecutor;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
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

/**
 * The products screen's stock and price spreadsheet panel on a shop synced from the real sandbox: the export, and the
 * import wizard's flow (file → mapping → dry run → refused row blocks apply → apply valid → platform answers after a
 * sync → error report), in English and Chinese.
 */
@ExtendWith(ApplicationExtension.class)
class StockSheetScreenTest {
    @TempDir
    static Path dir;
    static ShopFixture shop;
    private final FxTaskExecutor executor = new FxTaskExecutor(Throwable::printStackTrace);
    private final Dialogs dialogs = new Dialogs();
    private Stage stage;
    private StockSheetController screen;

    @BeforeAll
    static void startShop() {
        shop = new ShopFixture(dir, 0);
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
        SqliteStockSheets sheets = new SqliteStockSheets(shop.db);
        StockImporter importer = new StockImporter(sheets, shop.sync.commands(), new SqliteLayoutMemory(shop.db,
                "product_mapping", Clock.systemUTC()));
        ControllerFactory controllers = new ControllerFactory().register(StockSheetController.class,
                () -> new StockSheetController(executor, importer, new ProductExporter(sheets), shop.status,
                        messages, dialogs));
        ViewLoader.View<StockSheetController> view = new ViewLoader(controllers, messages)
                .load(StockSheetController.class, "StockSheet.fxml");
        screen = view.controller();
        screen.openImport();
        stage.setScene(new Scene(view.root(), 900, 800));
    }

    @AfterEach
    void stop() {
        Platform.runLater(screen::suspend);
        WaitForAsyncUtils.waitForFxEvents();
        executor.close();
    }

    private List<String> skus(int n) {
        return shop.local("SELECT outer_sku_id FROM sku WHERE used = 1 ORDER BY outer_sku_id LIMIT ?", n);
    }

    private void openAndCheck(FxRobot robot, Path file) throws Exception {
        Platform.runLater(() -> screen.open(file));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#stock-mapping-outer_sku_id")
                .tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Platform.runLater(() -> robot.lookup("#stock-sheet-dry-run").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#stock-sheet-preview").query()
                .getParent().isVisible());
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void exportWritesEverySkuWithProgressAndSaysWhere(FxRobot robot) throws Exception {
        Path out = dir.resolve("products.xlsx");
        Platform.runLater(() -> screen.export(SkuFilter.all(), out));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogs.said.stream()
                .anyMatch(s -> s.startsWith("notice: ")));
        long skus = Long.parseLong(shop.local("SELECT count(*) FROM sku WHERE used = 1").get(0));
        assertThat(dialogs.said).anyMatch(s -> s.contains(skus + " SKU(s) written to products.xlsx"));
        assertThat(Files.exists(out)).isTrue();
    }

    @Test
    void aRefusedRowBlocksApplyAndTheValidRowsGoOutExplicitlyWithThePlatformsAnswers(FxRobot robot)
            throws Exception {
        List<String> ids = skus(2);
        Path file = Files.writeString(dir.resolve("stock.csv"), "商家编码,库存,价格\n" + ids.get(0) + ",77,\n"
                + ids.get(1) + ",78,12.34\nNOPE-1,1,\n", StandardCharsets.UTF_8);
        openAndCheck(robot, file);

        assertThat(robot.lookup("#stock-sheet-summary").queryAs(Label.class).getText())
                .startsWith("3 row(s): 2 changed, 0 unchanged, 1 refused.");
        @SuppressWarnings("unchecked")
        TableView<dev.wharf.products.sheets.StockRow> table = robot.lookup("#stock-sheet-preview")
                .queryAs(TableView.class);
        assertThat((String) table.getColumns().get(3).getCellData(0)).startsWith("Stock ").endsWith("→ 77");
        assertThat((String) table.getColumns().get(4).getCellData(2))
                .isEqualTo("Row 4: no SKU of the shop has the outer id NOPE-1. Check the id, or sync first.");
        assertThat(robot.lookup("#stock-sheet-apply").queryAs(Button.class).isDisabled()).isTrue();

        Platform.runLater(() -> robot.lookup("#stock-sheet-apply-valid").queryAs(Button.class).fire());
        Label summary = robot.lookup("#stock-sheet-results-summary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> summary.getText().contains("2 waiting")
                || summary.getText().startsWith("2 confirmed"));
        assertThat(dialogs.said).anyMatch(s -> s.startsWith("confirm: Apply the 2 changed row(s)"));
        assertThat(shop.local("SELECT stock FROM sku WHERE outer_sku_id = ?", ids.get(0))).containsExactly("77");

        Path report = dir.resolve("refused.xlsx");
        dialogs.saveTo = report;
        Platform.runLater(() -> robot.lookup("#stock-sheet-report").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> dialogs.said.contains(
                "notice: Error report of 1 row(s) written to refused.xlsx."));

        shop.sync.engine().runOnce(SyncProgress.NONE);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> summary.getText()
                .equals("2 confirmed, 0 waiting, 0 refused."));
        assertThat(shop.sandbox("SELECT stock FROM sku WHERE outer_id = ?", ids.get(1))).containsExactly("78");
        assertThat(shop.sandbox("SELECT price_fen FROM sku WHERE outer_id = ?", ids.get(1))).containsExactly("1234");
    }

    @Test
    void cancellingALongDryRunLeavesNothingChanged(FxRobot robot) throws Exception {
        Path big = dir.resolve("big.csv");
        try (java.io.Writer w = Files.newBufferedWriter(big, StandardCharsets.UTF_8)) {
            w.write("商家编码,库存\n");
            for (int i = 0; i < 400_000; i++) {
                w.write("BIG-" + i + "," + i + "\n");
            }
        }
        long before = Long.parseLong(shop.local("SELECT count(*) FROM outbox").get(0));
        Platform.runLater(() -> screen.open(big));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#stock-mapping-outer_sku_id")
                .tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        Platform.runLater(() -> robot.lookup("#stock-sheet-dry-run").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#stock-sheet-progress")
                .queryAs(Label.class).getText().equals("Checking every row…"));
        Platform.runLater(() -> robot.lookup("#stock-sheet-cancel").queryAs(Button.class).fire());
        Label error = robot.lookup("#stock-sheet-error").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> error.getText()
                .equals("Cancelled: nothing was changed or written."));
        assertThat(robot.lookup("#stock-sheet-preview").query().getParent().isVisible()).as("no preview").isFalse();
        assertThat(Long.parseLong(shop.local("SELECT count(*) FROM outbox").get(0))).isEqualTo(before);
    }

    @Test
    void inChineseTheWizardSpeaksChinese(FxRobot robot) throws Exception {
        Platform.runLater(() -> load(Locale.SIMPLIFIED_CHINESE));
        WaitForAsyncUtils.waitForFxEvents();
        Path file = Files.writeString(dir.resolve("zh.csv"), "外部编码,数量\nNOPE-2,-1\n", StandardCharsets.UTF_8);
        openAndCheck(robot, file);
        assertThat(robot.lookup("#stock-sheet-summary").queryAs(Label.class).getText())
                .startsWith("共 1 行：0 行有修改，0 行不变，1 行被拒绝。");
        @SuppressWarnings("unchecked")
        TableView<dev.wharf.products.sheets.StockRow> table = robot.lookup("#stock-sheet-preview")
                .queryAs(TableView.class);
        assertThat((String) table.getColumns().get(2).getCellData(0)).isEqualTo("已拒绝");
        assertThat((String) table.getColumns().get(4).getCellData(0)).startsWith("第 2 行：");
    }
}
