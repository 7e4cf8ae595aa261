package dev.wharf.app;

import dev.wharf.common.AppPaths;
import dev.wharf.common.Profile;
import dev.wharf.store.Database;
import dev.wharf.store.SqliteShopProfileStore;
import dev.wharf.sync.connect.ShopProfile;
import java.time.Instant;

/** Profiles for UI tests that start past the first-run screen. */
final class TestProfiles {
    private TestProfiles() {
    }

    /** The default profile, already connected to a shop (an address nothing listens on: the tests stay offline). */
    static Profile connected(AppPaths paths) {
        Profile profile = Profile.resolve(paths, null, null);
        try (Database db = Database.open(profile.databaseFile())) {
            new SqliteShopProfileStore(db).save(new ShopProfile("Tokyo", "http://127.0.0.1:9", "app-id", false,
                    Instant.parse("2026-11-01T00:00:00Z")));
        }
        return profile;
    }
}
