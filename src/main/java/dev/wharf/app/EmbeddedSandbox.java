package dev.wharf.app;

import dev.wharf.sandbox.SandboxConfig;
import dev.wharf.sandbox.SandboxServer;
import java.nio.file.Path;
import java.util.function.UnaryOperator;

/**
 * The sandbox shop a profile opened from the first-run screen: the sandbox platform server on a free loopback port,
 * its shop kept in the profile's {@code sandbox} folder (delete the whole profile folder to reset it for the next
 * training group). Started by the composition root each time such a profile opens.
 */
final class EmbeddedSandbox implements AutoCloseable {
    static final String FOLDER = dev.wharf.sync.connect.ShopProfile.SANDBOX_FOLDER;

    private final SandboxServer server;

    private EmbeddedSandbox(SandboxServer server) {
        this.server = server;
    }

    /** Starts (creating on first use) the sandbox shop of {@code profileDir}; slow on first use, never on FX thread. */
    static EmbeddedSandbox start(Path profileDir, UnaryOperator<SandboxConfig> tuning) {
        return new EmbeddedSandbox(SandboxServer.start(tuning.apply(SandboxConfig.of(profileDir.resolve(FOLDER))
                .withPort(0))));
    }

    String baseUrl() {
        return server.baseUri().toString();
    }

    String appId() {
        return server.credentials().appId();
    }

    String appSecret() {
        return server.credentials().appSecret();
    }

    String authCode() {
        return server.credentials().authCode();
    }

    @Override
    public void close() {
        server.close();
    }
}
