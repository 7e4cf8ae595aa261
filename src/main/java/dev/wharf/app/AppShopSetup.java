package dev.wharf.app;

import dev.wharf.platform.GatewayConfig;
import dev.wharf.sync.connect.ConnectionCheck;
import dev.wharf.sync.connect.ConnectionService;
import dev.wharf.sync.connect.ShopSetup;
import java.util.function.Supplier;

/** {@link ShopSetup} of the composition root: real shops through the connection service, the sandbox started here. */
final class AppShopSetup implements ShopSetup {
    static final String SANDBOX_NAME = "Sandbox";

    private final ConnectionService connections;
    private final Supplier<EmbeddedSandbox> sandbox;
    private final Supplier<String> protectionId;

    AppShopSetup(ConnectionService connections, Supplier<EmbeddedSandbox> sandbox, Supplier<String> protectionId) {
        this.connections = connections;
        this.sandbox = sandbox;
        this.protectionId = protectionId;
    }

    @Override
    public ConnectionCheck test(String gatewayUrl, String appId, String appSecret, String authCode) {
        return connections.test(config(gatewayUrl, appId, appSecret, authCode));
    }

    @Override
    public ConnectionCheck connect(String gatewayUrl, String appId, String appSecret, String authCode) {
        return connections.connect(appId.strip(), config(gatewayUrl, appId, appSecret, authCode), false);
    }

    @Override
    public ConnectionCheck connectSandbox() {
        EmbeddedSandbox shop = sandbox.get();
        return connections.connect(SANDBOX_NAME,
                GatewayConfig.of(shop.baseUrl(), shop.appId(), shop.appSecret(), shop.authCode()), true);
    }

    @Override
    public String protectionId() {
        return protectionId.get();
    }

    private static GatewayConfig config(String url, String appId, String appSecret, String authCode) {
        return GatewayConfig.of(url.strip(), appId.strip(), appSecret.strip(), authCode.strip());
    }
}
