package dev.wharf.app;

import dev.wharf.ui.fxml.ViewLoader;
import dev.wharf.app.firstrun.FirstRunController;
import dev.wharf.app.shell.Destination;
import dev.wharf.app.shell.MainWindowController;
import dev.wharf.app.shell.StatusBarModel;
import dev.wharf.common.settings.Settings;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.Scene;
import javafx.stage.Stage;

/**
 * The main stage: builds the shell in the chosen language, applies the theme, remembers the window's bounds, and
 * rebuilds itself when the language changes (screens are deactivated first, so their work is cancelled).
 */
public final class MainWindow {
    private final Stage stage;
    private final AppComposition app;
    private final Consumer<Settings> onSettingsChanged = this::settingsChanged;
    private MainWindowController controller;
    private FirstRunController firstRun;
    private StatusBarModel statusBar;
    private String language;
    private String theme;

    public MainWindow(Stage stage, AppComposition app) {
        this.stage = stage;
        this.app = app;
        app.setOwner(() -> stage);
    }

    /** Builds the window and shows the workbench. Call on the FX thread. */
    public void show() {
        Settings.WindowBounds bounds = app.settings().get().window();
        stage.setWidth(bounds.width());
        stage.setHeight(bounds.height());
        if (Double.isFinite(bounds.x()) && Double.isFinite(bounds.y())) {
            stage.setX(bounds.x());
            stage.setY(bounds.y());
        }
        stage.setMaximized(bounds.maximized());
        stage.setMinWidth(900);
        stage.setMinHeight(600);
        if (app.isConnected()) {
            build(Destination.WORKBENCH);
        } else {
            buildFirstRun();
        }
        app.settings().addListener(onSettingsChanged);
        stage.setOnHidden(e -> close());
        stage.show();
    }

    public MainWindowController controller() {
        return controller;
    }

    /** Saves the window's bounds and hides the visible screen. Idempotent. */
    public void close() {
        app.settings().removeListener(onSettingsChanged);
        if (firstRun != null) {
            firstRun.deactivate();
        }
        if (controller != null) {
            controller.dispose();
            statusBar.dispose();
            controller = null;
            app.settings().update(s -> s.withWindow(new Settings.WindowBounds(stage.getX(), stage.getY(),
                    stage.getWidth(), stage.getHeight(), stage.isMaximized())));
        }
    }

    private void build(Destination destination) {
        if (controller != null) {
            controller.dispose();
            statusBar.dispose();
        }
        Settings settings = app.settings().get();
        language = settings.language();
        theme = settings.theme();
        statusBar = app.statusBarModel();
        ViewLoader loader = app.viewLoader(statusBar);
        ViewLoader.View<MainWindowController> view = loader.load(MainWindowController.class, "MainWindow.fxml");
        controller = view.controller();
        setRoot(view.root());
        stage.setTitle(app.messages().format("window.title", app.profile().name()));
        controller.show(destination);
    }

    /** The first-run screen of a profile with no shop; connecting opens the workbench. */
    private void buildFirstRun() {
        Settings settings = app.settings().get();
        language = settings.language();
        theme = settings.theme();
        ViewLoader loader = app.viewLoader(null, () -> {
            app.markConnected();
            firstRun.deactivate();
            firstRun = null;
            build(Destination.WORKBENCH);
        });
        ViewLoader.View<FirstRunController> view = loader.load(FirstRunController.class, "FirstRun.fxml");
        firstRun = view.controller();
        setRoot(view.root());
        stage.setTitle(app.messages().format("window.title", app.profile().name()));
        firstRun.activate();
    }

    private void setRoot(javafx.scene.Parent root) {
        if (stage.getScene() == null) {
            stage.setScene(new Scene(root));
        } else {
            stage.getScene().setRoot(root);
        }
        app.theme().apply(stage.getScene(), theme);
    }

    private void settingsChanged(Settings settings) {
        Platform.runLater(() -> {
            if (controller == null) {
                return;
            }
            if (!settings.language().equals(language)) {
                app.reloadMessages();
                build(controller.navigator().currentProperty().get() == null
                        ? Destination.WORKBENCH : controller.navigator().currentProperty().get());
            } else if (!settings.theme().equals(theme)) {
                theme = settings.theme();
                app.theme().apply(stage.getScene(), theme);
            }
        });
    }
}
