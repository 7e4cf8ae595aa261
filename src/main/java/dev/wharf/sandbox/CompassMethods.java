package dev.wharf.sandbox;

import dev.wharf.platform.Methods;
import dev.wharf.platform.dto.CompassRequest;
import dev.wharf.platform.dto.DsrResponse;
import dev.wharf.platform.dto.SellThroughResponse;
import dev.wharf.platform.dto.SellThroughResponse.CategorySellThrough;
import dev.wharf.platform.dto.SellerLevelResponse;
import dev.wharf.platform.dto.TrafficResponse;
import dev.wharf.platform.dto.TrafficResponse.TrafficDay;
import dev.wharf.sandbox.sim.DailyTraffic;
import dev.wharf.sandbox.sim.PlatformTime;
import dev.wharf.sandbox.sim.TrafficGenerator;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The data compass, computed from the shop's own orders. A platform day runs 00:00–24:00 GMT+8; days after the
 * simulated clock's day are left out (no data yet). GMV is what the orders paid on a day paid, whatever happened to
 * them later (the compass counts a payment as a deal, 支付成功视为成交).
 */
final class CompassMethods {
    static final int MAX_DAYS = 90;
    static final Duration LEVEL_WINDOW = Duration.ofDays(90);

    /** Sandbox seller levels: minimum 90-day GMV (fen) and DSR average, from the lowest regular level up. */
    record Level(int level, String name, long minGmvFen, BigDecimal minDsr) {
    }

    static final Level WARNING = new Level(0, Texts.both("限制级买手", "Warning-list"), 0, BigDecimal.ZERO);
    static final List<Level> LEVELS = List.of(
            new Level(1, Texts.both("入门买手", "Active"), 0, new BigDecimal("2.51")),
            new Level(2, Texts.both("中级买手", "Semi-Pro"), 5_000_000L, new BigDecimal("3.50")),
            new Level(3, Texts.both("专业买手", "Pro"), 20_000_000L, new BigDecimal("4.00")),
            new Level(4, Texts.both("超级买手", "Top"), 100_000_000L, new BigDecimal("4.50")));

    private CompassMethods() {
    }

    static void register(MethodRegistry registry) {
        registry.register(Methods.COMPASS_TRAFFIC, CompassRequest.class, CompassMethods::traffic)
                .register(Methods.COMPASS_SELL_THROUGH, CompassRequest.class, CompassMethods::sellThrough)
                .register(Methods.COMPASS_DSR, NoParameters.class, CompassMethods::dsr)
                .register(Methods.COMPASS_SELLER_LEVEL, NoParameters.class, CompassMethods::sellerLevel);
    }

    /** An inclusive range of platform days, at most 90. */
    record Range(LocalDate start, LocalDate end) {
        long startMillis() {
            return PlatformTime.startOfDay(start).toEpochMilli();
        }

        long endMillis() {
            return PlatformTime.startOfDay(end.plusDays(1)).toEpochMilli();
        }
    }

    static Range range(CompassRequest r) {
        LocalDate start = date(r.startDate(), "start_date");
        LocalDate end = date(r.endDate(), "end_date");
        if (end.isBefore(start)) {
            throw GatewayError.badValue("end_date", r.endDate(), "must not be before start_date");
        }
        if (ChronoUnit.DAYS.between(start, end) + 1 > MAX_DAYS) {
            throw GatewayError.badValue("end_date", r.endDate(), "range holds at most " + MAX_DAYS + " days");
        }
        return new Range(start, end);
    }

    private static LocalDate date(String value, String field) {
        Params.required(value, field);
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            throw GatewayError.badValue(field, value, "must be yyyy-MM-dd");
        }
    }

    /** The range cut at the simulated clock's day; null when it lies wholly after it. */
    private static Range known(Range range, long clock) {
        LocalDate today = PlatformTime.businessDate(Instant.ofEpochMilli(clock));
        if (range.start().isAfter(today)) {
            return null;
        }
        return new Range(range.start(), range.end().isAfter(today) ? today : range.end());
    }

    private static final class Day {
        int orders;
        long gmv;
        final Set<String> buyers = new HashSet<>();
    }

    static TrafficResponse traffic(CompassRequest r, CallContext ctx) {
        Range asked = range(r);
        TrafficGenerator generator = new TrafficGenerator(ctx.shop().seed());
        return ctx.shop().database().read(c -> {
            Range range = known(asked, SandboxShop.clockMillis(c));
            if (range == null) {
                return new TrafficResponse(List.of());
            }
            Map<LocalDate, Day> days = new TreeMap<>();
            for (LocalDate d = range.start(); !d.isAfter(range.end()); d = d.plusDays(1)) {
                days.put(d, new Day());
            }
            try (PreparedStatement ps = c.prepareStatement("SELECT paid_at, buyer_id, payment_fen FROM orders "
                    + "WHERE paid_at >= ? AND paid_at < ?")) {
                ps.setLong(1, range.startMillis());
                ps.setLong(2, range.endMillis());
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        Day day = days.get(PlatformTime.businessDate(Instant.ofEpochMilli(rs.getLong(1))));
                        day.orders++;
                        day.buyers.add(rs.getString(2));
                        day.gmv += rs.getLong(3);
                    }
                }
            }
            List<TrafficDay> out = days.entrySet().stream().map(e -> {
                DailyTraffic t = generator.day(e.getKey(), e.getValue().buyers.size());
                int liveAndOther = t.visitors().liveAndOther();
                int live = (liveAndOther * 2 + 2) / 3;
                Map<String, Integer> pages = new LinkedHashMap<>();
                pages.put("shop_home", t.visitors().shopHome());
                pages.put("product_detail", t.visitors().productDetail());
                pages.put("live", live);
                pages.put("other", liveAndOther - live);
                Map<String, Integer> sources = new LinkedHashMap<>();
                sources.put("search", t.exposures().search());
                sources.put("recommendation", t.exposures().recommendation());
                sources.put("live", t.exposures().live());
                sources.put("other", t.exposures().other());
                return new TrafficDay(e.getKey().toString(), t.visitors().total(), pages, sources, e.getValue().orders,
                        e.getValue().buyers.size(), Fen.yuan(e.getValue().gmv), t.conversionRate());
            }).toList();
            return new TrafficResponse(out);
        });
    }

    /**
     * Per category: products on sale now (在线商品数), products with at least one unit in an order paid in the range
     * (动销商品数), their ratio (may exceed 1 when products that sold were taken off sale since), units and GMV of
     * those lines (their payments). Categories sorted by name.
     */
    static SellThroughResponse sellThrough(CompassRequest r, CallContext ctx) {
        Range asked = range(r);
        return ctx.shop().database().read(c -> {
            Range range = known(asked, SandboxShop.clockMillis(c));
            Map<String, long[]> categories = new TreeMap<>(); // listed, sold, units, gmv
            try (PreparedStatement ps = c.prepareStatement("SELECT category_name, count(*) FROM product "
                    + "WHERE status = 'on_sale' GROUP BY category_name")) {
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        categories.computeIfAbsent(category(rs.getString(1)), k -> new long[4])[0] = rs.getLong(2);
                    }
                }
            }
            if (range != null) {
                try (PreparedStatement ps = c.prepareStatement("SELECT p.category_name, count(DISTINCT i.product_id), "
                        + "sum(i.num), sum(i.payment_fen) FROM orders o JOIN order_item i ON i.order_id = o.order_id "
                        + "JOIN product p ON p.product_id = i.product_id WHERE o.paid_at >= ? AND o.paid_at < ? "
                        + "GROUP BY p.category_name")) {
                    ps.setLong(1, range.startMillis());
                    ps.setLong(2, range.endMillis());
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            long[] v = categories.computeIfAbsent(category(rs.getString(1)), k -> new long[4]);
                            v[1] = rs.getLong(2);
                            v[2] = rs.getLong(3);
                            v[3] = rs.getLong(4);
                        }
                    }
                }
            }
            List<CategorySellThrough> out = categories.entrySet().stream().map(e -> {
                long[] v = e.getValue();
                BigDecimal rate = v[0] == 0 ? BigDecimal.ZERO.setScale(4)
                        : BigDecimal.valueOf(v[1]).divide(BigDecimal.valueOf(v[0]), 4, RoundingMode.HALF_UP);
                return new CategorySellThrough(e.getKey(), (int) v[0], (int) v[1], rate, (int) v[2], Fen.yuan(v[3]));
            }).toList();
            return new SellThroughResponse(out);
        });
    }

    private static String category(String name) {
        return name == null ? "" : name;
    }

    static DsrResponse dsr(NoParameters none, CallContext ctx) {
        return ctx.shop().database().read(c ->
                Dsr.compute(c, ctx.shop().seed(), SandboxShop.clockMillis(c)).response());
    }

    static SellerLevelResponse sellerLevel(NoParameters none, CallContext ctx) {
        return ctx.shop().database().read(c -> {
            long now = SandboxShop.clockMillis(c);
            BigDecimal dsr = Dsr.compute(c, ctx.shop().seed(), now).average();
            long gmv = gmv(c, now - LEVEL_WINDOW.toMillis(), now);
            Level level = levelOf(gmv, dsr);
            Long next = level.level() == 0 ? Long.valueOf(LEVELS.get(1).minGmvFen())
                    : level.level() < LEVELS.size() ? Long.valueOf(LEVELS.get(level.level()).minGmvFen()) : null;
            return new SellerLevelResponse(level.level(), level.name(), Fen.yuan(gmv),
                    next == null ? null : Fen.yuan(next), dsr);
        });
    }

    /** The highest level whose GMV and DSR minimums are both met; the warning list at a DSR of 2.5 or less. */
    static Level levelOf(long gmvFen, BigDecimal dsr) {
        if (dsr.compareTo(LEVELS.get(0).minDsr()) < 0) {
            return WARNING;
        }
        Level best = LEVELS.get(0);
        for (Level l : LEVELS) {
            if (gmvFen >= l.minGmvFen() && dsr.compareTo(l.minDsr()) >= 0) {
                best = l;
            }
        }
        return best;
    }

    /** Payments of the orders paid in [from, to]. */
    static long gmv(Connection c, long from, long to) throws SQLException {
        try (PreparedStatement ps = c.prepareStatement(
                "SELECT coalesce(sum(payment_fen), 0) FROM orders WHERE paid_at >= ? AND paid_at <= ?")) {
            ps.setLong(1, from);
            ps.setLong(2, to);
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
