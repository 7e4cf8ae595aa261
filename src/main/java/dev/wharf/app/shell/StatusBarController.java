package dev.wharf.app.shell;

import javafx.fxml.FXML;
import javafx.scene.control.Label;

/** Binds the status bar's labels to its {@link StatusBarModel}. */
public final class StatusBarController {
    private final StatusBarModel model;
    private final String profileText;

    @FXML
    private Label connection;
    @FXML
    private Label pending;
    @FXML
    private Label lastSync;
    @FXML
    private Label profile;

    public StatusBarController(StatusBarModel model, String profileText) {
        this.model = model;
        this.profileText = profileText;
    }

    @FXML
    private void initialize() {
        connection.textProperty().bind(model.connectionProperty());
        pending.textProperty().bind(model.pendingProperty());
        lastSync.textProperty().bind(model.lastSyncProperty());
        profile.setText(profileText);
        model.connectionStyleProperty().addListener((obs, old, now) -> {
            if (old != null) {
                connection.getStyleClass().remove("connection-" + old);
            }
            connection.getStyleClass().add("connection-" + now);
        });
        connection.getStyleClass().add("connection-" + model.connectionStyleProperty().get());
    }
}
