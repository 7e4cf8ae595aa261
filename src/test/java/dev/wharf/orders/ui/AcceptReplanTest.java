package dev.wharf.orders.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.orders.AcceptLine;
import dev.wharf.orders.AcceptService;
import dev.wharf.orders.AcceptSource;
import dev.wharf.sync.SyncStatus;
import dev.wharf.sync.outbox.LocalCommands;
import dev.wharf.ui.fxml.ControllerFactory;
import dev.wharf.ui.fxml.ViewLoader;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.task.FxTaskExecutor;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;
import javafx.application.Platform;
import javafx.scene.Parent;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The accept window plans again when the user holds a short cart (its stock goes to the other carts) and when a sync
 * changes the selected orders (here: the platform cancelled one).
 */
@ExtendWith(ApplicationExtension.class)
class AcceptReplanTest {
    private final FxTaskExecutor executor = new FxTaskExecutor(Throwable::printStackTrace);
    private final SyncStatus sync = new SyncStatus();
    /** order id → status; the lines below read it, as the store would. */
    private final Map<String, Integer> status = new ConcurrentHashMap<>(Map.of("101", 2, "102", 2, "201", 2));
    private AcceptPanelController panel;
    private Parent root;

    @Start
    void start(Stage stage) {
        AcceptSource source = new AcceptSource() {
            @Override
            public List<AcceptLine> lines(Collection<String> orderIds) {
                return List.of(
                        new AcceptLine("101", "T1", status.get("101"), 1, "cream", "面霜 cream", 1),
                        new AcceptLine("102", "T1", status.get("102"), 1, "boots", "雪地靴 boots", 1),
                        new AcceptLine("201", "T2", status.get("201"), 2, "cream", "面霜 cream", 1));
            }

            @Override
            public Map<String, Integer> stock(Collection<String> skuKeys) {
                return Map.of("cream", 1, "boots", 0);
            }

            @Override
            public List<String> awaitingAccept() {
                return List.of();
            }

            @Override
            public List<String> ordersOfTrade(String tradeId) {
                return List.of();
            }

            @Override
            public Map<Long, EntryState> entryStates(Collection<Long> outboxIds) {
                return Map.of();
            }
        };
        LocalCommands unused = (LocalCommands) java.lang.reflect.Proxy.newProxyInstance(getClass().getClassLoader(),
                new Class<?>[] {LocalCommands.class}, (p, m, a) -> {
                    throw new AssertionError("nothing is accepted in this test");
                });
        Messages messages = Messages.forLocale(Locale.ENGLISH);
        ControllerFactory controllers = new ControllerFactory().register(AcceptPanelController.class,
                () -> new AcceptPanelController(executor, new AcceptService(source, unused, null), messages, sync));
        ViewLoader.View<AcceptPanelController> view = new ViewLoader(controllers, messages)
                .load(AcceptPanelController.class, "AcceptPanel.fxml");
        panel = view.controller();
        root = view.root();
        stage.setScene(new Scene(root, 700, 700));
        stage.show();
    }

    @AfterEach
    void stop() {
        Platform.runLater(panel::deactivate);
        WaitForAsyncUtils.waitForFxEvents();
        executor.close();
    }

    @Test
    void holdingAShortCartGivesItsStockToTheNextAndASyncPlansAgain(FxRobot robot) throws Exception {
        Platform.runLater(() -> panel.start(List.of("101", "102", "201")));
        waitFor(() -> text(robot, "#accept-confirm").equals("Accept 1 orders"));
        // T1 (paid first) is short of boots and held by default: its cream goes to T2's order
        assertThat(text(robot, "#accept-plan-summary")).as("T1's covered order counts as ready, though held")
                .startsWith("2 ready to accept, 1 short of stock");
        assertThat(robot.from(root).lookup("#cart-hold-T1").queryAs(RadioButton.class).isSelected()).isTrue();
        assertThat(robot.from(root).lookup("#cart-hold-T2").tryQuery()).as("T2 is not short once T1 is held")
                .isEmpty();

        // accepting T1's rest takes the cream back: now T2 is short (and held)
        robot.clickOn(robot.from(root).lookup("#cart-rest-T1").queryAs(RadioButton.class));
        waitFor(() -> robot.from(root).lookup("#cart-hold-T2").tryQuery().isPresent());
        assertThat(robot.from(root).lookup("#cart-rest-T1").queryAs(RadioButton.class).isSelected()).isTrue();
        waitFor(() -> text(robot, "#accept-confirm").equals("Accept 1 orders"));

        // holding T1 again gives T2 the cream
        robot.clickOn(robot.from(root).lookup("#cart-hold-T1").queryAs(RadioButton.class));
        waitFor(() -> robot.from(root).lookup("#cart-hold-T2").tryQuery().isEmpty());

        // a sync brings the platform's cancellation of 201: nothing is left to accept
        status.put("201", 14);
        sync.markSynced(Instant.now());
        waitFor(() -> text(robot, "#accept-plan-summary").endsWith("1 skipped (not awaiting acceptance)."));
        assertThat(text(robot, "#accept-confirm")).isEqualTo("Accept 0 orders");
        assertThat(robot.from(root).lookup("#accept-confirm").queryAs(Button.class).isDisabled()).isTrue();
    }

    private String text(FxRobot robot, String id) {
        Supplier<String> read = () -> robot.from(root).lookup(id).query() instanceof Label l ? l.getText()
                : robot.from(root).lookup(id).queryAs(Button.class).getText();
        try {
            return WaitForAsyncUtils.asyncFx(read::get).get(10, TimeUnit.SECONDS);
        } catch (Exception e) {
            throw new AssertionError(e);
        }
    }

    private static void waitFor(java.util.concurrent.Callable<Boolean> condition) throws Exception {
        WaitForAsyncUtils.waitFor(15, TimeUnit.SECONDS, condition);
    }
}
