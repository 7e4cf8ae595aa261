package dev.wharf.sync.reliability;

import dev.wharf.store.TestQueries;
import dev.wharf.platform.GatewayClient;
import dev.wharf.platform.GatewayConfig;
import dev.wharf.platform.PlatformApi;
import dev.wharf.platform.ProxySetting;
import dev.wharf.sandbox.SandboxServer;
import dev.wharf.store.Database;
import dev.wharf.store.sync.ShopSync;
import dev.wharf.sync.SyncEngine;
import dev.wharf.sync.SyncProgress;
import dev.wharf.sync.SyncStatus;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * One workstation: its own profile database, its own gateway client and the {@link ShopSync} the app and
 * {@code wharf sync} build, in front of a sandbox shop. SQL look-ups of the local side and of the sandbox.
 */
final class Station implements AutoCloseable {
    final Database db;
    final GatewayClient client;
    final PlatformApi api;
    final SyncStatus status = new SyncStatus();
    final ShopSync sync;

    Station(Path profileDir, String baseUrl, String appId, String appSecret, String authCode,
            UnaryOperator<PlatformApi> wrap) {
        this.db = Database.open(profileDir.resolve("wharf.db"));
        this.client = client(baseUrl, appId, appSecret, authCode);
        this.api = wrap.apply(client);
        this.sync = new ShopSync(db, api, client::platformTimeAtLeast, status, Clock.systemUTC());
    }

    Station(Path profileDir, SandboxServer server, UnaryOperator<PlatformApi> wrap) {
        this(profileDir, server.baseUri().toString(), server.credentials().appId(), server.credentials().appSecret(),
                server.credentials().authCode(), wrap);
    }

    static GatewayClient client(String baseUrl, String appId, String appSecret, String authCode) {
        return new GatewayClient(GatewayConfig.of(baseUrl, appId, appSecret, authCode).withProxy(ProxySetting.NONE)
                .withCallsPerMinute(1_000_000));
    }

    SyncEngine.Report runOnce() {
        return sync.engine().runOnce(SyncProgress.NONE);
    }

    /**
     * Lets the backoff pass (the dispatcher waits on the wall clock, 5 s and up): every waiting entry is due now.
     */
    void skipBackoff() {
        db.write(c -> update(c, "UPDATE outbox SET next_attempt_at = NULL WHERE state IN ('pending', 'sending')"));
    }

    long unsettled() {
        return count(db, "SELECT count(*) FROM outbox WHERE state IN ('pending', 'sending')");
    }

    /** Runs (letting backoffs pass) until the outbox has nothing due and a pull completed; at most {@code max}. */
    SyncEngine.Report runUntilQuiet(int max) {
        SyncEngine.Report last = null;
        for (int i = 0; i < max; i++) {
            skipBackoff();
            try {
                last = runOnce();
            } catch (RuntimeException e) {
                continue; // a non-transient pull failure is rethrown by the engine; the next run tries again
            }
            if (last.completed() && unsettled() == 0) {
                return last;
            }
        }
        throw new AssertionError("no quiet sync after " + max + " runs; last " + last + ", unsettled "
                + unsettled() + ": " + strings(db, "SELECT command || ' ' || aggregate_id || ' ' || state || ' ' "
                + "|| coalesce(last_error, '') FROM outbox WHERE state IN ('pending', 'sending', 'rejected')"));
    }

    Integer localStatus(long orderId) {
        List<String> s = strings(db, "SELECT status FROM orders WHERE order_id = ?", String.valueOf(orderId));
        return s.isEmpty() ? null : Integer.valueOf(s.get(0));
    }

    @Override
    public void close() {
        sync.close();
        client.close();
        db.close();
    }

    // ------------------------------------------------------------------ SQL helpers (both sides)

    static int update(Connection c, String sql, Object... args) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        }
    }

    static long count(Database db, String sql, Object... args) {
        List<String> s = strings(db, sql, args);
        return s.isEmpty() || s.get(0) == null ? 0 : Long.parseLong(s.get(0));
    }

    static List<String> strings(Database db, String sql, Object... args) {
        return TestQueries.strings(db, sql, args);
    }

    static List<Long> longs(Database db, String sql, Object... args) {
        return strings(db, sql, args).stream().map(Long::valueOf).toList();
    }

    static void sandboxWrite(SandboxServer server, String sql, Object... args) {
        server.shop().database().write(c -> update(c, sql, args));
    }

    /** Direct-mail orders awaiting acceptance with no open refund, lowest ids first. */
    static List<Long> acceptable(SandboxServer server, int n) {
        return longs(server.shop().database(), "SELECT order_id FROM orders WHERE status = 2 AND delivery_type <> 7 "
                + "AND order_id NOT IN (SELECT order_id FROM refund WHERE status = 0) ORDER BY order_id LIMIT ?", n);
    }
}
