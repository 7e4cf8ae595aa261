package dev.wharf.store;

import dev.wharf.sync.connect.ShopProfile;
import dev.wharf.sync.connect.ShopProfileStore;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.Optional;

/** {@link ShopProfileStore} over the profile database's one-row {@code shop_profile} table. */
public final class SqliteShopProfileStore implements ShopProfileStore {
    private final Database db;

    public SqliteShopProfileStore(Database db) {
        this.db = db;
    }

    @Override
    public Optional<ShopProfile> load() {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT display_name, gateway_url, app_id, sandbox, "
                    + "created_at FROM shop_profile WHERE id = 1");
                 ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) {
                    return Optional.<ShopProfile>empty();
                }
                return Optional.of(new ShopProfile(rs.getString(1), rs.getString(2), rs.getString(3),
                        rs.getInt(4) == 1, Instant.ofEpochMilli(rs.getLong(5))));
            }
        });
    }

    @Override
    public void save(ShopProfile profile) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO shop_profile (id, display_name, gateway_url, "
                    + "app_id, sandbox, created_at) VALUES (1, ?, ?, ?, ?, ?) ON CONFLICT(id) DO UPDATE SET "
                    + "display_name = excluded.display_name, gateway_url = excluded.gateway_url, "
                    + "app_id = excluded.app_id, sandbox = excluded.sandbox")) {
                ps.setString(1, profile.displayName());
                ps.setString(2, profile.gatewayUrl());
                ps.setString(3, profile.appId());
                ps.setInt(4, profile.sandbox() ? 1 : 0);
                ps.setLong(5, profile.createdAt().toEpochMilli());
                return ps.executeUpdate();
            }
        });
    }
}
