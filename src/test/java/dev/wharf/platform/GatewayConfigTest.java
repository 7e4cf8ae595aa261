package dev.wharf.platform;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class GatewayConfigTest {
    private static final String SECRET = "cvxEvN7q2ixmN6Y8DFRJmuP79H2zxctK";
    private static final String AUTH = "UkeV6CUfk8OKKv1UkjEmfBDU75ZjunA0";

    private static GatewayConfig config() {
        return GatewayConfig.of(GatewayConfig.PRODUCTION_URL, "zWYVVFagTfenOHDPTm", SECRET, AUTH);
    }

    @Test
    void defaults() {
        GatewayConfig config = config();

        assertThat(config.connectTimeout()).isEqualTo(Duration.ofSeconds(10));
        assertThat(config.readTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.writeTimeout()).isEqualTo(Duration.ofSeconds(30));
        assertThat(config.callTimeout()).isEqualTo(Duration.ofSeconds(60));
        assertThat(config.proxy()).isEqualTo(ProxySetting.SYSTEM);
        assertThat(config.callsPerMinute()).isEqualTo(300);
        assertThat(config.userAgent()).startsWith("Wharf/").doesNotEndWith("/");
        assertThat(config.endpoint().toString()).isEqualTo("https://open.ymatou.com/apigateway/v1");
    }

    @Test
    void toStringMasksTheSecretTheAuthCodeAndTheProxyPassword() {
        GatewayConfig config = config().withProxy(ProxySetting.http("proxy.corp", 3128, "张三", "p@ss-word"));

        assertThat(config.toString()).doesNotContain(SECRET).doesNotContain(AUTH).doesNotContain("p@ss-word")
                .contains("zWYVVFagTfenOHDPTm").contains("proxy.corp:3128").contains("***");
        assertThat(config.proxy().toString()).doesNotContain("p@ss-word").contains("张三");
    }

    @Test
    void endpointKeepsAPathPrefixAndToleratesATrailingSlash() {
        assertThat(GatewayConfig.of("http://127.0.0.1:8080/", "a", "s", "c").endpoint().toString())
                .isEqualTo("http://127.0.0.1:8080/apigateway/v1");
        assertThat(GatewayConfig.of("http://sandbox.local/shop1/", "a", "s", "c").endpoint().toString())
                .isEqualTo("http://sandbox.local/shop1/apigateway/v1");
    }

    @Test
    void withersChangeOneThing() {
        GatewayConfig changed = config().withCallsPerMinute(60).withUserAgent("Test/1")
                .withTimeouts(Duration.ofSeconds(1), null, null, Duration.ofSeconds(9));

        assertThat(changed.callsPerMinute()).isEqualTo(60);
        assertThat(changed.userAgent()).isEqualTo("Test/1");
        assertThat(changed.connectTimeout()).isEqualTo(Duration.ofSeconds(1));
        assertThat(changed.readTimeout()).isEqualTo(GatewayConfig.DEFAULT_READ_TIMEOUT);
        assertThat(changed.callTimeout()).isEqualTo(Duration.ofSeconds(9));
        assertThat(changed.appSecret()).isEqualTo(SECRET);
    }

    @Test
    void rejectsWhatCannotWork() {
        assertThatThrownBy(() -> GatewayConfig.of("open.ymatou.com", "a", "s", "c"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GatewayConfig.of("ftp://open.ymatou.com", "a", "s", "c"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GatewayConfig.of(GatewayConfig.PRODUCTION_URL, " ", "s", "c"))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> GatewayConfig.of(GatewayConfig.PRODUCTION_URL, "a", "", "c"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageNotContaining(SECRET);
        assertThatThrownBy(() -> GatewayConfig.of(GatewayConfig.PRODUCTION_URL, "a", "s", null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> config().withCallsPerMinute(0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> config().withTimeouts(Duration.ZERO, null, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void proxySettings() {
        assertThat(ProxySetting.http(" proxy.corp ", 8080).host()).isEqualTo("proxy.corp");
        assertThat(ProxySetting.http("proxy.corp", 8080).hasCredentials()).isFalse();
        assertThat(ProxySetting.http("proxy.corp", 8080, "", "x").hasCredentials()).isFalse();
        assertThat(ProxySetting.http("proxy.corp", 8080, "u", null).password()).isEmpty();
        assertThatThrownBy(() -> ProxySetting.http("", 8080)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ProxySetting.http("proxy.corp", 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new ProxySetting(ProxySetting.Mode.NONE, "h", 1, null, null))
                .isInstanceOf(IllegalArgumentException.class);
    }
}
