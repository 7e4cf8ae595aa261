package dev.wharf.app;

import dev.wharf.sync.credentials.Protection;
import dev.wharf.sync.credentials.SecretStore;
import dev.wharf.sync.credentials.ShopSecrets;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * The secret store, chosen on first use: choosing probes the OS keychain (about 0.25 s, and a keychain may ask to be
 * unlocked), which a profile with no shop does not need before the user connects one. Like every secret store call,
 * the first one must not run on the JavaFX thread.
 */
final class LazySecretStore implements SecretStore {
    private final Supplier<SecretStore> choose;
    private SecretStore chosen;

    LazySecretStore(Supplier<SecretStore> choose) {
        this.choose = choose;
    }

    private synchronized SecretStore store() {
        if (chosen == null) {
            chosen = choose.get();
        }
        return chosen;
    }

    /** True once the store was chosen (for tests). */
    synchronized boolean chosen() {
        return chosen != null;
    }

    @Override
    public void save(String profileKey, ShopSecrets secrets) {
        store().save(profileKey, secrets);
    }

    @Override
    public Optional<ShopSecrets> load(String profileKey) {
        return store().load(profileKey);
    }

    @Override
    public void delete(String profileKey) {
        store().delete(profileKey);
    }

    @Override
    public Protection protection() {
        return store().protection();
    }
}
