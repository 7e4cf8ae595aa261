package dev.wharf.sync.connect;

import java.time.Instant;
import java.util.Objects;

/**
 * The shop a profile is connected to. Secrets are not here: they live in the {@code SecretStore}.
 *
 * @param gatewayUrl the platform's base URL; for the sandbox shop, the URL it had when last started (it gets a new
 *                   free port each start)
 * @param sandbox    true for the built-in sandbox shop, which Wharf starts itself
 */
public record ShopProfile(String displayName, String gatewayUrl, String appId, boolean sandbox, Instant createdAt) {
    /** The folder, inside the profile folder, of a sandbox profile's own sandbox shop. */
    public static final String SANDBOX_FOLDER = "sandbox";

    public ShopProfile {
        Objects.requireNonNull(displayName, "displayName");
        Objects.requireNonNull(gatewayUrl, "gatewayUrl");
        Objects.requireNonNull(appId, "appId");
        Objects.requireNonNull(createdAt, "createdAt");
    }
}
