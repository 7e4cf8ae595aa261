package dev.wharf.app;

import static org.assertj.core.api.Assertions.assertThat;

import dev.wharf.common.AppPaths;
import dev.wharf.sync.credentials.SecretStores;
import dev.wharf.sync.credentials.ShopSecrets;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The secret store is chosen (the keychain probed) on first use only, and only once. */
class LazySecretStoreTest {
    @TempDir
    Path home;

    @Test
    void choosesOnFirstUseOnlyAndThenDelegates() {
        AtomicInteger probes = new AtomicInteger();
        AppPaths paths = new AppPaths(home);
        LazySecretStore store = new LazySecretStore(() -> {
            probes.incrementAndGet();
            return SecretStores.forThisMachine(paths, name -> home.resolve("profiles").resolve(name));
        });
        assertThat(probes).hasValue(0);
        assertThat(store.chosen()).isFalse();

        store.save("tokyo", new ShopSecrets("secret-1234567890", "auth-1234567890"));
        assertThat(store.load("tokyo")).contains(new ShopSecrets("secret-1234567890", "auth-1234567890"));
        assertThat(store.protection()).isNotNull();
        store.delete("tokyo");
        assertThat(store.load("tokyo")).isEmpty();

        assertThat(probes).hasValue(1);
        assertThat(store.chosen()).isTrue();
    }
}
