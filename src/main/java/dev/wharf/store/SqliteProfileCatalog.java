package dev.wharf.store;

import dev.wharf.common.AppPaths;
import dev.wharf.common.Profile;
import dev.wharf.common.ProfileNames;
import dev.wharf.sync.connect.ProfileCatalog;
import dev.wharf.sync.connect.ProfileEntry;
import dev.wharf.sync.connect.ShopProfile;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.text.Collator;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;

/**
 * Lists the profile folders under {@code profiles/} and reads each one's shop from its database through a
 * read-only connection: no migrations, no writes, nothing kept open, so a profile open in another Wharf window is
 * only read. A folder whose name is not a valid profile name is skipped (it cannot be opened by name).
 */
public final class SqliteProfileCatalog implements ProfileCatalog {
    private static final Logger LOG = LoggerFactory.getLogger(SqliteProfileCatalog.class);

    private final AppPaths paths;
    private final Profile current;

    public SqliteProfileCatalog(AppPaths paths, Profile current) {
        this.paths = paths;
        this.current = current;
    }

    @Override
    public List<ProfileEntry> list() {
        List<ProfileEntry> entries = new ArrayList<>();
        boolean currentListed = false;
        for (Path dir : folders()) {
            boolean isCurrent = dir.equals(current.dir());
            currentListed |= isCurrent;
            entries.add(entry(dir.getFileName().toString(), dir, isCurrent));
        }
        Collator collator = Collator.getInstance(Locale.ROOT);
        entries.sort(Comparator.comparing(ProfileEntry::name, collator));
        if (!currentListed) {
            entries.add(0, entry(current.name(), current.dir(), true));
        }
        return entries;
    }

    private List<Path> folders() {
        Path root = paths.profilesDir();
        if (!Files.isDirectory(root)) {
            return List.of();
        }
        try (Stream<Path> children = Files.list(root)) {
            return children.filter(Files::isDirectory)
                    .filter(p -> ProfileNames.check(p.getFileName().toString()).isEmpty())
                    .map(p -> p.toAbsolutePath().normalize())
                    .toList();
        } catch (IOException e) {
            LOG.warn("Cannot list the profiles in {}", root, e);
            return List.of();
        }
    }

    private static ProfileEntry entry(String name, Path dir, boolean isCurrent) {
        Path file = AppPaths.databaseFile(dir);
        if (!Files.isRegularFile(file)) {
            return new ProfileEntry(name, dir, isCurrent, Optional.empty(), true, 0);
        }
        SQLiteConfig config = new SQLiteConfig();
        config.setReadOnly(true);
        config.setBusyTimeout(2_000);
        try (Connection c = config.createConnection("jdbc:sqlite:" + file)) {
            return new ProfileEntry(name, dir, isCurrent, readShop(c), true, unsent(c));
        } catch (SQLException e) {
            LOG.warn("Cannot read the shop of profile {} ({})", name, file, e);
            return new ProfileEntry(name, dir, isCurrent, Optional.empty(), false, 0);
        }
    }

    /** The shop row; empty when the profile never connected. */
    private static Optional<ShopProfile> readShop(Connection c) throws SQLException {
        if (!hasTable(c, "shop_profile")) {
            return Optional.empty();
        }
        try (PreparedStatement ps = c.prepareStatement("SELECT display_name, gateway_url, app_id, sandbox, "
                + "created_at FROM shop_profile WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            if (!rs.next()) {
                return Optional.empty();
            }
            return Optional.of(new ShopProfile(rs.getString(1), rs.getString(2), rs.getString(3),
                    rs.getInt(4) == 1, Instant.ofEpochMilli(rs.getLong(5))));
        }
    }

    /** Outbox entries the platform has not accepted: waiting, being sent, or refused (Needs attention). */
    private static long unsent(Connection c) throws SQLException {
        if (!hasTable(c, "outbox")) {
            return 0;
        }
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT count(*) FROM outbox WHERE state IN ('pending', 'sending', 'rejected')");
             ResultSet rs = ps.executeQuery()) {
            return rs.next() ? rs.getLong(1) : 0;
        }
    }

    private static boolean hasTable(Connection c, String table) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?")) {
            ps.setString(1, table);
            try (ResultSet rs = ps.executeQuery()) {
                return rs.next();
            }
        }
    }
}
