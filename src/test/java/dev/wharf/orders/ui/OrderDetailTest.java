package dev.wharf.orders.ui;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.orders.ShopFixture;
import dev.wharf.privacy.Access;
import dev.wharf.privacy.PersonalData;
import dev.wharf.privacy.Role;
import dev.wharf.store.SqliteAccessStore;
import dev.wharf.store.SqliteOrderDetailQueries;
import dev.wharf.ui.fxml.ControllerFactory;
import dev.wharf.ui.fxml.ViewLoader;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.task.FxTaskExecutor;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.util.Locale;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
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

/** The order detail hosted alone, on a shop synced from a real sandbox. */
@ExtendWith(ApplicationExtension.class)
class OrderDetailTest {
    @TempDir
    static Path dir;
    static ShopFixture shop;
    private final FxTaskExecutor executor = new FxTaskExecutor(Throwable::printStackTrace);
    private final RecordingDialogs dialogs = new RecordingDialogs();
    private final Messages messages = Messages.forLocale(Locale.ENGLISH);
    private PersonalData personalData;
    private OrderDetailController detail;
    private javafx.scene.Parent root;

    @BeforeAll
    static void startShop() {
        shop = new ShopFixture(dir, 10);
    }

    @AfterAll
    static void stopShop() {
        shop.close();
    }

    @Start
    void start(Stage stage) {
        personalData = new PersonalData(new SqliteAccessStore(shop.db), "trainee", Clock.systemUTC());
        ControllerFactory controllers = new ControllerFactory().register(OrderDetailController.class,
                () -> new OrderDetailController(executor, messages, dialogs, new SqliteOrderDetailQueries(shop.db),
                        shop.orderActions(), personalData, ZoneId.of("Asia/Shanghai"), shop.status));
        ViewLoader.View<OrderDetailController> view = new ViewLoader(controllers, messages)
                .load(OrderDetailController.class, "OrderDetail.fxml");
        detail = view.controller();
        root = view.root();
        stage.setScene(new Scene(view.root(), 760, 700));
        stage.show();
    }

    @AfterEach
    void stop() {
        Platform.runLater(detail::deactivate);
        WaitForAsyncUtils.waitForFxEvents();
        executor.close();
        // back to the owner for the next test (the role is stored in the shop database)
        shop.localWrite("DELETE FROM access_control");
    }

    private void show(FxRobot robot, String orderId) throws Exception {
        Platform.runLater(() -> detail.show(orderId));
        Label title = robot.lookup("#detail-title").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> title.getText().startsWith("Order " + orderId));
        WaitForAsyncUtils.waitForFxEvents();
    }

    @Test
    void rejectingARefundWithoutAReasonIsRefusedAndNothingIsQueued(FxRobot robot) throws Exception {
        String refundId = shop.local("SELECT refund_id FROM refund WHERE status = 0 ORDER BY refund_id LIMIT 1").get(0);
        String orderId = shop.local("SELECT order_id FROM refund WHERE refund_id = ?", refundId).get(0);
        show(robot, orderId);
        long outbox = Long.parseLong(shop.local("SELECT count(*) FROM outbox").get(0));

        Platform.runLater(() -> robot.lookup("#refund-reject-" + refundId).queryAs(Button.class).fire());
        Label error = robot.lookup("#detail-error").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !error.getText().isEmpty());

        assertThat(error.getText()).isEqualTo(messages.get("orders.refused.reasonRequired"));
        assertThat(shop.local("SELECT status FROM refund WHERE refund_id = ?", refundId)).containsExactly("0");
        assertThat(Long.parseLong(shop.local("SELECT count(*) FROM outbox").get(0))).isEqualTo(outbox);

        // with a reason it goes through, and the order shows the change waiting to be sent
        Platform.runLater(() -> {
            robot.lookup("#refund-reason-" + refundId).queryAs(TextField.class).setText("已发货 already shipped");
            robot.lookup("#refund-reject-" + refundId).queryAs(Button.class).fire();
        });
        Label pending = robot.lookup("#detail-pending").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pending.getText().contains("Reject refund: waiting"));
        assertThat(shop.local("SELECT status FROM refund WHERE refund_id = ?", refundId)).containsExactly("-1");
    }

    @Test
    void aRefundArrivingWithASyncShowsUpAndTheTypedMemoIsKept(FxRobot robot) throws Exception {
        String orderId = shop.local("SELECT order_id FROM orders o WHERE status = 17 AND NOT EXISTS (SELECT 1 FROM "
                + "refund r WHERE r.order_id = o.order_id) ORDER BY order_id DESC LIMIT 1").get(0);
        show(robot, orderId);
        javafx.scene.control.TextArea memo = robot.from(root).lookup("#detail-memo")
                .queryAs(javafx.scene.control.TextArea.class);
        Platform.runLater(() -> memo.setText("加冰袋 add an ice pack"));
        WaitForAsyncUtils.waitForFxEvents();

        // the buyer asks for a refund on the platform; the background sync brings it in
        shop.server.shop().requestRefund(Long.parseLong(orderId), "不想要了");
        shop.sync.engine().runOnce(dev.wharf.sync.SyncProgress.NONE);
        String refundId = shop.local("SELECT refund_id FROM refund WHERE order_id = ? AND status = 0", orderId).get(0);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> robot.from(root).lookup("#refund-reject-" + refundId).tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        // read on the FX thread: a refresh renders and puts the typed memo back in one step there
        assertThat(WaitForAsyncUtils.asyncFx(() -> memo.getText()).get(10, TimeUnit.SECONDS))
                .as("the unsaved memo survives the refresh").isEqualTo("加冰袋 add an ice pack");
        assertThat(robot.from(root).lookup("#detail-title").queryAs(Label.class).getText()).startsWith("Order " + orderId);
    }

    @Test
    void anAcceptedOrderCannotBeCancelled(FxRobot robot) throws Exception {
        String orderId = shop.local("SELECT order_id FROM orders WHERE status = 17 ORDER BY order_id LIMIT 1").get(0);
        show(robot, orderId);

        assertThat(robot.lookup("#detail-cancel").queryAs(Button.class).isDisabled()).isTrue();
        assertThat(robot.lookup("#detail-cancel-hint").queryAs(Label.class).getText())
                .isEqualTo("An order can be cancelled only before it is accepted.");
        assertThat(robot.lookup("#detail-status").queryAs(Label.class).getText()).isEqualTo("Awaiting shipment");
        assertThat(robot.lookup("#detail-address-pane").query().isDisabled()).as("address still changeable")
                .isFalse();
    }

    @Test
    void customerServiceSeesTheMaskedPhoneAndARevealIsAudited(FxRobot robot) throws Exception {
        personalData.setAccess(new Access(Role.CUSTOMER_SERVICE, true));
        String orderId = shop.local("SELECT order_id FROM orders WHERE length(receiver_mobile) = 11 "
                + "ORDER BY order_id LIMIT 1").get(0);
        String mobile = shop.local("SELECT receiver_mobile FROM orders WHERE order_id = ?", orderId).get(0);
        show(robot, orderId);

        Label phone = robot.lookup("#detail-phone").queryAs(Label.class);
        assertThat(phone.getText()).isEqualTo(mobile.substring(0, 3) + "****" + mobile.substring(7));
        assertThat(shop.local("SELECT count(*) FROM audit_log WHERE order_id = ?", orderId)).containsExactly("0");

        Platform.runLater(() -> robot.lookup("#detail-reveal").queryAs(Button.class).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> phone.getText().equals(mobile));

        assertThat(shop.local("SELECT role || ' ' || action || ' ' || what || ' ' || profile FROM audit_log "
                + "WHERE order_id = ?", orderId)).contains("customer_service reveal receiver_phone trainee");
    }

    @Test
    void customerServiceWithoutTheGrantHasNoShowButton(FxRobot robot) throws Exception {
        personalData.setAccess(new Access(Role.CUSTOMER_SERVICE, false));
        String orderId = shop.local("SELECT order_id FROM orders WHERE length(receiver_mobile) = 11 "
                + "ORDER BY order_id LIMIT 1").get(0);
        show(robot, orderId);

        assertThat(robot.lookup("#detail-reveal").queryAs(Button.class).isVisible()).isFalse();
        assertThat(robot.lookup("#detail-phone").queryAs(Label.class).getText()).contains("****");
    }

    @Test
    void theMemoAndColourFlagAreSavedFromTheDetail(FxRobot robot) throws Exception {
        String orderId = shop.local("SELECT order_id FROM orders WHERE status = 3 ORDER BY order_id LIMIT 1").get(0);
        show(robot, orderId);

        Platform.runLater(() -> {
            robot.lookup("#detail-memo").queryAs(javafx.scene.control.TextArea.class).setText("VIP 客户");
            robot.lookup("#detail-memo-save").queryAs(Button.class).fire();
        });
        Label pending = robot.lookup("#detail-pending").queryAs(Label.class);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> pending.getText().contains("Seller memo: waiting"));
        assertThat(shop.local("SELECT seller_memo FROM orders WHERE order_id = ?", orderId)).containsExactly("VIP 客户");
        assertThat(dialogs.said).contains("notice: " + messages.get("orders.detail.memo.saved"));
    }
}
