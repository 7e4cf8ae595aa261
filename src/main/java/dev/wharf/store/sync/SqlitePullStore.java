package dev.wharf.store.sync;

import static dev.wharf.store.sync.Rows.at;
import static dev.wharf.store.sync.Rows.e4;
import static dev.wharf.store.sync.Rows.fen;
import static dev.wharf.store.sync.Rows.fenOrZero;
import static dev.wharf.store.sync.Rows.setInt;
import static dev.wharf.store.sync.Rows.setLong;

import dev.wharf.platform.dto.CouponGrantsResponse.CouponGrant;
import dev.wharf.platform.dto.CouponInfo;
import dev.wharf.platform.dto.CustomerListResponse.CustomerInfo;
import dev.wharf.platform.dto.DsrResponse;
import dev.wharf.platform.dto.LogisticsCompaniesResponse.LogisticsCompany;
import dev.wharf.platform.dto.OrderInfo;
import dev.wharf.platform.dto.ProductInfo;
import dev.wharf.platform.dto.RefundListResponse.RefundInfo;
import dev.wharf.platform.dto.SellThroughResponse;
import dev.wharf.platform.dto.SellerLevelResponse;
import dev.wharf.platform.dto.TrafficResponse.TrafficDay;
import dev.wharf.store.Database;
import dev.wharf.store.SqlWork;
import dev.wharf.sync.PullStore;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * {@link PullStore} over the shop database: every write is one transaction on the single writer
 * ({@link Database#write}) holding a page's rows and the sync-state entries that describe the position after it.
 * SQL is parameterised and batched per page.
 */
public final class SqlitePullStore implements PullStore {
    private final Database db;
    private final Clock clock;

    public SqlitePullStore(Database db) {
        this(db, Clock.systemUTC());
    }

    /** {@code clock} stamps {@code synced_at} (tests pass a fixed one). */
    public SqlitePullStore(Database db, Clock clock) {
        this.db = db;
        this.clock = clock;
    }

    @Override
    public Optional<String> state(String key) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT value FROM sync_state WHERE key = ?")) {
                ps.setString(1, key);
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? Optional.of(rs.getString(1)) : Optional.<String>empty();
                }
            }
        });
    }

    @Override
    public void putState(Map<String, String> state) {
        db.write(c -> {
            Rows.putState(c, state, clock.millis());
            return null;
        });
    }

    @Override
    public void markSynced(java.time.Instant when) {
        putState(Map.of(dev.wharf.store.SyncStateRepository.LAST_SYNC, Long.toString(when.toEpochMilli())));
    }

    @Override
    public void clearState(String prefix) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM sync_state WHERE substr(key, 1, length(?)) = ?")) {
                ps.setString(1, prefix);
                ps.setString(2, prefix);
                return ps.executeUpdate();
            }
        });
    }

    @Override
    public Written writeOrders(List<OrderInfo> orders, Map<String, String> state) {
        return page(state, (c, now) -> OrderRows.write(c, orders, now));
    }

    @Override
    public Written writeProducts(List<ProductInfo> products, Map<String, String> state) {
        return page(state, (c, now) -> ProductRows.write(c, products, now));
    }

    @Override
    public Written writeRefunds(List<RefundInfo> refunds, Map<String, String> state) {
        return page(state, (c, now) -> {
            Set<String> known = existingOrders(c, refunds);
            Set<String> pendingOrders = Rows.pending(c, PullStore.ORDER);
            Set<String> pendingRefunds = Rows.pending(c, "refund");
            Set<Long> missing = new TreeSet<>();
            List<String> deferred = new ArrayList<>();
            int written = 0;
            try (PreparedStatement insert = c.prepareStatement("INSERT INTO refund (refund_id, order_id, "
                    + "order_item_id, status, amount_fen, quantity, reason, reject_reason, requested_at, handled_at, "
                    + "updated_at, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (refund_id) "
                    + "DO UPDATE SET order_id = excluded.order_id, order_item_id = excluded.order_item_id, "
                    + "status = excluded.status, amount_fen = excluded.amount_fen, quantity = excluded.quantity, "
                    + "reason = excluded.reason, reject_reason = excluded.reject_reason, "
                    + "requested_at = excluded.requested_at, handled_at = excluded.handled_at, "
                    + "updated_at = excluded.updated_at, synced_at = excluded.synced_at");
                 PreparedStatement insertNew = c.prepareStatement("INSERT INTO refund (refund_id, order_id, "
                         + "order_item_id, status, amount_fen, quantity, reason, reject_reason, requested_at, "
                         + "handled_at, updated_at, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                         + "ON CONFLICT (refund_id) DO NOTHING")) {
                for (RefundInfo r : refunds) {
                    if (r.refundId() == null || r.orderId() == null) {
                        continue;
                    }
                    String orderId = Long.toString(r.orderId());
                    if (!known.contains(orderId)) {
                        missing.add(r.orderId());
                        continue;
                    }
                    // A refund of an order (or a refund) with an unconfirmed local change is only added when new:
                    // an existing row may hold the local decision.
                    boolean hold = pendingOrders.contains(orderId) || pendingRefunds.contains(r.refundId());
                    PreparedStatement ps = hold ? insertNew : insert;
                    Long requested = at(r.applyTime());
                    ps.setString(1, r.refundId());
                    ps.setString(2, orderId);
                    ps.setString(3, r.orderItemId());
                    setInt(ps, 4, r.refundStatus() == null ? 0 : r.refundStatus());
                    ps.setLong(5, fenOrZero(r.refundAmount()));
                    setInt(ps, 6, r.refundNum());
                    ps.setString(7, r.reason());
                    ps.setString(8, r.rejectReason());
                    ps.setLong(9, requested == null ? now : requested);
                    setLong(ps, 10, at(r.handleTime()));
                    setLong(ps, 11, at(r.updateTime()));
                    ps.setLong(12, now);
                    int n = ps.executeUpdate();
                    if (hold && n == 0) {
                        deferred.add(r.refundId());
                    } else {
                        written++;
                    }
                }
            }
            Rows.defer(c, "refund", deferred, now);
            return new Written(written, deferred.size(), new ArrayList<>(missing));
        });
    }

    private static Set<String> existingOrders(Connection c, List<RefundInfo> refunds) throws SQLException {
        List<String> ids = new ArrayList<>();
        for (RefundInfo r : refunds) {
            if (r.orderId() != null) {
                ids.add(Long.toString(r.orderId()));
            }
        }
        Set<String> known = new HashSet<>();
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT order_id FROM orders WHERE order_id IN (SELECT value FROM json_each(?))")) {
            ps.setString(1, Rows.json(ids));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    known.add(rs.getString(1));
                }
            }
        }
        return known;
    }

    @Override
    public Written writeCustomers(List<CustomerInfo> customers, Map<String, String> state) {
        return page(state, (c, now) -> {
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO customer (buyer_id, nickname, province, "
                    + "first_order_at, last_order_at, order_count, total_spent_fen, updated_at, synced_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (buyer_id) DO UPDATE SET "
                    + "nickname = excluded.nickname, province = excluded.province, "
                    + "first_order_at = excluded.first_order_at, last_order_at = excluded.last_order_at, "
                    + "order_count = excluded.order_count, total_spent_fen = excluded.total_spent_fen, "
                    + "updated_at = excluded.updated_at, synced_at = excluded.synced_at")) {
                for (CustomerInfo x : customers) {
                    if (x.buyerId() == null) {
                        continue;
                    }
                    ps.setString(1, x.buyerId());
                    ps.setString(2, x.nickname());
                    ps.setString(3, x.province());
                    setLong(ps, 4, at(x.firstOrderTime()));
                    setLong(ps, 5, at(x.lastOrderTime()));
                    ps.setInt(6, x.orderCount() == null ? 0 : x.orderCount());
                    ps.setLong(7, fenOrZero(x.totalSpent()));
                    setLong(ps, 8, at(x.updateTime()));
                    ps.setLong(9, now);
                    ps.addBatch();
                    n++;
                }
                ps.executeBatch();
            }
            return Written.of(n);
        });
    }

    @Override
    public Written writeCoupons(List<CouponInfo> coupons, Map<String, String> state) {
        return page(state, (c, now) -> {
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO coupon (coupon_id, client_key, name, "
                    + "threshold_fen, face_value_fen, valid_from_at, valid_to_at, total_quantity, issued_count, "
                    + "used_count, status, updated_at, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (coupon_id) DO UPDATE SET client_key = excluded.client_key, name = excluded.name, "
                    + "threshold_fen = excluded.threshold_fen, face_value_fen = excluded.face_value_fen, "
                    + "valid_from_at = excluded.valid_from_at, valid_to_at = excluded.valid_to_at, "
                    + "total_quantity = excluded.total_quantity, issued_count = excluded.issued_count, "
                    + "used_count = excluded.used_count, status = excluded.status, "
                    + "updated_at = excluded.updated_at, synced_at = excluded.synced_at")) {
                for (CouponInfo k : coupons) {
                    if (k.couponId() == null) {
                        continue;
                    }
                    ps.setString(1, k.couponId());
                    ps.setString(2, k.clientKey());
                    ps.setString(3, k.name() == null ? "" : k.name());
                    ps.setLong(4, fenOrZero(k.thresholdAmount()));
                    ps.setLong(5, fenOrZero(k.faceValue()));
                    setLong(ps, 6, at(k.validFrom()));
                    setLong(ps, 7, at(k.validTo()));
                    ps.setInt(8, k.totalQuantity() == null ? 0 : k.totalQuantity());
                    ps.setInt(9, k.issuedCount() == null ? 0 : k.issuedCount());
                    ps.setInt(10, k.usedCount() == null ? 0 : k.usedCount());
                    ps.setString(11, k.status() == null ? "active" : k.status());
                    setLong(ps, 12, at(k.updateTime()));
                    ps.setLong(13, now);
                    ps.addBatch();
                    n++;
                }
                ps.executeBatch();
            }
            return Written.of(n);
        });
    }

    @Override
    public Written writeCouponGrants(String couponId, List<CouponGrant> grants, boolean replace,
                                     Map<String, String> state) {
        return page(state, (c, now) -> {
            if (replace) {
                try (PreparedStatement ps = c.prepareStatement("DELETE FROM coupon_grant WHERE coupon_id = ?")) {
                    ps.setString(1, couponId);
                    ps.executeUpdate();
                }
            }
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO coupon_grant (coupon_id, buyer_id, "
                    + "granted_at, used, used_at, order_id, order_payment_fen) VALUES (?, ?, ?, ?, ?, ?, ?) "
                    + "ON CONFLICT (coupon_id, buyer_id) DO UPDATE SET granted_at = excluded.granted_at, "
                    + "used = excluded.used, used_at = excluded.used_at, order_id = excluded.order_id, "
                    + "order_payment_fen = excluded.order_payment_fen")) {
                for (CouponGrant g : grants) {
                    if (g.buyerId() == null) {
                        continue;
                    }
                    ps.setString(1, couponId);
                    ps.setString(2, g.buyerId());
                    setLong(ps, 3, at(g.grantTime()));
                    ps.setInt(4, Boolean.TRUE.equals(g.used()) ? 1 : 0);
                    setLong(ps, 5, at(g.usedTime()));
                    ps.setString(6, g.orderId() == null ? null : Long.toString(g.orderId()));
                    setLong(ps, 7, fen(g.orderPayment()));
                    ps.addBatch();
                    n++;
                }
                ps.executeBatch();
            }
            return Written.of(n);
        });
    }

    @Override
    public Written writeLogisticsCompanies(List<LogisticsCompany> companies) {
        return page(Map.of(), (c, now) -> {
            try (PreparedStatement del = c.prepareStatement("DELETE FROM logistics_company")) {
                del.executeUpdate();
            }
            int n = 0;
            try (PreparedStatement ps = c.prepareStatement("INSERT INTO logistics_company (company_code, short_name, "
                    + "company_name, synced_at) VALUES (?, ?, ?, ?) ON CONFLICT (company_code) DO NOTHING")) {
                for (LogisticsCompany l : companies) {
                    if (l.companyCode() == null) {
                        continue;
                    }
                    ps.setString(1, l.companyCode());
                    ps.setString(2, l.shortName());
                    ps.setString(3, l.companyName() == null ? l.companyCode() : l.companyName());
                    ps.setLong(4, now);
                    ps.addBatch();
                    n++;
                }
                ps.executeBatch();
            }
            return Written.of(n);
        });
    }

    @Override
    public Written writeCompass(List<TrafficDay> traffic, DsrResponse dsr, SellThroughResponse sellThrough,
                                String sellThroughStart, String sellThroughEnd, SellerLevelResponse level) {
        return page(Map.of(), (c, now) -> {
            int n = 0;
            if (traffic != null) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO compass_traffic_day (day, visitors, "
                        + "visitors_by_page, exposure_by_source, orders, paying_buyers, gmv_fen, conversion_rate_e4, "
                        + "synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (day) DO UPDATE SET "
                        + "visitors = excluded.visitors, visitors_by_page = excluded.visitors_by_page, "
                        + "exposure_by_source = excluded.exposure_by_source, orders = excluded.orders, "
                        + "paying_buyers = excluded.paying_buyers, gmv_fen = excluded.gmv_fen, "
                        + "conversion_rate_e4 = excluded.conversion_rate_e4, synced_at = excluded.synced_at")) {
                    for (TrafficDay d : traffic) {
                        if (d.date() == null) {
                            continue;
                        }
                        ps.setString(1, d.date());
                        ps.setInt(2, d.visitors() == null ? 0 : d.visitors());
                        ps.setString(3, Rows.json(d.visitorsByPage()));
                        ps.setString(4, Rows.json(d.exposureBySource()));
                        ps.setInt(5, d.orders() == null ? 0 : d.orders());
                        ps.setInt(6, d.payingBuyers() == null ? 0 : d.payingBuyers());
                        ps.setLong(7, fenOrZero(d.gmv()));
                        setLong(ps, 8, e4(d.conversionRate()));
                        ps.setLong(9, now);
                        ps.addBatch();
                        n++;
                    }
                    ps.executeBatch();
                }
            }
            if (dsr != null) {
                exec(c, "DELETE FROM compass_dsr");
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO compass_dsr (item, grp, value_e4, "
                        + "region_average_e4, unit, score_e4, window_days, region, synced_at) "
                        + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) ON CONFLICT (item) DO NOTHING")) {
                    for (DsrResponse.DsrScore s : dsr.scores()) {
                        if (s.item() == null) {
                            continue;
                        }
                        ps.setString(1, s.item());
                        ps.setString(2, s.group() == null ? "" : s.group());
                        setLong(ps, 3, e4(s.value()));
                        setLong(ps, 4, e4(s.regionAverage()));
                        ps.setString(5, s.unit());
                        setLong(ps, 6, e4(s.score()));
                        setInt(ps, 7, dsr.windowDays());
                        ps.setString(8, dsr.region());
                        ps.setLong(9, now);
                        ps.addBatch();
                        n++;
                    }
                    ps.executeBatch();
                }
            }
            if (sellThrough != null) {
                exec(c, "DELETE FROM compass_sell_through");
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO compass_sell_through (category_name, "
                        + "products_listed, products_sold, sell_through_e4, units_sold, gmv_fen, range_start, "
                        + "range_end, synced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        + "ON CONFLICT (category_name) DO NOTHING")) {
                    for (SellThroughResponse.CategorySellThrough s : sellThrough.categories()) {
                        ps.setString(1, s.categoryName() == null ? "" : s.categoryName());
                        ps.setInt(2, s.productsListed() == null ? 0 : s.productsListed());
                        ps.setInt(3, s.productsSold() == null ? 0 : s.productsSold());
                        setLong(ps, 4, e4(s.sellThroughRate()));
                        ps.setInt(5, s.unitsSold() == null ? 0 : s.unitsSold());
                        ps.setLong(6, fenOrZero(s.gmv()));
                        ps.setString(7, sellThroughStart);
                        ps.setString(8, sellThroughEnd);
                        ps.setLong(9, now);
                        ps.addBatch();
                        n++;
                    }
                    ps.executeBatch();
                }
            }
            if (level != null) {
                try (PreparedStatement ps = c.prepareStatement("INSERT INTO compass_seller_level (id, level, "
                        + "level_name, gmv90d_fen, next_level_gmv_fen, dsr_average_e4, synced_at) "
                        + "VALUES (1, ?, ?, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET level = excluded.level, "
                        + "level_name = excluded.level_name, gmv90d_fen = excluded.gmv90d_fen, "
                        + "next_level_gmv_fen = excluded.next_level_gmv_fen, "
                        + "dsr_average_e4 = excluded.dsr_average_e4, synced_at = excluded.synced_at")) {
                    setInt(ps, 1, level.level());
                    ps.setString(2, level.levelName());
                    setLong(ps, 3, fen(level.gmv90d()));
                    setLong(ps, 4, fen(level.nextLevelGmv()));
                    setLong(ps, 5, e4(level.dsrAverage()));
                    ps.setLong(6, now);
                    ps.executeUpdate();
                    n++;
                }
            }
            return Written.of(n);
        });
    }

    @Override
    public List<String> deferredReady(String aggregateType) {
        return db.read(c -> {
            List<String> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT d.aggregate_id FROM sync_deferred d "
                    + "WHERE d.aggregate_type = ? AND NOT EXISTS (SELECT 1 FROM outbox o "
                    + "WHERE o.aggregate_type = d.aggregate_type AND o.aggregate_id = d.aggregate_id "
                    + "AND o.state IN ('pending', 'sending')) ORDER BY d.deferred_at, d.aggregate_id")) {
                ps.setString(1, aggregateType);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(rs.getString(1));
                    }
                }
            }
            return ids;
        });
    }

    @Override
    public void dropDeferred(String aggregateType, Collection<String> ids) {
        db.write(c -> {
            try (PreparedStatement ps = c.prepareStatement(
                    "DELETE FROM sync_deferred WHERE aggregate_type = ? AND aggregate_id = ?")) {
                for (String id : ids) {
                    ps.setString(1, aggregateType);
                    ps.setString(2, id);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            return null;
        });
    }

    @Override
    public List<Long> openOrdersLeastRecentlySynced(int limit) {
        return db.read(c -> {
            List<Long> ids = new ArrayList<>();
            try (PreparedStatement ps = c.prepareStatement("SELECT order_id FROM orders "
                    + "WHERE status IN (1, 2, 3, 17) ORDER BY synced_at, order_id LIMIT ?")) {
                ps.setInt(1, limit);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        ids.add(Long.parseLong(rs.getString(1)));
                    }
                }
            }
            return ids;
        });
    }

    private interface PageWork {
        Written apply(Connection c, long now) throws SQLException;
    }

    private Written page(Map<String, String> state, PageWork work) {
        SqlWork<Written> tx = c -> {
            long now = clock.millis();
            Written w = work.apply(c, now);
            Rows.putState(c, state, now);
            return w;
        };
        return db.write(tx);
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.executeUpdate();
        }
    }
}
