package dev.wharf.platform;

import java.time.Clock;
import java.time.Duration;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;

/** Gateway answers for MockWebServer, and clients pointed at it. */
final class Envelopes {
    static final String APP_ID = "zWYVVFagTfenOHDPTm";
    static final String SECRET = "cvxEvN7q2ixmN6Y8DFRJmuP79H2zxctK";
    static final String AUTH = "UkeV6CUfk8OKKv1UkjEmfBDU75ZjunA0";

    private Envelopes() {
    }

    static MockResponse ok(String contentJson) {
        return json("{\"code\":\"0000\",\"message\":\"\",\"content\":" + contentJson + "}");
    }

    static MockResponse code(String code, String message) {
        return json("{\"code\":\"" + code + "\",\"message\":\"" + message + "\",\"content\":null}");
    }

    static MockResponse json(String body) {
        return new MockResponse().setHeader("Content-Type", "application/json;charset=UTF-8").setBody(body);
    }

    static String baseUrl(MockWebServer server) {
        return "http://127.0.0.1:" + server.getPort();
    }

    /** Short timeouts (the tests wait for them), a limit that never blocks the tests. */
    static GatewayConfig config(String baseUrl) {
        return GatewayConfig.of(baseUrl, APP_ID, SECRET, AUTH)
                .withTimeouts(Duration.ofSeconds(2), Duration.ofSeconds(2), Duration.ofSeconds(2),
                        Duration.ofSeconds(5))
                .withCallsPerMinute(6000);
    }

    static GatewayClient client(GatewayConfig config) {
        return client(config, builder -> {
        });
    }

    static GatewayClient client(GatewayConfig config, Consumer<OkHttpClient.Builder> customizer) {
        return new GatewayClient(config, Clock.systemUTC(), new RateLimiter(config.callsPerMinute()), customizer);
    }
}
