package dev.wharf.sandbox;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import dev.wharf.platform.ApiCode;
import dev.wharf.platform.GatewayResponse;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox platform on a real loopback port: {@code POST /apigateway/v1?app_id=…&method=…} with the gateway's
 * JSON envelope, answered with HTTP 200 and {@code {code, message, content}} as the real gateway does (a
 * {@code Date} header included). JDK {@link HttpServer} with a bounded pool of worker threads; no extra dependency.
 *
 * <pre>
 *   try (SandboxServer server = SandboxServer.start(SandboxConfig.of(dir))) {
 *       URI base = server.baseUri();          // http://127.0.0.1:PORT
 *       Credentials credentials = server.credentials();
 *   }
 * </pre>
 */
public final class SandboxServer implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(SandboxServer.class);
    public static final String PATH = "/apigateway/v1";
    static final int MAX_BODY_BYTES = 1 << 20;
    private static final AtomicInteger THREADS = new AtomicInteger();

    static {
        // Without TCP_NODELAY a small answer waits for the client's delayed ACK: ~40 ms per call on Linux.
        // The JDK server reads this property once, when its configuration class loads.
        if (System.getProperty("sun.net.httpserver.nodelay") == null) {
            System.setProperty("sun.net.httpserver.nodelay", "true");
        }
    }

    private final HttpServer http;
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService housekeeping;
    private final SandboxShop shop;
    private final NonceRegistry nonces;
    private final Gateway gateway;
    private final Credentials credentials;
    private final SandboxConfig config;
    private final ObjectMapper mapper;
    private volatile boolean closed;

    private SandboxServer(SandboxConfig config, SandboxShop shop, MethodRegistry registry) throws IOException {
        this.config = config;
        this.shop = shop;
        this.credentials = config.credentials() != null ? config.credentials() : Credentials.derivedFrom(shop.seed());
        this.nonces = new NonceRegistry(shop.database(), config.wallClock().millis());
        this.gateway = new Gateway(credentials, config.wallClock(), registry, nonces, shop, config.faultEvery());
        this.mapper = gateway.contentMapper();
        this.workers = new ThreadPoolExecutor(config.threads(), config.threads(), 30, TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(256), r -> {
                    Thread t = new Thread(r, "wharf-sandbox-http-" + THREADS.incrementAndGet());
                    t.setDaemon(true);
                    return t;
                }, new ThreadPoolExecutor.CallerRunsPolicy());
        this.http = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), config.port()), 128);
        http.createContext(PATH, this::serve);
        http.createContext(SandboxImages.PATH, shop.images()::serve);
        http.createContext("/", this::notFound);
        http.setExecutor(workers);
        this.housekeeping = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "wharf-sandbox-nonces");
            t.setDaemon(true);
            return t;
        });
        housekeeping.scheduleWithFixedDelay(this::flushNonces, 500, 500, TimeUnit.MILLISECONDS);
        http.start();
        shop.images().setBase(baseUri());
    }

    /** Opens (or creates) the sandbox shop of {@code config.dataDir()} and serves it with the standard methods. */
    public static SandboxServer start(SandboxConfig config) {
        return start(config, SandboxMethods.standard());
    }

    /** Like {@link #start(SandboxConfig)} with another method registry (tests, feature extensions). */
    public static SandboxServer start(SandboxConfig config, MethodRegistry registry) {
        SandboxShop shop = SandboxShop.open(config);
        try {
            SandboxServer server = new SandboxServer(config, shop, registry);
            LOG.info("Sandbox platform serving {} on {}", config.databaseFile(), server.baseUri());
            return server;
        } catch (IOException e) {
            shop.close();
            throw new UncheckedIOException("Could not listen on 127.0.0.1:" + config.port() + ": " + e.getMessage(), e);
        } catch (RuntimeException e) {
            shop.close();
            throw e;
        }
    }

    public int port() {
        return http.getAddress().getPort();
    }

    /** {@code http://127.0.0.1:PORT} (the gateway path is {@link #PATH}). */
    public java.net.URI baseUri() {
        return java.net.URI.create("http://" + http.getAddress().getAddress().getHostAddress() + ":" + port());
    }

    /** The full gateway URL without query: {@code http://127.0.0.1:PORT/apigateway/v1}. */
    public java.net.URI gatewayUri() {
        return baseUri().resolve(PATH);
    }

    public Credentials credentials() {
        return credentials;
    }

    public SandboxShop shop() {
        return shop;
    }

    public Gateway gateway() {
        return gateway;
    }

    private void serve(HttpExchange exchange) throws IOException {
        try (exchange) {
            GatewayResponse response;
            if (!PATH.equals(exchange.getRequestURI().getPath())) {
                send(exchange, 404, null);
                return;
            }
            if (!"POST".equalsIgnoreCase(exchange.getRequestMethod())) {
                exchange.getResponseHeaders().set("Allow", "POST");
                response = GatewayResponse.error(ApiCode.INVALID_PARAMETER,
                        Texts.both("请使用POST请求", "use POST"));
            } else {
                byte[] body = readBody(exchange.getRequestBody());
                response = body == null
                        ? GatewayResponse.error(ApiCode.INVALID_PARAMETER, Texts.both("请求报文过大", "body too large"))
                        : gateway.handle(query(exchange.getRequestURI().getRawQuery()), body);
            }
            send(exchange, 200, response);
        } catch (IOException | RuntimeException e) {
            LOG.debug("sandbox exchange failed", e);
            throw e;
        }
    }

    private void notFound(HttpExchange exchange) throws IOException {
        try (exchange) {
            send(exchange, 404, null);
        }
    }

    private void send(HttpExchange exchange, int status, GatewayResponse response) throws IOException {
        exchange.getResponseHeaders().set("Date",
                DateTimeFormatter.RFC_1123_DATE_TIME.format(config.wallClock().instant().atOffset(ZoneOffset.UTC)));
        if (response == null) {
            exchange.sendResponseHeaders(status, -1);
            return;
        }
        ObjectNode envelope = mapper.createObjectNode();
        envelope.put("code", response.code());
        envelope.put("message", response.message());
        envelope.set("content", response.content());
        byte[] bytes = mapper.writeValueAsBytes(envelope);
        exchange.getResponseHeaders().set("Content-Type", "application/json;charset=UTF-8");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static byte[] readBody(InputStream in) throws IOException {
        byte[] bytes = in.readNBytes(MAX_BODY_BYTES + 1);
        return bytes.length > MAX_BODY_BYTES ? null : bytes;
    }

    static Map<String, String> query(String raw) {
        Map<String, String> params = new LinkedHashMap<>();
        if (raw == null || raw.isEmpty()) {
            return params;
        }
        for (String pair : raw.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            params.putIfAbsent(key, value);
        }
        return params;
    }

    private void flushNonces() {
        try {
            nonces.flush(config.wallClock().millis());
        } catch (RuntimeException e) {
            if (!closed) {
                LOG.warn("could not save the sandbox's nonces", e);
            }
        }
    }

    /** Stops listening (waiting up to a second for calls in flight), saves the nonces and closes the database. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        http.stop(1);
        workers.shutdown();
        housekeeping.shutdown();
        try {
            workers.awaitTermination(5, TimeUnit.SECONDS);
            housekeeping.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        flushNonces();
        closed = true;
        shop.close();
        LOG.info("Sandbox platform stopped");
    }
}
