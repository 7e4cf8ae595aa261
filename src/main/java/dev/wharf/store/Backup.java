package dev.wharf.store;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import org.sqlite.SQLiteConnection;

/**
 * Online backup with SQLite's backup API: the copy is written to a temporary file in the target folder, forced to
 * disk, renamed over the target and then opened and checked. An existing target is replaced only by a copy that
 * passed the check. The source connection holds one read transaction for the whole copy, so the shop stays
 * writable and the copy is one consistent snapshot.
 */
public final class Backup {
    private static final int PAGES_PER_STEP = 256;

    private Backup() {
    }

    /**
     * Reports pages copied so far; return {@code false} to cancel: the copy is then discarded and
     * {@link Database#backupTo} throws {@link java.util.concurrent.CancellationException}. SQLite's copy loop cannot
     * be stopped half-way from here, so a cancelled backup still takes about as long as the copy would have.
     */
    @FunctionalInterface
    public interface Progress {
        boolean copied(long done, long total);

        Progress NONE = (done, total) -> true;
    }

    static IntegrityReport copy(Connection source, Path sourceFile, Path target, Progress progress) {
        Path absolute = target.toAbsolutePath().normalize();
        refuseShopFiles(absolute, sourceFile);
        Path tmp = null;
        try {
            Files.createDirectories(absolute.getParent());
            tmp = Files.createTempFile(absolute.getParent(), absolute.getFileName() + ".", ".part");
            Files.delete(tmp);
            copyPages(source, tmp, progress);
            try (FileChannel ch = FileChannel.open(tmp, StandardOpenOption.WRITE)) {
                ch.force(true);
            }
            IntegrityReport report = verify(tmp);
            if (!report.ok()) {
                throw new StoreException("The backup copy failed its integrity check (" + report.problems().get(0)
                        + "); " + absolute + " was not written.");
            }
            moveIntoPlace(tmp, absolute);
            return new IntegrityReport(absolute, report.schemaVersion(), Files.size(absolute), List.of());
        } catch (SQLException e) {
            throw new StoreException("Backup to " + absolute + " failed: " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException("Backup to " + absolute + " failed: " + e.getMessage()
                    + ". Check that the folder exists, is writable and has free space.", e);
        } finally {
            deleteQuietly(tmp);
        }
    }

    /**
     * The target must not be the shop database or one of its companion files: renaming the copy over the open
     * database would replace it under the running shop, and a copy renamed over its {@code -wal} file would be
     * deleted by SQLite when the shop closes. {@code isSameFile} also catches another name for the database (a
     * link, or a different letter case on a case-insensitive disk such as macOS's).
     */
    private static void refuseShopFiles(Path target, Path sourceFile) {
        boolean same = target.equals(sourceFile);
        if (!same && Files.exists(target)) {
            try {
                same = Files.isSameFile(target, sourceFile);
            } catch (IOException e) {
                throw new StoreException("Backup to " + target + " failed: " + e.getMessage(), e);
            }
        }
        if (same) {
            throw new StoreException("The backup file cannot be the shop database itself: " + target);
        }
        for (String suffix : new String[] {"-wal", "-shm", "-journal"}) {
            if (target.equals(sourceFile.resolveSibling(sourceFile.getFileName() + suffix))) {
                throw new StoreException("The backup file cannot be a working file of the shop database ("
                        + target + "); choose another name, e.g. wharf-backup.db.");
            }
        }
    }

    /**
     * Copies with SQLite's backup API. Cancelling: sqlite-jdbc's native copy loop calls the observer after each
     * step and never checks for a Java exception, so an exception thrown there stays pending while the loop
     * copies on (calling back into Java with an exception pending, which JNI forbids). The observer therefore
     * never throws: once {@code progress} asks to cancel (or fails), it is not called again, the loop runs to its
     * end and the copy is discarded; then the cancellation (or failure) is raised here.
     */
    private static void copyPages(Connection source, Path tmp, Progress progress) throws SQLException {
        source.setAutoCommit(false);
        try {
            try (var s = source.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM sqlite_master")) {
                rs.next(); // opens the read transaction: the copy sees this snapshot only
            }
            boolean[] cancelled = {false};
            RuntimeException[] failed = {null};
            int rc = ((SQLiteConnection) source).getDatabase().backup("main", tmp.toString(), (remaining, total) -> {
                if (cancelled[0]) {
                    return;
                }
                try {
                    cancelled[0] = !progress.copied(total - remaining, total);
                } catch (RuntimeException e) {
                    failed[0] = e;
                    cancelled[0] = true;
                }
            }, 0, 0, PAGES_PER_STEP);
            if (failed[0] != null) {
                throw failed[0];
            }
            if (cancelled[0]) {
                throw new CancellationException("Backup cancelled");
            }
            if (rc != 0) {
                throw new SQLException("SQLite backup returned code " + rc);
            }
        } finally {
            source.rollback();
            source.setAutoCommit(true);
        }
    }

    private static IntegrityReport verify(Path copy) throws SQLException {
        try (Connection c = java.sql.DriverManager.getConnection("jdbc:sqlite:" + copy)) {
            List<String> problems = new ArrayList<>();
            try (var s = c.createStatement(); var rs = s.executeQuery("PRAGMA integrity_check")) {
                while (rs.next()) {
                    if (!"ok".equalsIgnoreCase(rs.getString(1))) {
                        problems.add(rs.getString(1));
                    }
                }
            }
            return new IntegrityReport(copy, Migrations.versionOf(c), 0, problems);
        }
    }

    private static void moveIntoPlace(Path tmp, Path target) throws IOException {
        try {
            Files.move(tmp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(tmp, target, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    private static void deleteQuietly(Path tmp) {
        if (tmp == null) {
            return;
        }
        for (String suffix : new String[] {"", "-journal", "-wal", "-shm"}) {
            try {
                Files.deleteIfExists(tmp.resolveSibling(tmp.getFileName() + suffix));
            } catch (IOException ignored) {
                // best effort: a leftover .part file is harmless and named after the backup
            }
        }
    }
}
