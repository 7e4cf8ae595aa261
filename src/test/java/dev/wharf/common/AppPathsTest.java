package dev.wharf.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class AppPathsTest {
    private static final String HOME = "/home/mei";

    @Test
    void windowsUsesAppData() {
        String appData = "C:\\Users\\mei\\AppData\\Roaming";
        assertThat(AppPaths.resolveHome("Windows 11", Map.of("APPDATA", appData), HOME, null))
                .isEqualTo(Path.of(appData, "Wharf"));
    }

    @Test
    void windowsWithoutAppDataFallsBackToTheRoamingFolderInTheUserHome() {
        assertThat(AppPaths.resolveHome("Windows 10", Map.of(), HOME, null))
                .isEqualTo(Path.of(HOME, "AppData", "Roaming", "Wharf"));
        assertThat(AppPaths.resolveHome("Windows 10", Map.of("APPDATA", " "), HOME, null))
                .isEqualTo(Path.of(HOME, "AppData", "Roaming", "Wharf"));
    }

    @Test
    void macOsUsesApplicationSupport() {
        assertThat(AppPaths.resolveHome("Mac OS X", Map.of("XDG_DATA_HOME", "/ignored"), HOME, null))
                .isEqualTo(Path.of(HOME, "Library", "Application Support", "Wharf"));
    }

    @Test
    void linuxUsesXdgDataHome() {
        assertThat(AppPaths.resolveHome("Linux", Map.of("XDG_DATA_HOME", "/data/mei"), HOME, null))
                .isEqualTo(Path.of("/data/mei", "wharf"));
    }

    @Test
    void linuxWithoutXdgDataHomeUsesLocalShare() {
        assertThat(AppPaths.resolveHome("Linux", Map.of(), HOME, null))
                .isEqualTo(Path.of(HOME, ".local", "share", "wharf"));
        assertThat(AppPaths.resolveHome("Linux", Map.of("XDG_DATA_HOME", ""), HOME, null))
                .isEqualTo(Path.of(HOME, ".local", "share", "wharf"));
    }

    @Test
    void wharfHomeOverridesTheOsFolder() {
        Map<String, String> env = Map.of("WHARF_HOME", "/portable/wharf", "APPDATA", "C:\\AppData",
                "XDG_DATA_HOME", "/data/mei");
        for (String os : new String[] {"Windows 11", "Mac OS X", "Linux"}) {
            assertThat(AppPaths.resolveHome(os, env, HOME, null)).as(os).isEqualTo(Path.of("/portable/wharf"));
        }
    }

    @Test
    void theSystemPropertyOverridesWharfHome() {
        Map<String, String> env = Map.of("WHARF_HOME", "/portable/wharf");
        assertThat(AppPaths.resolveHome("Linux", env, HOME, "/tests/home")).isEqualTo(Path.of("/tests/home"));
        assertThat(AppPaths.resolveHome("Linux", env, HOME, "  ")).isEqualTo(Path.of("/portable/wharf"));
    }

    @Test
    void filesLiveUnderTheHomeFolder() {
        AppPaths paths = new AppPaths(Path.of("/srv/wharf/./x/.."));
        assertThat(paths.home()).isEqualTo(Path.of("/srv/wharf"));
        assertThat(paths.settingsFile()).isEqualTo(Path.of("/srv/wharf/settings.json"));
        assertThat(paths.logDir()).isEqualTo(Path.of("/srv/wharf/logs"));
        assertThat(paths.profileDir("default")).isEqualTo(Path.of("/srv/wharf/profiles/default"));
        assertThat(AppPaths.databaseFile(paths.profileDir("default")))
                .isEqualTo(Path.of("/srv/wharf/profiles/default/wharf.db"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"东京店", "Tokyo-Shop_2", "shop.v2", "ソウル店"})
    void profileNamesMayBeAnyLetters(String name) {
        AppPaths paths = new AppPaths(Path.of("/srv/wharf"));
        assertThat(paths.profileDir(name)).isEqualTo(Path.of("/srv/wharf/profiles", name));
        assertThat(paths.profileDir(name).getParent()).isEqualTo(paths.profilesDir());
    }

    @ParameterizedTest
    @ValueSource(strings = {"..", ".", "../evil", "a/b", "a\\b", "/abs", ".hidden", "", "with space", "a:b", "CON",
        "nul", "com1", "LPT9.txt", "shop."})
    void profileNamesThatCouldLeaveTheProfilesFolderAreRejected(String name) {
        AppPaths paths = new AppPaths(Path.of("/srv/wharf"));
        assertThatThrownBy(() -> paths.profileDir(name)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Invalid profile name");
    }

    @Test
    void profileNamesAreAtMost64Characters() {
        AppPaths paths = new AppPaths(Path.of("/srv/wharf"));
        assertThat(paths.profileDir("店".repeat(64))).isNotNull();
        assertThatThrownBy(() -> paths.profileDir("店".repeat(65))).isInstanceOf(IllegalArgumentException.class);
    }
}
