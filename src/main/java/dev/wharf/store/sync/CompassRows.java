package dev.wharf.store.sync;

import static dev.wharf.store.sync.Rows.e4;
import static dev.wharf.store.sync.Rows.fen;
import static dev.wharf.store.sync.Rows.fenOrZero;
import static dev.wharf.store.sync.Rows.setInt;
import static dev.wharf.store.sync.Rows.setLong;

import dev.wharf.platform.dto.DsrResponse;
import dev.wharf.platform.dto.SellThroughResponse;
import dev.wharf.platform.dto.SellerLevelResponse;
import dev.wharf.platform.dto.TrafficResponse.TrafficDay;
import dev.wharf.sync.PullStore.Written;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.List;

/**
 * The data compass snapshots: traffic days upserted, DSR and sell-through replaced, the seller level as one row.
 */
final class CompassRows {
    private CompassRows() {
    }

    static Written write(Connection c, List<TrafficDay> traffic, DsrResponse dsr, SellThroughResponse sellThrough,
                         String sellThroughStart, String sellThroughEnd, SellerLevelResponse level, long now)
            throws SQLException {
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
    }

    private static void exec(Connection c, String sql) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(sql)) {
            ps.executeUpdate();
        }
    }
}
