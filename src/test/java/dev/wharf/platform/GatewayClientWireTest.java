package dev.wharf.platform;

import static dev.wharf.platform.Envelopes.APP_ID;
import static dev.wharf.platform.Envelopes.AUTH;
import static dev.wharf.platform.Envelopes.SECRET;
import static dev.wharf.platform.Envelopes.code;
import static dev.wharf.platform.Envelopes.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.within;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.read.ListAppender;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.wharf.platform.dto.AddressUpdateRequest;
import dev.wharf.platform.dto.BatchResult;
import dev.wharf.platform.dto.CancelOrdersRequest;
import dev.wharf.platform.dto.CompassRequest;
import dev.wharf.platform.dto.CouponCreateRequest;
import dev.wharf.platform.dto.DeliverOrdersRequest;
import dev.wharf.platform.dto.OrderChangesRequest;
import dev.wharf.platform.dto.OrderListRequest;
import dev.wharf.platform.dto.OrderResult;
import dev.wharf.platform.dto.PageRequest;
import dev.wharf.platform.dto.ProductListRequest;
import dev.wharf.platform.dto.ProductWriteRequest;
import dev.wharf.platform.dto.RefundListRequest;
import dev.wharf.platform.dto.SimulateRequest;
import dev.wharf.platform.dto.SkuPriceUpdateRequest;
import dev.wharf.platform.dto.SkuStockUpdateRequest;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import java.util.stream.IntStream;
import java.util.stream.LongStream;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import okhttp3.mockwebserver.SocketPolicy;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.slf4j.LoggerFactory;

/** The client against okhttp's MockWebServer on the loopback: request shape, wire faults, error codes, clock. */
class GatewayClientWireTest {
    private static final String ACCEPTED = "{\"results\":[{\"order_id\":1,\"exec_success\":true,\"msg\":\"\"}]}";
    private static final String COMPANIES = "{\"logistics_companies\":[{\"company_code\":\"Y073\","
            + "\"short_name\":\"shunfeng\",\"company_name\":\"顺丰速运\"}]}";
    private static final DateTimeFormatter HTTP_DATE =
            DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US).withZone(ZoneOffset.UTC);

    private final ObjectMapper mapper = Json.mapper();
    private final List<Throwable> failures = new ArrayList<>();
    private MockWebServer server;
    private GatewayClient client;
    private ListAppender<ILoggingEvent> logs;
    private Level previousLevel;

    @BeforeEach
    void start() throws IOException {
        server = new MockWebServer();
        server.start(InetAddress.getByName("127.0.0.1"), 0);
        client = Envelopes.client(Envelopes.config(Envelopes.baseUrl(server)));
        Logger logger = (Logger) LoggerFactory.getLogger(GatewayClient.class);
        previousLevel = logger.getLevel();
        logger.setLevel(Level.DEBUG);
        logger.setAdditive(false); // captured here, not printed
        logs = new ListAppender<>();
        logs.start();
        logger.addAppender(logs);
    }

    @AfterEach
    void stop() throws IOException {
        Logger logger = (Logger) LoggerFactory.getLogger(GatewayClient.class);
        logger.detachAppender(logs);
        logger.setLevel(previousLevel);
        logger.setAdditive(true);
        client.close();
        server.shutdown();
        // Whatever a test did, no secret reached a log line or an exception message.
        for (ILoggingEvent event : logs.list) {
            assertThat(event.getFormattedMessage()).doesNotContain(SECRET).doesNotContain(AUTH);
        }
        for (Throwable failure : failures) {
            for (Throwable t = failure; t != null; t = t.getCause()) {
                assertThat(String.valueOf(t.getMessage())).doesNotContain(SECRET).doesNotContain(AUTH);
            }
        }
    }

    /** Runs a call that must fail and keeps the exception for the secret check in {@link #stop()}. */
    private <T extends Throwable> T failure(Class<T> type, Runnable call) {
        T thrown = catchThrowableOfType(type, call::run);
        assertThat(thrown).as("expected %s", type.getSimpleName()).isNotNull();
        failures.add(thrown);
        return thrown;
    }

    private Map<String, Object> body(RecordedRequest request) throws IOException {
        return mapper.readValue(request.getBody().readUtf8(), new TypeReference<>() {
        });
    }

    private RecordedRequest take() throws InterruptedException {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request).as("a request reached the server").isNotNull();
        return request;
    }

    private static Instant timestampOf(Map<String, Object> body) {
        return GatewayTime.parse((String) body.get("timestamp"));
    }

    // ------------------------------------------------------------------ request shape

    @Test
    void requestIsASignedJsonPostWithAppIdAndMethodInTheQuery() throws Exception {
        server.enqueue(ok(ACCEPTED));
        server.enqueue(ok(ACCEPTED));

        BatchResult<OrderResult> result = client.acceptOrders(List.of(1L, 2L));
        client.acceptOrders(List.of(3L));

        assertThat(result.results()).singleElement().extracting(OrderResult::execSuccess).isEqualTo(true);
        RecordedRequest first = take();
        assertThat(first.getMethod()).isEqualTo("POST");
        assertThat(first.getRequestUrl().encodedPath()).isEqualTo("/apigateway/v1");
        assertThat(first.getRequestUrl().queryParameter("app_id")).isEqualTo(APP_ID);
        assertThat(first.getRequestUrl().queryParameter("method")).isEqualTo("ymatou.order.accept");
        assertThat(first.getHeader("Content-Type")).isEqualToIgnoringCase("application/json; charset=utf-8");
        assertThat(first.getHeader("User-Agent")).startsWith("Wharf/");
        assertThat(first.getHeader("Accept-Encoding")).isEqualTo("gzip");

        Map<String, Object> body = body(first);
        assertThat(body).containsEntry("app_id", APP_ID).containsEntry("method", "ymatou.order.accept")
                .containsEntry("sign_method", "MD5").containsEntry("auth_code", AUTH)
                .doesNotContainKey("app_secret");
        assertThat(body.values()).doesNotContain(SECRET);

        Map<String, String> signed = new HashMap<>();
        body.forEach((k, v) -> signed.put(k, (String) v));
        assertThat(Signer.sign(signed, SECRET)).isEqualTo(body.get("sign"));

        assertThat((String) body.get("timestamp")).matches("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}");
        assertThat(timestampOf(body)).isCloseTo(Instant.now(), within(5, ChronoUnit.SECONDS));

        assertThat(body.get("biz_content")).isInstanceOf(String.class);
        JsonNode biz = mapper.readTree((String) body.get("biz_content"));
        assertThat(biz.get("order_ids").toString()).isEqualTo("[1,2]");

        String nonce = (String) body.get("nonce_str");
        assertThat(nonce).matches("[A-Za-z0-9]{1,32}");
        assertThat(body(take()).get("nonce_str")).isNotEqualTo(nonce);
    }

    @Test
    void timestampIsGmtPlus8() throws Exception {
        server.enqueue(ok(COMPANIES));

        client.logisticsCompanies();

        String stamp = (String) body(take()).get("timestamp");
        String utcPlus8Now = DateTimeFormatter.ofPattern("yyyy-MM-dd HH").withZone(ZoneOffset.ofHours(8))
                .format(Instant.now());
        // The hour in GMT+8 (allowing for the call straddling the full hour).
        assertThat(stamp.substring(0, 13)).isIn(utcPlus8Now, DateTimeFormatter.ofPattern("yyyy-MM-dd HH")
                .withZone(ZoneOffset.ofHours(8)).format(Instant.now().minusSeconds(60)));
    }

    @Test
    void methodsWithoutParametersSendNoBizContent() throws Exception {
        server.enqueue(ok(COMPANIES));

        assertThat(client.logisticsCompanies()).singleElement()
                .satisfies(c -> assertThat(c.companyCode()).isEqualTo("Y073"));

        Map<String, Object> body = body(take());
        assertThat(body).doesNotContainKey("biz_content");
        Map<String, String> signed = new HashMap<>();
        body.forEach((k, v) -> signed.put(k, (String) v));
        assertThat(Signer.sign(signed, SECRET)).isEqualTo(body.get("sign"));
    }

    @Test
    void gzipAnswersAreDecodedTransparently() {
        okio.Buffer gzipped = new okio.Buffer();
        try (okio.BufferedSink sink = okio.Okio.buffer(new okio.GzipSink(gzipped))) {
            sink.writeUtf8("{\"code\":\"0000\",\"message\":\"\",\"content\":" + COMPANIES + "}");
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        server.enqueue(new MockResponse().setHeader("Content-Encoding", "gzip")
                .setHeader("Content-Type", "application/json").setBody(gzipped));

        assertThat(client.logisticsCompanies()).hasSize(1);
    }

    // ------------------------------------------------------------------ wire faults

    @Test
    void slowAnswerBeyondTheReadTimeoutMayHaveBeenApplied() throws Exception {
        GatewayClient impatient = Envelopes.client(Envelopes.config(Envelopes.baseUrl(server))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofSeconds(2),
                        Duration.ofSeconds(10)));
        server.enqueue(ok(ACCEPTED).setHeadersDelay(2, TimeUnit.SECONDS));

        TransportException e = failure(TransportException.class, () -> impatient.acceptOrders(List.of(1L)));

        assertThat(e.mayHaveBeenApplied()).isTrue();
        assertThat(e.isTransient()).isTrue();
        assertThat(e.httpStatus()).isZero();
        assertThat(e.method()).isEqualTo(Methods.ORDER_ACCEPT);
        assertThat(e.getMessage()).contains("ymatou.order.accept").contains("may have been applied");
        assertThat(server.getRequestCount()).isEqualTo(1);
        impatient.close();
    }

    @Test
    void aReadThatTimesOutIsNotRepeated() {
        GatewayClient impatient = Envelopes.client(Envelopes.config(Envelopes.baseUrl(server))
                .withTimeouts(Duration.ofSeconds(2), Duration.ofMillis(300), Duration.ofSeconds(2),
                        Duration.ofSeconds(10)));
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.NO_RESPONSE));
        server.enqueue(ok(COMPANIES));

        failure(TransportException.class, impatient::logisticsCompanies);

        assertThat(server.getRequestCount()).isEqualTo(1);
        impatient.close();
    }

    @ParameterizedTest(name = "pooled connection: {0}")
    @ValueSource(booleans = {false, true})
    void aWriteWhoseConnectionDropsAfterTheRequestIsSentExactlyOnce(boolean pooled) throws Exception {
        if (pooled) {
            // okhttp's silent retry bites hardest here: a pooled connection that fails is retried on a new one.
            server.enqueue(ok(COMPANIES));
            client.logisticsCompanies();
            take();
        }
        int before = server.getRequestCount();
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
        server.enqueue(ok(ACCEPTED)); // a silent retry would get this and succeed

        TransportException e = failure(TransportException.class, () -> client.acceptOrders(List.of(1L)));

        assertThat(e.mayHaveBeenApplied()).isTrue();
        assertThat(e.httpStatus()).isZero();
        assertThat(server.getRequestCount() - before).isEqualTo(1);
        assertThat(body(take()).get("method")).isEqualTo(Methods.ORDER_ACCEPT);
        // The next call gets the answer that was still queued: nothing consumed it behind our back.
        assertThat(client.acceptOrders(List.of(1L)).results()).hasSize(1);
        assertThat(server.getRequestCount() - before).isEqualTo(2);
    }

    @Test
    void everyWriteGoesOutOnceOnADroppedConnection() {
        List<Consumer<GatewayClient>> writes = List.of(
                c -> c.deliverOrders(List.of(new DeliverOrdersRequest.DeliverOrder(1L, "Y073", "T1", null))),
                c -> c.updateStock(List.of(new SkuStockUpdateRequest.SkuStock("s", 1))),
                c -> c.updatePrices(List.of(new SkuPriceUpdateRequest.SkuPrice("s", BigDecimal.TEN, null, null))),
                c -> c.cancelOrders(List.of(new CancelOrdersRequest.CancelOrder(1L, "缺货"))),
                c -> c.shelveProducts(List.of("p")),
                c -> c.stopCoupon("c"));
        for (Consumer<GatewayClient> write : writes) {
            int before = server.getRequestCount();
            server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
            server.enqueue(ok("{}"));

            TransportException e = failure(TransportException.class, () -> write.accept(client));

            assertThat(e.mayHaveBeenApplied()).isTrue();
            assertThat(server.getRequestCount()).as(e.method()).isEqualTo(before + 1);
            client.invoke("wharf.drain", null, true); // consumes the queued answer
        }
    }

    /** Every PlatformApi method, the gateway method it calls, and whether it changes state. */
    private static List<Object[]> everyMethod() {
        CompassRequest week = new CompassRequest("2024-05-01", "2024-05-07");
        PageRequest page = new PageRequest(1, 100, null);
        return List.of(
                new Object[] {Methods.ORDER_LIST, false, (Consumer<PlatformApi>) c -> c.listOrders(
                        new OrderListRequest(null, 1, 1, "2024-05-01 00:00:00", "2024-05-02 00:00:00", 1, 100, null))},
                new Object[] {Methods.ORDER_DETAIL, false, (Consumer<PlatformApi>) c -> c.orderDetail(1L, true)},
                new Object[] {Methods.ORDER_ACCEPT, true, (Consumer<PlatformApi>) c -> c.acceptOrders(List.of(1L))},
                new Object[] {Methods.ORDER_DELIVER, true, (Consumer<PlatformApi>) c -> c.deliverOrders(
                        List.of(new DeliverOrdersRequest.DeliverOrder(1L, "Y073", "T", null)))},
                new Object[] {Methods.LOGISTICS_COMPANIES, false, (Consumer<PlatformApi>) PlatformApi::logisticsCompanies},
                new Object[] {Methods.PRODUCT_LIST, false, (Consumer<PlatformApi>) c -> c.listProducts(
                        new ProductListRequest(null, 1, 100))},
                new Object[] {Methods.PRODUCT_DETAIL, false, (Consumer<PlatformApi>) c -> c.productDetail("p")},
                new Object[] {Methods.SKU_STOCK_UPDATE, true, (Consumer<PlatformApi>) c -> c.updateStock(
                        List.of(new SkuStockUpdateRequest.SkuStock("s", 1)))},
                new Object[] {Methods.SKU_PRICE_UPDATE, true, (Consumer<PlatformApi>) c -> c.updatePrices(
                        List.of(new SkuPriceUpdateRequest.SkuPrice("s", BigDecimal.ONE, null, null)))},
                new Object[] {Methods.ORDER_CHANGES, false, (Consumer<PlatformApi>) c -> c.orderChanges(
                        new OrderChangesRequest(null, 100, true))},
                new Object[] {Methods.ORDER_CANCEL, true, (Consumer<PlatformApi>) c -> c.cancelOrders(
                        List.of(new CancelOrdersRequest.CancelOrder(1L, "缺货")))},
                new Object[] {Methods.ORDER_ADDRESS_UPDATE, true, (Consumer<PlatformApi>) c -> c.updateAddress(
                        new AddressUpdateRequest(1L, "李四", null, "地址", null, "13800000000", null))},
                new Object[] {Methods.ORDER_MEMO_UPDATE, true, (Consumer<PlatformApi>) c -> c.updateMemo(
                        new dev.wharf.platform.dto.MemoUpdateRequest(1L, "礼盒"))},
                new Object[] {Methods.REFUND_LIST, false, (Consumer<PlatformApi>) c -> c.listRefunds(
                        new RefundListRequest(null, null, 1, 100))},
                new Object[] {Methods.REFUND_APPROVE, true, (Consumer<PlatformApi>) c -> c.approveRefund("r",
                        BigDecimal.TEN)},
                new Object[] {Methods.REFUND_REJECT, true, (Consumer<PlatformApi>) c -> c.rejectRefund("r", "已发货")},
                new Object[] {Methods.PRODUCT_CREATE, true, (Consumer<PlatformApi>) c -> c.createProduct(
                        new ProductWriteRequest("k", null, null, null))},
                new Object[] {Methods.PRODUCT_UPDATE, true, (Consumer<PlatformApi>) c -> c.updateProduct(
                        new ProductWriteRequest(null, "p", null, null))},
                new Object[] {Methods.PRODUCT_SHELVE, true, (Consumer<PlatformApi>) c -> c.shelveProducts(List.of("p"))},
                new Object[] {Methods.PRODUCT_UNSHELVE, true, (Consumer<PlatformApi>) c -> c.unshelveProducts(
                        List.of("p"))},
                new Object[] {Methods.PRODUCT_IMAGE_UPLOAD, true, (Consumer<PlatformApi>) c -> c.uploadImage(
                        new dev.wharf.platform.dto.ImageUploadRequest("ab", "image/png", "AA=="))},
                new Object[] {Methods.CUSTOMER_LIST, false, (Consumer<PlatformApi>) c -> c.listCustomers(page)},
                new Object[] {Methods.COUPON_LIST, false, (Consumer<PlatformApi>) c -> c.listCoupons(page)},
                new Object[] {Methods.COUPON_CREATE, true, (Consumer<PlatformApi>) c -> c.createCoupon(
                        new CouponCreateRequest("k", "满199减20", new BigDecimal("199"), new BigDecimal("20"),
                                "2024-05-01 00:00:00", "2024-05-31 23:59:59", 100))},
                new Object[] {Methods.COUPON_STOP, true, (Consumer<PlatformApi>) c -> c.stopCoupon("c")},
                new Object[] {Methods.COUPON_ISSUE, true, (Consumer<PlatformApi>) c -> c.issueCoupon("c",
                        List.of("b"))},
                new Object[] {Methods.COUPON_GRANTS, false, (Consumer<PlatformApi>) c -> c.couponGrants("c", 1, 100)},
                new Object[] {Methods.COMPASS_TRAFFIC, false, (Consumer<PlatformApi>) c -> c.traffic(week)},
                new Object[] {Methods.COMPASS_DSR, false, (Consumer<PlatformApi>) PlatformApi::dsr},
                new Object[] {Methods.COMPASS_SELL_THROUGH, false, (Consumer<PlatformApi>) c -> c.sellThrough(week)},
                new Object[] {Methods.COMPASS_SELLER_LEVEL, false, (Consumer<PlatformApi>) PlatformApi::sellerLevel},
                new Object[] {Methods.SANDBOX_SIMULATE, true, (Consumer<PlatformApi>) c -> c.simulate(
                        new SimulateRequest(1, 10))});
    }

    @Test
    void everyMethodIsCoveredOnce() {
        assertThat(everyMethod()).extracting(row -> (String) row[0]).doesNotHaveDuplicates()
                .hasSize(PlatformApi.class.getDeclaredMethods().length);
    }

    @Test
    void writesGoOutOnceAndReadsAreTriedOnceMoreAfterAConnectionFailure() throws Exception {
        for (Object[] row : everyMethod()) {
            String method = (String) row[0];
            boolean write = (Boolean) row[1];
            @SuppressWarnings("unchecked")
            Consumer<PlatformApi> call = (Consumer<PlatformApi>) row[2];
            int before = server.getRequestCount();
            server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AFTER_REQUEST));
            server.enqueue(ok("{}"));

            if (write) {
                TransportException e = failure(TransportException.class, () -> call.accept(client));
                assertThat(e.mayHaveBeenApplied()).as(method).isTrue();
                assertThat(server.getRequestCount() - before).as(method).isEqualTo(1);
                client.invoke("wharf.drain", null, true);
            } else {
                call.accept(client);
                assertThat(server.getRequestCount() - before).as(method).isEqualTo(2);
            }
            RecordedRequest first = take();
            assertThat(first.getRequestUrl().queryParameter("method")).as("the method sent").isEqualTo(method);
            assertThat(body(first).get("method")).isEqualTo(method);
            RecordedRequest second = take();
            assertThat(second.getRequestUrl().queryParameter("method")).isEqualTo(write ? "wharf.drain" : method);
        }
    }

    @Test
    void aReadWhoseConnectionDropsAtStartIsTriedOnceMore() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
        server.enqueue(ok(COMPANIES));

        assertThat(client.logisticsCompanies()).hasSize(1);
        assertThat(server.getRequestCount()).isEqualTo(2);
    }

    @Test
    void aReadThatKeepsFailingAtStartGivesATransportException() {
        server.setDispatcher(new Dispatcher() {
            @Override
            public MockResponse dispatch(RecordedRequest request) {
                return peek();
            }

            @Override
            public MockResponse peek() { // the policy at connection start comes from peek()
                return new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START);
            }
        });

        TransportException e = failure(TransportException.class, client::logisticsCompanies);

        assertThat(e.isTransient()).isTrue();
        assertThat(e.httpStatus()).isZero();
        assertThat(e.method()).isEqualTo(Methods.LOGISTICS_COMPANIES);
        assertThat(server.getRequestCount()).isBetween(2, 4); // ours once more, okhttp's own recovery at most once
    }

    @Test
    void aWriteDroppedAtStartIsNotRepeated() {
        server.enqueue(new MockResponse().setSocketPolicy(SocketPolicy.DISCONNECT_AT_START));
        server.enqueue(ok(ACCEPTED));

        failure(TransportException.class, () -> client.acceptOrders(List.of(1L)));

        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @Test
    void refusedConnectionMeansTheRequestWasNotSent() throws IOException {
        int port = server.getPort();
        server.shutdown();
        GatewayClient closedPort = Envelopes.client(Envelopes.config("http://127.0.0.1:" + port));

        TransportException write = failure(TransportException.class, () -> closedPort.acceptOrders(List.of(1L)));
        TransportException read = failure(TransportException.class, closedPort::logisticsCompanies);

        assertThat(write.mayHaveBeenApplied()).isFalse();
        assertThat(write.getMessage()).contains("ymatou.order.accept").contains("not sent");
        assertThat(read.mayHaveBeenApplied()).isFalse();
        assertThat(write.httpStatus()).isZero();
        closedPort.close();
    }

    @Test
    void unknownHostMeansTheRequestWasNotSent() {
        GatewayClient noDns = Envelopes.client(Envelopes.config("https://open.ymatou.invalid"),
                builder -> builder.dns(host -> {
                    throw new UnknownHostException(host);
                }));

        TransportException e = failure(TransportException.class, () -> noDns.acceptOrders(List.of(1L)));

        assertThat(e.mayHaveBeenApplied()).isFalse();
        assertThat(e.getCause()).isInstanceOf(UnknownHostException.class);
        noDns.close();
    }

    @ParameterizedTest
    @ValueSource(strings = {"<html><body>502 Bad Gateway</body></html>", "{\"code\":", "{\"status\":\"ok\"}",
        "[1,2]", "", "null", "{\"code\":null}"})
    void aBodyThatIsNotTheEnvelopeIsATransportFailure(String body) {
        server.enqueue(new MockResponse().setHeader("Content-Type", "text/html").setBody(body));

        TransportException e = failure(TransportException.class, () -> client.acceptOrders(List.of(1L)));

        assertThat(e.getMessage()).contains("ymatou.order.accept").contains("not the gateway's JSON envelope");
        assertThat(e.mayHaveBeenApplied()).isTrue();
        assertThat(e.httpStatus()).isEqualTo(200);
        assertThat(server.getRequestCount()).isEqualTo(1);
    }

    @ParameterizedTest
    @ValueSource(ints = {500, 502, 503, 429, 404, 301})
    void anHttpErrorStatusIsATransportFailure(int status) {
        server.enqueue(new MockResponse().setResponseCode(status).setHeader("Location", "/elsewhere")
                .setBody("{\"code\":\"0009\"}"));
        server.enqueue(ok(COMPANIES));

        TransportException e = failure(TransportException.class, client::logisticsCompanies);

        assertThat(e.httpStatus()).isEqualTo(status);
        assertThat(e.mayHaveBeenApplied()).isTrue();
        assertThat(e.isTransient()).isTrue();
        assertThat(e.getMessage()).contains("HTTP " + status).contains(Methods.LOGISTICS_COMPANIES);
        assertThat(server.getRequestCount()).as("neither retried nor redirected").isEqualTo(1);
    }

    @Test
    void contentOfTheWrongShapeIsAProtocolFailure() {
        server.enqueue(ok("{\"orders_info\":\"not a list\"}"));

        TransportException e = failure(TransportException.class, () -> client.listOrders(
                new OrderListRequest(null, 1, 1, "2024-01-01 00:00:00", "2024-01-02 00:00:00", 1, 10, false)));

        assertThat(e.getMessage()).contains("ymatou.order.list.get").contains("shape");
    }

    @Test
    void anInterruptedCallerSendsNothing() {
        server.enqueue(ok(ACCEPTED));
        Thread.currentThread().interrupt();
        try {
            TransportException e = failure(TransportException.class, () -> client.acceptOrders(List.of(1L)));

            assertThat(e.mayHaveBeenApplied()).isFalse();
            assertThat(Thread.currentThread().isInterrupted()).as("interrupt status kept").isTrue();
        } finally {
            Thread.interrupted();
        }
        assertThat(server.getRequestCount()).isZero();
    }

    // ------------------------------------------------------------------ error codes

    @ParameterizedTest
    @CsvSource({
        "0001, INVALID_PARAMETER,     dev.wharf.platform.ApiException,                 false",
        "0002, INVALID_AUTH_CODE,     dev.wharf.platform.CredentialsRejectedException, false",
        "0003, INVALID_TIMESTAMP,     dev.wharf.platform.ClockSkewException,           true",
        "0004, SIGNATURE_MISMATCH,    dev.wharf.platform.CredentialsRejectedException, false",
        "0005, UNKNOWN_METHOD,        dev.wharf.platform.ApiException,                 false",
        "0006, MALFORMED_BIZ_CONTENT, dev.wharf.platform.ApiException,                 false",
        "0009, TRY_AGAIN_LATER,       dev.wharf.platform.ApiException,                 true",
        "0007, UNKNOWN,               dev.wharf.platform.ApiException,                 false",
        "9999, UNKNOWN,               dev.wharf.platform.ApiException,                 false"})
    void publicCodesMapToTypedExceptions(String wireCode, ApiCode expected, Class<?> type, boolean transientFailure) {
        server.enqueue(code(wireCode, "平台说明"));

        ApiException e = failure(ApiException.class, () -> client.acceptOrders(List.of(1L)));

        assertThat(e).isExactlyInstanceOf(type);
        assertThat(e.code()).isEqualTo(expected);
        assertThat(e.rawCode()).isEqualTo(wireCode);
        assertThat(e.isTransient()).isEqualTo(transientFailure);
        assertThat(e.mayHaveBeenApplied()).isFalse();
        assertThat(e.method()).isEqualTo(Methods.ORDER_ACCEPT);
        assertThat(e.platformMessage()).isEqualTo("平台说明");
        assertThat(e.getMessage()).contains(Methods.ORDER_ACCEPT).contains(wireCode).contains("平台说明");
        assertThat(server.getRequestCount()).as("an error code is never retried").isEqualTo(1);
    }

    @Test
    void aNumericCodeIsReadAsText() {
        server.enqueue(Envelopes.json("{\"code\":1,\"message\":\"x\"}"));

        ApiException e = failure(ApiException.class, client::logisticsCompanies);

        assertThat(e.code()).isEqualTo(ApiCode.UNKNOWN);
        assertThat(e.rawCode()).isEqualTo("1");
    }

    // ------------------------------------------------------------------ clock

    @Test
    void clockSkewCarriesTheDateHeaderAndTheNextCallFollowsIt() throws Exception {
        Instant serverTime = Instant.now().plus(Duration.ofHours(1)).truncatedTo(ChronoUnit.SECONDS);
        server.enqueue(code("0003", "非法请求时间").setHeader("Date", HTTP_DATE.format(serverTime)));
        server.enqueue(ok(COMPANIES));

        ClockSkewException e = failure(ClockSkewException.class, client::logisticsCompanies);
        client.logisticsCompanies();

        assertThat(e.serverTime()).contains(serverTime);
        assertThat(e.isTransient()).isTrue();
        take();
        Instant nextStamp = timestampOf(body(take()));
        assertThat(nextStamp).isCloseTo(serverTime, within(10, ChronoUnit.SECONDS));
        assertThat(client.clockOffset()).isCloseTo(Duration.ofHours(1), Duration.ofSeconds(10));
    }

    @Test
    void clockSkewWithoutADateHeaderHasNoServerTime() {
        server.enqueue(code("0003", "非法请求时间"));

        ClockSkewException e = failure(ClockSkewException.class, client::logisticsCompanies);

        assertThat(e.serverTime()).isEmpty();
        assertThat(client.clockOffset()).isZero();
    }

    @Test
    void adjustClockShiftsTheNextTimestamp() throws Exception {
        server.enqueue(ok(COMPANIES));
        Instant serverNow = Instant.now().minus(Duration.ofMinutes(42));

        client.adjustClock(serverNow);
        client.logisticsCompanies();

        assertThat(timestampOf(body(take()))).isCloseTo(serverNow, within(5, ChronoUnit.SECONDS));
        assertThat(client.now()).isCloseTo(Instant.now().minus(Duration.ofMinutes(42)), within(5, ChronoUnit.SECONDS));
    }

    @Test
    void aDateHeaderWithinToleranceLeavesTheOffsetAlone() {
        server.enqueue(ok(COMPANIES).setHeader("Date", HTTP_DATE.format(Instant.now().minusSeconds(1))));

        client.logisticsCompanies();

        assertThat(client.clockOffset()).isZero();
    }

    @Test
    void thePlatformsCertainTimeIsTheLastDateHeaderPlusTheTimeSinceWhateverTheLocalClockSays() {
        assertThat(client.platformTimeAtLeast()).as("nothing heard yet").isEmpty();
        Instant serverTime = Instant.now().minus(Duration.ofHours(3)).truncatedTo(ChronoUnit.SECONDS);
        server.enqueue(code("0003", "非法请求时间").setHeader("Date", HTTP_DATE.format(serverTime)));
        client.adjustClock(Instant.now().plus(Duration.ofMinutes(30))); // a wrong estimate plays no part

        long before = System.nanoTime();
        failure(ClockSkewException.class, client::logisticsCompanies);
        Instant atLeast = client.platformTimeAtLeast().orElseThrow();
        long elapsedMillis = (System.nanoTime() - before) / 1_000_000;

        assertThat(atLeast).isBetween(serverTime, serverTime.plusMillis(elapsedMillis + 1));
    }

    // ------------------------------------------------------------------ batch limits

    @Test
    void batchesOfMoreThan100AreRejectedWithoutARequest() {
        List<Long> ids = LongStream.rangeClosed(1, 101).boxed().toList();
        List<Runnable> calls = List.of(
                () -> client.acceptOrders(ids),
                () -> client.deliverOrders(ids.stream()
                        .map(id -> new DeliverOrdersRequest.DeliverOrder(id, "Y073", "T" + id, null)).toList()),
                () -> client.updateStock(ids.stream()
                        .map(id -> new SkuStockUpdateRequest.SkuStock("s" + id, 1)).toList()),
                () -> client.updatePrices(ids.stream()
                        .map(id -> new SkuPriceUpdateRequest.SkuPrice("s" + id, BigDecimal.ONE, null, null)).toList()),
                () -> client.cancelOrders(ids.stream()
                        .map(id -> new CancelOrdersRequest.CancelOrder(id, "缺货")).toList()),
                () -> client.shelveProducts(Collections.nCopies(101, "p")),
                () -> client.unshelveProducts(Collections.nCopies(101, "p")),
                () -> client.issueCoupon("c", Collections.nCopies(101, "b")),
                () -> client.listProducts(new ProductListRequest(Collections.nCopies(101, "p"), 1, 10)));

        for (Runnable call : calls) {
            assertThatThrownBy(call::run).isInstanceOf(IllegalArgumentException.class)
                    .hasMessageContaining("at most 100").hasMessageContaining("got 101");
        }
        assertThatThrownBy(() -> client.acceptOrders(List.of())).isInstanceOf(IllegalArgumentException.class);
        assertThat(server.getRequestCount()).isZero();
    }

    @Test
    void exactly100GoOutInOneCall() throws Exception {
        server.enqueue(ok("{\"results\":[]}"));

        client.acceptOrders(IntStream.rangeClosed(1, 100).mapToObj(i -> (long) i).toList());

        JsonNode biz = mapper.readTree((String) body(take()).get("biz_content"));
        assertThat(biz.get("order_ids")).hasSize(100);
    }

    // ------------------------------------------------------------------ misc

    @Test
    void logsMethodCodeAndDurationAtDebugOnly() {
        server.enqueue(ok(COMPANIES));

        client.logisticsCompanies();

        assertThat(logs.list).anySatisfy(event -> {
            assertThat(event.getLevel()).isEqualTo(Level.DEBUG);
            assertThat(event.getFormattedMessage()).contains(Methods.LOGISTICS_COMPANIES).contains("0000")
                    .containsPattern("\\d+ ms");
        });
    }

    @Test
    void aClosedClientRefusesCalls() {
        client.close();

        assertThatThrownBy(client::logisticsCompanies).isInstanceOf(IllegalStateException.class);
        assertThat(server.getRequestCount()).isZero();
    }
}
