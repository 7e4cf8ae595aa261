package dev.wharf.orders;

import dev.wharf.platform.GatewayClient;
import dev.wharf.platform.GatewayConfig;
import dev.wharf.platform.ProxySetting;
import dev.wharf.platform.dto.SimulateRequest;
import dev.wharf.sandbox.Credentials;
import dev.wharf.sandbox.SandboxConfig;
import dev.wharf.sandbox.SandboxServer;
import dev.wharf.store.Database;
import dev.wharf.store.SqliteAcceptSource;
import dev.wharf.store.SqliteOrderDetailQueries;
import dev.wharf.store.TestQueries;
import dev.wharf.store.sync.ShopSync;
import dev.wharf.sync.SyncProgress;
import dev.wharf.sync.SyncStatus;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.List;

/**
 * A real sandbox shop on a loopback port and a local shop database synced from it through the app's {@link ShopSync}
 * (real client, real pull, real outbox), with paid orders waiting to be accepted.
 */
public final class ShopFixture implements AutoCloseable {
    public final SandboxServer server;
    public final GatewayClient client;
    public final Database db;
    public final SyncStatus status = new SyncStatus();
    public final ShopSync sync;

    /** @param carts extra carts the simulated buyers place (and pay for) before the first pull */
    public ShopFixture(Path dir, int carts) {
        server = SandboxServer.start(SandboxConfig.of(dir.resolve("sandbox")).withPort(0).withSeed(23)
                .withCreatedAt(java.time.Instant.parse("2025-03-01T02:00:00Z")).withHistory(4, 40));
        Credentials c = server.credentials();
        client = new GatewayClient(GatewayConfig.of(server.baseUri().toString(), c.appId(), c.appSecret(),
                c.authCode()).withProxy(ProxySetting.NONE).withCallsPerMinute(1_000_000));
        if (carts > 0) {
            client.simulate(new SimulateRequest(carts, 90));
        }
        db = Database.open(dir.resolve("wharf.db"));
        sync = new ShopSync(db, client, status, Clock.systemUTC());
        sync.engine().runOnce(SyncProgress.NONE);
    }

    public AcceptService acceptService() {
        return new AcceptService(new SqliteAcceptSource(db), sync.commands(), sync.delivery());
    }

    public OrderActions orderActions() {
        return new OrderActions(sync.commands(), new SqliteOrderDetailQueries(db));
    }

    /** Local orders awaiting acceptance, oldest first. */
    public List<String> awaitingAccept(int n) {
        return TestQueries.strings(db, "SELECT order_id FROM orders WHERE status = 2 ORDER BY paid_at, order_id "
                + "LIMIT ?", n);
    }

    /**
     * Carts awaiting acceptance with 2+ orders whose first order names a SKU of the local catalogue (so zeroing that
     * SKU's stock makes the order short).
     */
    public List<String> splitCartsWithKnownStock(int n) {
        return local("SELECT o.trade_id FROM orders o WHERE o.status = 2 GROUP BY o.trade_id HAVING count(*) >= 2 "
                + "AND (SELECT count(*) FROM order_item i JOIN sku s ON s.sku_id = i.sku_id WHERE i.order_id = "
                + "min(o.order_id)) > 0 ORDER BY o.trade_id LIMIT ?", n);
    }

    public List<String> local(String sql, Object... args) {
        return TestQueries.strings(db, sql, args);
    }

    public void localWrite(String sql, Object... args) {
        db.write(c -> update(c, sql, args));
    }

    public List<String> sandbox(String sql, Object... args) {
        return TestQueries.strings(server.shop().database(), sql, args);
    }

    public void sandboxWrite(String sql, Object... args) {
        server.shop().database().write(c -> update(c, sql, args));
    }

    private static int update(java.sql.Connection c, String sql, Object... args) throws java.sql.SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            return ps.executeUpdate();
        }
    }

    @Override
    public void close() {
        sync.close();
        client.close();
        db.close();
        server.close();
    }
}
