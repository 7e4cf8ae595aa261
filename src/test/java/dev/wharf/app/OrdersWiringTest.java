package dev.wharf.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.common.AppPaths;
import dev.wharf.common.Profile;
import dev.wharf.common.settings.SettingsStore;
import dev.wharf.store.Database;
import dev.wharf.store.orders.TestOrders;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Label;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The composition wires the Orders screen to the order-actions work (decision 0009): selecting an order shows the
 * full order detail beside the list, and "Accept selected" opens the accept window, which checks stock first.
 */
@ExtendWith(ApplicationExtension.class)
class OrdersWiringTest {
    @TempDir
    Path home;
    private AppComposition app;

    @Start
    void start(Stage stage) {
        AppPaths paths = new AppPaths(home);
        SettingsStore settings = new SettingsStore(paths.settingsFile());
        settings.update(s -> s.withLanguage("en"));
        Profile profile = TestProfiles.connected(paths);
        Instant now = Instant.now();
        try (Database db = Database.open(profile.databaseFile())) {
            TestOrders orders = new TestOrders(db);
            orders.order("1001", "T1", 2, 3, 150_000, now.minus(Duration.ofHours(2)), "王芳", "13800001111");
            orders.order("1002", "T1", 2, 7, 9_900, now.minus(Duration.ofHours(2)), "王芳", "13800001111");
        }
        app = new AppComposition(paths, settings, profile);
        new MainWindow(stage, app).show();
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    @SuppressWarnings({"rawtypes", "unchecked"})
    void anOrderOpensItsDetailAndAcceptOpensTheAcceptWindow(FxRobot robot) throws Exception {
        robot.clickOn("#nav-orders");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table(robot).getRoot() != null
                && table(robot).getRoot().getChildren().size() == 1);
        TreeItem cart = (TreeItem) table(robot).getRoot().getChildren().get(0);
        robot.interact(() -> {
            cart.setExpanded(true);
            table(robot).getSelectionModel().select((TreeItem) cart.getChildren().get(0));
        });
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#detail-title").tryQuery().isPresent()
                && robot.lookup("#detail-title").queryAs(Label.class).getText().contains("1001"));
        assertThat(robot.lookup("#detail-title").queryAs(Label.class).getText()).contains("1001", "T1");
        assertThat(robot.lookup("#detail-title").queryAs(Label.class).getParent()).isNotNull();

        robot.interact(() -> table(robot).getSelectionModel().select(cart));
        robot.clickOn("#orders-accept");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> Window.getWindows().stream()
                .anyMatch(w -> w instanceof Stage s && "Accept orders".equals(s.getTitle())));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#accept-plan-summary").tryQuery()
                .map(n -> ((Label) n).getText().startsWith("2 ready to accept")).orElse(false));
    }

    @SuppressWarnings("rawtypes")
    private static TreeTableView table(FxRobot robot) {
        return robot.lookup("#orders-table").queryAs(TreeTableView.class);
    }
}
