package dev.wharf.sync.connect;

/**
 * What the first-run screen asks of the application: test or connect a real shop from what the user typed, or open
 * the built-in sandbox shop. Blocking calls; the screen runs them as background tasks.
 */
public interface ShopSetup {
    ConnectionCheck test(String gatewayUrl, String appId, String appSecret, String authCode);

    /** Tests and, when the test passes, saves the shop and its secrets for this profile. */
    ConnectionCheck connect(String gatewayUrl, String appId, String appSecret, String authCode);

    /** Starts the sandbox shop on this computer (creating it on first use) and connects this profile to it. */
    ConnectionCheck connectSandbox();

    /**
     * What protects the saved secrets, as the id of a {@code Protection} kind (for the screen's text). Blocking: the
     * first call may choose the secret store, which probes the OS keychain.
     */
    String protectionId();
}
