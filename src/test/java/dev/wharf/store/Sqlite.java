package dev.wharf.store;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Arrays;

/** Raw JDBC and file helpers for tests that look at a shop database from outside {@link Database}. */
final class Sqlite {
    private Sqlite() {
    }

    /**
     * The newest schema version this build's migration scripts reach ({@code V<n>__…sql} in the source tree), so
     * tests that check "migrations ran" need no change when a script is added.
     */
    static int latestSchema() {
        try (java.util.stream.Stream<Path> scripts = Files.list(Path.of("src/main/resources/db/migration"))) {
            return scripts.map(p -> p.getFileName().toString())
                    .filter(n -> n.matches("V\\d+__.*\\.sql"))
                    .mapToInt(n -> Integer.parseInt(n.substring(1, n.indexOf("__"))))
                    .max().orElse(0);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** How many migration scripts there are (versions need not be contiguous while branches land). */
    static int scriptCount() {
        try (java.util.stream.Stream<Path> scripts = Files.list(Path.of("src/main/resources/db/migration"))) {
            return (int) scripts.filter(p -> p.getFileName().toString().matches("V\\d+__.*\\.sql")).count();
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** A plain connection (foreign keys off, as SQLite's default), not one of {@link Database}'s. */
    static Connection raw(Path file) throws SQLException {
        Connection c = DriverManager.getConnection("jdbc:sqlite:" + file);
        exec(c, "PRAGMA busy_timeout = 5000");
        return c;
    }

    static void exec(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement()) {
            s.execute(sql);
        }
    }

    static long count(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    static String text(Connection c, String sql) throws SQLException {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
            return rs.next() ? rs.getString(1) : null;
        }
    }

    /** {@code count(*)} of a table, through a fresh raw connection. */
    static long rows(Path file, String table) throws SQLException {
        try (Connection c = raw(file)) {
            return count(c, "SELECT count(*) FROM " + table);
        }
    }

    static long rows(Database db, String table) {
        return db.read(c -> count(c, "SELECT count(*) FROM " + table));
    }

    /** The page size recorded in a closed database file's header (bytes 16-17, big-endian; 1 means 65536). */
    static int pageSize(Path file) throws IOException {
        byte[] header = new byte[18];
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.READ)) {
            ch.read(ByteBuffer.wrap(header), 0);
        }
        int size = ((header[16] & 0xff) << 8) | (header[17] & 0xff);
        return size == 1 ? 65536 : size;
    }

    /** Overwrites {@code length} bytes at {@code offset} with {@code value}. */
    static void overwrite(Path file, long offset, int length, byte value) throws IOException {
        byte[] junk = new byte[length];
        Arrays.fill(junk, value);
        try (FileChannel ch = FileChannel.open(file, StandardOpenOption.WRITE)) {
            ch.write(ByteBuffer.wrap(junk), offset);
        }
    }

    /** Adds {@code n} rows of about 1 KB each to sync_state, so the file spans many pages. */
    static void fill(Database db, int n) {
        db.write(c -> {
            try (Statement s = c.createStatement()) {
                return s.executeUpdate("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                        + n + ") INSERT INTO sync_state(key, value, updated_at) "
                        + "SELECT 'fill-' || i, hex(randomblob(500)), i FROM n");
            }
        });
    }

    static void insertOrder(Connection c, String orderId, String tradeId, int status) throws SQLException {
        try (var ps = c.prepareStatement("INSERT INTO orders(order_id, trade_id, status, amount_fen, payment_fen, "
                + "ordered_at, synced_at) VALUES (?, ?, ?, 10000, 10000, 1700000000000, 1700000000000)")) {
            ps.setString(1, orderId);
            ps.setString(2, tradeId);
            ps.setInt(3, status);
            ps.executeUpdate();
        }
    }

    static void insertItem(Connection c, String itemId, String orderId) throws SQLException {
        try (var ps = c.prepareStatement("INSERT INTO order_item(order_item_id, order_id, product_title, "
                + "delivery_type, price_fen, quantity, payment_fen) VALUES (?, ?, '面霜 50ml', 3, 10000, 1, 10000)")) {
            ps.setString(1, itemId);
            ps.setString(2, orderId);
            ps.executeUpdate();
        }
    }

    static void insertRefund(Connection c, String refundId, String orderId, int status) throws SQLException {
        try (var ps = c.prepareStatement("INSERT INTO refund(refund_id, order_id, status, amount_fen, requested_at) "
                + "VALUES (?, ?, ?, 500, 1700000000000)")) {
            ps.setString(1, refundId);
            ps.setString(2, orderId);
            ps.setInt(3, status);
            ps.executeUpdate();
        }
    }

    static void insertSyncState(Connection c, String key, String value) throws SQLException {
        try (var ps = c.prepareStatement("INSERT INTO sync_state(key, value, updated_at) VALUES (?, ?, 0)")) {
            ps.setString(1, key);
            ps.setString(2, value);
            ps.executeUpdate();
        }
    }

    static byte[] bytes(Path file) throws IOException {
        return Files.readAllBytes(file);
    }
}
