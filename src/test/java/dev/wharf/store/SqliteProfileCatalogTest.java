package dev.wharf.store;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.common.AppPaths;
import dev.wharf.common.Profile;
import dev.wharf.sync.connect.ProfileEntry;
import dev.wharf.sync.connect.ShopProfile;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The profile list reads every profile's shop from its own database, without changing any of them. */
class SqliteProfileCatalogTest {
    private static final Instant CREATED = Instant.parse("2026-11-01T00:00:00Z");

    @TempDir
    Path home;

    private Profile connect(AppPaths paths, String name, ShopProfile shop) {
        Profile profile = new Profile(name, paths.profileDir(name));
        try (Database db = Database.open(profile.databaseFile())) {
            if (shop != null) {
                new SqliteShopProfileStore(db).save(shop);
            }
        }
        return profile;
    }

    @Test
    void listsEveryProfileWithItsShopSortedByNameTheOpenOneMarked() throws Exception {
        AppPaths paths = new AppPaths(home);
        Profile tokyo = connect(paths, "tokyo", new ShopProfile("Tokyo", "https://open.ymatou.com", "app-1", false,
                CREATED));
        connect(paths, "巴黎", new ShopProfile("Sandbox", "http://127.0.0.1:4321", "sandbox-app", true, CREATED));
        connect(paths, "berlin", null);
        Files.createDirectories(paths.profileDir("empty-folder"));
        Path damaged = paths.profileDir("damaged");
        Files.createDirectories(damaged);
        Files.writeString(AppPaths.databaseFile(damaged), "SQLite format 3\0 but nothing else of a database");
        Files.createDirectories(paths.profilesDir().resolve("not a profile"));
        try (Database db = Database.open(tokyo.databaseFile())) {
            db.write(c -> {
                try (var st = c.createStatement()) {
                    return st.executeUpdate("INSERT INTO outbox (command, aggregate_type, aggregate_id, payload, "
                            + "state, created_at, next_attempt_at) VALUES ('x', 'order', '1', '{}', 'pending', 0, 0), "
                            + "('x', 'order', '2', '{}', 'rejected', 0, 0), ('x', 'order', '3', '{}', 'done', 0, 0)");
                }
            });
        }
        byte[] before = Files.readAllBytes(tokyo.databaseFile());

        List<ProfileEntry> list;
        try (Database open = Database.open(tokyo.databaseFile())) {
            list = new SqliteProfileCatalog(paths, tokyo).list();
        }

        assertThat(list).extracting(ProfileEntry::name)
                .containsExactly("berlin", "damaged", "empty-folder", "tokyo", "巴黎");
        ProfileEntry open = list.get(3);
        assertThat(open.current()).isTrue();
        assertThat(open.unsent()).as("waiting and refused, not done").isEqualTo(2);
        assertThat(open.shop()).hasValueSatisfying(s -> {
            assertThat(s.displayName()).isEqualTo("Tokyo");
            assertThat(s.gatewayUrl()).isEqualTo("https://open.ymatou.com");
            assertThat(s.sandbox()).isFalse();
        });
        assertThat(list.get(4).shop()).hasValueSatisfying(s -> assertThat(s.sandbox()).isTrue());
        assertThat(list.get(4).current()).isFalse();
        assertThat(list.get(0).shop()).as("never connected").isEmpty();
        assertThat(list.get(0).readable()).isTrue();
        assertThat(list.get(2).shop()).isEmpty();
        assertThat(list.get(1).readable()).as("damaged").isFalse();
        assertThat(Files.readAllBytes(tokyo.databaseFile())).as("only read").isEqualTo(before);
    }

    @Test
    void aProfileOpenedFromAnotherFolderComesFirst(@TempDir Path usbStick) {
        AppPaths paths = new AppPaths(home);
        connect(paths, "default", null);
        Profile outside = Profile.resolve(paths, usbStick.resolve("training"), null);
        try (Database db = Database.open(outside.databaseFile())) {
            new SqliteShopProfileStore(db).save(new ShopProfile("Training", "http://x", "a", true, CREATED));
        }

        List<ProfileEntry> list = new SqliteProfileCatalog(paths, outside).list();

        assertThat(list).extracting(ProfileEntry::name).containsExactly("training", "default");
        assertThat(list.get(0).current()).isTrue();
        assertThat(list.get(0).shop().map(ShopProfile::displayName)).isEqualTo(Optional.of("Training"));
    }

    @Test
    void noProfilesFolderListsOnlyTheOpenProfile() {
        AppPaths paths = new AppPaths(home);
        Profile fresh = Profile.resolve(paths, null, null);

        assertThat(new SqliteProfileCatalog(paths, fresh).list()).singleElement()
                .satisfies(e -> {
                    assertThat(e.name()).isEqualTo("default");
                    assertThat(e.current()).isTrue();
                    assertThat(e.shop()).isEmpty();
                });
    }
}
