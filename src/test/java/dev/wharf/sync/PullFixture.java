package dev.wharf.sync;

import dev.wharf.store.TestQueries;
import dev.wharf.platform.ApiCode;
import dev.wharf.platform.ApiException;
import dev.wharf.platform.GatewayClient;
import dev.wharf.platform.GatewayConfig;
import dev.wharf.platform.PlatformApi;
import dev.wharf.platform.ProxySetting;
import dev.wharf.sandbox.Credentials;
import dev.wharf.sandbox.SandboxConfig;
import dev.wharf.sandbox.SandboxServer;
import dev.wharf.store.Database;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/** A small sandbox shop, the real client, and SQL look-ups on both sides for the pull tests. */
final class PullFixture {
    static final Instant CREATED = Instant.parse("2025-03-01T02:00:00Z");
    static final Set<String> EXTENSIONS = Set.of("orderChanges", "cancelOrders", "updateAddress", "updateMemo", "listRefunds",
            "approveRefund", "rejectRefund", "createProduct", "updateProduct", "shelveProducts", "unshelveProducts",
            "listCustomers", "listCoupons", "createCoupon", "stopCoupon", "issueCoupon", "couponGrants", "traffic",
            "dsr", "sellThrough", "sellerLevel", "simulate");

    private PullFixture() {
    }

    /** 6 days of 50 carts a day: a few hundred orders, several pages of everything. */
    static SandboxConfig config(Path dir) {
        return SandboxConfig.of(dir).withSeed(11).withCreatedAt(CREATED).withHistory(6, 50);
    }

    static GatewayClient client(SandboxServer server) {
        Credentials c = server.credentials();
        return new GatewayClient(GatewayConfig.of(server.baseUri().toString(), c.appId(), c.appSecret(),
                c.authCode()).withProxy(ProxySetting.NONE).withCallsPerMinute(1_000_000));
    }

    /** A clock that reads the sandbox's simulated clock (the platform's "now"). */
    static Clock platformClock(SandboxServer server) {
        return new Clock() {
            @Override
            public ZoneOffset getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return this;
            }

            @Override
            public Instant instant() {
                return server.shop().clock();
            }
        };
    }

    static PullOptions options(SandboxServer server) {
        return PullOptions.defaults().withClock(platformClock(server)).withHistoryStart(CREATED.minusSeconds(10 * 86400));
    }

    /** Every call through the wrapper that was answered: method name and first argument. */
    record Call(String method, Object firstArg) {
    }

    interface Fault {
        /** Throws to fail the call (before it reaches the platform). */
        void before(String method, int callNumber);
    }

    /** Wraps an api: records calls, may inject faults, may answer 0005 for the extensions. */
    static final class Recording {
        final List<Call> calls = new CopyOnWriteArrayList<>();
        final ConcurrentHashMap<String, AtomicInteger> perMethod = new ConcurrentHashMap<>();
        volatile Fault fault = (m, n) -> { };
        volatile boolean noExtensions;

        PlatformApi wrap(PlatformApi api) {
            return (PlatformApi) Proxy.newProxyInstance(PlatformApi.class.getClassLoader(),
                    new Class<?>[] {PlatformApi.class}, (proxy, method, args) -> {
                        if (method.getDeclaringClass() == Object.class) {
                            return method.invoke(api, args);
                        }
                        String name = method.getName();
                        int n = perMethod.computeIfAbsent(name, k -> new AtomicInteger()).incrementAndGet();
                        if (noExtensions && EXTENSIONS.contains(name)) {
                            throw new ApiException("wharf." + name, ApiCode.UNKNOWN_METHOD, "unknown method");
                        }
                        fault.before(name, n);
                        try {
                            Object result = method.invoke(api, args);
                            calls.add(new Call(name, args == null || args.length == 0 ? null : args[0]));
                            return result;
                        } catch (InvocationTargetException e) {
                            throw e.getCause();
                        }
                    });
        }

        List<Object> args(String method) {
            List<Object> out = new ArrayList<>();
            for (Call c : calls) {
                if (c.method().equals(method)) {
                    out.add(c.firstArg());
                }
            }
            return out;
        }

        int count(String method) {
            AtomicInteger n = perMethod.get(method);
            return n == null ? 0 : n.get();
        }
    }

    static long count(Database db, String sql, Object... args) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement(sql)) {
                for (int i = 0; i < args.length; i++) {
                    ps.setObject(i + 1, args[i]);
                }
                try (ResultSet rs = ps.executeQuery()) {
                    return rs.next() ? rs.getLong(1) : 0L;
                }
            }
        });
    }

    static List<Long> sandboxIds(SandboxServer server, String sql, Object... args) {
        return TestQueries.longs(server.shop().database(), sql, args);
    }

    /** One row of the local orders table as text, for before/after comparisons. */
    static String orderRow(Database db, String orderId) {
        return db.read(c -> {
            try (PreparedStatement ps = c.prepareStatement("SELECT * FROM orders WHERE order_id = ?")) {
                ps.setString(1, orderId);
                try (ResultSet rs = ps.executeQuery()) {
                    if (!rs.next()) {
                        return null;
                    }
                    Object[] values = new Object[rs.getMetaData().getColumnCount()];
                    for (int i = 0; i < values.length; i++) {
                        values[i] = rs.getObject(i + 1);
                    }
                    return Arrays.toString(values);
                }
            }
        });
    }
}
