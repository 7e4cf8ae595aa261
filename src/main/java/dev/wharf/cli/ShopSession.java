package dev.wharf.cli;

import dev.wharf.common.Profile;
import dev.wharf.platform.GatewayClient;
import dev.wharf.platform.GatewayConfig;
import dev.wharf.sandbox.SandboxConfig;
import dev.wharf.sandbox.SandboxServer;
import dev.wharf.store.Database;
import dev.wharf.store.SqliteShopProfileStore;
import dev.wharf.store.StoreException;
import dev.wharf.store.sync.ShopSync;
import dev.wharf.sync.SyncStatus;
import dev.wharf.sync.connect.ConnectionService;
import dev.wharf.sync.connect.ShopProfile;
import dev.wharf.sync.credentials.SecretStores;
import java.time.Clock;
import java.util.Optional;

/**
 * The profile's connected shop for a command that talks to the platform, as {@code wharf sync} builds it: the
 * saved credentials, the sandbox shop started for a sandbox profile, the client and the {@link ShopSync}.
 */
final class ShopSession implements AutoCloseable {
    final ShopSync sync;
    private final SandboxServer sandbox;
    private final GatewayClient client;

    private ShopSession(ShopSync sync, SandboxServer sandbox, GatewayClient client) {
        this.sync = sync;
        this.sandbox = sandbox;
        this.client = client;
    }

    static ShopSession open(WharfCommand root, Database db) {
        Profile profile = root.profile();
        ConnectionService connections = new ConnectionService(new SqliteShopProfileStore(db),
                SecretStores.forThisMachine(root.paths(), n -> profile.dir()), profile.name(), GatewayClient::new,
                Clock.systemUTC());
        Optional<ShopProfile> shop = connections.current();
        if (shop.isEmpty()) {
            throw new StoreException("Profile " + profile.name() + " is not connected to a shop: run "
                    + "'wharf connect' (or open the workstation) first.");
        }
        SandboxServer sandbox = shop.get().sandbox() ? SandboxServer.start(SandboxConfig.of(profile.dir()
                .resolve(ShopProfile.SANDBOX_FOLDER)).withPort(0)) : null;
        try {
            GatewayConfig config = connections.gatewayConfig(sandbox == null ? null : sandbox.baseUri().toString())
                    .orElseThrow(() -> new StoreException("The saved credentials of profile " + profile.name()
                            + " are gone: run 'wharf connect' again."));
            GatewayClient client = new GatewayClient(config);
            return new ShopSession(new ShopSync(db, client, new SyncStatus(), Clock.systemUTC()), sandbox, client);
        } catch (RuntimeException e) {
            if (sandbox != null) {
                sandbox.close();
            }
            throw e;
        }
    }

    @Override
    public void close() {
        sync.close();
        client.close();
        if (sandbox != null) {
            sandbox.close();
        }
    }
}
