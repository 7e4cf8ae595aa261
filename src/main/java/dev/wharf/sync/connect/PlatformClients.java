package dev.wharf.sync.connect;

import dev.wharf.platform.GatewayConfig;
import dev.wharf.platform.PlatformApi;

/** Makes a platform client for a configuration (the real {@code GatewayClient}; tests may wrap it). */
@FunctionalInterface
public interface PlatformClients {
    PlatformApi open(GatewayConfig config);

    /** Closes a client made by {@link #open} if it holds resources. */
    static void close(PlatformApi api) {
        if (api instanceof AutoCloseable closeable) {
            try {
                closeable.close();
            } catch (Exception e) {
                // closing a client only releases connections; nothing to report
            }
        }
    }
}
