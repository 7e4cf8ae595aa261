package dev.wharf.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.FlywayException;
import org.flywaydb.core.api.MigrationInfo;
import org.flywaydb.core.api.MigrationState;
import org.sqlite.SQLiteDataSource;

/**
 * Brings a shop database's schema up to date with Flyway, from the versioned scripts in
 * {@code src/main/resources/db/migration} ({@code V1__init.sql}, {@code V2__…}). Each script runs in one
 * transaction; a failing script leaves the database as it was. A database written by a newer Wharf is refused
 * rather than opened. See docs/decisions/0002-migrations-with-flyway.md.
 */
final class Migrations {
    /** The workstation's shop schema. */
    static final String SHOP_LOCATION = "classpath:db/migration";

    private Migrations() {
    }

    /** The schema version recorded in a database (0 for a file Flyway never touched). */
    static int versionOf(Connection c) throws SQLException {
        try (Statement s = c.createStatement();
             ResultSet tables = s.executeQuery(
                     "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'flyway_schema_history'")) {
            if (!tables.next()) {
                return 0;
            }
        }
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(
                "SELECT max(CAST(version AS INTEGER)) FROM flyway_schema_history WHERE success = 1")) {
            return rs.next() ? rs.getInt(1) : 0;
        }
    }

    /** Applies the missing migrations and returns the schema version now in force. */
    static int migrate(Path file, SQLiteDataSource dataSource, String location) {
        Flyway flyway = Flyway.configure(Migrations.class.getClassLoader())
                .dataSource(dataSource)
                .locations(location)
                .validateMigrationNaming(true)
                .load();
        try {
            for (MigrationInfo applied : flyway.info().applied()) {
                if (applied.getState() == MigrationState.FUTURE_SUCCESS
                        || applied.getState() == MigrationState.FUTURE_FAILED) {
                    throw new StoreException("The shop database " + file + " was written by a newer version of Wharf"
                            + " (schema " + applied.getVersion() + "). Update Wharf to open it; it was not changed.");
                }
            }
            flyway.migrate();
            MigrationInfo current = flyway.info().current();
            return current == null ? 0 : Integer.parseInt(current.getVersion().getVersion());
        } catch (FlywayException e) {
            throw new StoreException("Could not update the schema of the shop database " + file + ": "
                    + e.getMessage(), e);
        }
    }
}
