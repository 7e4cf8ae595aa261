package dev.wharf.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.common.AppPaths;
import dev.wharf.common.Profile;
import dev.wharf.common.settings.SettingsStore;
import dev.wharf.store.Database;
import dev.wharf.store.SqliteShopProfileStore;
import dev.wharf.store.StoreException;
import dev.wharf.sync.connect.ProfileEntry;
import dev.wharf.sync.connect.ShopProfile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.UnaryOperator;
import javafx.application.Platform;
import javafx.scene.control.ComboBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The last profile's database is damaged at start-up: Wharf explains it, leaves its files alone, and opens another
 * profile of this computer when asked (which becomes the last profile); with no other profile it only closes.
 */
@ExtendWith(ApplicationExtension.class)
class StartupRecoveryTest {
    private static final byte[] DAMAGED = "this is not a database".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path home;

    private Stage stage;
    private AppPaths paths;
    private SettingsStore settings;
    private Profile broken;
    private final AtomicReference<AppComposition> opened = new AtomicReference<>();
    private final AtomicBoolean exited = new AtomicBoolean();

    @Start
    void start(Stage stage) {
        this.stage = stage;
    }

    @BeforeEach
    void damagedDefaultProfile() throws Exception {
        paths = new AppPaths(home);
        settings = new SettingsStore(paths.settingsFile());
        settings.update(s -> s.withLanguage("en").withLastProfile("default"));
        broken = Profile.resolve(paths, null, settings.get().lastProfile());
        Files.createDirectories(broken.dir());
        Files.write(broken.databaseFile(), DAMAGED);
    }

    @AfterEach
    void closeOpened(FxRobot robot) {
        robot.interact(() -> {
            if (opened.get() != null) {
                opened.get().close();
            }
        });
    }

    @Test
    void anotherProfileCanBeOpenedAndTheDamagedOneIsLeftAlone(FxRobot robot) throws Exception {
        Profile tokyo = new Profile("tokyo", paths.profileDir("tokyo"));
        try (Database db = Database.open(tokyo.databaseFile())) {
            new SqliteShopProfileStore(db).save(new ShopProfile("Tokyo", "http://127.0.0.1:9", "app-id", false,
                    Instant.parse("2026-11-01T00:00:00Z")));
        }
        StoreException error = failureOpening(broken);
        List<ProfileEntry> others = StartupRecovery.alternatives(paths, broken);
        assertThat(others).extracting(ProfileEntry::name).containsExactly("tokyo");

        show(error, others);
        ComboBox<ProfileEntry> choice = robot.lookup("#startup-profiles").queryComboBox();
        assertThat(choice.getValue().name()).isEqualTo("tokyo");
        assertThat(robot.lookup(".label").queryAllAs(javafx.scene.control.Label.class))
                .extracting(javafx.scene.control.Label::getText)
                .contains("Wharf cannot open profile default", error.getMessage());
        assertThat(choice.getConverter().toString(choice.getValue())).isEqualTo("tokyo — Tokyo");
        robot.clickOn("Open this profile");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> opened.get() != null);
        assertThat(opened.get().profile().name()).isEqualTo("tokyo");
        assertThat(settings.get().lastProfile()).as("the next start opens tokyo").isEqualTo("tokyo");
        assertThat(Files.readAllBytes(broken.databaseFile())).as("nothing repaired or removed").isEqualTo(DAMAGED);
        assertThat(exited).isFalse();
    }

    @Test
    void withNoOtherProfileWharfOnlyCloses(FxRobot robot) throws Exception {
        StoreException error = failureOpening(broken);
        List<ProfileEntry> others = StartupRecovery.alternatives(paths, broken);
        assertThat(others).isEmpty();

        show(error, others);
        assertThat(robot.lookup("#startup-profiles").tryQuery()).isEmpty();
        robot.clickOn("Close Wharf");

        WaitForAsyncUtils.waitFor(5, TimeUnit.SECONDS, exited::get);
        assertThat(opened.get()).isNull();
        assertThat(Files.readAllBytes(broken.databaseFile())).isEqualTo(DAMAGED);
    }

    private StoreException failureOpening(Profile profile) {
        try (AppComposition app = new AppComposition(paths, settings, profile)) {
            throw new AssertionError("a damaged database opened: " + app.profile());
        } catch (StoreException e) {
            return e;
        }
    }

    private void show(StoreException error, List<ProfileEntry> others) {
        StartupRecovery recovery = new StartupRecovery(stage, paths, settings, UnaryOperator.identity(),
                opened::set, () -> exited.set(true));
        Platform.runLater(() -> recovery.show(broken, error, others)); // showAndWait: not inside interact
        WaitForAsyncUtils.waitForFxEvents();
    }
}
