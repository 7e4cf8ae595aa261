package dev.wharf.sandbox;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wharf.platform.GatewayTime;
import dev.wharf.platform.Json;
import dev.wharf.platform.dto.SimulateResponse;
import dev.wharf.sandbox.sim.CartGenerator;
import dev.wharf.sandbox.sim.Catalog;
import dev.wharf.sandbox.sim.CatalogProduct;
import dev.wharf.sandbox.sim.CatalogSku;
import dev.wharf.sandbox.sim.Customer;
import dev.wharf.store.Database;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;

/**
 * The sandbox platform's state: one demo shop in its own SQLite file ({@code sandbox.db}, WAL, one writer, schema
 * from {@code classpath:db/sandbox}). An empty folder gets a fresh demo shop, deterministic for its seed and creation
 * instant; reopening the folder serves the same shop.
 *
 * <p>The simulated clock is stored in the database. It starts at the creation instant (the wall clock truncated to
 * the hour, or a fixed instant in tests), moves only when the simulation is told to advance it, and stamps every
 * business time (order, payment, accept, shipping, refund). Request timestamps and nonces are checked against the
 * wall clock instead, like the real gateway.
 */
public final class SandboxShop implements AutoCloseable {
    public static final String MIGRATIONS = "classpath:db/sandbox";
    /** The history generator leaves the orders of the last two days for the user to handle. */
    static final Duration UNTOUCHED_RECENT = Duration.ofDays(2);

    /** The seller's logistics companies: code, short name, full name. Codes Y9xx are the sandbox's own. */
    static final List<String[]> LOGISTICS_COMPANIES = List.of(
            new String[] {"Y073", "shunfeng", "顺丰速运（SF Express）"},
            new String[] {"Y068", "ems", "中国邮政EMS（EMS）"},
            new String[] {"Y013", "yuantong", "圆通速递（YTO Express）"},
            new String[] {"Y101", "zhongtong", "中通快递（ZTO Express）"},
            new String[] {"xlobo", "xlobo", "贝海国际速递（xLobo）"},
            new String[] {"Y048", "japanpost", "日本邮政（Japan Post）"},
            new String[] {"Y901", "yamato", "大和运输宅急便（Yamato Transport）"},
            new String[] {"Y902", "usps", "美国邮政（USPS）"},
            new String[] {"Y903", "dhl", "DHL国际快递（DHL Express）"});

    private final Database db;
    private final long seed;
    private final String sellerId;
    private final Simulator simulator;
    private final Clock wallClock;
    private final ObjectMapper mapper = Json.mapper();
    private final SandboxImages images;

    private SandboxShop(Database db, long seed, String sellerId, Simulator simulator, Clock wallClock,
                        SandboxImages images) {
        this.db = db;
        this.images = images;
        this.seed = seed;
        this.sellerId = sellerId;
        this.simulator = simulator;
        this.wallClock = wallClock;
    }

    /** Opens the sandbox in {@code config.dataDir()}, creating the demo shop if the folder holds none. */
    public static SandboxShop open(SandboxConfig config) {
        Database db = Database.open(config.databaseFile(), MIGRATIONS);
        try {
            Long storedSeed = db.read(c -> {
                try (PreparedStatement ps = c.prepareStatement("SELECT seed FROM shop WHERE id = 1");
                     ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : null;
                }
            });
            long seed = storedSeed != null ? storedSeed : config.seed();
            Simulator simulator = new Simulator(seed, new CartGenerator(Catalog.bundled()));
            String sellerId = "sandbox_" + Long.toUnsignedString(seed, 36);
            SandboxShop shop = new SandboxShop(db, seed, sellerId, simulator, config.wallClock(),
                    new SandboxImages(config.dataDir().resolve("images")));
            if (storedSeed == null) {
                Instant createdAt = config.createdAt() != null ? config.createdAt()
                        : config.wallClock().instant().truncatedTo(ChronoUnit.HOURS);
                shop.create(createdAt, config.demoDays(), config.cartsPerDay());
            }
            return shop;
        } catch (RuntimeException e) {
            db.close();
            throw e;
        }
    }

    public Database database() {
        return db;
    }

    /** The product images this shop keeps and serves. */
    SandboxImages images() {
        return images;
    }

    public long seed() {
        return seed;
    }

    public String sellerId() {
        return sellerId;
    }

    Simulator simulator() {
        return simulator;
    }

    /** The simulated clock. */
    public Instant clock() {
        return Instant.ofEpochMilli(db.read(SandboxShop::clockMillis));
    }

    static long clockMillis(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("SELECT clock_at FROM shop WHERE id = 1");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /**
     * The change time a seller's write stamps on what it changed ({@code update_time} of a product): the later of the
     * simulated clock and the wall clock the gateway's {@code Date} header shows. The real platform has one clock, so
     * a client can compare a product's {@code update_time} with the time it sent a write (decision 0007); the wall
     * clock keeps that comparison true here, and the simulated clock keeps {@code update_time} at or after every
     * simulated business time (creation, listing) when a trainer has advanced the simulation past the wall clock.
     */
    long changeMillis(Connection c) throws SQLException {
        return Math.max(clockMillis(c), wallClock.millis());
    }

    private static void setClock(Connection c, long at) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("UPDATE shop SET clock_at = ? WHERE id = 1")) {
            ps.setLong(1, at);
            ps.executeUpdate();
        }
    }

    private void create(Instant createdAt, int days, int cartsPerDay) {
        db.write(c -> {
            long start = createdAt.minus(Duration.ofDays(days)).toEpochMilli();
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO shop (id, seed, seller_id, created_at, "
                    + "clock_at) VALUES (1, ?, ?, ?, ?)")) {
                ps.setLong(1, seed);
                ps.setString(2, sellerId);
                ps.setLong(3, createdAt.toEpochMilli());
                ps.setLong(4, start);
                ps.executeUpdate();
            }
            insertCompanies(c);
            insertCatalog(c, Catalog.bundled(), start);
            insertCustomers(c, simulator.customers());
            long cutoff = createdAt.toEpochMilli() - UNTOUCHED_RECENT.toMillis();
            Simulator.Counts counts = new Simulator.Counts();
            long hour = Duration.ofHours(1).toMillis();
            for (int h = 0; h < days * 24; h++) {
                long from = start + h * hour;
                SplittableRandom r = Rand.of(seed, Rand.HOUR, h);
                int carts = cartsPerDay / 24 + (r.nextInt(24) < cartsPerDay % 24 ? 1 : 0);
                long[] times = new long[carts];
                for (int i = 0; i < carts; i++) {
                    times[i] = from + r.nextLong(hour);
                }
                java.util.Arrays.sort(times);
                for (long t : times) {
                    simulator.runDue(c, t, counts);
                    simulator.placeCart(c, t, counts);
                }
                simulator.runDue(c, from + hour, counts);
                simulator.sellerAutopilot(c, from + hour, cutoff);
            }
            openRefundsForTraining(c, createdAt.toEpochMilli());
            setClock(c, createdAt.toEpochMilli());
            return null;
        });
    }

    /**
     * A fresh shop starts with refunds waiting, as a working shop does on a Monday morning: one asked 50 minutes
     * ago (the full-score handling window is closing) on an order awaiting shipment, which blocks its shipping, and
     * one asked five hours ago on a shipped order. The orders are drawn from the seeded stream.
     */
    private void openRefundsForTraining(Connection c, long now) throws SQLException {
        long[][] wanted = {{17, now - Duration.ofMinutes(50).toMillis()}, {3, now - Duration.ofHours(5).toMillis()}};
        for (long[] w : wanted) {
            List<Long> candidates = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT order_id FROM orders o WHERE status = ? "
                    + "AND NOT EXISTS (SELECT 1 FROM refund r WHERE r.order_id = o.order_id) ORDER BY order_id")) {
                ps.setLong(1, w[0]);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        candidates.add(rs.getLong(1));
                    }
                }
            }
            if (!candidates.isEmpty()) {
                long orderId = candidates.get(Rand.of(seed, Rand.TRAINING, w[0]).nextInt(candidates.size()));
                BuyerRefunds.requestRefund(c, orderId, w[1], w[0] == 17 ? "不想要了，还没发货请退款" : "尺码不合适",
                        w[0] == 3);
            }
        }
    }

    private static void insertCompanies(Connection c) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO logistics_company (company_code, short_name, "
                + "company_name, position) VALUES (?, ?, ?, ?)")) {
            int position = 0;
            for (String[] company : LOGISTICS_COMPANIES) {
                ps.setString(1, company[0]);
                ps.setString(2, company[1]);
                ps.setString(3, company[2]);
                ps.setInt(4, ++position);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private void insertCatalog(Connection c, Catalog catalog, long at) throws SQLException {
        try (PreparedStatement product = c.prepareStatement("INSERT INTO product (product_id, name, category_id, "
                + "category_name, brand_id, brand_name, images, delivery_type, fbx, status, created_at, updated_at, "
                + "listing_start_at, listing_end_at, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0, 'on_sale', ?, ?, ?, "
                + "?, ?)");
             PreparedStatement sku = c.prepareStatement("INSERT INTO sku (sku_id, product_id, outer_id, properties, "
                     + "used, price_fen, vip_price_fen, new_price_fen, stock, weight, weight_unit, position) "
                     + "VALUES (?, ?, ?, ?, 1, ?, 0, 0, ?, ?, 0, ?)")) {
            int position = 0;
            for (CatalogProduct p : catalog.products()) {
                position++;
                product.setString(1, p.productId());
                product.setString(2, p.name());
                product.setInt(3, 1000 + Math.floorMod(p.categoryName().hashCode(), 9000));
                product.setString(4, p.categoryName());
                product.setInt(5, 10000 + Math.floorMod(p.brand().hashCode(), 90000));
                product.setString(6, p.brand());
                product.setString(7, json(List.of("https://img.sandbox.wharf.invalid/" + p.productId() + "/1.jpg")));
                product.setInt(8, p.deliveryType());
                product.setLong(9, at);
                product.setLong(10, at);
                product.setLong(11, at);
                product.setLong(12, at + Duration.ofDays(365).toMillis());
                product.setInt(13, position);
                product.addBatch();
                int skuPosition = 0;
                for (CatalogSku s : p.skus()) {
                    sku.setString(1, s.skuId());
                    sku.setString(2, p.productId());
                    sku.setString(3, s.outerSkuId());
                    sku.setString(4, json(s.properties().stream()
                            .map(prop -> Map.of("name", prop.name(), "value", prop.value())).toList()));
                    sku.setLong(5, Fen.of(s.price()));
                    sku.setInt(6, s.stock() + 10_000); // room for the simulated history's sales
                    sku.setDouble(7, 0.5);
                    sku.setInt(8, ++skuPosition);
                    sku.addBatch();
                }
            }
            product.executeBatch();
            sku.executeBatch();
        }
    }

    private static void insertCustomers(Connection c, List<Customer> customers) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement("INSERT INTO customer (buyer_id, nickname, receiver_name, "
                + "mobile, province, address, zip, position) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
            int position = 0;
            for (Customer cu : customers) {
                ps.setString(1, cu.buyerId());
                ps.setString(2, cu.buyerId());
                ps.setString(3, cu.receiverName());
                ps.setString(4, cu.mobile());
                ps.setString(5, cu.province());
                ps.setString(6, cu.fullAddress());
                ps.setString(7, cu.zip());
                ps.setInt(8, ++position);
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    private String json(Object value) {
        try {
            return mapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * One simulation step: {@code carts} carts placed evenly over the next {@code advanceMinutes} of simulated time
     * (all at the current instant when it is 0), then the clock moves forward and every event due by then runs.
     */
    public SimulateResponse simulate(int carts, int advanceMinutes) {
        return db.write(c -> {
            Simulator.Counts counts = new Simulator.Counts();
            long from = clockMillis(c);
            long span = Duration.ofMinutes(advanceMinutes).toMillis();
            for (int i = 0; i < carts; i++) {
                long at = from + (carts == 0 ? 0 : span * i / carts);
                simulator.runDue(c, at, counts);
                simulator.placeCart(c, at, counts);
            }
            long to = from + span;
            simulator.runDue(c, to, counts);
            setClock(c, to);
            return new SimulateResponse(counts.carts, counts.ordersCreated, counts.ordersPaid, counts.ordersCancelled,
                    counts.refundsRequested, counts.ordersReceived, GatewayTime.format(Instant.ofEpochMilli(to)));
        });
    }

    /** Test and training hook: the buyer of this order asks for a refund of its first line. */
    public String requestRefund(long orderId, String reason) {
        return db.write(c -> Simulator.requestRefund(c, orderId, clockMillis(c), reason, false));
    }

    @Override
    public void close() {
        db.close();
    }
}
