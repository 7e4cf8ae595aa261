package dev.wharf.sandbox;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.wharf.platform.ApiCode;
import dev.wharf.platform.ApiException;
import dev.wharf.platform.GatewayClient;
import dev.wharf.platform.GatewayConfig;
import dev.wharf.platform.ProxySetting;
import java.net.URI;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;

/** The real gateway client against a sandbox server (no proxy, no client-side rate limit to speak of). */
final class ClientFixture {
    private ClientFixture() {
    }

    static GatewayClient client(SandboxServer server) {
        URI uri = server.gatewayUri();
        Credentials cr = server.credentials();
        return new GatewayClient(GatewayConfig.of(uri.getScheme() + "://" + uri.getAuthority(), cr.appId(),
                cr.appSecret(), cr.authCode()).withProxy(ProxySetting.NONE).withCallsPerMinute(100_000));
    }

    /** Asserts the call is refused as a whole with 0001 and a message containing {@code english}. */
    static void invalid(ThrowingCallable call, String english) {
        assertThatThrownBy(call).isInstanceOfSatisfying(ApiException.class, e -> {
            org.assertj.core.api.Assertions.assertThat(e.code()).isEqualTo(ApiCode.INVALID_PARAMETER);
            org.assertj.core.api.Assertions.assertThat(e.platformMessage()).contains(english);
        });
    }
}
