package dev.wharf.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.orders.OrderFilter;
import dev.wharf.orders.OrderTab;
import dev.wharf.orders.ui.OrdersController;
import dev.wharf.orders.ui.ShippingExportController;
import dev.wharf.privacy.PersonalData;
import dev.wharf.spreadsheet.Progress;
import dev.wharf.store.Database;
import dev.wharf.store.SqliteAccessStore;
import dev.wharf.store.TestQueries;
import dev.wharf.store.orders.SqliteOrderList;
import dev.wharf.store.orders.TestOrders;
import dev.wharf.sync.SyncStatus;
import dev.wharf.ui.dialog.DialogService;
import dev.wharf.ui.fxml.ControllerFactory;
import dev.wharf.ui.fxml.ViewLoader;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.task.FxTaskExecutor;
import dev.wharf.ui.task.WorkContext;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.TreeTableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.util.WaitForAsyncUtils;

/**
 * "Export for shipping…" on the Orders screen, end to end: the real screen, the real exporter and a real shop database
 * — what the list shows (tab, search) or what is selected, of those the orders awaiting shipment, to a file.
 */
@ExtendWith(ApplicationExtension.class)
class OrdersShippingExportTest {
    @TempDir
    Path dir;
    Database db;
    FxTaskExecutor executor;
    OrdersController controller;
    final List<String> chooserFolders = new CopyOnWriteArrayList<>();
    final List<String> notices = new CopyOnWriteArrayList<>();
    volatile Path answer;

    @BeforeEach
    void shop() {
        db = Database.open(dir.resolve("wharf.db"));
        TestOrders orders = new TestOrders(db);
        Instant t = Instant.now().minus(Duration.ofHours(5));
        orders.order("1001", "T1", 17, 2, 150_000, t, "欧阳娜娜", "13800001111");
        orders.order("1002", "T1", 2, 2, 120_000, t, "欧阳娜娜", "13800001111");
        orders.order("2001", "T2", 17, 4, 30_000, t.plusSeconds(60), "王芳", "13912345678");
        orders.order("3001", "T3", 3, 7, 20_000, t.minus(Duration.ofDays(3)), "李雨涵", "13700000000");
        orders.order("3002", "T4", 3, 2, 20_000, t.minus(Duration.ofDays(3)), "李雨涵", "13700000000");
    }

    void open(FxRobot robot) {
        executor = new FxTaskExecutor(e -> { throw new AssertionError(e); });
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        DialogService dialogs = new DialogService() {
            @Override
            public void showError(String title, String message) {
                notices.add("error: " + message);
            }

            @Override
            public boolean confirm(String title, String message) {
                return true;
            }

            @Override
            public void notify(String message) {
                notices.add(message);
            }

            @Override
            public Optional<Path> chooseSaveFile(String title, String suggestedName, String filterDescription,
                                                 String extension) {
                throw new AssertionError("the screen asks with the last folder");
            }

            @Override
            public Optional<Path> chooseSaveFile(String title, String suggestedName, String filterDescription,
                                                 String extension, Optional<Path> folder) {
                chooserFolders.add(folder.map(Path::toString).orElse("-"));
                return Optional.ofNullable(answer);
            }
        };
        PersonalData personal = new PersonalData(new SqliteAccessStore(db), "office", Clock.systemUTC());
        AppShippingExport export = new AppShippingExport(db, () -> personal);
        ControllerFactory factory = new ControllerFactory()
                .register(OrdersController.class, () -> new OrdersController(executor,
                        new SqliteOrderList(db, Clock.systemUTC()), new SyncStatus(), messages,
                        new dev.wharf.orders.ui.OrderListActions() {
                            @Override
                            public void accept(List<String> orderIds) {
                            }

                            @Override
                            public javafx.scene.Node open(String orderId) {
                                return null;
                            }

                            @Override
                            public void shipTogether(List<String> orderIds) {
                            }
                        }, Clock.systemUTC()))
                .register(ShippingExportController.class, () -> new ShippingExportController(executor, messages,
                        dialogs, export));
        robot.interact(() -> {
            ViewLoader.View<OrdersController> view = new ViewLoader(factory, messages)
                    .load(OrdersController.class, "Orders.fxml");
            controller = view.controller();
            Stage stage = new Stage();
            stage.setScene(new Scene(view.root(), 1300, 700));
            stage.show();
            controller.activate();
        });
    }

    @AfterEach
    void close() {
        if (controller != null) {
            WaitForAsyncUtils.asyncFx(controller::deactivate);
        }
        if (executor != null) {
            executor.close();
        }
        db.close();
    }

    @Test
    void exportsWhatTheListShowsOrWhatIsSelectedAwaitingShipment(FxRobot robot) throws Exception {
        open(robot);
        robot.interact(() -> controller.show(OrderFilter.of(OrderTab.AWAITING_SHIPMENT).withSearch("欧阳娜")));
        waitFor(() -> roots(robot) == 1);

        answer = dir.resolve("out").resolve("shown.csv");
        Files.createDirectories(answer.getParent());
        robot.clickOn("#orders-export-shipping");
        waitFor(() -> Files.exists(answer) && status(robot).contains("exported"));
        assertThat(orderIdsIn(answer)).as("tab and search: the awaiting-shipment order of that name")
                .containsExactly("1001");
        assertThat(status(robot)).isEqualTo("1 order exported to shown.csv.");
        assertThat(Files.readString(answer, StandardCharsets.UTF_8)).as("the owner exports unmasked, audited")
                .contains("13800001111");
        assertThat(TestQueries.strings(db, "SELECT order_id FROM audit_log WHERE order_id IS NOT NULL"))
                .containsExactly("1001");

        // the Shipped tab exports the 拼邮 orders awaiting their domestic leg
        robot.interact(() -> controller.show(OrderFilter.of(OrderTab.SHIPPED)));
        waitFor(() -> roots(robot) == 2);
        answer = dir.resolve("out").resolve("domestic.csv");
        robot.clickOn("#orders-export-shipping");
        waitFor(() -> Files.exists(answer) && status(robot).contains("domestic.csv"));
        assertThat(orderIdsIn(answer)).containsExactly("3001");
        assertThat(chooserFolders).as("the chooser opens in the last export's folder")
                .containsExactly("-", dir.resolve("out").toAbsolutePath().toString());

        // a selected cart, through the list's context menu: its orders awaiting shipment only
        robot.interact(() -> controller.show(OrderFilter.of(OrderTab.ALL)));
        waitFor(() -> roots(robot) == 4);
        int t1 = rowOfTrade(robot, "T1");
        robot.interact(() -> table(robot).getSelectionModel().clearAndSelect(t1));
        answer = dir.resolve("out").resolve("selected.csv");
        robot.rightClickOn("#orders-table").clickOn("Export for shipping…");
        waitFor(() -> Files.exists(answer) && status(robot).contains("selected.csv"));
        assertThat(orderIdsIn(answer)).as("cart T1: 1001 awaits shipment, 1002 awaits acceptance")
                .containsExactly("1001");

        // nothing awaiting shipment among what the list shows: no file
        robot.interact(() -> table(robot).getSelectionModel().clearSelection());
        robot.interact(() -> controller.show(OrderFilter.of(OrderTab.ALL).withSearch("龘龘龘")));
        waitFor(() -> roots(robot) == 0);
        answer = dir.resolve("out").resolve("none.csv");
        robot.clickOn("#orders-export-shipping");
        waitFor(() -> status(robot).startsWith("None of these orders"));
        assertThat(answer).doesNotExist();
    }

    @Test
    void aCancelledExportLeavesNoFileAndNoAuditLines() {
        PersonalData personal = new PersonalData(new SqliteAccessStore(db), "office", Clock.systemUTC());
        AppShippingExport export = new AppShippingExport(db, () -> personal);
        Path out = dir.resolve("cancelled.xlsx");
        WorkContext cancelled = new WorkContext() {
            @Override
            public void progress(long done, long total) {
            }

            @Override
            public void message(String text) {
            }

            @Override
            public boolean isCancelled() {
                return true;
            }
        };
        assertThatThrownBy(() -> export.export(List.of(), OrderFilter.of(OrderTab.AWAITING_SHIPMENT), out,
                cancelled)).isInstanceOf(Progress.CancelledException.class);
        assertThat(out).doesNotExist();
        assertThat(TestQueries.longs(db, "SELECT count(*) FROM audit_log WHERE order_id IS NOT NULL").get(0)).isZero();
    }

    private static List<String> orderIdsIn(Path csv) throws Exception {
        return Files.readAllLines(csv, StandardCharsets.UTF_8).stream().skip(1).map(l -> l.split(",")[1])
                .map(s -> s.replace("\"", "")).toList();
    }

    @SuppressWarnings("unchecked")
    private static TreeTableView<Object> table(FxRobot robot) {
        return (TreeTableView<Object>) robot.lookup("#orders-table").query();
    }

    private static <T> T onFx(java.util.concurrent.Callable<T> read) {
        try {
            return WaitForAsyncUtils.asyncFx(read).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static int roots(FxRobot robot) {
        return onFx(() -> table(robot).getRoot().getChildren().size());
    }

    private static int rowOfTrade(FxRobot robot, String trade) {
        return onFx(() -> {
            for (int i = 0; i < table(robot).getExpandedItemCount(); i++) {
                if (String.valueOf(table(robot).getColumns().get(0).getCellData(i)).startsWith("Cart " + trade)) {
                    return i;
                }
            }
            throw new AssertionError("no row for " + trade);
        });
    }

    private static String status(FxRobot robot) {
        return onFx(() -> robot.lookup("#orders-export-status").queryAs(Label.class).getText());
    }

    private static void waitFor(BooleanSupplier condition) throws Exception {
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, condition::getAsBoolean);
    }
}
