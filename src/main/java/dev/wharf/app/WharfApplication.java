package dev.wharf.app;

import dev.wharf.ui.i18n.Messages;
import dev.wharf.common.AppPaths;
import dev.wharf.common.Profile;
import dev.wharf.common.settings.SettingsStore;
import dev.wharf.store.StoreException;
import java.nio.file.Path;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. The shop database is opened in {@link #init()}, which JavaFX runs off the FX thread, so
 * the window never waits on disk work; a database that cannot be opened is explained in a dialog.
 */
public final class WharfApplication extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(WharfApplication.class);

    private AppComposition app;
    private SettingsStore settings;
    private StoreException startupError;
    private Workstation workstation;

    @Override
    public void init() {
        AppPaths paths = AppPaths.forCurrentUser();
        settings = new SettingsStore(paths.settingsFile());
        String profileArg = getParameters().getNamed().get("profile");
        Profile profile = AppComposition.profileFor(paths, settings, profileArg == null ? null : Path.of(profileArg));
        try {
            app = new AppComposition(paths, settings, profile);
        } catch (StoreException e) {
            LOG.error("Cannot open profile {}", profile.dir(), e);
            startupError = e;
        }
    }

    @Override
    public void start(Stage stage) {
        if (startupError != null) {
            Messages messages = AppComposition.messagesFor(settings);
            Alert alert = new Alert(Alert.AlertType.ERROR, "", ButtonType.CLOSE);
            alert.setTitle(messages.get("app.title"));
            alert.setHeaderText(messages.get("error.openDatabase.title"));
            Label text = new Label(startupError.getMessage());
            text.setWrapText(true);
            text.setMaxWidth(560);
            alert.getDialogPane().setContent(text);
            alert.showAndWait();
            Platform.exit();
            return;
        }
        workstation = new Workstation(stage, app.paths(), settings, java.util.function.UnaryOperator.identity());
        workstation.show(app);
    }

    @Override
    public void stop() {
        if (workstation != null) {
            workstation.close(); // the profile open now, which may no longer be the first
        } else if (app != null) {
            app.close();
        }
    }
}
