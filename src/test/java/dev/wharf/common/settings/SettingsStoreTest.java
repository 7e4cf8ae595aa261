package dev.wharf.common.settings;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.common.settings.Settings.WindowBounds;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class SettingsStoreTest {
    @TempDir
    Path dir;

    Path file() {
        return dir.resolve("settings.json");
    }

    @Test
    void withoutAFileTheDefaultsAreUsedAndNothingIsWritten() throws IOException {
        SettingsStore store = new SettingsStore(file());

        assertThat(store.get()).isEqualTo(Settings.defaults());
        assertThat(store.get().language()).isEqualTo("system");
        assertThat(store.get().theme()).isEqualTo("light");
        assertThat(store.get().lastProfile()).isNull();
        assertThat(filesIn(dir)).isEmpty();
    }

    @Test
    void theSyncIntervalIsOneOfTheOfferedChoicesAndSurvivesARestart() throws IOException {
        SettingsStore store = new SettingsStore(file());
        assertThat(store.get().syncIntervalSeconds()).isEqualTo(60);

        store.update(s -> s.withSyncInterval(300));
        assertThat(new SettingsStore(file()).get().syncIntervalSeconds()).isEqualTo(300);

        Files.writeString(file(), "{\"language\":\"en\",\"sync_interval_seconds\":7,\"syncIntervalSeconds\":7}",
                StandardCharsets.UTF_8);
        assertThat(new SettingsStore(file()).get().syncIntervalSeconds()).as("not offered: the default")
                .isEqualTo(60);
        assertThat(new SettingsStore(file()).get().language()).isEqualTo("en");
    }

    @Test
    void anUpdateIsSavedAndReadBackByANewStore() throws IOException {
        SettingsStore store = new SettingsStore(file());
        WindowBounds bounds = new WindowBounds(10, 20, 1440, 900, true);

        Settings saved = store.update(s -> s.withTheme("dark").withLanguage("zh-CN").withWindow(bounds)
                .withLastProfile("东京店"));

        assertThat(store.get()).isEqualTo(saved);
        Settings reread = new SettingsStore(file()).get();
        assertThat(reread).isEqualTo(saved);
        assertThat(reread.theme()).isEqualTo("dark");
        assertThat(reread.language()).isEqualTo("zh-CN");
        assertThat(reread.window()).isEqualTo(bounds);
        assertThat(reread.lastProfile()).isEqualTo("东京店");
        assertThat(Files.readString(file(), StandardCharsets.UTF_8)).contains("东京店");
    }

    @Test
    void theDefaultWindowPositionSurvivesASaveAndReload() {
        SettingsStore store = new SettingsStore(file());
        store.update(s -> s.withTheme("dark"));

        WindowBounds window = new SettingsStore(file()).get().window();

        assertThat(window.x()).isNaN();
        assertThat(window.y()).isNaN();
        assertThat(window).isEqualTo(WindowBounds.DEFAULT);
    }

    @Test
    void listenersGetTheNewValueOnlyWhenSomethingChanged() {
        SettingsStore store = new SettingsStore(file());
        List<Settings> seen = new ArrayList<>();
        Consumer<Settings> listener = seen::add;
        store.addListener(listener);

        Settings dark = store.update(s -> s.withTheme("dark"));
        store.update(s -> s.withTheme("dark"));
        assertThat(seen).containsExactly(dark);

        store.removeListener(listener);
        store.update(s -> s.withTheme("light"));
        assertThat(seen).containsExactly(dark);
    }

    @ParameterizedTest
    @ValueSource(strings = {"{ this is not json", "\u0000\u0001garbage", "[1, 2, 3]", "\"dark\"", "", "null"})
    void aBrokenFileIsMovedAsideAndTheDefaultsAreUsed(String content) throws IOException {
        Files.writeString(file(), content, StandardCharsets.UTF_8);

        SettingsStore store = new SettingsStore(file());

        assertThat(store.get()).isEqualTo(Settings.defaults());
        assertThat(file()).doesNotExist();
        Path broken = dir.resolve("settings.json.broken");
        assertThat(broken).hasContent(content);

        // and the store works normally afterwards
        store.update(s -> s.withTheme("dark"));
        assertThat(new SettingsStore(file()).get().theme()).isEqualTo("dark");
        assertThat(broken).hasContent(content);
    }

    @Test
    void unknownFieldsAreIgnored() throws IOException {
        Files.writeString(file(), "{\"theme\": \"dark\", \"fontScale\": 1.25, \"newSection\": {\"a\": [1, 2]},"
                + " \"window\": {\"x\": 5, \"y\": 6, \"width\": 1000, \"height\": 700, \"maximized\": false,"
                + " \"screen\": 2}, \"lastProfile\": \"osaka\"}");

        Settings s = new SettingsStore(file()).get();

        assertThat(s.theme()).isEqualTo("dark");
        assertThat(s.language()).isEqualTo("system");
        assertThat(s.window()).isEqualTo(new WindowBounds(5, 6, 1000, 700, false));
        assertThat(s.lastProfile()).isEqualTo("osaka");
        assertThat(dir.resolve("settings.json.broken")).doesNotExist();
    }

    @Test
    void savingLeavesNoTemporaryFilesBehind() throws IOException {
        SettingsStore store = new SettingsStore(file());
        for (int i = 0; i < 5; i++) {
            int n = i;
            store.update(s -> s.withLastProfile("shop-" + n));
        }

        assertThat(filesIn(dir)).containsExactly("settings.json");
        assertThat(new SettingsStore(file()).get().lastProfile()).isEqualTo("shop-4");
    }

    @Test
    void theFolderIsCreatedOnTheFirstSave() {
        Path nested = dir.resolve("新 用户/Wharf/settings.json");
        SettingsStore store = new SettingsStore(nested);

        store.update(s -> s.withLanguage("en"));

        assertThat(nested).isRegularFile();
        assertThat(new SettingsStore(nested).get().language()).isEqualTo("en");
    }

    private static List<String> filesIn(Path folder) throws IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }
}
