package dev.wharf.platform;

import dev.wharf.common.Version;
import java.time.Duration;
import java.util.Objects;
import okhttp3.HttpUrl;

/**
 * Everything {@link GatewayClient} needs to reach one shop on the gateway.
 *
 * @param baseUrl        scheme, host and port of the gateway, e.g. {@code https://open.ymatou.com} or a sandbox's
 *                       {@code http://127.0.0.1:PORT}; the client appends {@code /apigateway/v1}
 * @param appId          the application id (travels in the URL; not a secret)
 * @param appSecret      the signing secret (never sent, never logged)
 * @param authCode       the seller's authorisation code (sent in the body, never logged)
 * @param connectTimeout TCP (and TLS) connect, default 10 s
 * @param readTimeout    longest silence while waiting for or reading the answer, default 30 s
 * @param writeTimeout   longest stall while sending the request, default 30 s
 * @param callTimeout    the whole call from DNS to the last byte, default 60 s
 * @param proxy          {@link ProxySetting#SYSTEM} by default
 * @param callsPerMinute the client-side rate limit, default 300 (half the 600 per minute Wharf assumes as the
 *                       platform's ceiling; the handbook publishes none)
 * @param userAgent      default {@code Wharf/<version>}
 */
public record GatewayConfig(String baseUrl, String appId, String appSecret, String authCode,
                            Duration connectTimeout, Duration readTimeout, Duration writeTimeout,
                            Duration callTimeout, ProxySetting proxy, int callsPerMinute, String userAgent) {

    public static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    public static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(30);
    public static final Duration DEFAULT_CALL_TIMEOUT = Duration.ofSeconds(60);
    public static final int DEFAULT_CALLS_PER_MINUTE = 300;
    public static final String PRODUCTION_URL = "https://open.ymatou.com";

    public GatewayConfig {
        Objects.requireNonNull(baseUrl, "baseUrl");
        HttpUrl parsed = HttpUrl.parse(baseUrl.strip());
        if (parsed == null) {
            throw new IllegalArgumentException("not an http(s) URL: " + baseUrl);
        }
        baseUrl = baseUrl.strip();
        if (appId == null || appId.isBlank()) {
            throw new IllegalArgumentException("appId is required");
        }
        if (appSecret == null || appSecret.isEmpty()) {
            throw new IllegalArgumentException("appSecret is required");
        }
        if (authCode == null || authCode.isEmpty()) {
            throw new IllegalArgumentException("authCode is required");
        }
        connectTimeout = positive(connectTimeout, DEFAULT_CONNECT_TIMEOUT, "connectTimeout");
        readTimeout = positive(readTimeout, DEFAULT_READ_TIMEOUT, "readTimeout");
        writeTimeout = positive(writeTimeout, DEFAULT_WRITE_TIMEOUT, "writeTimeout");
        callTimeout = positive(callTimeout, DEFAULT_CALL_TIMEOUT, "callTimeout");
        proxy = proxy == null ? ProxySetting.SYSTEM : proxy;
        if (callsPerMinute < 1) {
            throw new IllegalArgumentException("callsPerMinute must be at least 1, got " + callsPerMinute);
        }
        userAgent = userAgent == null || userAgent.isBlank() ? defaultUserAgent() : userAgent;
    }

    /** A configuration with every default. */
    public static GatewayConfig of(String baseUrl, String appId, String appSecret, String authCode) {
        return new GatewayConfig(baseUrl, appId, appSecret, authCode, null, null, null, null, null,
                DEFAULT_CALLS_PER_MINUTE, null);
    }

    public static String defaultUserAgent() {
        return "Wharf/" + Version.current();
    }

    public GatewayConfig withTimeouts(Duration connect, Duration read, Duration write, Duration call) {
        return new GatewayConfig(baseUrl, appId, appSecret, authCode, connect, read, write, call, proxy,
                callsPerMinute, userAgent);
    }

    public GatewayConfig withProxy(ProxySetting newProxy) {
        return new GatewayConfig(baseUrl, appId, appSecret, authCode, connectTimeout, readTimeout, writeTimeout,
                callTimeout, newProxy, callsPerMinute, userAgent);
    }

    public GatewayConfig withCallsPerMinute(int perMinute) {
        return new GatewayConfig(baseUrl, appId, appSecret, authCode, connectTimeout, readTimeout, writeTimeout,
                callTimeout, proxy, perMinute, userAgent);
    }

    public GatewayConfig withUserAgent(String agent) {
        return new GatewayConfig(baseUrl, appId, appSecret, authCode, connectTimeout, readTimeout, writeTimeout,
                callTimeout, proxy, callsPerMinute, agent);
    }

    /** The endpoint: {@code {base}/apigateway/v1} (query parameters are added per call). */
    public HttpUrl endpoint() {
        return HttpUrl.get(baseUrl).newBuilder().addPathSegments("apigateway/v1").build();
    }

    private static Duration positive(Duration value, Duration fallback, String name) {
        if (value == null) {
            return fallback;
        }
        if (value.isNegative() || value.isZero()) {
            throw new IllegalArgumentException(name + " must be positive, got " + value);
        }
        return value;
    }

    /** Masks the app secret and the auth code (and the proxy password). */
    @Override
    public String toString() {
        return "GatewayConfig[baseUrl=" + baseUrl + ", appId=" + appId + ", appSecret=***, authCode=***"
                + ", connectTimeout=" + connectTimeout + ", readTimeout=" + readTimeout
                + ", writeTimeout=" + writeTimeout + ", callTimeout=" + callTimeout + ", proxy=" + proxy
                + ", callsPerMinute=" + callsPerMinute + ", userAgent=" + userAgent + "]";
    }
}
