package dev.wharf.app;

import dev.wharf.products.ProductImageService;
import dev.wharf.products.ProductService;
import dev.wharf.products.ui.BulkEditController;
import dev.wharf.products.ui.ProductEditorController;
import dev.wharf.products.ui.ProductImagesController;
import dev.wharf.products.ui.ProductsController;
import dev.wharf.products.ui.SkuDetailsController;
import dev.wharf.store.Database;
import dev.wharf.store.outbox.SqliteLocalCommands;
import dev.wharf.store.products.FileProductImages;
import dev.wharf.store.products.SqliteProductLocalData;
import dev.wharf.store.products.SqliteProductQueries;
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
    private final ProductImageService images;

    ProductScreens(Database database, SyncStatus status) {
        this.images = new ProductImageService(FileProductImages.of(database));
        this.products = new ProductService(new SqliteProductQueries(database),
                new SqliteProductLocalData(database, Clock.systemUTC()), new SqliteLocalCommands(database,
                Clock.systemUTC(), counts -> status.setOutboxCounts(counts.pending(), counts.needsAttention())));
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
                .register(ProductImagesController.class, () -> new ProductImagesController(executor, images, m,
                        dialogs));
    }

    static ViewLoader.View<ProductsController> load(ViewLoader loader) {
        return loader.load(ProductsController.class, "Products.fxml");
    }
}
