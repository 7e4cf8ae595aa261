package dev.wharf.app.profiles;

import dev.wharf.sync.SyncStatus;
import dev.wharf.sync.connect.ConnectionCheck;
import dev.wharf.sync.connect.ShopProfile;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.screen.ScreenController;
import dev.wharf.ui.task.BackgroundTask;
import dev.wharf.ui.task.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.Node;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;
import javafx.scene.layout.GridPane;

/**
 * "Connect the shop again": the profile's gateway URL and app ID are filled in, the user enters the app secret and
 * the auth code again, tests, then saves; the sync restarts with the new secrets. The built-in sandbox shop needs no
 * typing: its own credentials are saved again.
 */
public final class ReconnectController extends ScreenController {
    private static final String INVALID = "invalid";

    private final Messages messages;
    private final ShopReconnect reconnect;
    private final Runnable close;
    private ShopProfile shop;

    @FXML
    private Label intro;
    @FXML
    private GridPane fields;
    @FXML
    private Label shopName;
    @FXML
    private Label appId;
    @FXML
    private TextField gatewayUrl;
    @FXML
    private PasswordField appSecret;
    @FXML
    private PasswordField authCode;
    @FXML
    private Label where;
    @FXML
    private Button testButton;
    @FXML
    private Button saveButton;
    @FXML
    private ProgressIndicator busy;
    @FXML
    private Label result;
    @FXML
    private Label protection;

    public ReconnectController(TaskExecutor executor, Messages messages, ShopReconnect reconnect, Runnable close) {
        super(executor);
        this.messages = messages;
        this.reconnect = reconnect;
        this.close = close;
    }

    @FXML
    private void initialize() {
        setBusy(true);
    }

    @Override
    public void activate() {
        tasks.execute(BackgroundTask.of(ctx -> new Loaded(reconnect.shop().orElse(null), reconnect.problem(),
                        reconnect.protectionId()))
                .onSuccess(this::show)
                .andFinally(() -> setBusy(false)));
    }

    private record Loaded(ShopProfile shop, SyncStatus.Credentials problem, String protectionId) {
    }

    private void show(Loaded loaded) {
        shop = loaded.shop();
        protection.setText(messages.get("firstrun.protection." + loaded.protectionId()));
        if (shop == null) {
            intro.setText(messages.get("reconnect.notConnected"));
            show(fields, false);
            show(where, false);
            fit();
            return;
        }
        String why = messages.get("reconnect.why." + loaded.problem().name().toLowerCase(Locale.ROOT));
        intro.setText(shop.sandbox() ? why + " " + messages.get("reconnect.sandbox") : why);
        shopName.setText(shop.displayName());
        appId.setText(shop.appId());
        gatewayUrl.setText(shop.gatewayUrl());
        boolean typing = !shop.sandbox();
        show(fields, typing);
        show(where, typing);
        testButton.setVisible(typing);
        testButton.setManaged(typing);
        if (typing) {
            appSecret.requestFocus();
        }
        fit();
    }

    @FXML
    private void testConnection() {
        if (shop != null && !shop.sandbox() && fieldsValid()) {
            say(messages.get("firstrun.testing"));
            run(BackgroundTask.of(ctx -> reconnect.test(gatewayUrl.getText(), appSecret.getText(),
                    authCode.getText())), false);
        }
    }

    @FXML
    private void save() {
        if (shop != null && (shop.sandbox() || fieldsValid())) {
            say(messages.get("firstrun.connecting"));
            run(BackgroundTask.of(ctx -> reconnect.reconnect(gatewayUrl.getText(), appSecret.getText(),
                    authCode.getText())), true);
        }
    }

    private void run(BackgroundTask<ConnectionCheck> task, boolean saving) {
        setBusy(true);
        tasks.execute(task.onSuccess(check -> {
                    if (!check.ok()) {
                        say(explain(check));
                    } else if (saving) {
                        close.run();
                    } else {
                        say(messages.format("firstrun.test.ok", check.logisticsCompanies()));
                    }
                })
                .onFailure(e -> say(messages.format("firstrun.problem.unexpected",
                        String.valueOf(e.getMessage()))))
                .andFinally(() -> setBusy(false)));
    }

    /** What the user can do, and what the platform said (its own words help when calling its support). */
    private String explain(ConnectionCheck check) {
        String advice = messages.get("firstrun.problem." + check.problem().name().toLowerCase(Locale.ROOT));
        return check.detail() == null || check.detail().isBlank() ? advice
                : messages.format("reconnect.platformSaid", advice, check.detail());
    }

    private boolean fieldsValid() {
        List<TextInputControl> missing = new ArrayList<>();
        for (TextInputControl field : List.of(gatewayUrl, appSecret, authCode)) {
            field.getStyleClass().remove(INVALID);
            if (field.getText() == null || field.getText().isBlank()) {
                field.getStyleClass().add(INVALID);
                missing.add(field);
            }
        }
        String url = gatewayUrl.getText() == null ? "" : gatewayUrl.getText().strip();
        if (!missing.contains(gatewayUrl) && !url.startsWith("https://") && !url.startsWith("http://")) {
            gatewayUrl.getStyleClass().add(INVALID);
            say(messages.get("firstrun.invalid.url"));
            return false;
        }
        if (!missing.isEmpty()) {
            say(messages.get("firstrun.invalid.missing"));
            missing.get(0).requestFocus();
            return false;
        }
        return true;
    }

    private void setBusy(boolean value) {
        busy.setVisible(value);
        testButton.setDisable(value);
        saveButton.setDisable(value || shop == null);
    }

    private static void show(Node node, boolean visible) {
        node.setVisible(visible);
        node.setManaged(visible);
    }

    @FXML
    private void closeWindow() {
        close.run();
    }

    /** Shows {@code text} under the form; the window grows to fit it. */
    private void say(String text) {
        result.setText(text);
        fit();
    }

    private void fit() {
        if (result.getScene() != null && result.getScene().getWindow() != null) {
            result.getScene().getWindow().sizeToScene();
        }
    }
}
