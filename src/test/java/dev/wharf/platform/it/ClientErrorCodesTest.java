package dev.wharf.platform.it;

import static dev.wharf.platform.it.ItSandbox.WINDOW_END;
import static dev.wharf.platform.it.ItSandbox.WINDOW_START;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wharf.platform.ApiCode;
import dev.wharf.platform.ApiException;
import dev.wharf.platform.ClockSkewException;
import dev.wharf.platform.CredentialsRejectedException;
import dev.wharf.platform.GatewayClient;
import dev.wharf.platform.Methods;
import dev.wharf.platform.dto.OrderListRequest;
import dev.wharf.platform.dto.ProductListRequest;
import dev.wharf.sandbox.Credentials;
import dev.wharf.sandbox.SandboxServer;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every public error code of the sandbox, as the real client maps it to its typed exceptions; envelopes the client
 * would never send go through a raw signed caller.
 */
class ClientErrorCodesTest {
    @TempDir
    static Path dir;
    static SandboxServer server;
    static GatewayClient client;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(ItSandbox.config(dir, 7).withHistory(1, 10));
        client = ItSandbox.client(server);
    }

    @AfterAll
    static void stop() {
        if (client != null) {
            client.close();
        }
        if (server != null) {
            server.close();
        }
    }

    static GatewayClient clientWith(String appSecret, String authCode) {
        Credentials c = server.credentials();
        return ItSandbox.client(server.baseUri().toString(), c.appId(), appSecret, authCode);
    }

    @Test
    void wrongAppSecretIsCredentialsRejected0004() {
        try (GatewayClient wrong = clientWith("not-the-secret", server.credentials().authCode())) {
            CredentialsRejectedException e = catchThrowableOfType(CredentialsRejectedException.class,
                    wrong::logisticsCompanies);
            assertThat(e).isNotNull();
            assertThat(e.code()).isEqualTo(ApiCode.SIGNATURE_MISMATCH);
            assertThat(e.rawCode()).isEqualTo("0004");
            assertThat(e.method()).isEqualTo(Methods.LOGISTICS_COMPANIES);
            assertThat(e.isTransient()).isFalse();
            assertThat(e.mayHaveBeenApplied()).isFalse();
            assertThat(e.platformMessage()).contains("signature mismatch");
            assertThat(e.getMessage()).doesNotContain("not-the-secret").doesNotContain(server.credentials()
                    .authCode());
        }
    }

    @Test
    void wrongAuthCodeIsCredentialsRejected0002() {
        try (GatewayClient wrong = clientWith(server.credentials().appSecret(), "wrong-auth-code")) {
            CredentialsRejectedException e = catchThrowableOfType(CredentialsRejectedException.class,
                    () -> wrong.orderDetail(1L, false));
            assertThat(e).isNotNull();
            assertThat(e.code()).isEqualTo(ApiCode.INVALID_AUTH_CODE);
            assertThat(e.rawCode()).isEqualTo("0002");
            assertThat(e.isTransient()).isFalse();
            assertThat(e.getMessage()).doesNotContain("wrong-auth-code");
        }
    }

    @Test
    void aClockTwentyMinutesOffIsClockSkew0003AndTheNextCallIsStampedRight() {
        for (Duration off : List.of(Duration.ofMinutes(-20), Duration.ofMinutes(20))) {
            try (GatewayClient skewed = ItSandbox.client(server)) {
                skewed.adjustClock(Instant.now().plus(off));
                assertThat(skewed.clockOffset()).isCloseTo(off, Duration.ofSeconds(2));
                ClockSkewException e = catchThrowableOfType(ClockSkewException.class, skewed::logisticsCompanies);
                assertThat(e).as("offset " + off).isNotNull();
                assertThat(e.code()).isEqualTo(ApiCode.INVALID_TIMESTAMP);
                assertThat(e.rawCode()).isEqualTo("0003");
                assertThat(e.isTransient()).isTrue();
                assertThat(e.mayHaveBeenApplied()).isFalse();
                assertThat(e.serverTime()).hasValueSatisfying(t -> assertThat(Duration.between(t, Instant.now())
                        .abs()).isLessThan(Duration.ofSeconds(5)));
                // the Date header of the 0003 already moved the client's clock back to the gateway's
                assertThat(skewed.clockOffset().abs()).isLessThan(Duration.ofSeconds(5));
                assertThat(skewed.logisticsCompanies()).isNotEmpty();
            }
        }
    }

    @Test
    void adjustingTheClockFromServerTimeMendsASkewedClient() {
        try (GatewayClient skewed = ItSandbox.client(server)) {
            skewed.adjustClock(Instant.now().minus(Duration.ofMinutes(20)));
            ClockSkewException e = catchThrowableOfType(ClockSkewException.class, skewed::logisticsCompanies);
            assertThat(e).isNotNull();
            skewed.adjustClock(e.serverTime().orElseThrow());
            assertThat(skewed.listProducts(new ProductListRequest(null, 1, 1)).totalCount()).isPositive();
        }
    }

    @Test
    void anUnknownMethodIs0005() {
        ApiException e = catchThrowableOfType(ApiException.class,
                () -> client.invoke("ymatou.order.nonsense", null, false));
        assertThat(e).isNotNull().isNotInstanceOf(CredentialsRejectedException.class);
        assertThat(e.code()).isEqualTo(ApiCode.UNKNOWN_METHOD);
        assertThat(e.rawCode()).isEqualTo("0005");
        assertThat(e.method()).isEqualTo("ymatou.order.nonsense");
        assertThat(e.isTransient()).isFalse();
        assertThat(e.platformMessage()).contains("unknown method");
        // the handbook's alias spellings are the same methods
        assertThat(client.invoke("ymatou.skus.stock.update",
                Map.of("sku_stocks", List.of(Map.of("outer_sku_id", "nope", "stock_num", 1))), true)
                .get("results").get(0).get("success").asBoolean()).isFalse();
    }

    @Test
    void pageRowsAbove100Is0001() {
        // the typed client passes page_rows through (only batch lists are refused locally): the gateway refuses it
        ApiException e = catchThrowableOfType(ApiException.class, () -> client.listOrders(new OrderListRequest("",
                1, 1, WINDOW_START, WINDOW_END, 1, 101, false)));
        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo(ApiCode.INVALID_PARAMETER);
        assertThat(e.rawCode()).isEqualTo("0001");
        assertThat(e.isTransient()).isFalse();
        assertThat(e.platformMessage()).contains("page_rows");
        ApiException products = catchThrowableOfType(ApiException.class,
                () -> client.listProducts(new ProductListRequest(null, 1, 101)));
        assertThat(products).isNotNull();
        assertThat(products.code()).isEqualTo(ApiCode.INVALID_PARAMETER);

        JsonNode raw = ItSandbox.raw(server, Methods.ORDER_LIST, "{\"order_status\":\"\",\"date_type\":1,"
                + "\"sort_type\":1,\"start_date\":\"" + WINDOW_START + "\",\"end_date\":\"" + WINDOW_END
                + "\",\"page_no\":1,\"page_rows\":101}");
        assertThat(raw.get("code").asText()).isEqualTo("0001");
        assertThat(raw.get("message").asText()).contains("page_rows");
        assertThat(client.listOrders(new OrderListRequest("", 1, 1, WINDOW_START, WINDOW_END, 1, 100, false))
                .ordersInfo()).isNotEmpty();
    }

    @Test
    void aMissingRequiredFieldIs0001() {
        ApiException noDateType = catchThrowableOfType(ApiException.class, () -> client.listOrders(
                new OrderListRequest("", null, 1, WINDOW_START, WINDOW_END, 1, 10, false)));
        assertThat(noDateType).isNotNull();
        assertThat(noDateType.code()).isEqualTo(ApiCode.INVALID_PARAMETER);
        assertThat(noDateType.platformMessage()).contains("date_type");
        ApiException noOrderId = catchThrowableOfType(ApiException.class,
                () -> client.invoke(Methods.ORDER_DETAIL, Map.of(), false));
        assertThat(noOrderId).isNotNull();
        assertThat(noOrderId.code()).isEqualTo(ApiCode.INVALID_PARAMETER);
        assertThat(noOrderId.platformMessage()).contains("order_id");
        ApiException wrongType = catchThrowableOfType(ApiException.class,
                () -> client.invoke(Methods.ORDER_DETAIL, Map.of("order_id", "abc"), false));
        assertThat(wrongType).isNotNull();
        assertThat(wrongType.code()).isEqualTo(ApiCode.INVALID_PARAMETER);
    }

    @Test
    void malformedBizContentIs0006() {
        JsonNode raw = ItSandbox.raw(server, Methods.ORDER_DETAIL, "{order_id: 1");
        assertThat(raw.get("code").asText()).isEqualTo("0006");
        assertThat(ItSandbox.raw(server, Methods.ORDER_DETAIL, "[1]").get("code").asText()).isEqualTo("0006");
        // through the client: a bare string is sent as a JSON string, which is not an object either
        ApiException e = catchThrowableOfType(ApiException.class,
                () -> client.invoke(Methods.ORDER_DETAIL, "{order_id: 1", false));
        assertThat(e).isNotNull();
        assertThat(e.code()).isEqualTo(ApiCode.MALFORMED_BIZ_CONTENT);
        assertThat(e.rawCode()).isEqualTo("0006");
        assertThat(e.isTransient()).isFalse();
    }

    @Test
    void anInjectedFaultIs0009TransientAndNotApplied(@TempDir Path faultDir) {
        try (SandboxServer faulty = SandboxServer.start(ItSandbox.config(faultDir, 5).withHistory(1, 40)
                .withFaultEvery(2));
             GatewayClient c = ItSandbox.client(faulty)) {
            assertThat(c.logisticsCompanies()).isNotEmpty(); // call 1
            ApiException read = catchThrowableOfType(ApiException.class, c::logisticsCompanies); // call 2
            assertThat(read).isNotNull();
            assertThat(read.code()).isEqualTo(ApiCode.TRY_AGAIN_LATER);
            assertThat(read.rawCode()).isEqualTo("0009");
            assertThat(read.isTransient()).isTrue();
            assertThat(read.mayHaveBeenApplied()).isFalse();

            long id = ItSandbox.orders(faulty, 2, "1=1", 1).get(0);
            assertThat(c.orderDetail(id, false).orderStatus()).isEqualTo(2); // call 3
            ApiException write = catchThrowableOfType(ApiException.class,
                    () -> c.acceptOrders(List.of(id))); // call 4: refused before it ran
            assertThat(write).isNotNull();
            assertThat(write.code()).isEqualTo(ApiCode.TRY_AGAIN_LATER);
            assertThat(write.isTransient()).isTrue();
            assertThat(write.mayHaveBeenApplied()).isFalse();
            assertThat(c.orderDetail(id, false).orderStatus()).isEqualTo(2); // call 5: not applied
            // the sync layer's retry goes through
            ApiException again = catchThrowableOfType(ApiException.class, c::logisticsCompanies); // call 6
            assertThat(again).isNotNull();
            assertThat(c.acceptOrders(List.of(id)).failures()).isEmpty(); // call 7
            assertThat(ItSandbox.scalar(faulty, "SELECT status FROM orders WHERE order_id = ?", id)).isEqualTo(17);
        }
    }
}
