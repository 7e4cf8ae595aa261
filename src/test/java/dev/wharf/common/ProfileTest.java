package dev.wharf.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProfileTest {
    @TempDir
    Path dir;

    @Test
    void theCommandLineFolderWins() {
        AppPaths paths = new AppPaths(dir.resolve("home"));
        Path folder = dir.resolve("shops/东京店");

        Profile p = Profile.resolve(paths, folder, "osaka");

        assertThat(p.dir()).isEqualTo(folder);
        assertThat(p.name()).isEqualTo("东京店");
        assertThat(p.databaseFile()).isEqualTo(folder.resolve("wharf.db"));
    }

    @Test
    void aRelativeCommandLineFolderIsMadeAbsolute() {
        Profile p = Profile.resolve(new AppPaths(dir), Path.of("shop-a/../shop-b"), null);

        assertThat(p.dir()).isAbsolute().isEqualTo(Path.of("shop-b").toAbsolutePath());
        assertThat(p.name()).isEqualTo("shop-b");
    }

    @Test
    void elseTheLastProfileUsed() {
        AppPaths paths = new AppPaths(dir);

        Profile p = Profile.resolve(paths, null, "东京店");

        assertThat(p.name()).isEqualTo("东京店");
        assertThat(p.dir()).isEqualTo(dir.resolve("profiles/东京店"));
    }

    @Test
    void elseTheDefaultProfile() {
        AppPaths paths = new AppPaths(dir);

        assertThat(Profile.resolve(paths, null, null))
                .isEqualTo(new Profile("default", dir.resolve("profiles/default")));
        assertThat(Profile.resolve(paths, null, " "))
                .isEqualTo(new Profile("default", dir.resolve("profiles/default")));
    }

    @Test
    void anInvalidLastProfileFallsBackToTheDefault() {
        AppPaths paths = new AppPaths(dir);

        assertThat(Profile.resolve(paths, null, "../../etc"))
                .isEqualTo(new Profile("default", dir.resolve("profiles/default")));
    }
}
