package dev.wharf.app;

import dev.wharf.common.AppPaths;
import dev.wharf.common.Profile;
import dev.wharf.common.settings.SettingsStore;
import dev.wharf.store.StoreException;
import dev.wharf.sync.connect.ProfileEntry;
import java.nio.file.Path;
import java.util.List;
import java.util.function.UnaryOperator;
import javafx.application.Application;
import javafx.application.Platform;
import javafx.stage.Stage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The JavaFX application. The shop database is opened in {@link #init()}, which JavaFX runs off the FX thread, so
 * the window never waits on disk work; a profile that cannot be opened is explained, and another one may be
 * opened instead ({@link StartupRecovery}).
 */
public final class WharfApplication extends Application {
    private static final Logger LOG = LoggerFactory.getLogger(WharfApplication.class);

    private AppComposition app;
    private SettingsStore settings;
    private StoreException startupError;
    private Profile startupProfile;
    private List<ProfileEntry> alternatives = List.of();
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
            startupProfile = profile;
            alternatives = StartupRecovery.alternatives(paths, profile);
        }
    }

    @Override
    public void start(Stage stage) {
        if (startupError != null) {
            new StartupRecovery(stage, AppPaths.forCurrentUser(), settings, UnaryOperator.identity(),
                    opened -> showWorkstation(stage, opened), Platform::exit)
                    .show(startupProfile, startupError, alternatives);
            return;
        }
        showWorkstation(stage, app);
    }

    private void showWorkstation(Stage stage, AppComposition opened) {
        workstation = new Workstation(stage, opened.paths(), settings, UnaryOperator.identity());
        workstation.show(opened);
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
