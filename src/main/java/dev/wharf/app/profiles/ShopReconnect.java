package dev.wharf.app.profiles;

import dev.wharf.sync.SyncStatus;
import dev.wharf.sync.connect.ConnectionCheck;
import dev.wharf.sync.connect.ShopProfile;
import java.util.Optional;

/**
 * Connecting the open profile's shop again after its saved secrets became unreadable or the platform refused them
 * (provided by the composition root). The app ID stays the profile's: another app ID is another authorisation,
 * possibly another shop, and belongs in a new profile. Blocking calls; the dialog runs them as background tasks.
 */
public interface ShopReconnect {
    /** The shop the open profile is connected to; empty when it never was. */
    Optional<ShopProfile> shop();

    /** Why the shop needs connecting again, or {@code OK}. */
    SyncStatus.Credentials problem();

    /** One signed test call with the profile's app ID and what the user typed; nothing is saved. */
    ConnectionCheck test(String gatewayUrl, String appSecret, String authCode);

    /**
     * Tests, and when the test passes saves the secrets as the first run does and restarts the sync with them. For
     * the built-in sandbox shop the fields are ignored: the sandbox's own credentials are saved again.
     */
    ConnectionCheck reconnect(String gatewayUrl, String appSecret, String authCode);

    /** What protects saved secrets (a {@code Protection} kind id, as on the first-run screen). Blocking. */
    String protectionId();
}
