package dev.wharf.store.sync;

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
import java.util.List;
import java.util.Map;
import java.util.Optional;

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
        return page(state, (c, now) -> RefundRows.write(c, refunds, now));
    }

    @Override
    public Written writeCustomers(List<CustomerInfo> customers, Map<String, String> state) {
        return page(state, (c, now) -> CustomerRows.write(c, customers, now));
    }

    @Override
    public Written writeCoupons(List<CouponInfo> coupons, Map<String, String> state) {
        return page(state, (c, now) -> CouponRows.write(c, coupons, now));
    }

    @Override
    public Written writeCouponGrants(String couponId, List<CouponGrant> grants, boolean replace,
                                     Map<String, String> state) {
        return page(state, (c, now) -> CouponRows.writeGrants(c, couponId, grants, replace));
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
        return page(Map.of(), (c, now) -> CompassRows.write(c, traffic, dsr, sellThrough, sellThroughStart,
                sellThroughEnd, level, now));
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
}
