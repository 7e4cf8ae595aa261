package dev.wharf.platform;

import static dev.wharf.platform.Envelopes.ok;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Proxy;
import java.net.ProxySelector;
import java.net.SocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Proxy settings, with a MockWebServer acting as the HTTP proxy: a client sends a proxy the absolute-form request
 * line ({@code POST http://host/path HTTP/1.1}), so what the proxy records shows the request went through it.
 */
class GatewayProxyTest {
    /** Never resolved: a request for it can only arrive through the proxy. */
    private static final String GATEWAY = "http://gateway.wharf.invalid";
    private static final String COMPANIES = "{\"logistics_companies\":[]}";

    private MockWebServer proxy;
    private MockWebServer direct;
    private ProxySelector jvmDefault;

    @BeforeEach
    void start() throws IOException {
        proxy = new MockWebServer();
        proxy.start(InetAddress.getByName("127.0.0.1"), 0);
        direct = new MockWebServer();
        direct.start(InetAddress.getByName("127.0.0.1"), 0);
        jvmDefault = ProxySelector.getDefault();
    }

    @AfterEach
    void stop() throws IOException {
        ProxySelector.setDefault(jvmDefault);
        proxy.shutdown();
        direct.shutdown();
    }

    private RecordedRequest takeFrom(MockWebServer server) throws InterruptedException {
        RecordedRequest request = server.takeRequest(5, TimeUnit.SECONDS);
        assertThat(request).isNotNull();
        return request;
    }

    /** A JVM-wide selector that sends everything to the proxy server. */
    private void jvmProxySelectorPointsAtTheProxy() {
        ProxySelector.setDefault(new ProxySelector() {
            @Override
            public List<Proxy> select(URI uri) {
                return List.of(new Proxy(Proxy.Type.HTTP, new InetSocketAddress("127.0.0.1", proxy.getPort())));
            }

            @Override
            public void connectFailed(URI uri, SocketAddress sa, IOException ioe) {
            }
        });
    }

    @Test
    void anExplicitHttpProxyCarriesTheRequest() throws Exception {
        proxy.enqueue(ok(COMPANIES));
        try (GatewayClient client = Envelopes.client(Envelopes.config(GATEWAY)
                .withProxy(ProxySetting.http("127.0.0.1", proxy.getPort())))) {

            client.logisticsCompanies();
        }

        RecordedRequest seen = takeFrom(proxy);
        assertThat(seen.getRequestLine()).isEqualTo("POST " + GATEWAY + "/apigateway/v1?app_id="
                + Envelopes.APP_ID + "&method=ymatou.logistics.companies.get HTTP/1.1");
        assertThat(seen.getHeader("Host")).isEqualTo("gateway.wharf.invalid");
        assertThat(seen.getHeader("Proxy-Authorization")).isNull();
    }

    @Test
    void proxyCredentialsAreSentWhenTheProxyAsks() throws Exception {
        proxy.enqueue(new MockResponse().setResponseCode(407).setHeader("Proxy-Authenticate", "Basic realm=\"corp\""));
        proxy.enqueue(ok(COMPANIES));
        try (GatewayClient client = Envelopes.client(Envelopes.config(GATEWAY)
                .withProxy(ProxySetting.http("127.0.0.1", proxy.getPort(), "王小明", "pä:ss")))) {

            client.logisticsCompanies();
        }

        assertThat(takeFrom(proxy).getHeader("Proxy-Authorization")).isNull();
        String expected = "Basic " + Base64.getEncoder().encodeToString("王小明:pä:ss".getBytes(StandardCharsets.UTF_8));
        assertThat(takeFrom(proxy).getHeader("Proxy-Authorization")).isEqualTo(expected);
    }

    @Test
    void refusedProxyCredentialsEndInA407ThatReachedNoGateway() {
        proxy.enqueue(new MockResponse().setResponseCode(407).setHeader("Proxy-Authenticate", "Basic realm=\"corp\""));
        proxy.enqueue(new MockResponse().setResponseCode(407).setHeader("Proxy-Authenticate", "Basic realm=\"corp\""));
        proxy.enqueue(ok(COMPANIES));
        TransportException e;
        try (GatewayClient client = Envelopes.client(Envelopes.config(GATEWAY)
                .withProxy(ProxySetting.http("127.0.0.1", proxy.getPort(), "u", "wrong")))) {

            e = catchThrowableOfType(TransportException.class, () -> client.acceptOrders(List.of(1L)));
        }

        assertThat(e).isNotNull();
        assertThat(e.httpStatus()).isEqualTo(407);
        assertThat(e.mayHaveBeenApplied()).isFalse();
        assertThat(e.getMessage()).contains("proxy").doesNotContain("wrong");
        assertThat(proxy.getRequestCount()).as("asked once, answered once, then gave up").isEqualTo(2);
    }

    @Test
    void systemModeFollowsTheJvmProxySelector() throws Exception {
        jvmProxySelectorPointsAtTheProxy();
        proxy.enqueue(ok(COMPANIES));
        try (GatewayClient client = Envelopes.client(Envelopes.config(GATEWAY).withProxy(ProxySetting.SYSTEM))) {

            client.logisticsCompanies();
        }

        assertThat(takeFrom(proxy).getRequestLine()).startsWith("POST " + GATEWAY + "/apigateway/v1?");
    }

    @Test
    void systemModeAsksTheJvmWhenItConnectsNotWhenItIsBuilt() throws Exception {
        proxy.enqueue(ok(COMPANIES));
        try (GatewayClient client = Envelopes.client(Envelopes.config(Envelopes.baseUrl(direct)))) {
            jvmProxySelectorPointsAtTheProxy(); // after the client was built (okhttp alone would keep the old one)

            client.logisticsCompanies();
        }

        assertThat(direct.getRequestCount()).isZero();
        assertThat(takeFrom(proxy).getRequestLine()).startsWith("POST " + Envelopes.baseUrl(direct));
    }

    @Test
    void noneModeIgnoresTheJvmProxySelector() throws Exception {
        jvmProxySelectorPointsAtTheProxy();
        direct.enqueue(ok(COMPANIES));
        try (GatewayClient client = Envelopes.client(Envelopes.config(Envelopes.baseUrl(direct))
                .withProxy(ProxySetting.NONE))) {

            client.logisticsCompanies();
        }

        assertThat(takeFrom(direct).getRequestLine()).startsWith("POST /apigateway/v1?");
        assertThat(proxy.getRequestCount()).isZero();
    }
}
