package dev.wharf.sandbox.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wharf.platform.GatewayRequest;
import dev.wharf.platform.GatewayTime;
import dev.wharf.platform.Json;
import dev.wharf.platform.Methods;
import dev.wharf.platform.dto.OrderListRequest;
import dev.wharf.sandbox.Credentials;
import dev.wharf.sandbox.SandboxConfig;
import dev.wharf.sandbox.SandboxServer;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Times {@code ymatou.order.list.get} (100 rows) against a sandbox holding at least 100,000 orders, through a real
 * HTTP client on loopback. Builds the sandbox on the first run with the simulation path (about a minute) and reuses
 * it afterwards.
 *
 * <pre>
 * ./mvnw -q test-compile exec:java -Dexec.classpathScope=test \
 *     -Dmain.class=dev.wharf.sandbox.bench.OrderListBenchmark -Dexec.args="target/bench-sandbox 100000 300"
 * </pre>
 * Arguments: data folder, minimum number of orders, timed calls per query shape.
 */
public final class OrderListBenchmark {
    private static final ObjectMapper MAPPER = Json.mapper();

    private OrderListBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path dir = Path.of(args.length > 0 ? args[0] : "target/bench-sandbox");
        int minOrders = args.length > 1 ? Integer.parseInt(args[1]) : 100_000;
        int calls = args.length > 2 ? Integer.parseInt(args[2]) : 300;
        SandboxConfig config = SandboxConfig.of(dir).withSeed(42).withCreatedAt(Instant.parse("2025-03-01T02:00:00Z"))
                .withHistory(30, 40);
        try (SandboxServer server = SandboxServer.start(config)) {
            long t0 = System.nanoTime();
            long orders = count(server);
            while (orders < minOrders) {
                server.shop().simulate(5000, 24 * 60);
                orders = count(server);
                System.out.printf(Locale.ROOT, "  generating: %,d orders (%.0f s)%n", orders,
                        (System.nanoTime() - t0) / 1e9);
            }
            System.out.printf(Locale.ROOT, "sandbox %s: %,d orders, %s on disk%n", dir.toAbsolutePath(), orders,
                    mb(server.shop().database().sizeOnDisk()));
            HttpClient http = HttpClient.newHttpClient();
            Credentials c = server.credentials();
            String from = "2025-01-01 00:00:00";
            String to = "2026-12-31 23:59:59";
            Map<String, OrderListRequest> shapes = new LinkedHashMap<>();
            shapes.put("all statuses, by order time, desc, page 1", new OrderListRequest("", 1, 0, from, to, 1, 100, true));
            shapes.put("status 1,2,3, by order time, asc, page 50", new OrderListRequest("1,2,3", 1, 1, from, to, 50, 100, true));
            shapes.put("status 2, by paid time, desc, page 3", new OrderListRequest("2", 2, 0, from, to, 3, 100, true));
            shapes.put("status 17, by order time, asc, page 1", new OrderListRequest("17", 1, 1, from, to, 1, 100, true));
            shapes.put("all statuses, one day by order time, page 1", new OrderListRequest("", 1, 1,
                    "2025-03-10 00:00:00", "2025-03-10 23:59:59", 1, 100, true));
            List<Double> all = new ArrayList<>();
            for (Map.Entry<String, OrderListRequest> shape : shapes.entrySet()) {
                String biz = MAPPER.writeValueAsString(shape.getValue());
                for (int i = 0; i < 30; i++) {
                    call(http, server, c, biz); // warm-up
                }
                double[] ms = new double[calls];
                int rows = 0;
                for (int i = 0; i < calls; i++) {
                    long s = System.nanoTime();
                    rows = call(http, server, c, biz);
                    ms[i] = (System.nanoTime() - s) / 1e6;
                    all.add(ms[i]);
                }
                Arrays.sort(ms);
                System.out.printf(Locale.ROOT, "%-48s rows %3d  median %6.2f ms  p95 %6.2f ms  max %6.2f ms%n",
                        shape.getKey(), rows, ms[calls / 2], ms[(int) (calls * 0.95)], ms[calls - 1]);
            }
            double[] every = all.stream().mapToDouble(Double::doubleValue).sorted().toArray();
            System.out.printf(Locale.ROOT, "%-48s %d calls   median %6.2f ms  p95 %6.2f ms%n", "overall",
                    every.length, every[every.length / 2], every[(int) (every.length * 0.95)]);
        }
    }

    private static long count(SandboxServer server) {
        return server.shop().database().read(c -> {
            try (var s = c.createStatement(); var rs = s.executeQuery("SELECT count(*) FROM orders")) {
                rs.next();
                return rs.getLong(1);
            }
        });
    }

    private static int call(HttpClient http, SandboxServer server, Credentials c, String biz) throws Exception {
        GatewayRequest r = GatewayRequest.signed(c.appId(), c.appSecret(), c.authCode(), Methods.ORDER_LIST,
                GatewayTime.format(Instant.now()), Long.toHexString(System.nanoTime()) + "b", biz);
        Map<String, String> body = new LinkedHashMap<>();
        body.put("sign_method", r.signMethod());
        body.put("auth_code", r.authCode());
        body.put("timestamp", r.timestamp());
        body.put("nonce_str", r.nonceStr());
        body.put("biz_content", r.bizContent());
        body.put("sign", r.sign());
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.gatewayUri() + "?app_id=" + c.appId()
                        + "&method=" + Methods.ORDER_LIST)).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(body), StandardCharsets.UTF_8))
                .build();
        HttpResponse<byte[]> response = http.send(request, HttpResponse.BodyHandlers.ofByteArray());
        JsonNode json = MAPPER.readTree(response.body());
        if (!"0000".equals(json.get("code").asText())) {
            throw new IllegalStateException("order.list.get failed: " + json);
        }
        return json.get("content").get("orders_info").size();
    }

    private static String mb(long bytes) {
        return String.format(Locale.ROOT, "%.1f MB", bytes / 1024.0 / 1024.0);
    }
}
