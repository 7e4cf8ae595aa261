package dev.wharf.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wharf.platform.GatewayRequest;
import dev.wharf.platform.GatewayTime;
import dev.wharf.platform.Json;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

/** A tiny raw gateway caller for tests (java.net.http + Signer), until the okhttp GatewayClient is in. */
final class SandboxCaller {
    private static final AtomicLong NONCES = new AtomicLong();
    static final ObjectMapper MAPPER = Json.mapper();

    private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI gateway;
    private final Credentials credentials;

    SandboxCaller(SandboxServer server) {
        this(server.gatewayUri(), server.credentials());
    }

    SandboxCaller(URI gateway, Credentials credentials) {
        this.gateway = gateway;
        this.credentials = credentials;
    }

    static String nonce() {
        return "n" + System.nanoTime() + "x" + NONCES.incrementAndGet();
    }

    static String now() {
        return GatewayTime.format(Instant.now());
    }

    static String json(Object biz) {
        try {
            return biz instanceof String s ? s : MAPPER.writeValueAsString(biz);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A correctly signed request envelope for this method and business parameters (object or JSON text). */
    GatewayRequest signed(String method, Object biz) {
        return GatewayRequest.signed(credentials.appId(), credentials.appSecret(), credentials.authCode(), method,
                now(), nonce(), biz == null ? null : json(biz));
    }

    static Map<String, Object> body(GatewayRequest r) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("sign_method", r.signMethod());
        m.put("auth_code", r.authCode());
        m.put("timestamp", r.timestamp());
        m.put("nonce_str", r.nonceStr());
        if (r.bizContent() != null) {
            m.put("biz_content", r.bizContent());
        }
        m.put("sign", r.sign());
        return m;
    }

    /** Sends a signed call and returns the whole response envelope. */
    JsonNode call(String method, Object biz) {
        GatewayRequest r = signed(method, biz);
        return send(r.appId(), method, json(body(r)));
    }

    /** Sends a signed call, asserts code 0000 and returns its content as {@code type}. */
    <T> T ok(String method, Object biz, Class<T> type) {
        JsonNode response = call(method, biz);
        assertThat(response.get("code").asText()).as(response.toString()).isEqualTo("0000");
        try {
            return MAPPER.treeToValue(response.get("content"), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    JsonNode send(String appId, String method, String body) {
        HttpResponse<String> response = sendRaw("app_id=" + enc(appId) + "&method=" + enc(method), body);
        assertThat(response.statusCode()).isEqualTo(200);
        try {
            return MAPPER.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> sendRaw(String query, String body) {
        HttpRequest request = HttpRequest.newBuilder(URI.create(gateway + (query == null ? "" : "?" + query)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build();
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    HttpResponse<String> get() {
        try {
            return http.send(HttpRequest.newBuilder(gateway).GET().build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
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
