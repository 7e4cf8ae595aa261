package dev.wharf.platform;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import okhttp3.Authenticator;
import okhttp3.Call;
import okhttp3.Credentials;
import okhttp3.EventListener;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The okhttp side of {@link GatewayClient}: the read and write clients (proxy, timeouts, no redirects), rate-limited
 * attempts, the one retry of a read, HTTP and I/O failures as {@link TransportException}, and the gateway clock
 * offset learnt from {@code Date} headers. Logs under {@link GatewayClient}'s logger.
 */
final class GatewayTransport {
    private static final Logger log = LoggerFactory.getLogger(GatewayClient.class);
    private static final MediaType JSON_UTF8 = MediaType.get("application/json; charset=utf-8");

    private final GatewayConfig config;
    private final HttpUrl endpoint;
    private final OkHttpClient readClient;
    private final OkHttpClient writeClient;
    private final ObjectMapper mapper;
    private final GatewayEnvelope envelope;
    private final RateLimiter limiter;
    private final Clock clock;
    private final AtomicLong clockOffsetMillis = new AtomicLong();
    private final AtomicReference<DateEvidence> lastDate = new AtomicReference<>();
    private volatile boolean closed;

    GatewayTransport(GatewayConfig config, Clock clock, RateLimiter limiter, Consumer<OkHttpClient.Builder> customizer,
                     ObjectMapper mapper, GatewayEnvelope envelope) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
        this.mapper = mapper;
        this.envelope = envelope;
        this.endpoint = config.endpoint();
        OkHttpClient.Builder builder = new OkHttpClient.Builder()
                .connectTimeout(config.connectTimeout())
                .readTimeout(config.readTimeout())
                .writeTimeout(config.writeTimeout())
                .callTimeout(config.callTimeout())
                // A redirected POST would come back as a GET (or go to another host with the auth code).
                .followRedirects(false)
                .followSslRedirects(false)
                .eventListenerFactory(SendTracker::forCall);
        configureProxy(builder, config.proxy());
        customizer.accept(builder);
        this.readClient = builder.build();
        // Shares the connection pool and dispatcher with the read client.
        this.writeClient = readClient.newBuilder().retryOnConnectionFailure(false).build();
    }

    // ---------------------------------------------------------------- clock

    Instant now() {
        return clock.instant().plusMillis(clockOffsetMillis.get());
    }

    Duration clockOffset() {
        return Duration.ofMillis(clockOffsetMillis.get());
    }

    void adjustClock(Instant serverTime) {
        Objects.requireNonNull(serverTime, "serverTime");
        long offset = serverTime.toEpochMilli() - clock.millis();
        clockOffsetMillis.set(offset);
        log.debug("clock offset set to {} ms", offset);
    }

    /**
     * A time the gateway's clock has certainly reached: the freshest {@code Date} header plus the time elapsed on
     * this JVM's monotonic clock since that answer arrived. The header names a second the gateway had reached when it
     * answered (HTTP dates drop the fraction), and the answer was written before it arrived, so the bound is at most
     * one second plus the answer's travel time behind the gateway's real clock, whatever the local clock says.
     * Empty until an answer with a {@code Date} has arrived.
     */
    Optional<Instant> timeAtLeast() {
        DateEvidence e = lastDate.get();
        if (e == null) {
            return Optional.empty();
        }
        long elapsedMillis = Math.max(0, (System.nanoTime() - e.arrivedNanos()) / 1_000_000);
        return Optional.of(e.date().plusMillis(elapsedMillis));
    }

    /** One {@code Date} header and when (monotonic nanos) its answer arrived. */
    private record DateEvidence(Instant date, long arrivedNanos) {
    }

    private void observeServerTime(Instant serverTime) {
        lastDate.set(new DateEvidence(serverTime, System.nanoTime()));
        long observed = serverTime.toEpochMilli() - clock.millis();
        long current = clockOffsetMillis.get();
        if (Math.abs(observed - current) > GatewayClient.CLOCK_TOLERANCE.toMillis()) {
            clockOffsetMillis.set(observed);
            log.info("gateway clock differs from the local one by {} s; timestamps follow the gateway's",
                    observed / 1000);
        }
    }

    // ---------------------------------------------------------------- sending

    /** Sends the call (once for a write, at most twice for a read) and returns the content of a 0000 answer. */
    JsonNode execute(String method, String bizJson, boolean write) {
        if (closed) {
            throw new IllegalStateException("the gateway client is closed");
        }
        for (int attempt = 1; ; attempt++) {
            try {
                return attempt(method, bizJson, write);
            } catch (ConnectionFailure failure) {
                if (!write && attempt == 1) {
                    log.debug("{} attempt 1 failed ({}); trying once more", method, failure.getCause().toString());
                    continue;
                }
                throw failure.exception;
            }
        }
    }

    private JsonNode attempt(String method, String bizJson, boolean write) throws ConnectionFailure {
        try {
            limiter.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new TransportException(method, method + ": interrupted while waiting for the rate limiter", false,
                    0, e);
        }
        String body = envelope.signedBody(method, now(), bizJson);
        HttpUrl url = endpoint.newBuilder()
                .addQueryParameter("app_id", config.appId())
                .addQueryParameter("method", method)
                .build();
        SendTracker tracker = new SendTracker();
        Request request = new Request.Builder()
                .url(url)
                .post(RequestBody.create(body, JSON_UTF8))
                .header("User-Agent", config.userAgent())
                .header("Accept", "application/json")
                .tag(SendTracker.class, tracker)
                .build();
        long started = System.nanoTime();
        Call call = (write ? writeClient : readClient).newCall(request);
        try (Response response = call.execute()) {
            return answer(method, response, started);
        } catch (IOException e) {
            boolean sent = tracker.sent;
            TransportException failure = new TransportException(method, method + ": no answer from the gateway ("
                    + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()) + "); "
                    + (sent ? "the request had been sent and may have been applied"
                    : "the request was not sent"), sent, 0, e);
            log.debug("{} failed after {} ms: {}", method, millisSince(started), e.toString());
            if (e instanceof InterruptedIOException) {
                throw failure; // a timeout or an interrupt: never repeated
            }
            throw new ConnectionFailure(failure, e);
        }
    }

    private JsonNode answer(String method, Response response, long started) throws IOException {
        int status = response.code();
        ResponseBody responseBody = response.body();
        String text = responseBody == null ? "" : responseBody.string();
        if (!response.isSuccessful()) {
            log.debug("{} -> HTTP {} in {} ms", method, status, millisSince(started));
            boolean proxyRefused = status == 407;
            throw new TransportException(method, method + ": HTTP " + status + describeStatus(status), !proxyRefused,
                    status, null);
        }
        GatewayEnvelope.Reply reply = GatewayEnvelope.parse(mapper, text);
        if (reply == null) {
            log.debug("{} -> HTTP {} without an envelope in {} ms", method, status, millisSince(started));
            MediaType type = responseBody == null ? null : responseBody.contentType();
            throw new TransportException(method, method + ": the answer is not the gateway's JSON envelope (HTTP "
                    + status + ", " + text.getBytes(StandardCharsets.UTF_8).length + " bytes"
                    + (type == null ? "" : " of " + type) + ")", true, status, null);
        }
        Date date = response.headers().getDate("Date");
        Instant serverTime = date == null ? null : date.toInstant();
        if (serverTime != null) {
            observeServerTime(serverTime);
        }
        log.debug("{} -> {} in {} ms", method, reply.code(), millisSince(started));
        return reply.contentOrThrow(method, serverTime);
    }

    private static String describeStatus(int status) {
        if (status == 407) {
            return " (the proxy wants other credentials; check the proxy settings)";
        }
        if (status == 429) {
            return " (too many requests: the gateway is throttling)";
        }
        if (status >= 500) {
            return " (the gateway or a proxy failed)";
        }
        if (status >= 300 && status < 400) {
            return " (a redirect; check the gateway address)";
        }
        return "";
    }

    private static long millisSince(long startNanos) {
        return TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - startNanos);
    }

    private static void configureProxy(OkHttpClient.Builder builder, ProxySetting proxy) {
        switch (proxy.mode()) {
            case SYSTEM -> builder.proxySelector(new SystemProxySelector())
                    .proxyAuthenticator(Authenticator.JAVA_NET_AUTHENTICATOR);
            case NONE -> builder.proxy(Proxy.NO_PROXY);
            case HTTP -> {
                builder.proxy(new Proxy(Proxy.Type.HTTP, InetSocketAddress.createUnresolved(proxy.host(),
                        proxy.port())));
                if (proxy.hasCredentials()) {
                    String credentials = Credentials.basic(proxy.user(), proxy.password(), StandardCharsets.UTF_8);
                    builder.proxyAuthenticator((route, response) -> {
                        if (credentials.equals(response.request().header("Proxy-Authorization"))) {
                            return null; // these credentials were refused already: give up (HTTP 407)
                        }
                        return response.request().newBuilder().header("Proxy-Authorization", credentials).build();
                    });
                }
            }
            default -> throw new IllegalStateException("unknown proxy mode " + proxy.mode());
        }
    }

    /** Closes idle connections and the dispatcher; calls after this throw IllegalStateException. */
    void close() {
        closed = true;
        readClient.dispatcher().executorService().shutdown();
        readClient.connectionPool().evictAll();
    }

    /**
     * The JVM's proxy selector, looked up whenever a new connection is opened (okhttp on its own keeps the one it
     * found when the client was built). Pooled connections are reused until they idle out.
     */
    private static final class SystemProxySelector extends ProxySelector {
        @Override
        public List<Proxy> select(URI uri) {
            ProxySelector system = ProxySelector.getDefault();
            if (system == null || system == this) {
                return List.of(Proxy.NO_PROXY);
            }
            List<Proxy> proxies = system.select(uri);
            return proxies == null || proxies.isEmpty() ? List.of(Proxy.NO_PROXY) : proxies;
        }

        @Override
        public void connectFailed(URI uri, SocketAddress address, IOException e) {
            ProxySelector system = ProxySelector.getDefault();
            if (system != null && system != this) {
                system.connectFailed(uri, address, e);
            }
        }
    }

    /** Records whether the request (headers and body) had been written when a call fails. */
    private static final class SendTracker extends EventListener {
        private volatile boolean sent;

        static EventListener forCall(Call call) {
            SendTracker tracker = call.request().tag(SendTracker.class);
            return tracker == null ? EventListener.NONE : tracker;
        }

        @Override
        public void requestHeadersEnd(Call call, Request request) {
            if (request.body() == null) {
                sent = true;
            }
        }

        @Override
        public void requestBodyEnd(Call call, long byteCount) {
            sent = true;
        }
    }

    /** A connection failure (not a timeout) that a read may try once more. */
    private static final class ConnectionFailure extends Exception {
        private static final long serialVersionUID = 1L;
        private final transient TransportException exception;

        ConnectionFailure(TransportException exception, IOException cause) {
            super(cause);
            this.exception = exception;
        }
    }
}
