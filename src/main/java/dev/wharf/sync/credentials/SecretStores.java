package dev.wharf.sync.credentials;

import dev.wharf.common.AppPaths;
import java.nio.file.Path;
import java.util.function.Function;

/**
 * The secret stores of this package. The encrypted-file store keeps each profile's secrets in
 * {@value #ENCRYPTED_FILE} in its folder, encrypted with AES-256-GCM under a key in {@value #KEY_FILE} in the
 * user-data folder, readable only by the user's OS account (decision 0005).
 */
public final class SecretStores {
    /** The AES key file in the user-data folder, shared by all profiles of this user. */
    public static final String KEY_FILE = "secrets.key";
    /** The secrets file in a profile folder, with the AES-GCM file store. */
    public static final String ENCRYPTED_FILE = "secrets.enc";
    /** The secrets file in a profile folder, with Windows DPAPI. */
    public static final String DPAPI_FILE = "secrets.dpapi";

    private SecretStores() {
    }

    /** The encrypted-file store: secrets in each profile folder, the key in {@link #keyFile(AppPaths)}. */
    public static SecretStore encryptedFile(AppPaths paths) {
        return encryptedFile(keyFile(paths), paths::profileDir);
    }

    /** Where the encrypted-file store keeps its key. */
    public static Path keyFile(AppPaths paths) {
        return paths.home().resolve(KEY_FILE);
    }

    static SealedFileSecretStore encryptedFile(Path keyFile, Function<String, Path> profileDirs) {
        return new SealedFileSecretStore(ENCRYPTED_FILE, profileDirs, new AesGcmKeyFileSealer(keyFile));
    }

    static SealedFileSecretStore dpapiFile(DpapiSealer.Dpapi dpapi, Function<String, Path> profileDirs) {
        return new SealedFileSecretStore(DPAPI_FILE, profileDirs, new DpapiSealer(dpapi, DPAPI_FILE));
    }
}
