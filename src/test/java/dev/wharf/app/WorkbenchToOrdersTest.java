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
import javafx.scene.control.CheckBox;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
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
 * The Workbench's to-dos count the shop's work and open the Orders screen with the matching filter; the composition
 * wires the Orders screen to the order-actions work (decision 0009): selecting an order shows the full order detail
 * beside the list, and "Accept selected" opens the accept window, which checks stock first.
 */
@ExtendWith(ApplicationExtension.class)
class WorkbenchToOrdersTest {
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
            orders.order("2001", "T2", 17, 2, 30_000, now.minus(Duration.ofDays(5)), "李雨涵", "13912345678");
            orders.order("3001", "T3", 4, 2, 20_000, now.minus(Duration.ofDays(20)), "张伟", "13700000000");
            orders.order("4001", "T4", 17, 2, 30_000, now.minus(Duration.ofHours(1)), "赵敏", "13600000000");
        }
        app = new AppComposition(paths, settings, profile);
        new MainWindow(stage, app).show();
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    void toDosCountTheWorkAndOpenTheMatchingOrders(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "2".equals(text(robot, "#todo-to-accept")));
        assertThat(text(robot, "#todo-to-ship")).isEqualTo("2");
        assertThat(text(robot, "#todo-due-soon")).as("2 to accept within 24 h, 1 overdue shipment").isEqualTo("3");

        robot.clickOn("#todo-open-to-accept");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rows(robot) == 1);
        assertThat(robot.lookup("#screen-title").queryAs(Label.class).getText()).isEqualTo("Orders");
        assertThat(robot.lookup("#orders-tab-awaitingAccept").queryAs(ToggleButton.class).isSelected()).isTrue();

        robot.clickOn("#nav-workbench");
        robot.clickOn("#todo-open-due-soon");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> rows(robot) == 2);
        assertThat(robot.lookup("#orders-tab-all").queryAs(ToggleButton.class).isSelected()).isTrue();
        assertThat(robot.lookup("#orders-at-risk").queryAs(CheckBox.class).isSelected()).isTrue();
    }

    @Test
    @SuppressWarnings({"rawtypes", "unchecked"})
    void anOrderOpensItsDetailAndAcceptOpensTheAcceptWindow(FxRobot robot) throws Exception {
        robot.clickOn("#nav-orders");
        robot.clickOn("#orders-tab-awaitingAccept");
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

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    private static int rows(FxRobot robot) {
        return robot.lookup("#orders-table").queryAs(TreeTableView.class).getRoot().getChildren().size();
    }

    @SuppressWarnings("rawtypes")
    private static TreeTableView table(FxRobot robot) {
        return robot.lookup("#orders-table").queryAs(TreeTableView.class);
    }
}
