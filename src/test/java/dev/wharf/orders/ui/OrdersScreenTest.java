package dev.wharf.orders.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.orders.OrderFilter;
import dev.wharf.orders.OrderTab;
import dev.wharf.store.Database;
import dev.wharf.store.orders.SqliteOrderList;
import dev.wharf.store.orders.TestOrders;
import dev.wharf.sync.SyncStatus;
import dev.wharf.ui.fxml.ControllerFactory;
import dev.wharf.ui.fxml.ViewLoader;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.task.FxTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/** The Orders screen as a user works it, in English and in Chinese, on a real shop database. */
@ExtendWith(ApplicationExtension.class)
class OrdersScreenTest {
    static final Instant NOW = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);

    @TempDir
    Path dir;
    Database db;
    FxTaskExecutor executor;
    OrdersController controller;
    final SyncStatus sync = new SyncStatus();
    final List<List<String>> accepted = new ArrayList<>();
    final List<String> opened = new ArrayList<>();
    final List<List<String>> shippedTogether = new ArrayList<>();

    void open(FxRobot robot, Locale locale) throws Exception {
        db = Database.open(dir.resolve("wharf.db"));
        TestOrders orders = new TestOrders(db);
        Instant t = NOW.minus(Duration.ofHours(3));
        orders.order("1001", "T1", 2, 3, 150_000, t, "欧阳娜娜", "13800001111");
        orders.order("1002", "T1", 2, 3, 120_000, t, "欧阳娜娜", "13800001111");
        orders.order("1003", "T1", 17, 7, 9_900, t, "欧阳娜娜", "13800001111");
        orders.order("2001", "T2", 2, 2, 30_000, NOW.minus(Duration.ofHours(1)), "王芳", "13912345678");
        orders.order("3001", "T3", 4, 2, 20_000, NOW.minus(Duration.ofDays(20)), "李雨涵", "13700000000");
        if (generated > 0) {
            new dev.wharf.store.orders.OrderGenerator(5, NOW).generate(db, generated, n -> { });
        }
        executor = new FxTaskExecutor(e -> { throw new AssertionError(e); });
        Messages messages = Messages.forLocale(locale);
        OrderListActions actions = new OrderListActions() {
            @Override
            public void accept(List<String> orderIds) {
                accepted.add(orderIds);
            }

            @Override
            public void shipTogether(List<String> orderIds) {
                shippedTogether.add(orderIds);
            }

            @Override
            public javafx.scene.Node open(String orderId) {
                opened.add(orderId);
                return null;
            }
        };
        ControllerFactory factory = new ControllerFactory().register(OrdersController.class, () ->
                new OrdersController(executor, new SqliteOrderList(db, Clock.systemUTC()), sync, messages, actions,
                        Clock.fixed(NOW, ZoneOffset.UTC)))
                .register(ShippingExportController.class, () -> new ShippingExportController(executor, messages,
                        new RecordingDialogs(), new UnusedShippingExport()));
        robot.interact(() -> {
            ViewLoader.View<OrdersController> view = new ViewLoader(factory, messages)
                    .load(OrdersController.class, "Orders.fxml");
            controller = view.controller();
            Stage stage = new Stage();
            stage.setScene(new Scene(view.root(), 1200, 700));
            stage.show();
            controller.activate();
        });
        waitFor(() -> rootChildren(robot) >= 3);
    }

    int generated;

    @Test
    void scrollingToTheEndLoadsTheNextPageInTheBackground(FxRobot robot) throws Exception {
        generated = 1000;
        open(robot, Locale.ENGLISH);
        int first = rootChildren(robot);
        assertThat(first).as("one page of 50 orders, grouped").isBetween(3, 50);

        robot.interact(() -> table(robot).scrollTo(table(robot).getExpandedItemCount() - 1));
        waitFor(() -> rootChildren(robot) > first);
        assertThat(rootChildren(robot)).as("pages as the user scrolls, never the whole shop").isLessThan(400);

        assertThat(text(robot, "#orders-list-status")).endsWith("scroll for more");
        assertThat(table(robot).getRoot().getChildren().stream().map(c -> c.getValue().cart().tradeId()))
                .doesNotHaveDuplicates();
    }

    @AfterEach
    void close() {
        if (controller != null) {
            WaitForAsyncUtils.asyncFx(controller::deactivate);
        }
        if (executor != null) {
            executor.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    void findACartByAChineseNameExpandItAndSeeItsOrdersAndItems(FxRobot robot) throws Exception {
        open(robot, Locale.ENGLISH);

        robot.clickOn("#orders-search").write("欧阳娜").type(javafx.scene.input.KeyCode.ENTER);
        waitFor(() -> rootChildren(robot) == 1);

        TreeItem<OrderRow> cart = table(robot).getRoot().getChildren().get(0);
        assertThat(cell(robot, 0, 0)).isEqualTo("Cart T1 · 3 orders");
        assertThat(cell(robot, 0, 3)).isEqualTo("¥2,799.00");
        assertThat(cell(robot, 0, 6)).isEqualTo("over 2000 RMB; different delivery types");
        robot.interact(() -> {
            cart.setExpanded(true);
            cart.getChildren().forEach(o -> o.setExpanded(true));
        });
        assertThat(visibleTexts(robot)).contains("1001", "1002", "1003", "UGG 雪地靴  尺寸: 6, 颜色: 红色  ×1",
                "Awaiting accept", "Xlobo direct mail").doesNotContain("13800001111");

        robot.interact(() -> table(robot).getSelectionModel().select(cart.getChildren().get(0)));
        assertThat(opened).containsExactly("1001");
        assertThat(text(robot, "#orders-detail-title")).isEqualTo("Order 1001");
        assertThat(text(robot, "#orders-detail-receiver")).isEqualTo("Receiver: 欧阳娜娜");
        assertThat(robot.lookup("#orders-detail").queryAs(VBox.class).getChildren().stream()
                .map(n -> ((Label) n).getText()).collect(Collectors.joining("\n"))).doesNotContain("13800001111")
                .contains("尺寸: 6, 颜色: 红色");
    }

    @Test
    void selectedCartsAreAcceptedAsTheirOrdersAwaitingAcceptance(FxRobot robot) throws Exception {
        open(robot, Locale.ENGLISH);
        assertThat(robot.lookup("#orders-accept").queryButton().isDisabled()).isTrue();

        robot.interact(() -> {
            table(robot).getSelectionModel().select(0);
            table(robot).getSelectionModel().select(1);
        });
        assertThat(text(robot, "#orders-selection")).isEqualTo("3 orders to accept");
        robot.clickOn("#orders-accept");

        assertThat(accepted).hasSize(1);
        assertThat(accepted.get(0)).containsExactlyInAnyOrder("2001", "1001", "1002");
    }

    @Test
    void tabsShowLiveCountsAndSwitchTheListInChinese(FxRobot robot) throws Exception {
        open(robot, Locale.SIMPLIFIED_CHINESE);
        waitFor(() -> tab(robot, "awaitingAccept").getText().equals("待接单（3）"));
        assertThat(tab(robot, "all").getText()).isEqualTo("全部（5）");
        assertThat(tab(robot, "received").getText()).isEqualTo("已收货（1）");

        robot.clickOn("#orders-tab-received");
        waitFor(() -> rootChildren(robot) == 1);
        assertThat(cell(robot, 0, 0)).isEqualTo("购物车 T3 · 1 个订单");
        assertThat(controller.filter().tab()).isEqualTo(OrderTab.RECEIVED);

        new TestOrders(db).order("4001", "T4", 2, 5, 10_000, NOW, "张伟", "13600000000");
        sync.markSynced(NOW);
        waitFor(() -> tab(robot, "awaitingAccept").getText().equals("待接单（4）"));
    }

    @Test
    void aFilterFromElsewhereSetsTheControlsAndTheList(FxRobot robot) throws Exception {
        open(robot, Locale.ENGLISH);

        robot.interact(() -> controller.show(OrderFilter.of(OrderTab.ALL).withSearch("王芳").withAtRisk(true)));
        waitFor(() -> rootChildren(robot) == 1);

        assertThat(robot.lookup("#orders-search").queryAs(TextField.class).getText()).isEqualTo("王芳");
        assertThat(robot.lookup("#orders-at-risk").queryAs(javafx.scene.control.CheckBox.class).isSelected()).isTrue();
        assertThat(cell(robot, 0, 0)).isEqualTo("Cart T2 · 1 order");
        assertThat(cell(robot, 0, 4)).isEqualTo("in 23 h 1 min");
    }

    static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    @SuppressWarnings("unchecked")
    static TreeTableView<OrderRow> table(FxRobot robot) {
        return robot.lookup("#orders-table").queryAs(TreeTableView.class);
    }

    static int rootChildren(FxRobot robot) {
        return table(robot).getRoot().getChildren().size();
    }

    static String cell(FxRobot robot, int row, int column) {
        return table(robot).getColumns().get(column).getCellData(table(robot).getRoot().getChildren().get(row))
                .toString();
    }

    static ToggleButton tab(FxRobot robot, String id) {
        return robot.lookup("#orders-tab-" + id).queryAs(ToggleButton.class);
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }

    /** Every text the table cells show now. */
    static List<String> visibleTexts(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        return robot.lookup("#orders-table .tree-table-cell").queryAll().stream()
                .map(n -> ((javafx.scene.control.Labeled) n).getText()).filter(s -> s != null && !s.isEmpty())
                .collect(Collectors.toList());
    }

    static Node node(FxRobot robot, String query) {
        return robot.lookup(query).query();
    }
}
