package dev.wharf.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.common.AppPaths;
import dev.wharf.common.Profile;
import dev.wharf.common.settings.SettingsStore;
import dev.wharf.platform.dto.DeliverOrdersRequest.DeliverOrder;
import dev.wharf.sandbox.SandboxConfig;
import dev.wharf.sandbox.SandboxServer;
import dev.wharf.sync.connect.ConnectionCheck;
import dev.wharf.sync.outbox.Conflict;
import dev.wharf.sync.outbox.OutboxEntry;
import dev.wharf.sync.outbox.Payloads;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.ButtonType;
import javafx.scene.control.DialogPane;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Journey 2 on the Sync &amp; Settings screen: an accept that reaches the platform after the buyer cancelled is listed
 * under Needs attention with the platform's message, and can be discarded or retried there.
 */
@ExtendWith(ApplicationExtension.class)
class SyncSettingsTest {
    private static final String NOT_AWAITING_ACCEPT = "订单状态不允许接单 (order is not awaiting acceptance)";

    @TempDir
    Path home;
    @TempDir
    Path shopDir;

    private SandboxServer shop;
    private AppComposition app;

    @Start
    void start(Stage stage) {
        shop = SandboxServer.start(SandboxConfig.of(shopDir).withPort(0).withHistory(2, 12));
        AppPaths paths = new AppPaths(home);
        SettingsStore settings = new SettingsStore(paths.settingsFile());
        settings.update(s -> s.withLanguage("en"));
        app = new AppComposition(paths, settings, Profile.resolve(paths, null, null));
        ConnectionCheck check = app.shopSetup().connect(shop.baseUri().toString(), shop.credentials().appId(),
                shop.credentials().appSecret(), shop.credentials().authCode());
        assertThat(check.ok()).as("connected: %s", check).isTrue();
        app.markConnected();
        new MainWindow(stage, app).show();
    }

    @AfterEach
    void tearDown() {
        app.close();
        shop.close();
    }

    @Test
    void aRefusedAcceptIsListedWithThePlatformsMessageAndCanBeDiscarded(FxRobot robot) throws Exception {
        long entry = refusedAccept(robot);

        Platform.runLater(() -> button(robot, "#sync-discard-" + entry).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup(".dialog-pane").tryQuery().isPresent());
        DialogPane confirm = robot.lookup(".dialog-pane").queryAs(DialogPane.class);
        assertThat(confirm.getHeaderText()).isEqualTo("Discard this change?");
        Platform.runLater(() -> ((Button) confirm.lookupButton(ButtonType.OK)).fire());

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#sync-attention-" + entry).tryQuery().isEmpty());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sync-attention-empty").query().isVisible()).isTrue();
        assertThat(robot.lookup("#sync-waiting-" + entry).tryQuery()).isEmpty();
        assertThat(app.shopSync().needsAttention().list()).isEmpty();
        assertThat(text(robot, "#sync-result")).startsWith("Discarded");
    }

    @Test
    void retryMovesARefusedChangeBackToWaiting(FxRobot robot) throws Exception {
        long entry = refusedAccept(robot);

        // an edit whose payload is not the command's JSON is refused with the reason, and nothing changes
        Platform.runLater(() -> button(robot, "#sync-edit-" + entry).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sync-edit-payload").queryTextInputControl().getText()).contains("order_id");
        assertThat(robot.lookup("#sync-edit-delivery").query().isVisible()).as("not a delivery").isFalse();
        robot.interact(() -> robot.lookup("#sync-edit-payload").queryTextInputControl().setText("{ not json"));
        Platform.runLater(() -> button(robot, "#sync-edit-save").fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#sync-edit-error").startsWith("Not saved:"));
        assertThat(robot.lookup("#sync-attention-" + entry).tryQuery()).isPresent();
        Platform.runLater(() -> button(robot, "#sync-edit-cancel").fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sync-editor").query().isVisible()).isFalse();

        Platform.runLater(() -> button(robot, "#sync-retry-" + entry).fire());

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS,
                () -> robot.lookup("#sync-waiting-" + entry).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sync-attention-" + entry).tryQuery()).isEmpty();
        assertThat(app.shopSync().needsAttention().waiting()).extracting(OutboxEntry::id).contains(entry);
        assertThat(text(robot, "#sync-result")).isEqualTo("The change is sent again at the next sync.");
    }

    @Test
    void aRefusedDeliveryIsCorrectedWithANewTrackingNumber(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> app.syncStatus().snapshot().lastSync() != null);
        List<Long> orders = ordersAwaitingAcceptOnBothSides().subList(0, 2);
        var commands = app.shopSync().commands();
        commands.acceptOrders(orders.stream().map(String::valueOf).toList());
        app.shopSync().engine().syncNow().get(60, TimeUnit.SECONDS);
        String used = "USED-" + orders.get(0);
        commands.deliverOrders(List.of(new DeliverOrder(orders.get(0), "Y073", used, null)));
        app.shopSync().engine().syncNow().get(60, TimeUnit.SECONDS);
        long entry = commands.deliverOrders(List.of(new DeliverOrder(orders.get(1), "Y073", used, null))).get(0);
        var report = app.shopSync().engine().syncNow().get(60, TimeUnit.SECONDS);
        assertThat(app.shopSync().needsAttention().list()).as("refused after %s; waiting %s", report,
                app.shopSync().needsAttention().waiting()).extracting(i -> i.entry().id()).containsExactly(entry);

        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#sync-attention-" + entry).tryQuery().isPresent());
        assertThat(text(robot, "#sync-reason-" + entry)).contains("tracking number already used");

        Platform.runLater(() -> button(robot, "#sync-edit-" + entry).fire());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sync-edit-payload").query().isVisible()).as("a delivery gets fields").isFalse();
        assertThat(robot.lookup("#sync-edit-company").queryTextInputControl().getText()).isEqualTo("Y073");
        assertThat(robot.lookup("#sync-edit-tracking").queryTextInputControl().getText()).isEqualTo(used);

        robot.interact(() -> robot.lookup("#sync-edit-tracking").queryTextInputControl().setText(" "));
        Platform.runLater(() -> button(robot, "#sync-edit-save").fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> text(robot, "#sync-edit-error")
                .equals("Not saved: tracking_number and logistics_company_id are required"));

        String fixed = "FIXED-" + orders.get(1);
        robot.interact(() -> robot.lookup("#sync-edit-tracking").queryTextInputControl().setText(fixed));
        Platform.runLater(() -> button(robot, "#sync-edit-save").fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#sync-waiting-" + entry).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sync-attention-" + entry).tryQuery()).isEmpty();
        assertThat(robot.lookup("#sync-editor").query().isVisible()).isFalse();
        assertThat(app.shopSync().needsAttention().waiting()).singleElement()
                .satisfies(e -> assertThat(e.payload()).contains(fixed));

        Platform.runLater(() -> button(robot, "#sync-now").fire());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#sync-waiting-" + entry).tryQuery().isEmpty()
                        && text(robot, "#sync-result").startsWith("Sync finished"));
        assertThat(text(robot, "#sync-result")).isEqualTo("Sync finished: 1 change(s) confirmed, 0 refused.");
    }

    /**
     * A stock change kept back after a lost answer (decision 0007) says, in the user's language, what the platform
     * holds and what Wharf sent. The row is written as the dispatcher writes it after such a check.
     */
    @Test
    void aChangeKeptBackAfterALostAnswerSaysWhatThePlatformHoldsAndWhatWasSent(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> app.syncStatus().snapshot().lastSync() != null);
        List<String> sku = app.database().read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT outer_sku_id, product_id FROM sku "
                    + "WHERE outer_sku_id IS NOT NULL ORDER BY outer_sku_id LIMIT 1"); ResultSet rs = ps.executeQuery()) {
                rs.next();
                return List.of(rs.getString(1), rs.getString(2));
            }
        });
        Conflict conflict = new Conflict(Conflict.Kind.STOCK, sku.get(0), "22", "11", true);
        long entry = app.database().write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO outbox (command, aggregate_type, aggregate_id, "
                    + "payload, state, attempts, created_at, last_error, sent_at, conflict) "
                    + "VALUES ('sku.stock', 'sku', ?, ?, 'rejected', 1, ?, ?, ?, ?) RETURNING outbox_id")) {
                ps.setString(1, sku.get(0));
                ps.setString(2, Payloads.write(new Payloads.Stock(sku.get(0), 11, sku.get(1))));
                ps.setLong(3, System.currentTimeMillis());
                ps.setString(4, conflict.message());
                ps.setLong(5, System.currentTimeMillis());
                ps.setString(6, Payloads.write(conflict));
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });

        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#sync-attention-" + entry).tryQuery().isPresent());
        assertThat(text(robot, "#sync-reason-" + entry)).isEqualTo("The platform's stock of " + sku.get(0)
                + " changed to 22 after Wharf sent 11: another workstation or the platform's site changed it. "
                + "Retry to send 11 again, or discard to keep 22.");
        assertThat(robot.lookup("#sync-retry-" + entry).tryQuery()).isPresent();
        assertThat(robot.lookup("#sync-discard-" + entry).tryQuery()).isPresent();
    }

    /** After the first sync: the buyer cancels an order on the platform, the seller accepts it, "Sync now". */
    private long refusedAccept(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> app.syncStatus().snapshot().lastSync() != null);
        long order = orderAwaitingAcceptOnBothSides();
        shop.shop().database().write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "UPDATE orders SET status = 12, cancelled_at = 1740794400000 WHERE order_id = ?")) {
                ps.setLong(1, order);
                return ps.executeUpdate();
            }
        });
        long entry = app.shopSync().commands().acceptOrders(List.of(String.valueOf(order))).get(0);

        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.lookup("#sync-waiting-" + entry).tryQuery().isPresent());
        assertThat(text(robot, "#sync-pending")).isEqualTo("1 change waiting");
        assertThat(robot.lookup("#sync-not-connected").query().isVisible()).isFalse();

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !button(robot, "#sync-now").isDisabled());
        Platform.runLater(() -> button(robot, "#sync-now").fire());

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> robot.lookup("#sync-attention-" + entry).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#sync-reason-" + entry)).isEqualTo("The platform says: " + NOT_AWAITING_ACCEPT);
        assertThat(robot.lookup("#sync-waiting-" + entry).tryQuery()).isEmpty();
        assertThat(robot.lookup("#sync-attention-" + entry).lookup(".outbox-title").queryAs(Label.class).getText())
                .isEqualTo("Accept order · order " + order);
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> text(robot, "#sync-result").startsWith("Sync finished"));
        return entry;
    }

    private long orderAwaitingAcceptOnBothSides() {
        return ordersAwaitingAcceptOnBothSides().get(0);
    }

    /**
     * Paid orders shipped directly, with no open refund, one per trade (orders of one trade may share a tracking
     * number), that the local shop also shows awaiting acceptance.
     */
    private List<Long> ordersAwaitingAcceptOnBothSides() {
        List<Long> onPlatform = shop.shop().database().read(c -> longs(c.prepareStatement(
                "SELECT min(order_id) FROM orders WHERE status = 2 AND delivery_type <> 7 "
                        + "AND order_id NOT IN (SELECT order_id FROM refund WHERE status = 0) GROUP BY trade_id "
                        + "ORDER BY 1")));
        List<Long> local = app.database().read(c -> longs(c.prepareStatement(
                "SELECT CAST(order_id AS INTEGER) FROM orders WHERE status = 2")));
        List<Long> both = onPlatform.stream().filter(local::contains).toList();
        assertThat(both).as("orders awaiting acceptance in the synced sandbox shop").hasSizeGreaterThanOrEqualTo(2);
        return both;
    }

    private static List<Long> longs(PreparedStatement ps) throws java.sql.SQLException {
        try (ps; ResultSet rs = ps.executeQuery()) {
            List<Long> ids = new ArrayList<>();
            while (rs.next()) {
                ids.add(rs.getLong(1));
            }
            return ids;
        }
    }

    private static Button button(FxRobot robot, String query) {
        Node node = robot.lookup(query).query();
        return (Button) node;
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
