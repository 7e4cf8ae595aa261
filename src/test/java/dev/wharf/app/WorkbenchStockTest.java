package dev.wharf.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.common.AppPaths;
import dev.wharf.common.Profile;
import dev.wharf.common.settings.SettingsStore;
import dev.wharf.store.Database;
import dev.wharf.store.products.ProductSeed;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Labeled;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The Workbench lists low-stock SKUs and SKUs with more paid, unshipped units than stock. */
@ExtendWith(ApplicationExtension.class)
class WorkbenchStockTest {
    @TempDir
    Path home;
    private AppComposition app;

    @Start
    void start(Stage stage) {
        AppPaths paths = new AppPaths(home);
        SettingsStore settings = new SettingsStore(paths.settingsFile());
        settings.update(s -> s.withLanguage("en"));
        Profile profile = TestProfiles.connected(paths);
        try (Database db = Database.open(profile.databaseFile())) {
            ProductSeed.product(db, "P1", "Shiseido 红腰子 50ml", "Shiseido", "美妆", "on_sale", 2,
                    new String[] {"SHI-50", "SHI-75"}, new int[] {2, 40}, new long[] {49_900, 69_900});
            db.write(c -> {
                c.createStatement().executeUpdate("INSERT INTO orders (order_id, trade_id, status, amount_fen, "
                        + "payment_fen, ordered_at, synced_at) VALUES ('9001', 't', 2, 1, 1, 0, 0)");
                return c.createStatement().executeUpdate("INSERT INTO order_item (order_item_id, order_id, sku_id, "
                        + "product_title, delivery_type, price_fen, quantity, payment_fen) VALUES "
                        + "('i1', '9001', 'P1-0', 'x', 2, 1, 3, 1)");
            });
        }
        app = new AppComposition(paths, settings, profile);
        new MainWindow(stage, app).show();
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    void lowStockAndOversoldSkusAreListed(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#stock-low-SHI-50").tryQuery().isPresent());
        assertThat(robot.lookup("#stock-low").queryAs(Labeled.class).getText())
                .isEqualTo("1 SKU is at or below its low-stock threshold");
        assertThat(robot.lookup("#stock-low-SHI-50").queryAs(Labeled.class).getText())
                .isEqualTo("Shiseido 红腰子 50ml 颜色: 色0 (SHI-50): 2 left");
        assertThat(robot.lookup("#stock-oversold-SHI-50").queryAs(Labeled.class).getText())
                .isEqualTo("Shiseido 红腰子 50ml 颜色: 色0 (SHI-50): 3 to ship, 2 in stock");
        assertThat(robot.lookup("#stock-low-SHI-75").tryQuery()).isEmpty();
    }
}
