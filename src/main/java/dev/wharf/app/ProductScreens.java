package dev.wharf.app;

import dev.wharf.products.ProductImageService;
import dev.wharf.products.ProductService;
import dev.wharf.products.sheets.ProductExporter;
import dev.wharf.products.sheets.StockImporter;
import dev.wharf.products.ui.BulkEditController;
import dev.wharf.products.ui.ProductEditorController;
import dev.wharf.products.ui.ProductImagesController;
import dev.wharf.products.ui.ProductsController;
import dev.wharf.products.ui.SkuDetailsController;
import dev.wharf.products.ui.StockSheetController;
import dev.wharf.store.Database;
import dev.wharf.store.SqliteLayoutMemory;
import dev.wharf.store.outbox.SqliteLocalCommands;
import dev.wharf.store.products.FileProductImages;
import dev.wharf.store.products.SqliteProductLocalData;
import dev.wharf.store.products.SqliteProductQueries;
import dev.wharf.store.products.SqliteStockSheets;
import dev.wharf.sync.SyncStatus;
import dev.wharf.ui.dialog.DialogService;
import dev.wharf.ui.fxml.ControllerFactory;
import dev.wharf.ui.fxml.ViewLoader;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.task.TaskExecutor;
import dev.wharf.workbench.ui.StockAlertsController;
import java.time.Clock;

/**
 * The composition of the products feature (decision 0012): its service over the shop database, and the controllers
 * of the products screen and of the Workbench's stock section.
 */
final class ProductScreens {
    private final ProductService products;
    private final StockImporter stockImporter;
    private final ProductExporter exporter;
    private final ProductImageService images;

    ProductScreens(Database database, SyncStatus status) {
        SqliteLocalCommands commands = new SqliteLocalCommands(database, Clock.systemUTC(),
                counts -> status.setOutboxCounts(counts.pending(), counts.needsAttention()));
        this.images = new ProductImageService(FileProductImages.of(database));
        this.products = new ProductService(new SqliteProductQueries(database),
                new SqliteProductLocalData(database, Clock.systemUTC()), commands);
        SqliteStockSheets sheets = new SqliteStockSheets(database);
        this.stockImporter = new StockImporter(sheets, commands, new SqliteLayoutMemory(database, "product_mapping",
                Clock.systemUTC()));
        this.exporter = new ProductExporter(sheets);
    }

    void register(ControllerFactory controllers, TaskExecutor executor, SyncStatus status, Messages m,
                  DialogService dialogs) {
        controllers.register(StockAlertsController.class, () -> new StockAlertsController(executor,
                        products.queries(), m))
                .register(ProductsController.class, () -> new ProductsController(executor, products, status, m,
                        dialogs))
                .register(BulkEditController.class, () -> new BulkEditController(executor, products, status, m))
                .register(SkuDetailsController.class, () -> new SkuDetailsController(executor, products, m))
                .register(ProductEditorController.class, () -> new ProductEditorController(executor, products, m))
                .register(StockSheetController.class, () -> new StockSheetController(executor, stockImporter,
                        exporter, status, m, dialogs))
                .register(ProductImagesController.class, () -> new ProductImagesController(executor, images, m,
                        dialogs));
    }

    static ViewLoader.View<ProductsController> load(ViewLoader loader) {
        return loader.load(ProductsController.class, "Products.fxml");
    }
}
