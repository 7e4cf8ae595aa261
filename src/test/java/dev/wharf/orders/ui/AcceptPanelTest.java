package dev.wharf.orders.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.orders.AcceptLine;
import dev.wharf.orders.AcceptPlan;
import dev.wharf.orders.AcceptSource;
import dev.wharf.store.SqliteAcceptSource;
import java.util.Collection;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import dev.wharf.orders.AcceptService;
import dev.wharf.orders.ShopFixture;
import dev.wharf.ui.fxml.ControllerFactory;
import dev.wharf.ui.fxml.ViewLoader;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.task.FxTaskExecutor;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
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
 * Journey 1's accept step on the accept panel, against a real sandbox: two carts each with an order short of stock;
 * one cart is held, of the other the rest is accepted; the results come back order by order.
 */
@ExtendWith(ApplicationExtension.class)
class AcceptPanelTest {
    @TempDir
    static Path dir;
    static ShopFixture shop;
    private final FxTaskExecutor executor = new FxTaskExecutor(Throwable::printStackTrace);
    private AcceptPanelController panel;
    /** Holds planning's reads back while closed (the cancel test), so Cancel is pressed while planning runs. */
    private final CountDownLatch gate = new CountDownLatch(1);
    private volatile boolean gated;

    /** Reads through to the store; while {@code gated}, each read waits for the gate. */
    private final class GatedSource implements AcceptSource {
        private final AcceptSource store;

        GatedSource(AcceptSource store, CountDownLatch unused) {
            this.store = store;
        }

        @Override
        public List<AcceptLine> lines(Collection<String> orderIds) {
            if (gated) {
                try {
                    gate.await(20, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            return store.lines(orderIds);
        }

        @Override
        public Map<String, Integer> stock(Collection<String> skuKeys) {
            return store.stock(skuKeys);
        }

        @Override
        public List<String> awaitingAccept() {
            return store.awaitingAccept();
        }

        @Override
        public List<String> ordersOfTrade(String tradeId) {
            return store.ordersOfTrade(tradeId);
        }

        @Override
        public Map<Long, EntryState> entryStates(Collection<Long> outboxIds) {
            return store.entryStates(outboxIds);
        }
    }

    @BeforeAll
    static void startShop() {
        shop = new ShopFixture(dir, 40);
    }

    @AfterAll
    static void stopShop() {
        shop.close();
    }

    @Start
    void start(Stage stage) {
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        AcceptSource gated = new GatedSource(new SqliteAcceptSource(shop.db), gate);
        ControllerFactory controllers = new ControllerFactory().register(AcceptPanelController.class,
                () -> new AcceptPanelController(executor, new AcceptService(gated, shop.sync.commands(),
                        shop.sync.delivery()), messages, shop.status));
        ViewLoader.View<AcceptPanelController> view = new ViewLoader(controllers, messages)
                .load(AcceptPanelController.class, "AcceptPanel.fxml");
        panel = view.controller();
        stage.setScene(new Scene(view.root(), 700, 700));
        stage.show();
    }

    @AfterEach
    void stop() {
        Platform.runLater(panel::deactivate);
        WaitForAsyncUtils.waitForFxEvents();
        executor.close();
    }

    @Test
    void aCartWithAShortItemIsHeldAndOfTheOtherTheRestIsAcceptedWithResultsPerOrder(FxRobot robot)
            throws Exception {
        List<String> carts = shop.splitCartsWithKnownStock(2);
        assertThat(carts).hasSize(2);
        String held = carts.get(0);
        String rest = carts.get(1);
        shop.localWrite("UPDATE sku SET stock = 10000");
        List<String> selected = new ArrayList<>();
        for (String cart : carts) {
            List<String> orders = shop.local("SELECT order_id FROM orders WHERE trade_id = ? ORDER BY order_id", cart);
            shop.localWrite("UPDATE sku SET stock = 0 WHERE sku_id IN (SELECT sku_id FROM order_item WHERE "
                    + "order_id = ?)", orders.get(0));
            selected.addAll(orders);
        }
        AcceptPlan expected = shop.acceptService().plan(selected, AcceptService.Progress.NONE);
        List<String> restReady = expected.shortCarts().stream().filter(c -> c.tradeId().equals(rest)).findFirst()
                .orElseThrow().readyOrders();
        assertThat(restReady).isNotEmpty();

        Platform.runLater(() -> panel.start(selected));
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#accept-confirm").queryAs(Button.class)
                .getText().startsWith("Accept "));
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#cart-hold-" + held).queryAs(RadioButton.class).isSelected()).isTrue();
        RadioButton holdDefault = robot.lookup("#cart-hold-" + rest).queryAs(RadioButton.class);
        assertThat(holdDefault.isSelected()).as("held unless the user says otherwise").isTrue();
        assertThat(robot.lookup("#accept-shortages").tryQuery()).isPresent();

        Platform.runLater(() -> robot.lookup("#cart-rest-" + rest).queryAs(RadioButton.class).fire());
        WaitForAsyncUtils.waitForFxEvents();
        Button accept = robot.lookup("#accept-confirm").queryAs(Button.class);
        assertThat(accept.getText()).isEqualTo("Accept " + restReady.size() + " orders");
        Platform.runLater(accept::fire);

        Label summary = robot.lookup("#accept-results-summary").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> summary.getText()
                .equals(restReady.size() + " confirmed, 0 refused, 0 waiting to send"));
        for (String id : restReady) {
            assertThat(robot.lookup("#accept-result-" + id).queryLabeled().getText())
                    .isEqualTo("Order " + id + ": confirmed");
            assertThat(shop.sandbox("SELECT status FROM orders WHERE order_id = ?", Long.parseLong(id)))
                    .containsExactly("17");
        }
        assertThat(shop.local("SELECT DISTINCT status FROM orders WHERE trade_id = ?", held)).containsExactly("2");
        String shortOrder = shop.local("SELECT min(order_id) FROM orders WHERE trade_id = ?", rest).get(0);
        assertThat(shop.local("SELECT status FROM orders WHERE order_id = ?", shortOrder)).containsExactly("2");
    }

    @Test
    void planningCanBeCancelledAndNothingIsAccepted(FxRobot robot) throws Exception {
        List<String> many = new ArrayList<>();
        for (int i = 0; i < 20_000; i++) {
            many.add(String.valueOf(9_000_000_000L + i));
        }
        long before = Long.parseLong(shop.local("SELECT count(*) FROM outbox").get(0));
        gated = true;
        Platform.runLater(() -> panel.start(many));
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#accept-cancel-planning")
                .queryAs(Button.class).isVisible());
        Platform.runLater(() -> robot.lookup("#accept-cancel-planning").queryAs(Button.class).fire());
        Label error = robot.lookup("#accept-error").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> error.getText().equals(
                "Stopped: nothing was accepted."));
        gate.countDown();
        assertThat(robot.lookup("#accept-plan-summary").queryAs(Label.class).getText()).isEmpty();
        assertThat(Long.parseLong(shop.local("SELECT count(*) FROM outbox").get(0))).isEqualTo(before);
    }
}
