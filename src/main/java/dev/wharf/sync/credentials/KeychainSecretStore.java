package dev.wharf.sync.credentials;

import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secrets in the OS keychain: service {@value #SERVICE}, account {@code profile/<profile key>}, the value the
 * Base64 of {@link SecretCodec}'s bytes (the keychain encrypts it; Base64 only makes it text).
 */
final class KeychainSecretStore implements SecretStore {
    private static final Logger LOG = LoggerFactory.getLogger(KeychainSecretStore.class);
    static final String SERVICE = "Wharf";
    /** Profile names cannot hold '/', so no profile's account looks like the factory's probe entry. */
    static final String PROFILE_ACCOUNT_PREFIX = "profile/";

    private final Keychain keychain;

    KeychainSecretStore(Keychain keychain) {
        this.keychain = Objects.requireNonNull(keychain, "keychain");
    }

    static String account(String profileKey) {
        return PROFILE_ACCOUNT_PREFIX + SealedFileSecretStore.requireKey(profileKey);
    }

    @Override
    public void save(String profileKey, ShopSecrets secrets) {
        Objects.requireNonNull(secrets, "secrets");
        String account = account(profileKey);
        byte[] bytes = SecretCodec.encode(secrets);
        String value = Base64.getEncoder().encodeToString(bytes);
        Secrets.wipe(bytes);
        try {
            keychain.set(SERVICE, account, value);
            LOG.debug("Saved the credentials of profile {} in the {}", profileKey, protection().id());
        } catch (RuntimeException e) {
            List<String> values = new ArrayList<>(Secrets.valuesOf(secrets));
            values.add(value);
            throw new SecretStoreException("The OS keychain could not save the credentials for profile " + profileKey,
                    Secrets.scrubbed(e, values));
        }
    }

    @Override
    public Optional<ShopSecrets> load(String profileKey) {
        String account = account(profileKey);
        Optional<String> value;
        try {
            value = keychain.get(SERVICE, account);
        } catch (RuntimeException e) {
            throw new SecretStoreException("The OS keychain could not read the credentials for profile "
                    + profileKey, Secrets.scrubbed(e, List.of()));
        }
        if (value.isEmpty()) {
            return Optional.empty();
        }
        byte[] bytes = null;
        try {
            try {
                bytes = Base64.getDecoder().decode(value.get());
            } catch (IllegalArgumentException e) {
                // Base64's message quotes the offending character: not passed on.
                throw new IllegalArgumentException("it is not Base64");
            }
            ShopSecrets secrets = SecretCodec.decode(bytes);
            LOG.debug("Loaded the credentials of profile {} from the {}", profileKey, protection().id());
            return Optional.of(secrets);
        } catch (IllegalArgumentException e) {
            throw new CredentialsUnreadableException(profileKey, "the keychain entry " + SERVICE + "/" + account
                    + " is not one Wharf wrote: " + e.getMessage());
        } finally {
            Secrets.wipe(bytes);
        }
    }

    @Override
    public void delete(String profileKey) {
        String account = account(profileKey);
        try {
            keychain.delete(SERVICE, account);
        } catch (RuntimeException e) {
            throw new SecretStoreException("The OS keychain could not delete the credentials for profile "
                    + profileKey, Secrets.scrubbed(e, List.of()));
        }
    }

    @Override
    public Protection protection() {
        return Protection.keychain(keychain.kind(), SERVICE);
    }
}
