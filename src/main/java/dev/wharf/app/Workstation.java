package dev.wharf.app;

import dev.wharf.common.AppPaths;
import dev.wharf.common.Profile;
import dev.wharf.common.settings.SettingsStore;
import dev.wharf.sandbox.SandboxConfig;
import dev.wharf.store.StoreException;
import dev.wharf.ui.i18n.Messages;
import dev.wharf.ui.task.BackgroundTask;
import dev.wharf.ui.task.FxTaskExecutor;
import dev.wharf.ui.task.TaskExecutor;
import java.util.function.UnaryOperator;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressIndicator;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The main stage and the profile open in it. Switching profiles closes the open profile's composition (its sync
 * engine, embedded sandbox shop and database: pending outbox entries stay in that database) and builds a new one
 * for the other profile, in the background while the window says so; a profile that cannot be opened is explained
 * and the previous one opened again.
 */
public final class Workstation implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Workstation.class);

    private final Stage stage;
    private final AppPaths paths;
    private final SettingsStore settings;
    private final UnaryOperator<SandboxConfig> sandboxTuning;
    private final TaskExecutor executor = new FxTaskExecutor(e -> LOG.error("Switching profiles failed", e));
    private AppComposition app;
    private MainWindow window;
    private boolean switching;
    private boolean closed;

    public Workstation(Stage stage, AppPaths paths, SettingsStore settings, UnaryOperator<SandboxConfig> tuning) {
        this.stage = stage;
        this.paths = paths;
        this.settings = settings;
        this.sandboxTuning = tuning;
    }

    /** Shows {@code first} in the window. Call on the FX thread. */
    public void show(AppComposition first) {
        attach(first);
    }

    /** The profile open now (null while switching). */
    public AppComposition current() {
        return app;
    }

    private void attach(AppComposition next) {
        app = next;
        next.setProfileSwitcher(this::open);
        window = new MainWindow(stage, next);
        window.show();
    }

    /** Closes the open profile and opens {@code target} in this window. Call on the FX thread. */
    public void open(Profile target) {
        if (switching || closed || app == null || target.dir().equals(app.profile().dir())) {
            return;
        }
        switching = true;
        AppComposition previous = app;
        Messages messages = previous.messages();
        window.close();
        window = null;
        app = null;
        Label text = new Label(messages.format("profiles.opening", target.name()));
        text.setId("profiles-opening");
        VBox waiting = new VBox(12, new ProgressIndicator(), text);
        waiting.setAlignment(Pos.CENTER);
        stage.getScene().setRoot(waiting);
        executor.execute(BackgroundTask.of(ctx -> reopen(previous, target))
                .onSuccess(opened -> {
                    switching = false;
                    if (closed) {
                        opened.app().close();
                        return;
                    }
                    attach(opened.app());
                    if (opened.error() != null) {
                        opened.app().dialogs().showError(messages.get("error.openDatabase.title"),
                                messages.format("profiles.openFailed", target.name(), opened.error().getMessage()));
                    }
                }));
    }

    private record Opened(AppComposition app, StoreException error) {
    }

    /** Off the FX thread: closes {@code previous}, opens {@code target}, or {@code previous} again if it fails. */
    private Opened reopen(AppComposition previous, Profile target) {
        Profile back = previous.profile();
        previous.close();
        try {
            return new Opened(new AppComposition(paths, settings, target, sandboxTuning), null);
        } catch (StoreException e) {
            LOG.error("Cannot open profile {}", target.dir(), e);
            return new Opened(new AppComposition(paths, settings, back, sandboxTuning), e);
        }
    }

    /** Closes the window and the open profile (the application stops). */
    @Override
    public void close() {
        closed = true;
        if (window != null) {
            window.close();
            window = null;
        }
        if (app != null) {
            app.close();
            app = null;
        }
        executor.close();
    }
}
