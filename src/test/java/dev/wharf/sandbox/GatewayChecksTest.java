package dev.wharf.sandbox;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import dev.wharf.platform.GatewayRequest;
import dev.wharf.platform.GatewayTime;
import dev.wharf.platform.Methods;
import dev.wharf.platform.dto.OrderListRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The gateway's envelope checks and public codes, over real HTTP on a loopback port. */
class GatewayChecksTest {
    @TempDir
    static Path dir;
    static SandboxServer server;
    static SandboxCaller caller;

    @BeforeAll
    static void start() {
        server = SandboxServer.start(SandboxFixture.config(dir, 7).withHistory(1, 10));
        caller = new SandboxCaller(server);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static String code(JsonNode response) {
        return response.get("code").asText();
    }

    private static JsonNode sendBody(Map<String, Object> body) {
        return caller.send(server.credentials().appId(), Methods.LOGISTICS_COMPANIES, SandboxCaller.json(body));
    }

    @Test
    void aSignedCallSucceedsWithDateHeaderAndEnvelope() {
        GatewayRequest r = caller.signed(Methods.LOGISTICS_COMPANIES, null);
        HttpResponse<String> response = caller.sendRaw("app_id=" + r.appId() + "&method=" + r.method(),
                SandboxCaller.json(SandboxCaller.body(r)));
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Date")).isPresent();
        assertThat(response.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/json");
        assertThat(response.body()).contains("\"code\":\"0000\"").contains("logistics_companies");
    }

    @Test
    void malformedEnvelopeIs0001() {
        assertThat(code(caller.send(server.credentials().appId(), Methods.LOGISTICS_COMPANIES, "{not json"))).isEqualTo("0001");
        assertThat(code(caller.send(server.credentials().appId(), Methods.LOGISTICS_COMPANIES, "[1,2]"))).isEqualTo("0001");
        JsonNode noQuery = SandboxCaller.MAPPER.valueToTree(Map.of());
        HttpResponse<String> missingUrlParams = caller.sendRaw(null, SandboxCaller.json(
                SandboxCaller.body(caller.signed(Methods.LOGISTICS_COMPANIES, null))));
        assertThat(missingUrlParams.body()).contains("\"code\":\"0001\"");
        assertThat(noQuery).isNotNull();
    }

    @Test
    void eachMissingEnvelopeFieldIs0001() {
        for (String field : new String[] {"sign_method", "auth_code", "timestamp", "nonce_str", "sign"}) {
            Map<String, Object> body = SandboxCaller.body(caller.signed(Methods.LOGISTICS_COMPANIES, null));
            body.remove(field);
            assertThat(code(sendBody(body))).as(field).isEqualTo("0001");
        }
    }

    @Test
    void wrongSignMethodAndNonNumericFieldsAre0001() {
        Map<String, Object> body = SandboxCaller.body(caller.signed(Methods.LOGISTICS_COMPANIES, null));
        body.put("sign_method", "SHA1");
        assertThat(code(sendBody(body))).isEqualTo("0001");
        body = SandboxCaller.body(caller.signed(Methods.LOGISTICS_COMPANIES, null));
        body.put("timestamp", 12345);
        assertThat(code(sendBody(body))).isEqualTo("0001");
    }

    @Test
    void nonceLongerThan32Is0001() {
        Credentials c = server.credentials();
        GatewayRequest r = GatewayRequest.signed(c.appId(), c.appSecret(), c.authCode(), Methods.LOGISTICS_COMPANIES,
                SandboxCaller.now(), "x".repeat(33), null);
        JsonNode response = caller.send(c.appId(), r.method(), SandboxCaller.json(SandboxCaller.body(r)));
        assertThat(code(response)).isEqualTo("0001");
        GatewayRequest ok = GatewayRequest.signed(c.appId(), c.appSecret(), c.authCode(), Methods.LOGISTICS_COMPANIES,
                SandboxCaller.now(), ("y" + System.nanoTime() + "0".repeat(32)).substring(0, 32), null);
        assertThat(code(caller.send(c.appId(), ok.method(), SandboxCaller.json(SandboxCaller.body(ok)))))
                .isEqualTo("0000");
    }

    @Test
    void unknownAppIdOrWrongAuthCodeIs0002() {
        Credentials c = server.credentials();
        GatewayRequest other = GatewayRequest.signed("someoneElse", c.appSecret(), c.authCode(),
                Methods.LOGISTICS_COMPANIES, SandboxCaller.now(), SandboxCaller.nonce(), null);
        assertThat(code(caller.send("someoneElse", other.method(), SandboxCaller.json(SandboxCaller.body(other)))))
                .isEqualTo("0002");
        GatewayRequest wrongAuth = GatewayRequest.signed(c.appId(), c.appSecret(), "wrong-auth-code",
                Methods.LOGISTICS_COMPANIES, SandboxCaller.now(), SandboxCaller.nonce(), null);
        assertThat(code(caller.send(c.appId(), wrongAuth.method(), SandboxCaller.json(SandboxCaller.body(wrongAuth)))))
                .isEqualTo("0002");
    }

    @Test
    void badOrStaleTimestampIs0003() {
        Credentials c = server.credentials();
        for (String ts : new String[] {"2025/03/01 10:00:00", "2025-02-30 10:00:00", "now",
                GatewayTime.format(Instant.now().minus(Duration.ofMinutes(11))),
                GatewayTime.format(Instant.now().plus(Duration.ofMinutes(11)))}) {
            GatewayRequest r = GatewayRequest.signed(c.appId(), c.appSecret(), c.authCode(),
                    Methods.LOGISTICS_COMPANIES, ts, SandboxCaller.nonce(), null);
            assertThat(code(caller.send(c.appId(), r.method(), SandboxCaller.json(SandboxCaller.body(r)))))
                    .as(ts).isEqualTo("0003");
        }
        GatewayRequest nineMinutes = GatewayRequest.signed(c.appId(), c.appSecret(), c.authCode(),
                Methods.LOGISTICS_COMPANIES, GatewayTime.format(Instant.now().minus(Duration.ofMinutes(9))),
                SandboxCaller.nonce(), null);
        assertThat(code(caller.send(c.appId(), nineMinutes.method(),
                SandboxCaller.json(SandboxCaller.body(nineMinutes))))).isEqualTo("0000");
    }

    @Test
    void signatureMismatchIs0004() {
        Credentials c = server.credentials();
        GatewayRequest wrongSecret = GatewayRequest.signed(c.appId(), "not-the-secret", c.authCode(),
                Methods.LOGISTICS_COMPANIES, SandboxCaller.now(), SandboxCaller.nonce(), null);
        assertThat(code(caller.send(c.appId(), wrongSecret.method(),
                SandboxCaller.json(SandboxCaller.body(wrongSecret))))).isEqualTo("0004");
        // the method in the URL is signed: a signature for another method does not pass
        GatewayRequest forOther = caller.signed(Methods.PRODUCT_LIST, null);
        assertThat(code(caller.send(c.appId(), Methods.LOGISTICS_COMPANIES,
                SandboxCaller.json(SandboxCaller.body(forOther))))).isEqualTo("0004");
        // biz_content is signed
        Map<String, Object> body = SandboxCaller.body(caller.signed(Methods.ORDER_DETAIL, "{\"order_id\":1}"));
        body.put("biz_content", "{\"order_id\":2}");
        assertThat(code(caller.send(c.appId(), Methods.ORDER_DETAIL, SandboxCaller.json(body)))).isEqualTo("0004");
    }

    @Test
    void unknownMethodIs0005AndHandbookAliasesWork() {
        assertThat(code(caller.call("ymatou.order.nonsense", null))).isEqualTo("0005");
        assertThat(code(caller.call("ymatou.skus.stock.update",
                "{\"sku_stocks\":[{\"outer_sku_id\":\"nope\",\"stock_num\":1}]}"))).isEqualTo("0000");
        assertThat(code(caller.call("ymatou.logistics.send",
                "{\"deliver_orders\":[{\"order_id\":1,\"logistics_company_id\":\"Y073\",\"tracking_number\":\"1\"}]}")))
                .isEqualTo("0000");
    }

    @Test
    void bizContentThatIsNotJsonIs0006() {
        assertThat(code(caller.call(Methods.ORDER_DETAIL, "{order_id: 1"))).isEqualTo("0006");
        assertThat(code(caller.call(Methods.ORDER_DETAIL, "[1]"))).isEqualTo("0006");
    }

    @Test
    void missingOrBadBusinessParametersAre0001() {
        assertThat(code(caller.call(Methods.ORDER_DETAIL, "{}"))).isEqualTo("0001");
        assertThat(code(caller.call(Methods.ORDER_DETAIL, "{\"order_id\":\"abc\"}"))).isEqualTo("0001");
        OrderListRequest tooMany = new OrderListRequest("", 1, 1, "2025-02-01 00:00:00", "2025-03-02 00:00:00", 1,
                101, false);
        JsonNode response = caller.call(Methods.ORDER_LIST, tooMany);
        assertThat(code(response)).isEqualTo("0001");
        assertThat(response.get("message").asText()).contains("page_rows");
        assertThat(code(caller.call(Methods.ORDER_LIST, new OrderListRequest("", 5, 1, "2025-02-01 00:00:00",
                "2025-03-02 00:00:00", 1, 10, false)))).isEqualTo("0001");
        assertThat(code(caller.call(Methods.ORDER_LIST, new OrderListRequest("2,99", 1, 1, "2025-02-01 00:00:00",
                "2025-03-02 00:00:00", 1, 10, false)))).isEqualTo("0001");
        assertThat(code(caller.call(Methods.ORDER_LIST, new OrderListRequest("", 1, 1, "yesterday",
                "2025-03-02 00:00:00", 1, 10, false)))).isEqualTo("0001");
        assertThat(code(caller.call(Methods.ORDER_ACCEPT, "{\"order_ids\":[]}"))).isEqualTo("0001");
    }

    @Test
    void aReusedNonceIsRefusedWithinTheWindow() {
        GatewayRequest r = caller.signed(Methods.LOGISTICS_COMPANIES, null);
        String body = SandboxCaller.json(SandboxCaller.body(r));
        assertThat(code(caller.send(r.appId(), r.method(), body))).isEqualTo("0000");
        JsonNode replay = caller.send(r.appId(), r.method(), body);
        assertThat(code(replay)).isEqualTo("0001");
        assertThat(replay.get("message").asText()).isEqualTo("nonce already used");
    }

    @Test
    void getIsRefusedAndOtherPathsAre404() {
        assertThat(caller.get().body()).contains("\"code\":\"0001\"");
    }
}
