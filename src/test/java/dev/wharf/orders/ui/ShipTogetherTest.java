package dev.wharf.orders.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.shipping.LogisticsCompany;
import dev.wharf.shipping.MergedShipment;
import dev.wharf.shipping.ui.ShipTogetherController;
import dev.wharf.store.Database;
import dev.wharf.store.TestQueries;
import dev.wharf.store.orders.SqliteOrderList;
import dev.wharf.store.orders.TestOrders;
import dev.wharf.store.outbox.SqliteLocalCommands;
import dev.wharf.store.shipping.SqliteShipping;
import dev.wharf.sync.SyncStatus;
import dev.wharf.sync.outbox.OutboxListener;
import dev.wharf.ui.fxml.ControllerFactory;
import dev.wharf.ui.fxml.ViewLoader;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.task.FxTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.scene.Scene;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextField;
import javafx.scene.control.TreeItem;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Ship together…" from the Orders screen: the selection opens the merged-shipment dialog, which refuses orders of
 * different carts and receivers, lists each order's problem, and ships all the orders under one number — on a real
 * shop database, through the real shipping core and outbox.
 */
@ExtendWith(ApplicationExtension.class)
class ShipTogetherTest {
    static final Instant NOW = Instant.now().truncatedTo(java.time.temporal.ChronoUnit.MINUTES);

    @TempDir
    Path dir;
    Database db;
    FxTaskExecutor executor;
    OrdersController orders;
    final List<Stage> dialogs = new ArrayList<>();

    void open(FxRobot robot, Locale locale) throws Exception {
        db = Database.open(dir.resolve("wharf.db"));
        TestOrders t = new TestOrders(db);
        Instant at = NOW.minus(Duration.ofHours(3));
        t.order("1001", "T1", 17, 2, 15_000, at, "欧阳娜娜", "13800001111");
        t.order("1002", "T1", 17, 2, 12_000, at, "欧阳娜娜", "13800001111");
        t.order("2001", "T2", 17, 2, 30_000, at.plusSeconds(60), "王芳", "13912345678");
        t.order("3001", "T3", 17, 2, 20_000, at.plusSeconds(120), "欧阳娜娜", "13800001111");
        t.order("9001", "T9", 3, 2, 20_000, at.minus(Duration.ofDays(2)), "李雨涵", "13700000000");
        t.delivery("9001", 1, "SF-OLD");
        t.sql("UPDATE orders SET receiver_address = CASE WHEN receiver_name = '欧阳娜娜' THEN '上海市长宁路 5 号' "
                + "ELSE '杭州市文三路 ' || order_id END");
        t.sql("INSERT INTO logistics_company (company_code, short_name, company_name, synced_at) VALUES "
                + "('Y073', 'shunfeng', '顺丰速运', 0), ('Y068', 'ems', '中国邮政EMS', 0)");
        executor = new FxTaskExecutor(e -> { throw new AssertionError(e); });
        Messages messages = Messages.forLocale(locale);
        ControllerFactory factory = new ControllerFactory();
        ViewLoader loader = new ViewLoader(factory, messages);
        OrderListActions actions = new OrderListActions() {
            @Override
            public void accept(List<String> orderIds) {
            }

            @Override
            public void shipTogether(List<String> orderIds) {
                ViewLoader.View<ShipTogetherController> view = loader.load(ShipTogetherController.class,
                        "ShipTogether.fxml");
                Stage stage = new Stage();
                stage.setScene(new Scene(view.root(), 620, 600));
                stage.setOnHidden(e -> view.controller().deactivate());
                stage.show();
                dialogs.add(stage);
                view.controller().start(orderIds);
            }

            @Override
            public javafx.scene.Node open(String orderId) {
                return null;
            }
        };
        factory.register(OrdersController.class, () -> new OrdersController(executor,
                        new SqliteOrderList(db, Clock.systemUTC()), new SyncStatus(), messages, actions,
                        Clock.systemUTC()))
                .register(ShipTogetherController.class, () -> new ShipTogetherController(executor,
                        new MergedShipment(new SqliteShipping(db, Clock.systemUTC()),
                                new SqliteLocalCommands(db, Clock.systemUTC(), OutboxListener.NONE)), messages))
                .register(ShippingExportController.class, () -> new ShippingExportController(executor, messages,
                        new RecordingDialogs(), new UnusedShippingExport()));
        robot.interact(() -> {
            ViewLoader.View<OrdersController> view = loader.load(OrdersController.class, "Orders.fxml");
            orders = view.controller();
            Stage stage = new Stage();
            stage.setScene(new Scene(view.root(), 1200, 700));
            stage.show();
            orders.activate();
        });
        waitFor(() -> table(robot).getRoot().getChildren().size() >= 4);
    }

    @AfterEach
    void close() {
        WaitForAsyncUtils.asyncFx(() -> dialogs.forEach(Stage::close));
        if (orders != null) {
            WaitForAsyncUtils.asyncFx(orders::deactivate);
        }
        if (executor != null) {
            executor.close();
        }
        if (db != null) {
            db.close();
        }
    }

    @Test
    void ordersOfOneReceiverShipUnderOneNumberAfterTheDialogShowedWhatStoodInTheWay(FxRobot robot) throws Exception {
        open(robot, Locale.ENGLISH);
        assertThat(robot.lookup("#orders-ship-together").queryButton().isDisabled()).isTrue();

        // carts of different trades and receivers: refused as a whole
        selectCarts(robot, "T1", "T2");
        robot.clickOn("#orders-ship-together");
        waitFor(() -> !carrier(robot).getItems().isEmpty());
        assertThat(text(robot, "#ship-together-orders")).isEqualTo("3 orders: 1001, 1002, 2001");
        robot.interact(() -> carrier(robot).getSelectionModel().select(0));
        robot.clickOn("#ship-together-tracking").write("SF-T-1");
        robot.clickOn("#ship-together-check");
        waitFor(() -> !text(robot, "#ship-together-error").isEmpty());
        assertThat(text(robot, "#ship-together-error")).contains("different carts and go to different receivers");
        assertThat(robot.lookup("#ship-together-ship").queryButton().isDisabled()).isTrue();
        robot.interact(() -> dialogs.remove(0).close());

        // one receiver, two carts: a number used elsewhere is listed per order, then a good one ships all three
        selectCarts(robot, "T1", "T3");
        robot.clickOn("#orders-ship-together");
        waitFor(() -> !carrier(robot).getItems().isEmpty());
        robot.interact(() -> carrier(robot).getSelectionModel().select(new LogisticsCompany("Y073", "shunfeng",
                "顺丰速运")));
        robot.clickOn("#ship-together-tracking").write("SF-OLD");
        robot.clickOn("#ship-together-check");
        waitFor(() -> text(robot, "#ship-together-status").contains("cannot ship"));
        assertThat(text(robot, "#ship-together-status")).startsWith("3 of 3 orders cannot ship");
        assertThat(rows(robot).getItems()).allSatisfy(l -> assertThat(l).contains("SF-OLD is already used"));
        assertThat(robot.lookup("#ship-together-ship").queryButton().isDisabled()).isTrue();
        assertThat(local("SELECT count(*) FROM outbox")).containsExactly("0");

        robot.interact(() -> tracking(robot).setText("SF-NEW-1"));
        robot.clickOn("#ship-together-check");
        waitFor(() -> text(robot, "#ship-together-status").contains("can ship"));
        assertThat(rows(robot).getItems()).containsExactly("1 · 1001 — OK", "2 · 1002 — OK", "3 · 3001 — OK");
        robot.clickOn("#ship-together-ship");
        waitFor(() -> text(robot, "#ship-together-status").startsWith("Shipped"));

        assertThat(text(robot, "#ship-together-status")).isEqualTo("Shipped 3 order(s) under SF-NEW-1. The sync "
                + "sends it to the platform.");
        assertThat(local("SELECT order_id || ' ' || status FROM orders WHERE order_id IN ('1001', '1002', '3001') "
                + "ORDER BY order_id")).containsExactly("1001 3", "1002 3", "3001 3");
        assertThat(local("SELECT count(*) FROM delivery WHERE tracking_number = 'SF-NEW-1'")).containsExactly("3");
        assertThat(local("SELECT aggregate_id FROM outbox WHERE command = 'order.deliver' ORDER BY aggregate_id"))
                .containsExactly("1001", "1002", "3001");
    }

    @Test
    void theDialogSpeaksChinese(FxRobot robot) throws Exception {
        open(robot, Locale.SIMPLIFIED_CHINESE);
        selectCarts(robot, "T1");
        robot.rightClickOn("#orders-table");
        robot.clickOn("合并发货…");
        waitFor(() -> !carrier(robot).getItems().isEmpty());
        assertThat(text(robot, "#ship-together-orders")).isEqualTo("2 个订单：1001, 1002");
        robot.interact(() -> carrier(robot).getSelectionModel().select(0));
        robot.clickOn("#ship-together-check");
        waitFor(() -> !text(robot, "#ship-together-status").isEmpty());
        assertThat(rows(robot).getItems().get(0)).contains("列为空");
    }

    void selectCarts(FxRobot robot, String... trades) {
        robot.interact(() -> {
            TreeTableView<OrderRow> table = table(robot);
            table.getSelectionModel().clearSelection();
            for (String trade : trades) {
                for (TreeItem<OrderRow> cart : table.getRoot().getChildren()) {
                    if (cart.getValue().cart().tradeId().equals(trade)) {
                        table.getSelectionModel().select(cart);
                    }
                }
            }
        });
    }

    List<String> local(String sql) {
        return TestQueries.strings(db, sql);
    }

    static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, condition);
    }

    @SuppressWarnings("unchecked")
    static TreeTableView<OrderRow> table(FxRobot robot) {
        return robot.lookup("#orders-table").queryAs(TreeTableView.class);
    }

    @SuppressWarnings("unchecked")
    static ComboBox<LogisticsCompany> carrier(FxRobot robot) {
        return robot.lookup("#ship-together-carrier").queryAs(ComboBox.class);
    }

    static TextField tracking(FxRobot robot) {
        return robot.lookup("#ship-together-tracking").queryAs(TextField.class);
    }

    @SuppressWarnings("unchecked")
    static ListView<String> rows(FxRobot robot) {
        return robot.lookup("#ship-together-rows").queryAs(ListView.class);
    }

    static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
