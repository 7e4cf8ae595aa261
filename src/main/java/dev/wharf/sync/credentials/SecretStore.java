package dev.wharf.sync.credentials;

import java.util.Optional;

/**
 * Keeps each shop profile's {@link ShopSecrets} so that they never lie on disk in plain text. Implementations never
 * log the secrets nor put them in exception messages. Calls may touch the disk or the OS keychain (and a keychain may
 * ask the user to unlock it): never call them on the JavaFX thread.
 */
public interface SecretStore {

    /** Saves the secrets of a profile, replacing any saved before. */
    void save(String profileKey, ShopSecrets secrets);

    /**
     * The saved secrets of a profile, or empty when none were saved.
     *
     * @throws CredentialsUnreadableException when secrets were saved but cannot be read back (changed, damaged,
     *                                        copied from another profile, or their key is gone): the user connects the
     *                                        shop again
     */
    Optional<ShopSecrets> load(String profileKey);

    /** Removes the saved secrets of a profile; nothing happens when there are none. */
    void delete(String profileKey);

    /** What protects the secrets, for the user. */
    Protection protection();
}
