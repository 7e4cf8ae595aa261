package dev.wharf.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.app.shell.Destination;
import dev.wharf.common.AppPaths;
import dev.wharf.common.settings.SettingsStore;
import dev.wharf.sync.SyncStatus;
import dev.wharf.ui.i18n.Messages;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The shell as a user sees it: every screen in both languages, the status bar, switching language. */
@ExtendWith(ApplicationExtension.class)
class MainWindowTest {
    @TempDir
    Path home;

    private AppComposition app;
    private MainWindow window;

    @Start
    void start(Stage stage) {
        AppPaths paths = new AppPaths(home);
        SettingsStore settings = new SettingsStore(paths.settingsFile());
        settings.update(s -> s.withLanguage("en"));
        app = new AppComposition(paths, settings, TestProfiles.connected(paths));
        window = new MainWindow(stage, app);
        window.show();
    }

    @AfterEach
    void tearDown() {
        app.close();
    }

    @Test
    void everyScreenOpensInEnglishAndInChinese(FxRobot robot) {
        visitEveryScreen(robot, Messages.forLocale(Locale.ENGLISH));

        robot.clickOn("#nav-settings");
        ComboBox<String> language = robot.lookup("#settings-language").queryComboBox();
        robot.interact(() -> language.setValue("zh-CN"));
        WaitForAsyncUtils.waitForFxEvents();

        Messages chinese = Messages.forLocale(Locale.SIMPLIFIED_CHINESE);
        assertThat(title(robot)).as("the rebuilt window stays on the same screen").isEqualTo("同步与设置");
        visitEveryScreen(robot, chinese);
        assertThat(robot.lookup("#status-connection").queryAs(Label.class).getText())
                .as("this profile's secrets were never saved").isEqualTo("离线：无法读取已保存的店铺凭据");
        assertThat(robot.window(0).getScene().getWindow()).isNotNull();
        assertThat(app.settings().get().language()).as("the choice is saved").isEqualTo("zh-CN");
    }

    @Test
    void statusBarFollowsTheSyncStatus(FxRobot robot) {
        assertThat(text(robot, "#status-connection")).as("this profile's secrets were never saved")
                .isEqualTo("Offline: the shop's saved credentials cannot be read");
        assertThat(robot.lookup("#status-reconnect").query().isVisible()).isTrue();
        assertThat(text(robot, "#status-pending")).isEqualTo("No changes waiting");
        assertThat(text(robot, "#status-last-sync")).isEqualTo("Never synced");
        assertThat(text(robot, "#status-profile")).isEqualTo("Profile: default");

        app.syncStatus().setCredentials(SyncStatus.Credentials.OK);
        app.syncStatus().setConnection(SyncStatus.Connection.ONLINE);
        app.syncStatus().setOutboxCounts(6, 0);
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(robot.lookup("#status-reconnect").query().isVisible()).isFalse();
        assertThat(text(robot, "#status-connection")).isEqualTo("Online");
        assertThat(text(robot, "#status-pending")).isEqualTo("6 changes waiting");
        assertThat(robot.lookup("#status-connection").query().getStyleClass()).contains("connection-online");
    }

    @Test
    void workbenchShowsCountsFromTheStore(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        WaitForAsyncUtils.waitFor(10, java.util.concurrent.TimeUnit.SECONDS,
                () -> "0".equals(text(robot, "#todo-to-accept")));
        assertThat(text(robot, "#todo-to-ship")).isEqualTo("0");
        assertThat(text(robot, "#todo-open-refunds")).isEqualTo("0");
    }

    @Test
    void settingsScreenChecksTheDatabaseInTheBackground(FxRobot robot) throws Exception {
        robot.clickOn("#nav-settings");
        robot.clickOn("#settings-check");
        WaitForAsyncUtils.waitFor(20, java.util.concurrent.TimeUnit.SECONDS,
                () -> text(robot, "#settings-maintenance-result").startsWith("The database is sound"));
        assertThat(text(robot, "#settings-database-info")).containsPattern("schema version [0-9]+");
    }

    @Test
    void syncSectionSaysPlainlyWhenTheShopsSecretsAreGone(FxRobot robot) {
        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#sync-not-connected")).startsWith("The shop's app secret and auth code can no longer");
        assertThat(robot.lookup("#sync-now").queryButton().isDisabled()).isTrue();
        assertThat(text(robot, "#sync-connection")).isEqualTo("Offline: the shop's saved credentials cannot be read");
        assertThat(robot.lookup("#sync-reconnect").query().isVisible()).isTrue();
        assertThat(robot.lookup("#sync-attention-empty").query().isVisible()).isTrue();
    }

    private void visitEveryScreen(FxRobot robot, Messages messages) {
        for (Destination d : Destination.values()) {
            robot.clickOn("#nav-" + d.id());
            WaitForAsyncUtils.waitForFxEvents();
            assertThat(title(robot)).isEqualTo(messages.get(d.titleKey()));
            if (!d.built()) {
                assertThat(text(robot, "#placeholder-heading"))
                        .isEqualTo(messages.format("placeholder.heading", messages.get(d.titleKey())));
            }
        }
        assertThat(text(robot, "#status-profile")).isEqualTo(messages.format("status.profile", "default"));
    }

    private static String title(FxRobot robot) {
        return text(robot, "#screen-title");
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
