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
import dev.wharf.platform.dto.MemoUpdateRequest;
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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import okhttp3.OkHttpClient;

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
    /** Differences between the kept offset and a Date header's evidence below this are ignored. */
    public static final Duration CLOCK_TOLERANCE = Duration.ofSeconds(5);
    static final int NONCE_LENGTH = 32;

    private final GatewayConfig config;
    private final ObjectMapper mapper = Json.mapper();
    private final GatewayEnvelope envelope;
    private final GatewayTransport transport;

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
        this.envelope = new GatewayEnvelope(config, mapper);
        this.transport = new GatewayTransport(config, clock, limiter, customizer, mapper, envelope);
    }

    public GatewayConfig config() {
        return config;
    }

    // ---------------------------------------------------------------- clock

    /** The gateway's clock as this client estimates it: local time plus the offset. */
    public Instant now() {
        return transport.now();
    }

    /** The current estimate of gateway time minus local time. */
    public Duration clockOffset() {
        return transport.clockOffset();
    }

    /**
     * A time the gateway's clock has certainly reached, from the freshest {@code Date} header and this JVM's monotonic
     * clock (at most about a second behind the gateway, whatever the local clock says); empty until an answer with a
     * {@code Date} has arrived. The outbox records it when it sends a write (decision 0007).
     */
    public Optional<Instant> platformTimeAtLeast() {
        return transport.timeAtLeast();
    }

    /** Takes {@code serverTime} as the gateway's time now: later timestamps are shifted by the difference. */
    public void adjustClock(Instant serverTime) {
        transport.adjustClock(serverTime);
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
        Paging.requireBatch(Methods.ORDER_ACCEPT, orderIds);
        return call(Methods.ORDER_ACCEPT, new AcceptOrdersRequest(orderIds), true, batchOf(OrderResult.class));
    }

    @Override
    public BatchResult<OrderResult> deliverOrders(List<DeliverOrdersRequest.DeliverOrder> deliveries) {
        Paging.requireBatch(Methods.ORDER_DELIVER, deliveries);
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
            throw Paging.tooMany(Methods.PRODUCT_LIST, "product ids", request.productidList().size());
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
        Paging.requireBatch(Methods.SKU_STOCK_UPDATE, stocks);
        return call(Methods.SKU_STOCK_UPDATE, new SkuStockUpdateRequest(stocks), true, batchOf(SkuResult.class));
    }

    @Override
    public BatchResult<SkuResult> updatePrices(List<SkuPriceUpdateRequest.SkuPrice> prices) {
        Paging.requireBatch(Methods.SKU_PRICE_UPDATE, prices);
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
        Paging.requireBatch(Methods.ORDER_CANCEL, cancellations);
        return call(Methods.ORDER_CANCEL, new CancelOrdersRequest(cancellations), true, batchOf(OrderResult.class));
    }

    @Override
    public BatchResult<OrderResult> updateAddress(AddressUpdateRequest request) {
        return call(Methods.ORDER_ADDRESS_UPDATE, Objects.requireNonNull(request, "request"), true,
                batchOf(OrderResult.class));
    }

    @Override
    public BatchResult<OrderResult> updateMemo(MemoUpdateRequest request) {
        return call(Methods.ORDER_MEMO_UPDATE, Objects.requireNonNull(request, "request"), true,
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
        Paging.requireBatch(Methods.PRODUCT_SHELVE, productIds);
        return call(Methods.PRODUCT_SHELVE, new ProductShelveRequest(productIds), true,
                batchOf(ProductResult.class));
    }

    @Override
    public BatchResult<dev.wharf.platform.dto.ImageResult> uploadImage(
            dev.wharf.platform.dto.ImageUploadRequest request) {
        return call(Methods.PRODUCT_IMAGE_UPLOAD, Objects.requireNonNull(request, "request"), true,
                batchOf(dev.wharf.platform.dto.ImageResult.class));
    }

    @Override
    public BatchResult<ProductResult> unshelveProducts(List<String> productIds) {
        Paging.requireBatch(Methods.PRODUCT_UNSHELVE, productIds);
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
        Paging.requireBatch(Methods.COUPON_ISSUE, buyerIds);
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
        return transport.execute(method, bizContent == null ? null : toJson(method, bizContent), write);
    }

    // ---------------------------------------------------------------- machinery

    private <T> T call(String method, Object biz, boolean write, Class<T> type) {
        return call(method, biz, write, mapper.constructType(type));
    }

    private <T> T call(String method, Object biz, boolean write, JavaType type) {
        JsonNode content = transport.execute(method, biz == null ? null : toJson(method, biz), write);
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
        return envelope.toJson(method, biz);
    }

    /** Closes idle connections and the dispatcher; calls after this throw IllegalStateException. */
    @Override
    public void close() {
        transport.close();
    }
}
