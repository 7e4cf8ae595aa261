package dev.wharf.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.sqlite.SQLiteConfig;
import org.sqlite.SQLiteDataSource;

/**
 * One shop's SQLite file.
 *
 * <p>Every write runs on one dedicated writer thread with one connection, inside a transaction
 * ({@link #write}). SQLite allows one writer at a time, and in WAL mode a transaction that reads and then writes
 * fails with {@code SQLITE_BUSY_SNAPSHOT} if another connection committed in between, so a single writer is the
 * only arrangement that never fails that way. Reads ({@link #read}) use a small pool of query-only connections
 * that see a consistent snapshot per call and never wait for the writer.
 *
 * <p>Opening a file checks that it is a SQLite database and runs {@code PRAGMA quick_check}; a damaged file raises
 * {@link DamagedDatabaseException} and is left untouched. Then pending migrations are applied.
 */
public final class Database implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(Database.class);
    private static final int READERS = 4;
    private static final int BUSY_TIMEOUT_MS = 10_000;
    /** WAL pages after which a commit on the writer checkpoints (SQLite's default is 1,000). */
    private static final int WAL_AUTOCHECKPOINT_PAGES = 10_000;
    private static final int WRITER_CACHE_KIB = 32 * 1024;
    private static final AtomicInteger WRITER_THREADS = new AtomicInteger();

    private final Path file;
    private final Connection writer;
    private final ExecutorService writerThread;
    private volatile Thread writerThreadRef;
    private final BlockingQueue<Connection> idleReaders = new ArrayBlockingQueue<>(READERS);
    private final List<Connection> allReaders = new ArrayList<>();
    private volatile boolean closed;

    private Database(Path file, Connection writer) {
        this.file = file;
        this.writer = writer;
        this.writerThread = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "wharf-db-writer-" + WRITER_THREADS.incrementAndGet());
            t.setDaemon(true);
            writerThreadRef = t;
            return t;
        });
    }

    /** Opens (creating if needed) the database file, checks it and brings its schema up to date. */
    public static Database open(Path file) {
        return open(file, Migrations.SHOP_LOCATION);
    }

    /**
     * Like {@link #open(Path)} but with the migration scripts of another Flyway location (e.g.
     * {@code classpath:db/sandbox} for the sandbox platform's own database), so that two kinds of database never
     * share a schema history.
     */
    public static Database open(Path file, String migrationsLocation) {
        Path absolute = file.toAbsolutePath().normalize();
        DatabaseFileChecks.checkHeader(absolute);
        Connection writer = null;
        try {
            Files.createDirectories(absolute.getParent());
            writer = connect(absolute, false);
            DatabaseFileChecks.quickCheck(absolute, writer);
            int version = Migrations.migrate(absolute, dataSource(absolute), migrationsLocation);
            LOG.info("Opened database {} (schema version {} of {})", absolute, version, migrationsLocation);
            return new Database(absolute, writer);
        } catch (SQLException e) {
            closeQuietly(writer);
            if (DatabaseFileChecks.isDamage(e)) {
                throw new DamagedDatabaseException(absolute, List.of(e.getMessage()), e);
            }
            throw new StoreException("Could not open the shop database " + absolute + ": " + e.getMessage(), e);
        } catch (IOException e) {
            throw new StoreException("Could not create the folder for the shop database " + absolute
                    + ": " + e.getMessage() + ". Check that the folder is writable.", e);
        } catch (RuntimeException e) {
            closeQuietly(writer);
            throw e;
        }
    }

    public Path file() {
        return file;
    }

    /**
     * Runs {@code work} on the writer connection inside one transaction: committed when it returns, rolled back
     * when it throws. Called from the writer thread itself (nested work), it joins the running transaction.
     * Blocks until done; never call it on the JavaFX thread.
     */
    public <T> T write(SqlWork<T> work) {
        ensureOpen();
        if (Thread.currentThread() == writerThreadRef) {
            return runOnWriter(work);
        }
        try {
            return writerThread.submit(() -> inTransaction(work)).get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting for a database write", e);
        } catch (ExecutionException e) {
            throw translate(e.getCause());
        }
    }

    /** Like {@link #write} but returns at once; the future completes on the writer thread. */
    public <T> CompletableFuture<T> writeAsync(SqlWork<T> work) {
        ensureOpen();
        return CompletableFuture.supplyAsync(() -> {
            try {
                return inTransaction(work);
            } catch (Exception e) {
                throw translate(e);
            }
        }, writerThread);
    }

    /** Runs read-only {@code work} on a pooled reader connection, in one read transaction (one snapshot). */
    public <T> T read(SqlWork<T> work) {
        ensureOpen();
        Connection c = borrowReader();
        try {
            c.setAutoCommit(false);
            try {
                return work.apply(c);
            } finally {
                c.rollback();
                c.setAutoCommit(true);
            }
        } catch (SQLException e) {
            throw translate(e);
        } finally {
            idleReaders.offer(c);
        }
    }

    /** The schema version recorded by the migrations ({@code PRAGMA user_version}). */
    public int schemaVersion() {
        return read(Migrations::versionOf);
    }

    /**
     * Full {@code integrity_check} plus {@code foreign_key_check}; slower than the check done at open. It runs on a
     * connection of its own: the FTS5 part of {@code integrity_check} trusts the index structure a long-lived reader
     * cached and reports "corruption" once the writer has changed an FTS table since (decision 0012).
     */
    public IntegrityReport check() {
        ensureOpen();
        try (Connection fresh = connect(file, true)) {
            return checkOn(fresh);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    private IntegrityReport checkOn(Connection connection) throws SQLException {
        SqlWork<IntegrityReport> work = c -> {
            List<String> problems = new ArrayList<>();
            try (Statement s = c.createStatement()) {
                try (ResultSet rs = s.executeQuery("PRAGMA integrity_check")) {
                    while (rs.next()) {
                        String line = rs.getString(1);
                        if (!"ok".equalsIgnoreCase(line)) {
                            problems.add(line);
                        }
                    }
                }
                try (ResultSet rs = s.executeQuery("PRAGMA foreign_key_check")) {
                    while (rs.next()) {
                        problems.add("row " + rs.getLong(2) + " of table " + rs.getString(1)
                                + " points to a missing row of " + rs.getString(3));
                    }
                }
            }
            return new IntegrityReport(file, Migrations.versionOf(c), sizeOnDisk(), problems);
        };
        return work.apply(connection);
    }

    /**
     * Writes a consistent copy of the database to {@code target} while the shop stays usable; see {@link Backup}.
     */
    public IntegrityReport backupTo(Path target, Backup.Progress progress) {
        ensureOpen();
        Connection c = borrowReader();
        try {
            return Backup.copy(c, file, target, progress);
        } finally {
            idleReaders.offer(c);
        }
    }

    /** Bytes used by the database file and its WAL. */
    public long sizeOnDisk() {
        long size = 0;
        for (Path p : new Path[] {file, file.resolveSibling(file.getFileName() + "-wal")}) {
            try {
                size += Files.exists(p) ? Files.size(p) : 0;
            } catch (IOException e) {
                LOG.debug("size of {} unavailable", p, e);
            }
        }
        return size;
    }

    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        writerThread.shutdown();
        try {
            writerThread.awaitTermination(30, java.util.concurrent.TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        synchronized (allReaders) {
            allReaders.forEach(Database::closeQuietly);
        }
        closeQuietly(writer);
    }

    private <T> T inTransaction(SqlWork<T> work) throws SQLException {
        writer.setAutoCommit(false);
        try {
            T result = work.apply(writer);
            writer.commit();
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            try {
                writer.rollback();
            } catch (SQLException rollbackFailed) {
                e.addSuppressed(rollbackFailed);
            }
            throw e;
        } finally {
            writer.setAutoCommit(true);
        }
    }

    private <T> T runOnWriter(SqlWork<T> work) {
        try {
            return writer.getAutoCommit() ? inTransaction(work) : work.apply(writer);
        } catch (SQLException e) {
            throw translate(e);
        }
    }

    private Connection borrowReader() {
        Connection c = idleReaders.poll();
        if (c != null) {
            return c;
        }
        synchronized (allReaders) {
            if (allReaders.size() < READERS) {
                try {
                    Connection fresh = connect(file, true);
                    allReaders.add(fresh);
                    return fresh;
                } catch (SQLException e) {
                    throw translate(e);
                }
            }
        }
        try {
            return idleReaders.take();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StoreException("Interrupted while waiting for a database connection", e);
        }
    }

    private static SQLiteDataSource dataSource(Path file) {
        SQLiteDataSource ds = new SQLiteDataSource(config(SQLiteConfig.TransactionMode.DEFERRED));
        ds.setUrl("jdbc:sqlite:" + file);
        return ds;
    }

    private static SQLiteConfig config(SQLiteConfig.TransactionMode mode) {
        SQLiteConfig config = new SQLiteConfig();
        config.setJournalMode(SQLiteConfig.JournalMode.WAL);
        config.setSynchronous(SQLiteConfig.SynchronousMode.FULL);
        config.enforceForeignKeys(true);
        config.setBusyTimeout(BUSY_TIMEOUT_MS);
        config.setTransactionMode(mode);
        return config;
    }

    private static Connection connect(Path file, boolean queryOnly) throws SQLException {
        SQLiteConfig config = config(queryOnly ? SQLiteConfig.TransactionMode.DEFERRED
                : SQLiteConfig.TransactionMode.IMMEDIATE);
        Connection c = config.createConnection("jdbc:sqlite:" + file);
        if (queryOnly) {
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA query_only = 1");
            }
        } else {
            // Commits check the WAL size and checkpoint it into the database file once it passes this many pages.
            // SQLite's default (1,000 pages, 4 MB) checkpointed every few pages of a bulk pull, each time writing
            // the same hot index pages to the file again and syncing it; 10,000 (40 MB) lets those rewrites coalesce.
            // Durability is unchanged: every commit is still synced to the WAL (synchronous=FULL).
            // The page cache (SQLite's default is 2 MB) holds a large write's index pages, so a 100,000-row
            // shipment import does not spill and re-read them mid-transaction (docs/benchmarks.md). Native memory.
            try (Statement s = c.createStatement()) {
                s.execute("PRAGMA wal_autocheckpoint = " + WAL_AUTOCHECKPOINT_PAGES);
                s.execute("PRAGMA cache_size = -" + WRITER_CACHE_KIB);
                // temporary tables (the staging of a set-based ship, store.outbox.DeliverCommands) live in memory
                s.execute("PRAGMA temp_store = MEMORY");
            }
        }
        return c;
    }

    private RuntimeException translate(Throwable t) {
        if (t instanceof StoreException se) {
            return se;
        }
        if (t instanceof SQLException e && DatabaseFileChecks.isDamage(e)) {
            return new DamagedDatabaseException(file, List.of(e.getMessage()), e);
        }
        if (t instanceof RuntimeException re) {
            return re;
        }
        return new StoreException("A database operation on " + file + " failed: " + t.getMessage(), t);
    }

    private void ensureOpen() {
        if (closed) {
            throw new StoreException("The shop database " + file + " is closed");
        }
    }

    private static void closeQuietly(Connection c) {
        if (c == null) {
            return;
        }
        try {
            c.close();
        } catch (SQLException e) {
            LOG.debug("closing a connection failed", e);
        }
    }
}
