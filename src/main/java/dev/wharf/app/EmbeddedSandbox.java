package dev.wharf.app;

import dev.wharf.sandbox.SandboxConfig;
import dev.wharf.sandbox.SandboxServer;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The sandbox shop a profile opened from the first-run screen: the sandbox platform server on a loopback port,
 * its shop kept in the profile's {@code sandbox} folder (delete the whole profile folder to reset it for the next
 * training group). Started by the composition root each time such a profile opens, on the port it had last time
 * when that port is free (the product image addresses the shop already pulled keep working after a restart), else
 * on a free one.
 */
final class EmbeddedSandbox implements AutoCloseable {
    private static final Logger LOG = LoggerFactory.getLogger(EmbeddedSandbox.class);
    static final String FOLDER = dev.wharf.sync.connect.ShopProfile.SANDBOX_FOLDER;
    private static final String PORT_FILE = "port";

    private final SandboxServer server;

    private EmbeddedSandbox(SandboxServer server) {
        this.server = server;
    }

    /** Starts (creating on first use) the sandbox shop of {@code profileDir}; slow on first use, never on FX thread. */
    static EmbeddedSandbox start(Path profileDir, UnaryOperator<SandboxConfig> tuning) {
        Path dir = profileDir.resolve(FOLDER);
        SandboxConfig config = tuning.apply(SandboxConfig.of(dir));
        int last = lastPort(dir.resolve(PORT_FILE));
        SandboxServer server = null;
        if (last > 0) {
            try {
                server = SandboxServer.start(config.withPort(last));
            } catch (UncheckedIOException e) {
                LOG.info("Sandbox port {} is taken; starting on a free port", last);
            }
        }
        if (server == null) {
            server = SandboxServer.start(config.withPort(0));
        }
        remember(dir.resolve(PORT_FILE), server.baseUri().getPort());
        return new EmbeddedSandbox(server);
    }

    private static int lastPort(Path file) {
        try {
            int port = Files.isRegularFile(file) ? Integer.parseInt(Files.readString(file).trim()) : 0;
            return port > 0 && port < 65536 ? port : 0;
        } catch (IOException | NumberFormatException e) {
            return 0;
        }
    }

    private static void remember(Path file, int port) {
        try {
            Files.writeString(file, Integer.toString(port));
        } catch (IOException e) {
            LOG.warn("Cannot remember the sandbox port in {}", file, e);
        }
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
