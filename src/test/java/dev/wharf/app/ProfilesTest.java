package dev.wharf.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.common.AppPaths;
import dev.wharf.common.Profile;
import dev.wharf.common.settings.SettingsStore;
import dev.wharf.sandbox.SandboxConfig;
import dev.wharf.store.outbox.SqliteLocalCommands;
import dev.wharf.sync.connect.ProfileEntry;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import java.util.function.UnaryOperator;
import javafx.scene.control.Button;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Label;
import javafx.scene.control.TableView;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * Several shops side by side: the profile list shows them, switching opens the other shop in the same window (its
 * counts, its status) and back again with nothing lost, and a new profile opens on the first-run screen.
 */
@ExtendWith(ApplicationExtension.class)
class ProfilesTest {
    private static final UnaryOperator<SandboxConfig> SMALL_SHOP = c -> c.withHistory(2, 12);

    @TempDir
    Path home;

    private AppPaths paths;
    private SettingsStore settings;
    private Workstation workstation;

    @Start
    void start(Stage stage) {
        paths = new AppPaths(home);
        settings = new SettingsStore(paths.settingsFile());
        settings.update(s -> s.withLanguage("en"));
        try (AppComposition paris = new AppComposition(paths, settings, new Profile("paris", paths.profileDir("paris")),
                SMALL_SHOP)) {
            assertThat(paris.shopSetup().connectSandbox().ok()).isTrue();
        }
        AppComposition tokyo = new AppComposition(paths, settings, TestProfiles.connected(paths), SMALL_SHOP);
        // a change made offline in Tokyo, waiting in Tokyo's own outbox
        new SqliteLocalCommands(tokyo.database(), Clock.systemUTC(), counts -> { }).createCoupon("30 off 200",
                new BigDecimal("200"), new BigDecimal("30"), Instant.now(), Instant.now().plus(Duration.ofDays(7)), 5);
        workstation = new Workstation(stage, paths, settings, SMALL_SHOP);
        workstation.show(tokyo);
    }

    @AfterEach
    void tearDown(FxRobot robot) {
        robot.interact(() -> workstation.close());
    }

    @Test
    void bothProfilesAreListedAndSwitchingOpensTheOtherShopAndBack(FxRobot robot) throws Exception {
        TableView<ProfileEntry> table = openProfiles(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        assertThat(table.getItems()).extracting(ProfileEntry::name).containsExactly("default", "paris");
        assertThat(table.getItems().get(0).current()).isTrue();
        assertThat(table.getItems().get(0).shop().orElseThrow().displayName()).isEqualTo("Tokyo");
        assertThat(table.getItems().get(1).shop().orElseThrow().sandbox()).isTrue();
        assertThat(cell(table, 0, 0)).isEqualTo("default (open now)");
        assertThat(cell(table, 1, 2)).isEqualTo("Sandbox platform on this computer");
        assertThat(cell(table, 0, 3)).isEqualTo("Real shop");
        assertThat(cell(table, 0, 4)).as("Tokyo's change not yet sent").isEqualTo("1");
        robot.interact(() -> table.getSelectionModel().select(0));
        assertThat(button(robot, "#profiles-switch").isDisabled()).as("already open").isTrue();

        robot.interact(() -> table.getSelectionModel().select(1));
        robot.interact(() -> button(robot, "#profiles-switch").fire());

        waitForProfile(robot, "paris");
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> !text(robot, "#todo-to-accept").isEmpty()
                && !"0".equals(text(robot, "#todo-to-accept")));
        assertThat(Long.parseLong(text(robot, "#todo-to-accept"))).as("the sandbox shop's orders").isPositive();
        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> text(robot, "#status-last-sync").startsWith("Last sync:"));
        assertThat(text(robot, "#status-connection")).isIn("Online", "Syncing…");
        assertThat(text(robot, "#status-pending")).isEqualTo("No changes waiting");
        assertThat(robot.lookup("#profiles-window").tryQuery()).as("the list closed").isEmpty();
        assertThat(settings.get().lastProfile()).as("opened next time").isEqualTo("paris");

        TableView<ProfileEntry> again = openProfiles(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> again.getItems().size() == 2);
        assertThat(again.getItems().get(1).current()).isTrue();
        robot.interact(() -> again.getSelectionModel().select(0));
        robot.interact(() -> button(robot, "#profiles-switch").fire());

        waitForProfile(robot, "default");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> "0".equals(text(robot, "#todo-to-accept")));
        assertThat(text(robot, "#status-pending")).as("Tokyo's waiting change is still there")
                .isEqualTo("1 change waiting");
        assertThat(text(robot, "#status-connection"))
                .isEqualTo("Offline: the shop's saved credentials cannot be read");
        assertThat(settings.get().lastProfile()).isEqualTo("default");
    }

    @Test
    void aNewProfileNeedsAFolderSafeUnusedNameAndOpensOnTheFirstRunScreen(FxRobot robot) throws Exception {
        openProfiles(robot);

        create(robot, "my shop");
        assertThat(text(robot, "#profiles-message")).startsWith("The name \"my shop\" cannot be used as a folder name");
        assertThat(robot.lookup("#profiles-new-name").query().getStyleClass()).contains("invalid");
        create(robot, "PARIS");
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS,
                () -> text(robot, "#profiles-message").startsWith("A profile named \"PARIS\" already exists"));
        assertThat(workstation.current().profile().name()).isEqualTo("default");

        create(robot, "berlin");

        WaitForAsyncUtils.waitFor(30, TimeUnit.SECONDS, () -> robot.lookup("#firstrun-title").tryQuery().isPresent());
        assertThat(workstation.current().profile().name()).isEqualTo("berlin");
        assertThat(workstation.current().isConnected()).isFalse();
        robot.interact(() -> button(robot, "#firstrun-sandbox").fire());
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#screen-title").tryQuery().isPresent());
        assertThat(text(robot, "#status-profile")).isEqualTo("Profile: berlin");
        assertThat(paths.profileDir("berlin").resolve("sandbox/sandbox.db")).isRegularFile();
        assertThat(settings.get().lastProfile()).isEqualTo("berlin");

        TableView<ProfileEntry> table = openProfiles(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 3);
        assertThat(table.getItems()).extracting(ProfileEntry::name).containsExactly("berlin", "default", "paris");
        assertThat(table.getItems().get(0).shop()).hasValueSatisfying(s -> assertThat(s.sandbox()).isTrue());
    }

    @Test
    void anotherProfileIsDeletedOnlyAfterConfirmingAndTheOpenOneCannotBe(FxRobot robot) throws Exception {
        TableView<ProfileEntry> table = openProfiles(robot);
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> table.getItems().size() == 2);
        robot.interact(() -> table.getSelectionModel().select(0));
        assertThat(button(robot, "#profiles-delete").isDisabled()).as("the open profile").isTrue();

        robot.interact(() -> table.getSelectionModel().select(1));
        robot.interact(() -> button(robot, "#profiles-delete").fire());
        assertThat(robot.lookup("#profiles-delete-confirmation").query().isVisible()).isTrue();
        assertThat(text(robot, "#profiles-delete-question")).startsWith("Delete profile paris (Sandbox) from this")
                .contains("its 0 change(s) not yet accepted");
        robot.interact(() -> button(robot, "#profiles-delete-keep").fire());
        assertThat(robot.lookup("#profiles-delete-confirmation").query().isVisible()).isFalse();
        assertThat(paths.profileDir("paris")).isDirectory();

        robot.interact(() -> button(robot, "#profiles-delete").fire());
        robot.interact(() -> button(robot, "#profiles-delete-confirm").fire());

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> table.getItems().size() == 1);
        assertThat(text(robot, "#profiles-message")).isEqualTo("Profile paris was deleted.");
        assertThat(paths.profileDir("paris")).doesNotExist();
        try (var left = java.nio.file.Files.list(paths.profilesDir())) {
            assertThat(left.map(p -> p.getFileName().toString())).containsExactly("default");
        }
        assertThat(workstation.current().profile().name()).isEqualTo("default");
    }

    private TableView<ProfileEntry> openProfiles(FxRobot robot) throws Exception {
        robot.interact(() -> robot.lookup("#status-profiles").queryAs(Hyperlink.class).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> robot.lookup("#profiles-table").tryQuery().isPresent());
        return robot.lookup("#profiles-table").query();
    }

    private void create(FxRobot robot, String name) {
        robot.interact(() -> robot.lookup("#profiles-new-name").queryTextInputControl().setText(name));
        robot.interact(() -> button(robot, "#profiles-create").fire());
        WaitForAsyncUtils.waitForFxEvents();
    }

    private void waitForProfile(FxRobot robot, String name) throws Exception {
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> workstation.current() != null
                && workstation.current().profile().name().equals(name)
                && robot.lookup("#status-profile").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#status-profile")).isEqualTo("Profile: " + name);
    }

    private static String cell(TableView<ProfileEntry> table, int row, int column) {
        return String.valueOf(table.getColumns().get(column).getCellData(row));
    }

    private static Button button(FxRobot robot, String query) {
        return robot.lookup(query).queryButton();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
