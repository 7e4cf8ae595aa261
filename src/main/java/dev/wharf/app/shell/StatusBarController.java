package dev.wharf.app.shell;

import javafx.fxml.FXML;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;

/**
 * Binds the status bar's labels to its {@link StatusBarModel}; its links open the shop profiles and, while the
 * shop's credentials cannot be used, "connect the shop again".
 */
public final class StatusBarController {
    private final StatusBarModel model;
    private final String profileText;
    private final Runnable openProfiles;
    private final Runnable openReconnect;

    @FXML
    private Label connection;
    @FXML
    private Hyperlink reconnect;
    @FXML
    private Label pending;
    @FXML
    private Label lastSync;
    @FXML
    private Label profile;

    public StatusBarController(StatusBarModel model, String profileText, Runnable openProfiles,
                               Runnable openReconnect) {
        this.model = model;
        this.profileText = profileText;
        this.openProfiles = openProfiles;
        this.openReconnect = openReconnect;
    }

    @FXML
    private void initialize() {
        connection.textProperty().bind(model.connectionProperty());
        pending.textProperty().bind(model.pendingProperty());
        lastSync.textProperty().bind(model.lastSyncProperty());
        reconnect.visibleProperty().bind(model.credentialsProblemProperty());
        reconnect.managedProperty().bind(model.credentialsProblemProperty());
        profile.setText(profileText);
        model.connectionStyleProperty().addListener((obs, old, now) -> {
            if (old != null) {
                connection.getStyleClass().remove("connection-" + old);
            }
            connection.getStyleClass().add("connection-" + now);
        });
        connection.getStyleClass().add("connection-" + model.connectionStyleProperty().get());
    }

    @FXML
    private void showProfiles() {
        openProfiles.run();
    }

    @FXML
    private void showReconnect() {
        openReconnect.run();
    }
}
