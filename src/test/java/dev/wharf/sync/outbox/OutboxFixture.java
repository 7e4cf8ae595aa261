package dev.wharf.sync.outbox;

import dev.wharf.platform.GatewayClient;
import dev.wharf.platform.GatewayConfig;
import dev.wharf.platform.PlatformApi;
import dev.wharf.platform.ProxySetting;
import dev.wharf.platform.dto.OrderInfo;
import dev.wharf.platform.dto.ProductInfo;
import dev.wharf.platform.dto.SkuInfo;
import dev.wharf.sandbox.Credentials;
import dev.wharf.sandbox.SandboxConfig;
import dev.wharf.sandbox.SandboxServer;
import dev.wharf.store.Database;
import dev.wharf.store.outbox.SqliteLocalCommands;
import dev.wharf.store.outbox.SqliteOutboxStore;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicReference;

/**
 * A local shop database wired to the outbox, in front of a real sandbox on a loopback port: local copies of
 * sandbox orders and products (the pull is not used), a fake clock for backoff, SQL look-ups of both sides.
 */
final class OutboxFixture implements AutoCloseable {
    static final Instant CREATED = Instant.parse("2025-03-01T02:00:00Z");

    final SandboxServer server;
    final GatewayClient client;
    final Database db;
    final FakeClock clock = new FakeClock(Instant.parse("2030-01-01T00:00:00Z"));
    final List<OutboxCounts> heard = new ArrayList<>();
    final SqliteOutboxStore store;
    final SqliteLocalCommands commands;

    OutboxFixture(SandboxServer server, Path shopDir) {
        this.server = server;
        this.client = client(server);
        this.db = Database.open(shopDir.resolve("shop.db"));
        OutboxListener l = heard::add;
        this.store = new SqliteOutboxStore(db, clock, l);
        this.commands = new SqliteLocalCommands(db, clock, l);
    }

    static SandboxConfig config(Path dir, long seed) {
        return SandboxConfig.of(dir).withSeed(seed).withCreatedAt(CREATED).withHistory(3, 40);
    }

    static GatewayClient client(SandboxServer server) {
        Credentials c = server.credentials();
        return new GatewayClient(GatewayConfig.of(server.baseUri().toString(), c.appId(), c.appSecret(),
                c.authCode()).withProxy(ProxySetting.NONE).withCallsPerMinute(100_000));
    }

    OutboxDispatcher dispatcher(PlatformApi api) {
        return new OutboxDispatcher(api, store, clock, new Random(7), RetryPolicy.DEFAULT,
                t -> { }, client::platformTimeAtLeast, heard::add);
    }

    NeedsAttention needsAttention(OutboxDispatcher d) {
        return new NeedsAttention(store, d.checks(), heard::add);
    }

    @Override
    public void close() {
        client.close();
        db.close();
    }

    // ------------------------------------------------------------------ sandbox side

    <T> List<T> sandbox(String sql, Class<T> type, Object... args) {
        return server.shop().database().read(c -> query(c, sql, type, args));
    }

    void sandboxWrite(String sql, Object... args) {
        server.shop().database().write(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                return ps.executeUpdate();
            }
        });
    }

    /** Sandbox orders awaiting acceptance that ship directly (not 拼邮), not yet used by this fixture. */
    List<Long> awaitingAccept(int n) {
        return sandbox("SELECT order_id FROM orders WHERE status = 2 AND delivery_type <> 7 "
                + "AND order_id NOT IN (SELECT order_id FROM refund WHERE status = 0) ORDER BY order_id LIMIT ?",
                Long.class, n);
    }

    // ------------------------------------------------------------------ local side

    <T> List<T> local(String sql, Class<T> type, Object... args) {
        return db.read(c -> query(c, sql, type, args));
    }

    int localStatus(long orderId) {
        return local("SELECT status FROM orders WHERE order_id = ?", Integer.class, String.valueOf(orderId)).get(0);
    }

    /** Copies sandbox orders into the local shop as the pull would (only the columns the outbox needs). */
    void importOrders(List<Long> ids) {
        List<OrderInfo> infos = new ArrayList<>();
        for (long id : ids) {
            infos.add(retrying(() -> client.orderDetail(id, true)));
        }
        db.write(c -> {
            for (OrderInfo o : infos) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO orders(order_id, trade_id, status, "
                        + "amount_fen, payment_fen, ordered_at, receiver_name, receiver_address, receiver_mobile, "
                        + "synced_at) VALUES (?, ?, ?, 0, 0, 0, ?, ?, ?, 0)")) {
                    ps.setString(1, String.valueOf(o.orderId()));
                    ps.setString(2, o.tradeId());
                    ps.setInt(3, o.orderStatus());
                    ps.setString(4, o.receiverName());
                    ps.setString(5, o.receiverAddress());
                    ps.setString(6, o.receiverMobile());
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    /** Test set-up reads through a sandbox that injects 0009 faults. */
    static <T> T retrying(java.util.function.Supplier<T> read) {
        for (int i = 0; ; i++) {
            try {
                return read.get();
            } catch (dev.wharf.platform.PlatformException e) {
                if (!e.isTransient() || i > 5) {
                    throw e;
                }
            }
        }
    }

    /** Copies a sandbox product and its SKUs into the local shop. */
    void importProduct(String productId) {
        ProductInfo p = client.productDetail(productId);
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO product(product_id, name, status, "
                    + "updated_at) VALUES (?, ?, ?, 0)")) {
                ps.setString(1, p.productId());
                ps.setString(2, p.productName());
                ps.setString(3, p.status() == null ? "on_sale" : p.status());
                ps.executeUpdate();
            }
            for (SkuInfo s : p.skus()) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO sku(sku_id, product_id, outer_sku_id, "
                        + "price_fen, stock, updated_at) VALUES (?, ?, ?, ?, ?, 0)")) {
                    ps.setString(1, s.skuId());
                    ps.setString(2, p.productId());
                    ps.setString(3, s.outerId());
                    ps.setLong(4, s.price().movePointRight(2).longValueExact());
                    ps.setInt(5, s.stockNum() == null ? 0 : s.stockNum());
                    ps.executeUpdate();
                }
            }
            return null;
        });
    }

    static ProductInfo newProduct(String name, String... outerIds) {
        List<SkuInfo> skus = new ArrayList<>();
        for (String o : outerIds) {
            skus.add(new SkuInfo(null, List.of(new SkuInfo.SkuProperty("颜色", "红色", null)), o, true,
                    new BigDecimal("199.00"), null, null, 5, null, null, null));
        }
        return new ProductInfo(null, name, 1001, "美妆", 10, "Shiseido", List.of(), null, null, null, null, null, 3,
                false, skus, null);
    }

    @SuppressWarnings("unchecked")
    private static <T> List<T> query(Connection c, String sql, Class<T> type, Object... args) throws SQLException {
        List<T> out = new ArrayList<>();
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                ps.setObject(i + 1, args[i]);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Object v = type == Long.class ? (Object) rs.getLong(1) : type == Integer.class
                            ? (Object) rs.getInt(1) : rs.getString(1);
                    out.add((T) (rs.wasNull() ? null : v));
                }
            }
        }
        return out;
    }

    /** A clock the test moves by hand. */
    static final class FakeClock extends Clock {
        private final AtomicReference<Instant> now;

        FakeClock(Instant start) {
            now = new AtomicReference<>(start);
        }

        void advance(Duration d) {
            now.updateAndGet(i -> i.plus(d));
        }

        @Override
        public Instant instant() {
            return now.get();
        }

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }
    }
}
