package dev.wharf.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.common.AppPaths;
import dev.wharf.common.Profile;
import dev.wharf.common.settings.SettingsStore;
import dev.wharf.sandbox.SandboxConfig;
import dev.wharf.sandbox.SandboxServer;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
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

/** A profile with no shop opens on the first-run screen; the sandbox shop or a real connection leads into the shop. */
@ExtendWith(ApplicationExtension.class)
class FirstRunTest {
    @TempDir
    Path home;

    private AppComposition app;
    private SandboxServer otherShop;
    private boolean storeChosenAtStart;

    @Start
    void start(Stage stage) {
        AppPaths paths = new AppPaths(home);
        SettingsStore settings = new SettingsStore(paths.settingsFile());
        settings.update(s -> s.withLanguage("en"));
        app = new AppComposition(paths, settings, Profile.resolve(paths, null, null),
                config -> config.withHistory(2, 12));
        storeChosenAtStart = app.secretStoreChosen();
        new MainWindow(stage, app).show();
    }

    @AfterEach
    void tearDown() {
        app.close();
        if (otherShop != null) {
            otherShop.close();
        }
    }

    @Test
    void theSandboxShopOpensTheWorkbenchAndIsRememberedForTheNextStart(FxRobot robot) throws Exception {
        assertThat(text(robot, "#firstrun-title")).isEqualTo("Welcome to Wharf");
        assertThat(storeChosenAtStart).as("no keychain probe before the window shows").isFalse();
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> !text(robot, "#firstrun-protection").isBlank());

        robot.clickOn("#firstrun-sandbox");

        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> robot.lookup("#screen-title").tryQuery().isPresent());
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#screen-title")).isEqualTo("Workbench");
        assertThat(app.isConnected()).isTrue();
        assertThat(home.resolve("profiles/default/sandbox/sandbox.db")).isRegularFile();

        // the first sync runs at once: the sandbox shop's paid orders arrive on the workbench
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS, () -> !"0".equals(text(robot, "#todo-to-accept"))
                && !text(robot, "#todo-to-accept").isEmpty());
        assertThat(Long.parseLong(text(robot, "#todo-to-accept"))).isPositive();
        // the Workbench may count orders the first sync has already written before that sync finishes (it pulls
        // page by page): the status bar says "Last sync" once it has
        WaitForAsyncUtils.waitFor(60, TimeUnit.SECONDS,
                () -> text(robot, "#status-last-sync").startsWith("Last sync:"));
        assertThat(text(robot, "#status-connection")).isIn("Online", "Syncing…");
    }

    @Test
    void missingFieldsAreMarkedBeforeAnythingIsSent(FxRobot robot) {
        robot.clickOn("#firstrun-connect");
        WaitForAsyncUtils.waitForFxEvents();

        assertThat(text(robot, "#firstrun-result")).isEqualTo("Fill in every field marked in red.");
        assertThat(robot.lookup("#firstrun-app-id").query().getStyleClass()).contains("invalid");
        assertThat(app.isConnected()).isFalse();
    }

    @Test
    void wrongCredentialsAreExplainedAndTheScreenStays(FxRobot robot) throws Exception {
        otherShop = SandboxServer.start(SandboxConfig.of(home.resolve("other-shop")).withPort(0).withHistory(1, 5));
        robot.interact(() -> robot.lookup("#firstrun-url").queryTextInputControl().setText(""));
        robot.clickOn("#firstrun-url").write(otherShop.baseUri().toString());
        robot.clickOn("#firstrun-app-id").write(otherShop.credentials().appId());
        robot.clickOn("#firstrun-app-secret").write("wrong-secret-0000000000000000000");
        robot.clickOn("#firstrun-auth-code").write(otherShop.credentials().authCode());

        robot.clickOn("#firstrun-connect");

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> text(robot, "#firstrun-result").startsWith("The platform refused"));
        assertThat(app.isConnected()).isFalse();
        assertThat(robot.lookup("#firstrun-title").tryQuery()).isPresent();

        robot.interact(() -> robot.lookup("#firstrun-app-secret").queryTextInputControl().setText(""));
        robot.clickOn("#firstrun-app-secret").write(otherShop.credentials().appSecret());
        robot.clickOn("#firstrun-test");
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> text(robot, "#firstrun-result").startsWith("The connection works"));
        assertThat(app.isConnected()).as("testing does not connect").isFalse();
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
