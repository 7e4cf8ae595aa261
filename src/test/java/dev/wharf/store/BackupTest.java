package dev.wharf.store;

import static dev.wharf.store.DatabaseTest.filesIn;
import static dev.wharf.store.Sqlite.bytes;
import static dev.wharf.store.Sqlite.count;
import static dev.wharf.store.Sqlite.insertItem;
import static dev.wharf.store.Sqlite.insertOrder;
import static dev.wharf.store.Sqlite.insertSyncState;
import static dev.wharf.store.Sqlite.raw;
import static dev.wharf.store.Sqlite.rows;
import static dev.wharf.store.Sqlite.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assumptions.assumeThatCode;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

@Timeout(value = 30, unit = TimeUnit.SECONDS)
class BackupTest {
    /** About 3 MB: several backup steps of 256 pages, so progress is reported more than once. */
    private static final int FILL_ROWS = 3000;

    @TempDir
    Path dir;
    Path file;
    Path backups;
    Database db;

    @BeforeEach
    void setUp() {
        file = dir.resolve("shop.db");
        backups = dir.resolve("backups");
        db = Database.open(file);
    }

    @AfterEach
    void tearDown() {
        db.close();
    }

    @Test
    void theCopyOpensHasTheSameRowsAndPassesIntegrityCheck() throws Exception {
        db.write(c -> {
            insertOrder(c, "o-1", "t-1", 2);
            insertOrder(c, "o-2", "t-1", 2);
            insertItem(c, "i-1", "o-1");
            insertSyncState(c, "cursor", "东京店 2024-06-01");
            return null;
        });
        Sqlite.fill(db, 500);
        Path target = backups.resolve("copy.db");

        IntegrityReport report = db.backupTo(target, Backup.Progress.NONE);

        assertThat(report.ok()).isTrue();
        assertThat(report.file()).isEqualTo(target.toAbsolutePath().normalize());
        assertThat(report.schemaVersion()).isEqualTo(Sqlite.latestSchema());
        assertThat(report.sizeBytes()).isEqualTo(Files.size(target));
        try (Connection c = raw(target)) {
            assertThat(text(c, "PRAGMA integrity_check")).isEqualTo("ok");
            assertThat(count(c, "SELECT count(*) FROM orders")).isEqualTo(2);
            assertThat(count(c, "SELECT count(*) FROM order_item")).isEqualTo(1);
            assertThat(text(c, "SELECT value FROM sync_state WHERE key = 'cursor'")).isEqualTo("东京店 2024-06-01");
        }
        assertThat(contents(target, "sync_state")).isEqualTo(db.read(c -> contents(c, "sync_state")));
        try (Database copy = Database.open(target)) {
            assertThat(copy.schemaVersion()).isEqualTo(Sqlite.latestSchema());
            assertThat(copy.check().ok()).isTrue();
        }
        assertThat(filesIn(backups)).containsExactly("copy.db");
    }

    /**
     * The writer adds rows in pairs, each pair in one transaction, while the backup runs; the progress callback
     * holds the backup until more pairs have been committed. A consistent snapshot has an even number of them.
     */
    @Test
    void aBackupTakenWhileAnotherThreadKeepsWritingIsOneConsistentSnapshot() throws Exception {
        Sqlite.fill(db, FILL_ROWS);
        AtomicBoolean stop = new AtomicBoolean();
        AtomicInteger pairs = new AtomicInteger();
        CompletableFuture<Void> writer = CompletableFuture.runAsync(() -> {
            for (int i = 0; !stop.get() && i < 100_000; i++) {
                int n = i;
                db.write(c -> {
                    insertSyncState(c, "pair-" + n + "-a", "a");
                    insertSyncState(c, "pair-" + n + "-b", "b");
                    return null;
                });
                pairs.incrementAndGet();
            }
        });
        try {
            waitUntil(() -> pairs.get() >= 5);
            Path target = backups.resolve("busy.db");
            AtomicInteger callbacks = new AtomicInteger();
            IntegrityReport report = db.backupTo(target, (done, total) -> {
                if (callbacks.incrementAndGet() == 1) {
                    int seen = pairs.get();
                    waitUntil(() -> pairs.get() >= seen + 10);
                }
                return true;
            });
            stop.set(true);
            writer.get(20, TimeUnit.SECONDS);

            assertThat(report.ok()).isTrue();
            assertThat(callbacks.get()).isGreaterThan(1);
            long copied = pairRows(target);
            assertThat(copied % 2).as("rows of half-committed pairs in the copy").isZero();
            assertThat(copied).isGreaterThanOrEqualTo(10);
            assertThat(copied / 2).as("the copy is the snapshot from when the backup began")
                    .isLessThan(pairs.get());
            try (Connection c = raw(target)) {
                assertThat(text(c, "PRAGMA integrity_check")).isEqualTo("ok");
            }
        } finally {
            stop.set(true);
            writer.get(20, TimeUnit.SECONDS);
        }
        assertThat(rows(db, "sync_state")).isEqualTo(FILL_ROWS + 2L * pairs.get());
    }

    @Test
    void progressEndsWithDoneEqualToTotal() {
        Sqlite.fill(db, FILL_ROWS);
        List<long[]> seen = new ArrayList<>();

        db.backupTo(backups.resolve("p.db"), (done, total) -> {
            seen.add(new long[] {done, total});
            return true;
        });

        assertThat(seen).hasSizeGreaterThan(1);
        long[] last = seen.get(seen.size() - 1);
        assertThat(last[1]).isPositive();
        assertThat(last[0]).isEqualTo(last[1]);
        for (int i = 1; i < seen.size(); i++) {
            assertThat(seen.get(i)[0]).isGreaterThanOrEqualTo(seen.get(i - 1)[0]);
        }
    }

    @Test
    void returningFalseFromProgressCancelsAndLeavesNothingBehind() throws Exception {
        Sqlite.fill(db, FILL_ROWS);
        Files.createDirectories(backups);
        AtomicInteger calls = new AtomicInteger();

        assertThatThrownBy(() -> db.backupTo(backups.resolve("cancelled.db"), (done, total) -> {
            calls.incrementAndGet();
            return false;
        })).isInstanceOf(CancellationException.class);

        assertThat(calls.get()).as("progress calls after it asked to cancel").isEqualTo(1);
        assertThat(filesIn(backups)).isEmpty();
        // the shop is untouched and still usable
        assertThat(rows(db, "sync_state")).isEqualTo(FILL_ROWS);
        assertThat(db.backupTo(backups.resolve("after.db"), Backup.Progress.NONE).ok()).isTrue();
    }

    @Test
    void aFailingProgressCallbackEndsTheBackupWithItsExceptionAndLeavesNothingBehind() throws Exception {
        Sqlite.fill(db, FILL_ROWS);
        Files.createDirectories(backups);
        AtomicInteger calls = new AtomicInteger();
        IllegalStateException bug = new IllegalStateException("progress bar went away");

        assertThatThrownBy(() -> db.backupTo(backups.resolve("failed.db"), (done, total) -> {
            calls.incrementAndGet();
            throw bug;
        })).isSameAs(bug);

        assertThat(calls.get()).isEqualTo(1);
        assertThat(filesIn(backups)).isEmpty();
    }

    @Test
    void aCancelledBackupLeavesAnExistingTargetAlone() throws Exception {
        Sqlite.fill(db, FILL_ROWS);
        Files.createDirectories(backups);
        Path target = backups.resolve("yesterday.db");
        byte[] yesterday = "yesterday's backup".getBytes(StandardCharsets.UTF_8);
        Files.write(target, yesterday);

        assertThatThrownBy(() -> db.backupTo(target, (done, total) -> false))
                .isInstanceOf(CancellationException.class);

        assertThat(bytes(target)).isEqualTo(yesterday);
        assertThat(filesIn(backups)).containsExactly("yesterday.db");
    }

    @Test
    void theShopDatabaseItselfIsRefusedAsTarget() throws Exception {
        db.write(c -> {
            insertSyncState(c, "k", "v");
            return null;
        });
        for (Path self : List.of(file, dir.resolve("./shop.db"), dir.resolve("sub/../shop.db"))) {
            assertThatThrownBy(() -> db.backupTo(self, Backup.Progress.NONE))
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("cannot be the shop database itself");
        }
        assertThat(rows(db, "sync_state")).isEqualTo(1);
        assertThat(filesIn(dir)).noneMatch(name -> name.endsWith(".part"));
        assertThat(db.check().ok()).isTrue();
    }

    /**
     * Another name for the same file (a link here; on macOS "Shop.db" next to "shop.db" on a case-insensitive
     * disk) must be refused too: renaming the copy over it would replace the open database.
     */
    @Test
    void anotherNameForTheShopDatabaseIsRefusedAsTarget() throws Exception {
        Path link = dir.resolve("link.db");
        assumeThatCode(() -> Files.createSymbolicLink(link, file)).doesNotThrowAnyException();
        byte[] before = bytes(file);

        assertThatThrownBy(() -> db.backupTo(link, Backup.Progress.NONE))
                .isInstanceOf(StoreException.class)
                .hasMessageContaining("shop database itself");

        assertThat(Files.isSymbolicLink(link)).isTrue();
        assertThat(bytes(file)).isEqualTo(before);
    }

    @Test
    void theShopDatabasesWalAndShmFilesAreRefusedAsTargets() throws Exception {
        db.write(c -> {
            insertSyncState(c, "k", "v");
            return null;
        });
        for (String name : List.of("shop.db-wal", "shop.db-shm", "shop.db-journal")) {
            assertThatThrownBy(() -> db.backupTo(dir.resolve(name), Backup.Progress.NONE))
                    .as(name)
                    .isInstanceOf(StoreException.class)
                    .hasMessageContaining("shop database");
        }
        assertThat(rows(db, "sync_state")).isEqualTo(1);
        assertThat(db.check().ok()).isTrue();
    }

    @Test
    void anExistingTargetIsReplacedByACheckedCopy() throws Exception {
        Sqlite.fill(db, 100);
        Files.createDirectories(backups);
        Path target = backups.resolve("shop-backup.db");
        Files.writeString(target, "an old backup");

        IntegrityReport report = db.backupTo(target, Backup.Progress.NONE);

        assertThat(report.ok()).isTrue();
        assertThat(rows(target, "sync_state")).isEqualTo(100);
        assertThat(filesIn(backups)).containsExactly("shop-backup.db");
    }

    /**
     * Simulates a copy that comes out bad (a failing disk): when the backup API reports the last step, the test
     * overwrites the temporary copy's pages after the first with garbage. The check must catch it and the
     * existing backup must stay as it was.
     */
    @Test
    void anExistingTargetIsKeptWhenTheNewCopyFailsItsCheck() throws Exception {
        Sqlite.fill(db, FILL_ROWS);
        Files.createDirectories(backups);
        Path target = backups.resolve("shop-backup.db");
        byte[] previous = "the previous good backup".getBytes(StandardCharsets.UTF_8);
        Files.write(target, previous);
        AtomicReference<Path> damagedPart = new AtomicReference<>();

        assertThatThrownBy(() -> db.backupTo(target, (done, total) -> {
            if (done == total) {
                try {
                    Path part = onlyPartFile(backups);
                    long size = Files.size(part);
                    int pageSize = Sqlite.pageSize(part);
                    Sqlite.overwrite(part, pageSize, (int) (size - pageSize), (byte) 0xFF);
                    damagedPart.set(part);
                } catch (java.io.IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }
            return true;
        })).isInstanceOf(StoreException.class).hasMessageContaining(target.toString());

        assertThat(damagedPart.get()).as("the test damaged the temporary copy").isNotNull();
        assertThat(bytes(target)).isEqualTo(previous);
        assertThat(filesIn(backups)).containsExactly("shop-backup.db");
    }

    @Test
    void aTargetInAFolderWithChineseCharactersAndSpacesWorks() throws Exception {
        db.write(c -> {
            insertOrder(c, "o-1", "t-1", 17);
            insertSyncState(c, "店铺", "东京店");
            return null;
        });
        Path folder = dir.resolve("备份 文件夹");
        Path target = folder.resolve("店铺.db");

        IntegrityReport report = db.backupTo(target, Backup.Progress.NONE);

        assertThat(report.ok()).isTrue();
        assertThat(target).isRegularFile();
        try (Connection c = raw(target)) {
            assertThat(text(c, "PRAGMA integrity_check")).isEqualTo("ok");
            assertThat(count(c, "SELECT count(*) FROM orders")).isEqualTo(1);
            assertThat(text(c, "SELECT value FROM sync_state WHERE key = '店铺'")).isEqualTo("东京店");
        }
        assertThat(filesIn(folder)).containsExactly("店铺.db");
    }

    private static Path onlyPartFile(Path folder) throws java.io.IOException {
        List<String> parts = filesIn(folder).stream().filter(n -> n.endsWith(".part")).toList();
        assertThat(parts).hasSize(1);
        return folder.resolve(parts.get(0));
    }

    private static long pairRows(Path file) throws SQLException {
        try (Connection c = raw(file)) {
            return count(c, "SELECT count(*) FROM sync_state WHERE key LIKE 'pair-%'");
        }
    }

    private static List<String> contents(Path file, String table) throws SQLException {
        try (Connection c = raw(file)) {
            return contents(c, table);
        }
    }

    private static List<String> contents(Connection c, String table) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT * FROM " + table + " ORDER BY 1")) {
            int columns = rs.getMetaData().getColumnCount();
            while (rs.next()) {
                StringBuilder row = new StringBuilder();
                for (int i = 1; i <= columns; i++) {
                    row.append(rs.getString(i)).append('|');
                }
                out.add(row.toString());
            }
        }
        return out;
    }

    /** Waits (at most 10 s) for a condition another thread makes true. */
    private static void waitUntil(java.util.function.BooleanSupplier condition) {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > deadline) {
                throw new AssertionError("timed out waiting for the writer");
            }
            Thread.onSpinWait();
            try {
                Thread.sleep(1);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
