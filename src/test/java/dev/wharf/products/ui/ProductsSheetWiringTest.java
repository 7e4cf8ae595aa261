package dev.wharf.products.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.orders.ShopFixture;
import dev.wharf.products.ProductImageService;
import dev.wharf.products.ProductService;
import dev.wharf.products.sheets.ProductExporter;
import dev.wharf.products.sheets.StockImporter;
import dev.wharf.shipping.ui.ShippingScreenTest.Dialogs;
import dev.wharf.spreadsheet.Progress;
import dev.wharf.spreadsheet.SheetRow;
import dev.wharf.spreadsheet.WorkbookReader;
import dev.wharf.spreadsheet.Workbooks;
import dev.wharf.store.SqliteLayoutMemory;
import dev.wharf.store.products.FileProductImages;
import dev.wharf.store.products.SqliteProductLocalData;
import dev.wharf.store.products.SqliteProductQueries;
import dev.wharf.store.products.SqliteStockSheets;
import dev.wharf.ui.fxml.ControllerFactory;
import dev.wharf.ui.fxml.ViewLoader;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.task.FxTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
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
 * The products screen's Export… and Import stock and price… buttons: the export writes the SKUs of the current
 * search, the import opens the wizard over the list and Close brings the list back.
 */
@ExtendWith(ApplicationExtension.class)
class ProductsSheetWiringTest {
    @TempDir
    static Path dir;
    static ShopFixture shop;
    private final FxTaskExecutor executor = new FxTaskExecutor(Throwable::printStackTrace);
    private final Dialogs dialogs = new Dialogs();
    private ProductsController screen;

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
        Messages m = Messages.forLocale(Locale.ENGLISH);
        ProductService products = new ProductService(new SqliteProductQueries(shop.db),
                new SqliteProductLocalData(shop.db, Clock.systemUTC()), shop.sync.commands());
        SqliteStockSheets sheets = new SqliteStockSheets(shop.db);
        StockImporter importer = new StockImporter(sheets, shop.sync.commands(), new SqliteLayoutMemory(shop.db,
                "product_mapping", Clock.systemUTC()));
        ControllerFactory controllers = new ControllerFactory()
                .register(ProductsController.class, () -> new ProductsController(executor, products, shop.status, m,
                        dialogs))
                .register(BulkEditController.class, () -> new BulkEditController(executor, products, shop.status, m))
                .register(SkuDetailsController.class, () -> new SkuDetailsController(executor, products, m))
                .register(ProductEditorController.class, () -> new ProductEditorController(executor, products, m))
                .register(StockSheetController.class, () -> new StockSheetController(executor, importer,
                        new ProductExporter(sheets), shop.status, m, dialogs))
                .register(ProductImagesController.class, () -> new ProductImagesController(executor,
                        new ProductImageService(FileProductImages.of(shop.db)), m, dialogs));
        ViewLoader.View<ProductsController> view = new ViewLoader(controllers, m).load(ProductsController.class,
                "Products.fxml");
        screen = view.controller();
        screen.activate();
        stage.setScene(new Scene(view.root(), 1200, 800));
        stage.show();
    }

    @AfterEach
    void stop() {
        Platform.runLater(screen::deactivate);
        WaitForAsyncUtils.waitForFxEvents();
        executor.close();
    }

    @Test
    void exportWritesTheSearchedSkusAndImportOpensTheWizardOverTheList(FxRobot robot) throws Exception {
        String brand = shop.local("SELECT p.brand FROM product p JOIN sku s ON s.product_id = p.product_id "
                + "WHERE s.used = 1 AND p.brand IS NOT NULL ORDER BY p.brand LIMIT 1").get(0);
        long matching = Long.parseLong(shop.local("SELECT count(*) FROM sku s JOIN product p ON p.product_id = "
                + "s.product_id WHERE s.used = 1 AND p.brand = ?", brand).get(0));
        robot.interact(() -> {
            robot.lookup("#products-search").queryTextInputControl().setText(brand);
            robot.lookup("#products-search").queryTextInputControl().fireEvent(new javafx.event.ActionEvent());
        });
        WaitForAsyncUtils.waitForFxEvents();

        Path out = dir.resolve("searched.xlsx");
        dialogs.saveTo = out;
        Platform.runLater(() -> robot.lookup("#products-export").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> dialogs.said.stream()
                .anyMatch(s -> s.startsWith("notice: ")));
        WaitForAsyncUtils.waitForFxEvents();
        List<SheetRow> rows = new ArrayList<>();
        try (WorkbookReader r = Workbooks.open(out)) {
            r.read(0, rows::add, Progress.NONE);
        }
        assertThat(rows.size() - 1L).as("the SKUs of the search for " + brand).isEqualTo(matching);
        assertThat(rows.subList(1, rows.size())).allMatch(row -> row.cell(7).text().equals(brand));
        assertThat(robot.lookup("#products-table").query().isVisible()).as("the list is back").isTrue();

        Platform.runLater(() -> robot.lookup("#products-import-stock").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#stock-sheet").query().isVisible()).isTrue();
        assertThat(robot.lookup("#products-table").query().getParent().isVisible()).isFalse();
        Platform.runLater(() -> robot.lookup("#stock-sheet-close").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#stock-sheet").query().isVisible()).isFalse();
        assertThat(robot.lookup("#products-table").query().getParent().isVisible()).isTrue();
    }
}
