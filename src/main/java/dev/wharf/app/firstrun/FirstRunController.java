package dev.wharf.app.firstrun;

import dev.wharf.sync.connect.ConnectionCheck;
import dev.wharf.sync.connect.ShopSetup;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.screen.ScreenController;
import dev.wharf.ui.task.BackgroundTask;
import dev.wharf.ui.task.TaskExecutor;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.fxml.FXML;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.PasswordField;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.control.TextField;
import javafx.scene.control.TextInputControl;

/**
 * The first-run screen of a profile with no shop: try the sandbox shop, or connect a real shop (test first, then
 * connect). Everything slow runs in the background; the fields are checked before anything is sent.
 */
public final class FirstRunController extends ScreenController {
    public static final String DEFAULT_GATEWAY = "https://open.ymatou.com";
    private static final String INVALID = "invalid";

    private final Messages messages;
    private final ShopSetup setup;
    private final Runnable onConnected;
    private final Runnable openProfiles;

    @FXML
    private Button sandboxButton;
    @FXML
    private TextField gatewayUrl;
    @FXML
    private TextField appId;
    @FXML
    private PasswordField appSecret;
    @FXML
    private PasswordField authCode;
    @FXML
    private Button testButton;
    @FXML
    private Button connectButton;
    @FXML
    private ProgressIndicator busy;
    @FXML
    private Label result;
    @FXML
    private Label protection;

    public FirstRunController(TaskExecutor executor, Messages messages, ShopSetup setup, Runnable onConnected,
                              Runnable openProfiles) {
        super(executor);
        this.messages = messages;
        this.setup = setup;
        this.onConnected = onConnected;
        this.openProfiles = openProfiles;
    }

    @FXML
    private void initialize() {
        gatewayUrl.setText(DEFAULT_GATEWAY);
        setBusy(false);
    }

    /** Asking what protects the secrets may probe the keychain: in the background. */
    @Override
    public void activate() {
        tasks.execute(BackgroundTask.of(ctx -> setup.protectionId())
                .onSuccess(id -> protection.setText(messages.get("firstrun.protection." + id))));
    }

    @FXML
    private void showProfiles() {
        openProfiles.run();
    }

    @FXML
    private void openSandbox() {
        result.setText(messages.get("firstrun.sandbox.starting"));
        run(BackgroundTask.of(ctx -> setup.connectSandbox()), true);
    }

    @FXML
    private void testConnection() {
        if (fieldsValid()) {
            result.setText(messages.get("firstrun.testing"));
            run(BackgroundTask.of(ctx -> setup.test(gatewayUrl.getText(), appId.getText(), appSecret.getText(),
                    authCode.getText())), false);
        }
    }

    @FXML
    private void connect() {
        if (fieldsValid()) {
            result.setText(messages.get("firstrun.connecting"));
            run(BackgroundTask.of(ctx -> setup.connect(gatewayUrl.getText(), appId.getText(), appSecret.getText(),
                    authCode.getText())), true);
        }
    }

    /** Runs a setup step: a failed check is explained; a test that passed says so; a connect opens the shop. */
    private void run(BackgroundTask<ConnectionCheck> task, boolean connecting) {
        setBusy(true);
        tasks.execute(task.onSuccess(check -> {
                    if (!check.ok()) {
                        result.setText(explain(check));
                    } else if (connecting) {
                        result.setText(messages.get("firstrun.connected"));
                        onConnected.run();
                    } else {
                        result.setText(messages.format("firstrun.test.ok", check.logisticsCompanies()));
                    }
                })
                .onFailure(e -> result.setText(messages.format("firstrun.problem.unexpected",
                        String.valueOf(e.getMessage()))))
                .andFinally(() -> setBusy(false)));
    }

    private String explain(ConnectionCheck check) {
        return messages.get("firstrun.problem." + check.problem().name().toLowerCase(Locale.ROOT));
    }

    private boolean fieldsValid() {
        List<TextInputControl> missing = new ArrayList<>();
        for (TextInputControl field : List.of(gatewayUrl, appId, appSecret, authCode)) {
            field.getStyleClass().remove(INVALID);
            if (field.getText() == null || field.getText().isBlank()) {
                field.getStyleClass().add(INVALID);
                missing.add(field);
            }
        }
        String url = gatewayUrl.getText() == null ? "" : gatewayUrl.getText().strip();
        if (!missing.contains(gatewayUrl) && !url.startsWith("https://") && !url.startsWith("http://")) {
            gatewayUrl.getStyleClass().add(INVALID);
            result.setText(messages.get("firstrun.invalid.url"));
            return false;
        }
        if (!missing.isEmpty()) {
            result.setText(messages.get("firstrun.invalid.missing"));
            missing.get(0).requestFocus();
            return false;
        }
        return true;
    }

    private void setBusy(boolean value) {
        busy.setVisible(value);
        sandboxButton.setDisable(value);
        testButton.setDisable(value);
        connectButton.setDisable(value);
    }
}
