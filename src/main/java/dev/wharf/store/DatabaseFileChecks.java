package dev.wharf.store;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.sqlite.SQLiteErrorCode;

/**
 * What {@link Database#open} checks before it trusts a shop file (decision 0001): the SQLite header (a file that is
 * not a database is never opened, let alone migrated), SQLite's quick check, and which SQLite errors mean damage.
 * A damaged file is left untouched and reported as {@link DamagedDatabaseException}.
 */
final class DatabaseFileChecks {
    private static final byte[] SQLITE_HEADER = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);

    private DatabaseFileChecks() {
    }

    static void checkHeader(Path file) {
        try {
            if (!Files.exists(file) || Files.size(file) == 0) {
                return;
            }
            byte[] head;
            try (InputStream in = Files.newInputStream(file)) {
                head = in.readNBytes(SQLITE_HEADER.length);
            }
            if (!Arrays.equals(head, SQLITE_HEADER)) {
                throw new DamagedDatabaseException(file, List.of("the file is not a SQLite database"), null);
            }
        } catch (IOException e) {
            throw new StoreException("Could not read the shop database " + file + ": " + e.getMessage(), e);
        }
    }

    static void quickCheck(Path file, Connection c) throws SQLException {
        List<String> problems = new ArrayList<>();
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("PRAGMA quick_check")) {
            while (rs.next()) {
                if (!"ok".equalsIgnoreCase(rs.getString(1))) {
                    problems.add(rs.getString(1));
                }
            }
        }
        if (!problems.isEmpty()) {
            throw new DamagedDatabaseException(file, problems, null);
        }
    }

    static boolean isDamage(SQLException e) {
        int code = e.getErrorCode() & 0xff;
        return code == SQLiteErrorCode.SQLITE_CORRUPT.code || code == SQLiteErrorCode.SQLITE_NOTADB.code;
    }
}
