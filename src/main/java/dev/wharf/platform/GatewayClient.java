package dev.wharf.platform;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JavaType;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wharf.platform.dto.AcceptOrdersRequest;
import dev.wharf.platform.dto.AddressUpdateRequest;
import dev.wharf.platform.dto.BatchResult;
import dev.wharf.platform.dto.CancelOrdersRequest;
import dev.wharf.platform.dto.CompassRequest;
import dev.wharf.platform.dto.CouponCreateRequest;
import dev.wharf.platform.dto.CouponGrantsResponse;
import dev.wharf.platform.dto.CouponInfo;
import dev.wharf.platform.dto.CouponIssueResult;
import dev.wharf.platform.dto.CouponListResponse;
import dev.wharf.platform.dto.CouponRequest;
import dev.wharf.platform.dto.CustomerListResponse;
import dev.wharf.platform.dto.DeliverOrdersRequest;
import dev.wharf.platform.dto.DsrResponse;
import dev.wharf.platform.dto.ItemResult;
import dev.wharf.platform.dto.LogisticsCompaniesResponse;
import dev.wharf.platform.dto.OrderChangesRequest;
import dev.wharf.platform.dto.OrderChangesResponse;
import dev.wharf.platform.dto.OrderDetailRequest;
import dev.wharf.platform.dto.OrderDetailResponse;
import dev.wharf.platform.dto.OrderInfo;
import dev.wharf.platform.dto.OrderListRequest;
import dev.wharf.platform.dto.OrderListResponse;
import dev.wharf.platform.dto.OrderResult;
import dev.wharf.platform.dto.PageRequest;
import dev.wharf.platform.dto.ProductDetailRequest;
import dev.wharf.platform.dto.ProductDetailResponse;
import dev.wharf.platform.dto.ProductInfo;
import dev.wharf.platform.dto.ProductListRequest;
import dev.wharf.platform.dto.ProductListResponse;
import dev.wharf.platform.dto.ProductResult;
import dev.wharf.platform.dto.ProductShelveRequest;
import dev.wharf.platform.dto.ProductWriteRequest;
import dev.wharf.platform.dto.RefundDecisionRequest;
import dev.wharf.platform.dto.RefundListRequest;
import dev.wharf.platform.dto.RefundListResponse;
import dev.wharf.platform.dto.RefundResult;
import dev.wharf.platform.dto.SellThroughResponse;
import dev.wharf.platform.dto.SellerLevelResponse;
import dev.wharf.platform.dto.SimulateRequest;
import dev.wharf.platform.dto.SimulateResponse;
import dev.wharf.platform.dto.SkuPriceUpdateRequest;
import dev.wharf.platform.dto.SkuResult;
import dev.wharf.platform.dto.SkuStockUpdateRequest;
import dev.wharf.platform.dto.TrafficResponse;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.math.BigDecimal;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
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
 * The platform over HTTP: every {@link PlatformApi} method is one signed {@code POST {base}/apigateway/v1?app_id=…
 * &method=…} (see docs/platform-api.md).
 *
 * <p><b>Retries.</b> A write (any call that changes state) goes out at most once: its okhttp client has
 * {@code retryOnConnectionFailure(false)} and this class never repeats it; when it fails without an answer,
 * {@link PlatformException#mayHaveBeenApplied()} says whether the request had been sent, and the sync layer
 * decides. A read keeps okhttp's default (which recovers stale pooled connections and tries other addresses of the
 * host) and is repeated once more, freshly signed, after a connection failure that is not a timeout.
 *
 * <p><b>Errors.</b> No usable HTTP answer, a status other than 2xx, or a body that is not the gateway's envelope:
 * {@link TransportException}. An envelope with a code other than 0000: {@link ApiException#of(String, String,
 * String, Instant)}.
 *
 * <p><b>Clock.</b> Timestamps are the local clock plus an offset the client keeps. Every envelope that arrives
 * with a {@code Date} header is evidence of the gateway's clock: when it differs from the current estimate by more
 * than {@link #CLOCK_TOLERANCE} (the header has one-second resolution, so smaller differences are noise) the offset
 * is set from it. So after a 0003 ({@link ClockSkewException}) that carried a Date, the next call is already
 * stamped right; {@link #adjustClock(Instant)} sets the offset explicitly.
 *
 * <p><b>Rate.</b> Every attempt first takes a slot from the {@link RateLimiter} (blocking, interruptible).
 *
 * <p><b>Secrets.</b> The app secret never leaves this object except as part of an MD5; neither it nor the auth code
 * appears in a log line or an exception message. Logging: method, outcome and duration at DEBUG.
 */
public final class GatewayClient implements PlatformApi, AutoCloseable {
    private static final Logger log = LoggerFactory.getLogger(GatewayClient.class);
    private static final MediaType JSON_UTF8 = MediaType.get("application/json; charset=utf-8");
    private static final String NONCE_ALPHABET = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    static final int NONCE_LENGTH = 32;
    /** Differences between the kept offset and a Date header's evidence below this are ignored. */
    public static final Duration CLOCK_TOLERANCE = Duration.ofSeconds(5);

    private final GatewayConfig config;
    private final HttpUrl endpoint;
    private final OkHttpClient readClient;
    private final OkHttpClient writeClient;
    private final ObjectMapper mapper = Json.mapper();
    private final RateLimiter limiter;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();
    private final AtomicLong clockOffsetMillis = new AtomicLong();
    private volatile boolean closed;

    public GatewayClient(GatewayConfig config) {
        this(config, Clock.systemUTC(), new RateLimiter(config.callsPerMinute()), builder -> {
        });
    }

    /**
     * For tests and the sandbox: a clock for timestamps, a limiter (possibly shared by several clients of one app),
     * and a last say on the okhttp client (e.g. a fake DNS).
     */
    GatewayClient(GatewayConfig config, Clock clock, RateLimiter limiter, Consumer<OkHttpClient.Builder> customizer) {
        this.config = Objects.requireNonNull(config, "config");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.limiter = Objects.requireNonNull(limiter, "limiter");
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

    public GatewayConfig config() {
        return config;
    }

    // ---------------------------------------------------------------- clock

    /** The gateway's clock as this client estimates it: local time plus the offset. */
    public Instant now() {
        return clock.instant().plusMillis(clockOffsetMillis.get());
    }

    /** The current estimate of gateway time minus local time. */
    public Duration clockOffset() {
        return Duration.ofMillis(clockOffsetMillis.get());
    }

    /** Takes {@code serverTime} as the gateway's time now: later timestamps are shifted by the difference. */
    public void adjustClock(Instant serverTime) {
        Objects.requireNonNull(serverTime, "serverTime");
        long offset = serverTime.toEpochMilli() - clock.millis();
        clockOffsetMillis.set(offset);
        log.debug("clock offset set to {} ms", offset);
    }

    private void observeServerTime(Instant serverTime) {
        long observed = serverTime.toEpochMilli() - clock.millis();
        long current = clockOffsetMillis.get();
        if (Math.abs(observed - current) > CLOCK_TOLERANCE.toMillis()) {
            clockOffsetMillis.set(observed);
            log.info("gateway clock differs from the local one by {} s; timestamps follow the gateway's",
                    observed / 1000);
        }
    }

    // ---------------------------------------------------------------- documented methods

    @Override
    public OrderListResponse listOrders(OrderListRequest request) {
        return call(Methods.ORDER_LIST, Objects.requireNonNull(request, "request"), false, OrderListResponse.class);
    }

    /** The order, or null when the gateway answers 0000 without one. */
    @Override
    public OrderInfo orderDetail(long orderId, boolean needsDeliveryInfo) {
        return call(Methods.ORDER_DETAIL, new OrderDetailRequest(orderId, needsDeliveryInfo), false,
                OrderDetailResponse.class).orderInfo();
    }

    @Override
    public BatchResult<OrderResult> acceptOrders(List<Long> orderIds) {
        requireBatch(Methods.ORDER_ACCEPT, orderIds);
        return call(Methods.ORDER_ACCEPT, new AcceptOrdersRequest(orderIds), true, batchOf(OrderResult.class));
    }

    @Override
    public BatchResult<OrderResult> deliverOrders(List<DeliverOrdersRequest.DeliverOrder> deliveries) {
        requireBatch(Methods.ORDER_DELIVER, deliveries);
        return call(Methods.ORDER_DELIVER, new DeliverOrdersRequest(deliveries), true, batchOf(OrderResult.class));
    }

    @Override
    public List<LogisticsCompaniesResponse.LogisticsCompany> logisticsCompanies() {
        return call(Methods.LOGISTICS_COMPANIES, null, false, LogisticsCompaniesResponse.class)
                .logisticsCompanies();
    }

    @Override
    public ProductListResponse listProducts(ProductListRequest request) {
        Objects.requireNonNull(request, "request");
        if (request.productidList() != null && request.productidList().size() > Paging.MAX_BATCH) {
            throw tooMany(Methods.PRODUCT_LIST, "product ids", request.productidList().size());
        }
        return call(Methods.PRODUCT_LIST, request, false, ProductListResponse.class);
    }

    /** The product, or null when the gateway answers 0000 without one. */
    @Override
    public ProductInfo productDetail(String productId) {
        return call(Methods.PRODUCT_DETAIL, new ProductDetailRequest(Objects.requireNonNull(productId, "productId")),
                false, ProductDetailResponse.class).productInfo();
    }

    @Override
    public BatchResult<SkuResult> updateStock(List<SkuStockUpdateRequest.SkuStock> stocks) {
        requireBatch(Methods.SKU_STOCK_UPDATE, stocks);
        return call(Methods.SKU_STOCK_UPDATE, new SkuStockUpdateRequest(stocks), true, batchOf(SkuResult.class));
    }

    @Override
    public BatchResult<SkuResult> updatePrices(List<SkuPriceUpdateRequest.SkuPrice> prices) {
        requireBatch(Methods.SKU_PRICE_UPDATE, prices);
        return call(Methods.SKU_PRICE_UPDATE, new SkuPriceUpdateRequest(prices), true, batchOf(SkuResult.class));
    }

    // ---------------------------------------------------------------- Wharf extensions

    @Override
    public OrderChangesResponse orderChanges(OrderChangesRequest request) {
        return call(Methods.ORDER_CHANGES, Objects.requireNonNull(request, "request"), false,
                OrderChangesResponse.class);
    }

    @Override
    public BatchResult<OrderResult> cancelOrders(List<CancelOrdersRequest.CancelOrder> cancellations) {
        requireBatch(Methods.ORDER_CANCEL, cancellations);
        return call(Methods.ORDER_CANCEL, new CancelOrdersRequest(cancellations), true, batchOf(OrderResult.class));
    }

    @Override
    public BatchResult<OrderResult> updateAddress(AddressUpdateRequest request) {
        return call(Methods.ORDER_ADDRESS_UPDATE, Objects.requireNonNull(request, "request"), true,
                batchOf(OrderResult.class));
    }

    @Override
    public RefundListResponse listRefunds(RefundListRequest request) {
        return call(Methods.REFUND_LIST, Objects.requireNonNull(request, "request"), false,
                RefundListResponse.class);
    }

    @Override
    public BatchResult<RefundResult> approveRefund(String refundId, BigDecimal confirmedAmount) {
        return call(Methods.REFUND_APPROVE,
                new RefundDecisionRequest(Objects.requireNonNull(refundId, "refundId"), confirmedAmount, null), true,
                batchOf(RefundResult.class));
    }

    @Override
    public BatchResult<RefundResult> rejectRefund(String refundId, String reason) {
        return call(Methods.REFUND_REJECT,
                new RefundDecisionRequest(Objects.requireNonNull(refundId, "refundId"), null, reason), true,
                batchOf(RefundResult.class));
    }

    @Override
    public BatchResult<ProductResult> createProduct(ProductWriteRequest request) {
        return call(Methods.PRODUCT_CREATE, Objects.requireNonNull(request, "request"), true,
                batchOf(ProductResult.class));
    }

    @Override
    public BatchResult<ProductResult> updateProduct(ProductWriteRequest request) {
        return call(Methods.PRODUCT_UPDATE, Objects.requireNonNull(request, "request"), true,
                batchOf(ProductResult.class));
    }

    @Override
    public BatchResult<ProductResult> shelveProducts(List<String> productIds) {
        requireBatch(Methods.PRODUCT_SHELVE, productIds);
        return call(Methods.PRODUCT_SHELVE, new ProductShelveRequest(productIds), true,
                batchOf(ProductResult.class));
    }

    @Override
    public BatchResult<ProductResult> unshelveProducts(List<String> productIds) {
        requireBatch(Methods.PRODUCT_UNSHELVE, productIds);
        return call(Methods.PRODUCT_UNSHELVE, new ProductShelveRequest(productIds), true,
                batchOf(ProductResult.class));
    }

    @Override
    public CustomerListResponse listCustomers(PageRequest request) {
        return call(Methods.CUSTOMER_LIST, Objects.requireNonNull(request, "request"), false,
                CustomerListResponse.class);
    }

    @Override
    public CouponListResponse listCoupons(PageRequest request) {
        return call(Methods.COUPON_LIST, Objects.requireNonNull(request, "request"), false,
                CouponListResponse.class);
    }

    @Override
    public CouponInfo createCoupon(CouponCreateRequest request) {
        return call(Methods.COUPON_CREATE, Objects.requireNonNull(request, "request"), true, CouponInfo.class);
    }

    @Override
    public CouponInfo stopCoupon(String couponId) {
        return call(Methods.COUPON_STOP,
                new CouponRequest(Objects.requireNonNull(couponId, "couponId"), null, null, null), true,
                CouponInfo.class);
    }

    @Override
    public BatchResult<CouponIssueResult> issueCoupon(String couponId, List<String> buyerIds) {
        requireBatch(Methods.COUPON_ISSUE, buyerIds);
        return call(Methods.COUPON_ISSUE,
                new CouponRequest(Objects.requireNonNull(couponId, "couponId"), buyerIds, null, null), true,
                batchOf(CouponIssueResult.class));
    }

    @Override
    public CouponGrantsResponse couponGrants(String couponId, int pageNo, int pageRows) {
        return call(Methods.COUPON_GRANTS,
                new CouponRequest(Objects.requireNonNull(couponId, "couponId"), null, pageNo, pageRows), false,
                CouponGrantsResponse.class);
    }

    @Override
    public TrafficResponse traffic(CompassRequest request) {
        return call(Methods.COMPASS_TRAFFIC, Objects.requireNonNull(request, "request"), false,
                TrafficResponse.class);
    }

    @Override
    public DsrResponse dsr() {
        return call(Methods.COMPASS_DSR, null, false, DsrResponse.class);
    }

    @Override
    public SellThroughResponse sellThrough(CompassRequest request) {
        return call(Methods.COMPASS_SELL_THROUGH, Objects.requireNonNull(request, "request"), false,
                SellThroughResponse.class);
    }

    @Override
    public SellerLevelResponse sellerLevel() {
        return call(Methods.COMPASS_SELLER_LEVEL, null, false, SellerLevelResponse.class);
    }

    @Override
    public SimulateResponse simulate(SimulateRequest request) {
        return call(Methods.SANDBOX_SIMULATE, Objects.requireNonNull(request, "request"), true,
                SimulateResponse.class);
    }

    // ---------------------------------------------------------------- raw access

    /**
     * Calls any gateway method with any business parameters (serialised with {@link Json}; null for none) and
     * returns the envelope's content as sent (null when there is none). {@code write} selects the no-retry path.
     * For tools and tests of the protocol itself; the typed methods are the normal way in.
     */
    public JsonNode invoke(String method, Object bizContent, boolean write) {
        Objects.requireNonNull(method, "method");
        return execute(method, bizContent == null ? null : toJson(method, bizContent), write);
    }

    // ---------------------------------------------------------------- machinery

    private <T> T call(String method, Object biz, boolean write, Class<T> type) {
        return call(method, biz, write, mapper.constructType(type));
    }

    private <T> T call(String method, Object biz, boolean write, JavaType type) {
        JsonNode content = execute(method, biz == null ? null : toJson(method, biz), write);
        JsonNode source = content == null || content.isNull() || content.isMissingNode()
                ? mapper.createObjectNode() : content;
        try {
            return mapper.treeToValue(source, type);
        } catch (JsonProcessingException e) {
            throw new TransportException(method, method + ": the gateway answered 0000 but its content does not"
                    + " have the expected shape (" + e.getOriginalMessage() + ")", true, 200, e);
        } catch (IllegalArgumentException e) {
            throw new TransportException(method, method + ": the gateway answered 0000 but its content does not"
                    + " have the expected shape", true, 200, e);
        }
    }

    private JavaType batchOf(Class<? extends ItemResult> item) {
        return mapper.getTypeFactory().constructParametricType(BatchResult.class, item);
    }

    private String toJson(String method, Object biz) {
        try {
            return mapper.writeValueAsString(biz);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException(method + ": business parameters cannot be written as JSON", e);
        }
    }

    private static void requireBatch(String method, List<?> items) {
        Objects.requireNonNull(items, "items");
        if (items.isEmpty()) {
            throw new IllegalArgumentException(method + " needs at least one item");
        }
        if (items.size() > Paging.MAX_BATCH) {
            throw tooMany(method, "items", items.size());
        }
    }

    private static IllegalArgumentException tooMany(String method, String what, int size) {
        return new IllegalArgumentException(method + " takes at most " + Paging.MAX_BATCH + " " + what
                + " per call, got " + size + "; split them with Paging.chunks(list, " + Paging.MAX_BATCH + ")");
    }

    /** Sends the call (once for a write, at most twice for a read) and returns the content of a 0000 answer. */
    private JsonNode execute(String method, String bizJson, boolean write) {
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
        GatewayRequest signed = GatewayRequest.signed(config.appId(), config.appSecret(), config.authCode(), method,
                GatewayTime.format(now()), nonce(), bizJson);
        String body = toJson(method, signed);
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
        JsonNode root;
        try {
            root = mapper.readTree(text);
        } catch (JsonProcessingException e) {
            root = null;
        }
        JsonNode codeNode = root == null || !root.isObject() ? null : root.get("code");
        if (codeNode == null || !codeNode.isValueNode() || codeNode.isNull()) {
            log.debug("{} -> HTTP {} without an envelope in {} ms", method, status, millisSince(started));
            MediaType type = responseBody == null ? null : responseBody.contentType();
            throw new TransportException(method, method + ": the answer is not the gateway's JSON envelope (HTTP "
                    + status + ", " + text.getBytes(StandardCharsets.UTF_8).length + " bytes"
                    + (type == null ? "" : " of " + type) + ")", true, status, null);
        }
        String code = codeNode.asText();
        JsonNode messageNode = root.get("message");
        String message = messageNode == null || messageNode.isNull() ? null : messageNode.asText();
        Date date = response.headers().getDate("Date");
        Instant serverTime = date == null ? null : date.toInstant();
        if (serverTime != null) {
            observeServerTime(serverTime);
        }
        log.debug("{} -> {} in {} ms", method, code, millisSince(started));
        if (!ApiCode.SUCCESS.code().equals(code)) {
            throw ApiException.of(method, code, message, serverTime);
        }
        return root.get("content");
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

    private String nonce() {
        char[] out = new char[NONCE_LENGTH];
        for (int i = 0; i < out.length; i++) {
            out[i] = NONCE_ALPHABET.charAt(random.nextInt(NONCE_ALPHABET.length()));
        }
        return new String(out);
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
    @Override
    public void close() {
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
