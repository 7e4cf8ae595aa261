package dev.wharf.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.common.AppPaths;
import dev.wharf.common.settings.SettingsStore;
import java.nio.file.Path;
import java.util.Locale;
import javafx.scene.control.Label;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A first start on a Chinese Windows opens in Chinese; nothing was chosen in the settings yet. */
@ExtendWith(ApplicationExtension.class)
class SystemLanguageTest {
    @TempDir
    Path home;

    private final Locale before = Locale.getDefault();
    private AppComposition app;

    @Start
    void start(Stage stage) {
        Locale.setDefault(Locale.SIMPLIFIED_CHINESE);
        AppPaths paths = new AppPaths(home);
        app = new AppComposition(paths, new SettingsStore(paths.settingsFile()), TestProfiles.connected(paths));
        new MainWindow(stage, app).show();
    }

    @AfterEach
    void tearDown() {
        Locale.setDefault(before);
        app.close();
    }

    @Test
    void aChineseSystemGetsTheChineseInterface(FxRobot robot) {
        assertThat(app.settings().get().language()).isEqualTo("system");
        assertThat(robot.lookup("#screen-title").queryAs(Label.class).getText()).isEqualTo("工作台");
        assertThat(robot.lookup("#nav-orders").queryAs(ToggleButton.class).getText()).isEqualTo("订单");
        assertThat(robot.lookup("#status-connection").queryAs(Label.class).getText())
                .as("this profile's secrets were never saved").isEqualTo("离线：无法读取已保存的店铺凭据");
    }
}
