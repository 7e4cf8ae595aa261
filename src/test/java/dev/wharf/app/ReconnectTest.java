package dev.wharf.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.wharf.common.AppPaths;
import dev.wharf.common.Profile;
import dev.wharf.common.settings.SettingsStore;
import dev.wharf.sandbox.SandboxConfig;
import dev.wharf.sandbox.SandboxServer;
import dev.wharf.sync.SyncStatus;
import dev.wharf.sync.connect.ConnectionCheck;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import javafx.scene.control.Hyperlink;
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

/**
 * Saved secrets that can no longer be read (here: the encrypted file damaged) leave the shop offline; the status
 * bar offers to connect it again, the platform's refusal of a wrong auth code is shown in its words, and the right
 * one brings the shop back online with a sync.
 */
@ExtendWith(ApplicationExtension.class)
class ReconnectTest {
    private static final String WRONG_AUTH_CODE = "renewed-elsewhere-0000000000";

    @TempDir
    Path home;
    @TempDir
    Path shopDir;

    private SandboxServer shop;
    private AppComposition app;

    @Start
    void start(Stage stage) throws Exception {
        shop = SandboxServer.start(SandboxConfig.of(shopDir).withPort(0).withHistory(2, 12));
        AppPaths paths = new AppPaths(home);
        SettingsStore settings = new SettingsStore(paths.settingsFile());
        settings.update(s -> s.withLanguage("en"));
        Profile profile = Profile.resolve(paths, null, null);
        try (AppComposition first = new AppComposition(paths, settings, profile)) {
            ConnectionCheck check = first.shopSetup().connect(shop.baseUri().toString(), shop.credentials().appId(),
                    shop.credentials().appSecret(), shop.credentials().authCode());
            assertThat(check.ok()).as("connected: %s", check).isTrue();
        }
        Path secrets = profile.dir().resolve("secrets.enc");
        assumeTrue(Files.isRegularFile(secrets), "this machine keeps the secrets in the encrypted file");
        byte[] bytes = Files.readAllBytes(secrets);
        bytes[bytes.length - 1] ^= 0x5a;
        Files.write(secrets, bytes);

        app = new AppComposition(paths, settings, profile);
        new MainWindow(stage, app).show();
    }

    @AfterEach
    void tearDown() {
        if (app != null) {
            app.close();
        }
        shop.close();
    }

    @Test
    void unreadableSecretsAreEnteredAgainAndTheShopComesBackOnline(FxRobot robot) throws Exception {
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#status-connection")).isEqualTo("Offline: the shop's saved credentials cannot be read");
        robot.clickOn("#nav-settings");
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(robot.lookup("#sync-reconnect").query().isVisible()).isTrue();

        robot.interact(() -> robot.lookup("#status-reconnect").queryAs(Hyperlink.class).fire());
        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, () -> shop.credentials().appId()
                .equals(robot.lookup("#reconnect-app-id").tryQuery().map(n -> ((Label) n).getText()).orElse("")));
        assertThat(text(robot, "#reconnect-intro")).startsWith("The app secret and auth code saved for this shop");
        assertThat(robot.lookup("#reconnect-url").queryTextInputControl().getText())
                .isEqualTo(shop.baseUri().toString());

        type(robot, "#reconnect-app-secret", shop.credentials().appSecret());
        type(robot, "#reconnect-auth-code", WRONG_AUTH_CODE);
        robot.interact(() -> robot.lookup("#reconnect-save").queryButton().fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> text(robot, "#reconnect-result").startsWith("The platform refused"));
        assertThat(text(robot, "#reconnect-result")).as("the platform's own words")
                .contains("unknown app_id or auth_code");
        assertThat(app.syncStatus().snapshot().credentials()).isEqualTo(SyncStatus.Credentials.UNREADABLE);

        type(robot, "#reconnect-auth-code", shop.credentials().authCode());
        robot.interact(() -> robot.lookup("#reconnect-test").queryButton().fire());
        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS,
                () -> text(robot, "#reconnect-result").startsWith("The connection works"));
        robot.interact(() -> robot.lookup("#reconnect-save").queryButton().fire());

        WaitForAsyncUtils.waitFor(20, TimeUnit.SECONDS, () -> robot.lookup("#reconnect-window").tryQuery().isEmpty());
        WaitForAsyncUtils.waitFor(90, TimeUnit.SECONDS, () -> app.syncStatus().snapshot().lastSync() != null);
        WaitForAsyncUtils.waitForFxEvents();
        assertThat(text(robot, "#status-connection")).isIn("Online", "Syncing…");
        assertThat(text(robot, "#status-last-sync")).startsWith("Last sync:");
        assertThat(robot.lookup("#status-reconnect").query().isVisible()).isFalse();
        assertThat(robot.lookup("#sync-reconnect").query().isVisible()).isFalse();
        assertThat(app.syncStatus().snapshot().credentials()).isEqualTo(SyncStatus.Credentials.OK);
    }

    private static void type(FxRobot robot, String query, String value) {
        robot.interact(() -> robot.lookup(query).queryTextInputControl().setText(value));
    }

    private static String text(FxRobot robot, String query) {
        return robot.lookup(query).queryAs(Label.class).getText();
    }
}
