package dev.wharf.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.common.AppPaths;
import dev.wharf.common.Profile;
import dev.wharf.store.Database;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Deleting profiles: never the open one; a deleted profile leaves nothing behind, not even its secrets. */
class AppProfileActionsTest {
    @TempDir
    Path home;

    @Test
    void theOpenProfileIsNeverDeletedAnotherOneGoesWhole() throws Exception {
        AppPaths paths = new AppPaths(home);
        Profile open = new Profile("default", paths.profileDir("default"));
        Database.open(open.databaseFile()).close();
        Path other = paths.profileDir("training-1");
        Database.open(AppPaths.databaseFile(other)).close();
        Files.createDirectories(other.resolve("sandbox"));
        Files.writeString(other.resolve("sandbox/sandbox.db"), "x");
        AppProfileActions actions = new AppProfileActions(paths, open, () -> p -> { });

        assertThatThrownBy(() -> actions.delete("default")).isInstanceOf(IllegalArgumentException.class);
        assertThat(open.databaseFile()).isRegularFile();

        actions.delete("training-1");

        assertThat(other).doesNotExist();
        assertThat(actions.takenNames()).containsExactly("default");
        assertThat(actions.list()).extracting(e -> e.name()).containsExactly("default");
    }
}
