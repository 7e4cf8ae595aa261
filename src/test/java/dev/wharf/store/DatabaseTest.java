package dev.wharf.store;

import static dev.wharf.store.Sqlite.bytes;
import static dev.wharf.store.Sqlite.count;
import static dev.wharf.store.Sqlite.exec;
import static dev.wharf.store.Sqlite.insertItem;
import static dev.wharf.store.Sqlite.insertOrder;
import static dev.wharf.store.Sqlite.insertSyncState;
import static dev.wharf.store.Sqlite.raw;
import static dev.wharf.store.Sqlite.rows;
import static dev.wharf.store.Sqlite.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Queue;
import java.util.Random;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

class DatabaseTest {
    @TempDir
    Path dir;
    Path file;

    @BeforeEach
    void setUp() {
        file = dir.resolve("shop.db");
    }

    @Test
    void openCreatesTheFileInWalModeWithForeignKeysEnforced() {
        try (Database db = Database.open(file)) {
            assertThat(file).isRegularFile();
            assertThat(db.file()).isEqualTo(file.toAbsolutePath().normalize());
            assertThat(db.<String>read(c -> text(c, "PRAGMA journal_mode"))).isEqualTo("wal");
            assertThat(db.<String>write(c -> text(c, "PRAGMA journal_mode"))).isEqualTo("wal");
            assertThat(db.<Long>write(c -> count(c, "PRAGMA foreign_keys"))).isEqualTo(1);
            assertThat(db.<Long>read(c -> count(c, "PRAGMA foreign_keys"))).isEqualTo(1);

            assertThatThrownBy(() -> db.write(c -> {
                insertItem(c, "item-1", "no-such-order");
                return null;
            })).isInstanceOf(StoreException.class).hasMessageContaining("FOREIGN KEY");
            assertThat(rows(db, "order_item")).isZero();
        }
    }

    @Test
    void migrationsRunOnceAndDataSurvivesReopening() throws SQLException {
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Sqlite.latestSchema());
            db.write(c -> {
                insertSyncState(c, "cursor", "42");
                return null;
            });
        }
        try (Database db = Database.open(file)) {
            assertThat(db.schemaVersion()).isEqualTo(Sqlite.latestSchema());
            // one history row per script, each applied once
            assertThat(rows(db, "flyway_schema_history")).isEqualTo(Sqlite.scriptCount());
            assertThat(db.<String>read(c -> text(c, "SELECT min(version) FROM flyway_schema_history WHERE success = 1")))
                    .isEqualTo("1");
            assertThat(db.<String>read(c -> text(c, "SELECT value FROM sync_state WHERE key = 'cursor'"))).isEqualTo("42");
        }
        assertThat(rows(file, "flyway_schema_history")).isEqualTo(Sqlite.scriptCount());
    }

    @Test
    void writeCommitsWhenTheWorkReturns() throws SQLException {
        try (Database db = Database.open(file)) {
            int inserted = db.write(c -> {
                insertSyncState(c, "a", "1");
                insertSyncState(c, "b", "2");
                return 2;
            });
            assertThat(inserted).isEqualTo(2);
            // another connection sees the rows: they are committed, not just visible inside the writer
            assertThat(rows(file, "sync_state")).isEqualTo(2);
            assertThat(rows(db, "sync_state")).isEqualTo(2);
        }
    }

    @Test
    void writeRollsBackEverythingWhenTheWorkThrows() throws SQLException {
        try (Database db = Database.open(file)) {
            IllegalStateException boom = new IllegalStateException("boom");
            assertThatThrownBy(() -> db.write(c -> {
                insertSyncState(c, "a", "1");
                insertSyncState(c, "b", "2");
                throw boom;
            })).isSameAs(boom);
            assertThat(rows(db, "sync_state")).isZero();

            // a failing statement half-way (duplicate key) also undoes the rows before it
            assertThatThrownBy(() -> db.write(c -> {
                insertSyncState(c, "c", "3");
                insertSyncState(c, "c", "again");
                return null;
            })).isInstanceOf(StoreException.class).hasMessageContaining("UNIQUE");
            assertThat(rows(db, "sync_state")).isZero();
            assertThat(rows(file, "sync_state")).isZero();

            // the writer is usable afterwards and not stuck in the failed transaction
            db.write(c -> {
                insertSyncState(c, "d", "4");
                return null;
            });
            assertThat(rows(file, "sync_state")).isEqualTo(1);
        }
    }

    @Test
    void nestedWriteJoinsTheRunningTransaction() {
        try (Database db = Database.open(file)) {
            IllegalStateException boom = new IllegalStateException("outer fails after the nested write");
            assertThatThrownBy(() -> db.write(outer -> {
                insertSyncState(outer, "outer", "1");
                long seenInside = db.write(inner -> {
                    assertThat(inner).isSameAs(outer);
                    insertSyncState(inner, "inner", "2");
                    return count(inner, "SELECT count(*) FROM sync_state");
                });
                assertThat(seenInside).isEqualTo(2);
                throw boom;
            })).isSameAs(boom);
            assertThat(rows(db, "sync_state")).as("the nested write was rolled back with the outer one").isZero();

            db.write(outer -> {
                insertSyncState(outer, "outer", "1");
                return db.write(inner -> {
                    insertSyncState(inner, "inner", "2");
                    return null;
                });
            });
            assertThat(rows(db, "sync_state")).isEqualTo(2);
        }
    }

    @Test
    @Timeout(60)
    void concurrentWritesAllLandWhileReadersRead() throws Exception {
        int writers = 8;
        int perWriter = 200;
        int readers = 3;
        try (Database db = Database.open(file)) {
            ExecutorService pool = Executors.newFixedThreadPool(writers + readers);
            Queue<Throwable> errors = new ConcurrentLinkedQueue<>();
            CountDownLatch start = new CountDownLatch(1);
            AtomicBoolean writing = new AtomicBoolean(true);
            AtomicLong reads = new AtomicLong();
            try {
                List<Future<?>> writerJobs = new ArrayList<>();
                for (int w = 0; w < writers; w++) {
                    int writer = w;
                    writerJobs.add(pool.submit(() -> {
                        await(start);
                        for (int i = 0; i < perWriter; i++) {
                            String key = "w" + writer + "-" + i;
                            try {
                                db.write(c -> {
                                    insertSyncState(c, key, "v");
                                    return null;
                                });
                            } catch (RuntimeException e) {
                                errors.add(e);
                            }
                        }
                    }));
                }
                List<Future<?>> readerJobs = new ArrayList<>();
                for (int r = 0; r < readers; r++) {
                    readerJobs.add(pool.submit(() -> {
                        await(start);
                        long last = 0;
                        while (writing.get()) {
                            try {
                                long now = rows(db, "sync_state");
                                if (now < last) {
                                    errors.add(new AssertionError("count went back from " + last + " to " + now));
                                }
                                last = now;
                                reads.incrementAndGet();
                            } catch (RuntimeException e) {
                                errors.add(e);
                            }
                        }
                    }));
                }
                start.countDown();
                for (Future<?> f : writerJobs) {
                    f.get(50, TimeUnit.SECONDS);
                }
                writing.set(false);
                for (Future<?> f : readerJobs) {
                    f.get(10, TimeUnit.SECONDS);
                }
            } finally {
                writing.set(false);
                pool.shutdownNow();
            }
            assertThat(errors).isEmpty();
            assertThat(reads.get()).isPositive();
            assertThat(rows(db, "sync_state")).isEqualTo((long) writers * perWriter);
        }
        assertThat(rows(file, "sync_state")).isEqualTo((long) writers * perWriter);
    }

    @Test
    void readConnectionsAreQueryOnly() {
        try (Database db = Database.open(file)) {
            assertThatThrownBy(() -> db.read(c -> {
                insertSyncState(c, "sneaky", "write");
                return null;
            })).isInstanceOf(StoreException.class).hasMessageContainingAll("readonly");
            assertThat(rows(db, "sync_state")).isZero();
        }
    }

    @Test
    void aTextFileIsReportedAsDamagedAndLeftUnchanged() throws Exception {
        byte[] content = "店铺数据 — not a database\nsecond line\n".getBytes(StandardCharsets.UTF_8);
        assertRefusedAsDamaged(content, "not a SQLite database");
    }

    @Test
    void randomBytesAreReportedAsDamagedAndLeftUnchanged() throws Exception {
        byte[] content = new byte[8192];
        new Random(7).nextBytes(content);
        assertRefusedAsDamaged(content, "not a SQLite database");
    }

    @Test
    void aSqliteHeaderFollowedByGarbageIsReportedAsDamagedAndLeftUnchanged() throws Exception {
        byte[] content = new byte[8192];
        new Random(11).nextBytes(content);
        byte[] header = "SQLite format 3\0".getBytes(StandardCharsets.US_ASCII);
        System.arraycopy(header, 0, content, 0, header.length);
        assertRefusedAsDamaged(content, null);
    }

    private void assertRefusedAsDamaged(byte[] content, String expectedProblem) throws Exception {
        Files.write(file, content);
        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOfSatisfying(DamagedDatabaseException.class, e -> {
                    assertThat(e.file()).isEqualTo(file.toAbsolutePath().normalize());
                    assertThat(e.getMessage()).contains(file.toString()).contains("Restore a backup")
                            .contains("did not change it");
                    if (expectedProblem != null) {
                        assertThat(e.problems()).singleElement().asString().contains(expectedProblem);
                    }
                });
        assertThat(bytes(file)).isEqualTo(content);
        assertThat(filesIn(dir)).containsExactly("shop.db");
    }

    /**
     * Garbage over the root page of a table b-tree: the page type byte 0xFF is not a b-tree page type, so SQLite's
     * {@code quick_check} reports the page (it checks the structure of every b-tree page). Random bytes might by
     * chance form a valid-looking page header, so the garbage is a fixed byte.
     */
    @Test
    void aCorruptTablePageIsReportedAsDamagedAndLeftUnchanged() throws Exception {
        try (Database db = Database.open(file)) {
            Sqlite.fill(db, 300);
        }
        long rootPage;
        try (Connection c = raw(file)) {
            rootPage = count(c, "SELECT rootpage FROM sqlite_master WHERE name = 'sync_state'");
        }
        assertThat(rootPage).isGreaterThan(1);
        int pageSize = Sqlite.pageSize(file);
        Sqlite.overwrite(file, (rootPage - 1) * pageSize, pageSize, (byte) 0xFF);
        byte[] damaged = bytes(file);

        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOfSatisfying(DamagedDatabaseException.class, e -> {
                    assertThat(e.file()).isEqualTo(file.toAbsolutePath().normalize());
                    assertThat(e.problems()).isNotEmpty();
                    assertThat(e.getMessage()).contains(file.toString()).contains("Restore a backup");
                });
        assertThat(bytes(file)).isEqualTo(damaged);
        assertThat(filesIn(dir)).containsExactly("shop.db");
    }

    /** A file cut short (e.g. a copy interrupted half-way): the pages past the end are missing. */
    @Test
    void aTruncatedFileIsReportedAsDamaged() throws Exception {
        try (Database db = Database.open(file)) {
            Sqlite.fill(db, 300);
        }
        long size = Files.size(file);
        int pageSize = Sqlite.pageSize(file);
        try (var ch = java.nio.channels.FileChannel.open(file, java.nio.file.StandardOpenOption.WRITE)) {
            ch.truncate(size / 2 / pageSize * pageSize);
        }
        byte[] damaged = bytes(file);

        assertThatThrownBy(() -> Database.open(file)).isInstanceOf(DamagedDatabaseException.class)
                .hasMessageContaining(file.toString());
        assertThat(bytes(file)).isEqualTo(damaged);
    }

    @Test
    void aDatabaseFromANewerWharfIsRefusedAndLeftUnchanged() throws Exception {
        try (Database db = Database.open(file)) {
            db.write(c -> {
                insertSyncState(c, "cursor", "42");
                return null;
            });
        }
        long history = rows(file, "flyway_schema_history");
        try (Connection c = raw(file)) {
            exec(c, "INSERT INTO flyway_schema_history(installed_rank, version, description, type, script, "
                    + "checksum, installed_by, installed_on, execution_time, success) "
                    + "SELECT 99, '99', 'from the future', type, 'V99__from_the_future.sql', 12345, installed_by, "
                    + "installed_on, 1, 1 FROM flyway_schema_history WHERE version = '1'");
        }
        byte[] before = bytes(file);

        assertThatThrownBy(() -> Database.open(file))
                .isInstanceOf(StoreException.class)
                .isNotInstanceOf(DamagedDatabaseException.class)
                .hasMessageContaining("newer version of Wharf")
                .hasMessageContaining(file.toString());
        assertThat(bytes(file)).isEqualTo(before);
        assertThat(rows(file, "flyway_schema_history")).isEqualTo(history + 1);
    }

    @Test
    void checkIsOkOnASoundDatabaseAndReportsAnOrphanRow() throws SQLException {
        try (Database db = Database.open(file)) {
            db.write(c -> {
                insertOrder(c, "o-1", "t-1", 2);
                insertItem(c, "item-1", "o-1");
                return null;
            });
            IntegrityReport sound = db.check();
            assertThat(sound.ok()).isTrue();
            assertThat(sound.problems()).isEmpty();
            assertThat(sound.schemaVersion()).isEqualTo(Sqlite.latestSchema());
            assertThat(sound.file()).isEqualTo(db.file());
            assertThat(sound.sizeBytes()).isPositive();

            try (Connection c = raw(file)) {
                exec(c, "PRAGMA foreign_keys = OFF");
                insertItem(c, "item-orphan", "o-missing");
            }

            IntegrityReport broken = db.check();
            assertThat(broken.ok()).isFalse();
            assertThat(broken.problems()).singleElement().asString()
                    .contains("order_item").contains("orders");
        }
    }

    @Test
    void aClosedDatabaseRefusesWork() {
        Database db = Database.open(file);
        db.close();
        assertThatThrownBy(() -> db.read(c -> 1)).isInstanceOf(StoreException.class).hasMessageContaining("closed");
        assertThatThrownBy(() -> db.write(c -> 1)).isInstanceOf(StoreException.class)
                .hasMessageContaining("closed");
    }

    static List<String> filesIn(Path folder) throws java.io.IOException {
        try (Stream<Path> s = Files.list(folder)) {
            return s.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
