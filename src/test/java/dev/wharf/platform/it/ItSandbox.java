package dev.wharf.platform.it;

import dev.wharf.store.TestQueries;
import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wharf.platform.GatewayClient;
import dev.wharf.platform.GatewayConfig;
import dev.wharf.platform.GatewayRequest;
import dev.wharf.platform.GatewayTime;
import dev.wharf.platform.Json;
import dev.wharf.platform.ProxySetting;
import dev.wharf.sandbox.Credentials;
import dev.wharf.sandbox.SandboxConfig;
import dev.wharf.sandbox.SandboxServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Test helper of the client-against-sandbox suite: a small fixed demo shop (like the sandbox's own SandboxFixture:
 * created for 2025-03-01 10:00 GMT+8 with 3 days of 40 carts a day), a {@link GatewayClient} for a server, SQL
 * look-ups of the sandbox's state for test set-up, and a raw signed caller for envelopes the client never sends.
 */
final class ItSandbox {
    static final Instant CREATED = Instant.parse("2025-03-01T02:00:00Z");
    /** An order-time window around every order of a {@link #config} shop. */
    static final String WINDOW_START = "2025-01-01 00:00:00";
    static final String WINDOW_END = "2026-01-01 00:00:00";
    static final ObjectMapper MAPPER = Json.mapper();
    private static final AtomicLong NONCES = new AtomicLong();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ItSandbox() {
    }

    static SandboxConfig config(Path dir, long seed) {
        return SandboxConfig.of(dir).withSeed(seed).withCreatedAt(CREATED).withHistory(3, 40);
    }

    /** The client of a sandbox's shop: no proxy (loopback), and a rate limit that never slows a test down. */
    static GatewayClient client(SandboxServer server) {
        Credentials c = server.credentials();
        return client(server.baseUri().toString(), c.appId(), c.appSecret(), c.authCode());
    }

    static GatewayClient client(String baseUrl, String appId, String appSecret, String authCode) {
        return new GatewayClient(GatewayConfig.of(baseUrl, appId, appSecret, authCode)
                .withProxy(ProxySetting.NONE).withCallsPerMinute(100_000));
    }

    /** Ids (first column, as long) found by a SQL query on the sandbox's state (test set-up only). */
    static List<Long> ids(SandboxServer server, String sql, Object... args) {
        return TestQueries.longs(server.shop().database(), sql, args);
    }

    /** Texts (first column) found by a SQL query on the sandbox's state. */
    static List<String> strings(SandboxServer server, String sql, Object... args) {
        return TestQueries.strings(server.shop().database(), sql, args);
    }

    static long scalar(SandboxServer server, String sql, Object... args) {
        return ids(server, sql, args).get(0);
    }

    /** Orders of this status (and SQL condition on {@code orders}), lowest ids first. */
    static List<Long> orders(SandboxServer server, int status, String condition, int n) {
        return ids(server, "SELECT order_id FROM orders WHERE status = ? AND " + condition
                + " ORDER BY order_id LIMIT ?", status, n);
    }

    /**
     * A correctly signed call with {@code bizContent} sent exactly as given (the client would always send valid
     * JSON of a record), over java.net.http; returns the whole envelope.
     */
    static JsonNode raw(SandboxServer server, String method, String bizContent) {
        Credentials c = server.credentials();
        GatewayRequest r = GatewayRequest.signed(c.appId(), c.appSecret(), c.authCode(), method,
                GatewayTime.format(Instant.now()), "it" + System.nanoTime() + "n" + NONCES.incrementAndGet(),
                bizContent);
        URI uri = URI.create(server.gatewayUri() + "?app_id=" + enc(c.appId()) + "&method=" + enc(method));
        try {
            HttpResponse<String> response = HTTP.send(HttpRequest.newBuilder(uri)
                            .header("Content-Type", "application/json; charset=utf-8")
                            .POST(HttpRequest.BodyPublishers.ofString(MAPPER.writeValueAsString(r),
                                    StandardCharsets.UTF_8)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertThat(response.statusCode()).isEqualTo(200);
            return MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
