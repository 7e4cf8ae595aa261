package dev.wharf.sync.credentials;

import static dev.wharf.sync.credentials.TestSecrets.SECRETS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.wharf.common.AppPaths;
import java.nio.file.Path;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The real OS keychain, only when asked for with {@code -Dwharf.test.keychain=true}: it writes to the keychain of
 * whoever runs it (and may make the OS ask to unlock it). On Linux, run it inside a D-Bus session with an unlocked
 * GNOME Keyring, as docs/decisions/0005-secrets.md shows.
 */
class KeychainOnThisMachineTest {
    @TempDir
    Path home;

    @Test
    void theFactoryChoosesTheKeychainAndItRoundTrips() {
        assumeTrue(Boolean.getBoolean("wharf.test.keychain"), "-Dwharf.test.keychain=true");
        assumeTrue(!System.getProperty("os.name", "").startsWith("Windows"), "Windows uses DPAPI");
        String profile = "keychain-test-" + UUID.randomUUID();

        SecretStore store = SecretStores.forThisMachine(new AppPaths(home));
        try {
            assertThat(store).isInstanceOf(KeychainSecretStore.class);
            assertThat(store.protection().kind().isOsKeystore()).isTrue();
            store.save(profile, SECRETS);
            assertThat(store.load(profile)).contains(SECRETS);
            store.save(profile, TestSecrets.OTHER);
            assertThat(store.load(profile)).contains(TestSecrets.OTHER);
        } finally {
            store.delete(profile);
        }
        assertThat(store.load(profile)).isEmpty();
    }
}
