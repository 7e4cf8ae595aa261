package dev.wharf.app;

import dev.wharf.app.profiles.ShopReconnect;
import dev.wharf.platform.GatewayConfig;
import dev.wharf.sync.SyncStatus;
import dev.wharf.sync.connect.ConnectionCheck;
import dev.wharf.sync.connect.ConnectionService;
import dev.wharf.sync.connect.ShopProfile;
import java.util.Optional;
import java.util.function.Supplier;

/** {@link ShopReconnect} of the composition root: tests and saves through the connection service, then restarts. */
final class AppReconnect implements ShopReconnect {
    private final ConnectionService connections;
    private final Supplier<EmbeddedSandbox> sandbox;
    private final Supplier<SyncStatus.Credentials> problem;
    private final Runnable restartSync;
    private final Supplier<String> protectionId;

    AppReconnect(ConnectionService connections, Supplier<EmbeddedSandbox> sandbox,
                 Supplier<SyncStatus.Credentials> problem, Runnable restartSync, Supplier<String> protectionId) {
        this.connections = connections;
        this.sandbox = sandbox;
        this.problem = problem;
        this.restartSync = restartSync;
        this.protectionId = protectionId;
    }

    @Override
    public Optional<ShopProfile> shop() {
        return connections.current();
    }

    @Override
    public SyncStatus.Credentials problem() {
        return problem.get();
    }

    @Override
    public ConnectionCheck test(String gatewayUrl, String appSecret, String authCode) {
        ShopProfile shop = connections.current().orElseThrow();
        return connections.test(GatewayConfig.of(gatewayUrl.strip(), shop.appId(), appSecret.strip(),
                authCode.strip()));
    }

    @Override
    public ConnectionCheck reconnect(String gatewayUrl, String appSecret, String authCode) {
        ShopProfile shop = connections.current().orElseThrow();
        ConnectionCheck check;
        if (shop.sandbox()) {
            EmbeddedSandbox own = sandbox.get();
            check = connections.connect(shop.displayName(),
                    GatewayConfig.of(own.baseUrl(), own.appId(), own.appSecret(), own.authCode()), true);
        } else {
            check = connections.connect(shop.displayName(), GatewayConfig.of(gatewayUrl.strip(), shop.appId(),
                    appSecret.strip(), authCode.strip()), false);
        }
        if (check.ok()) {
            restartSync.run();
        }
        return check;
    }

    @Override
    public String protectionId() {
        return protectionId.get();
    }
}
