package dev.wharf.sync.credentials;

import dev.wharf.common.AppPaths;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Chooses how this machine keeps shop secrets (decision 0005):
 * <ul>
 *   <li>Windows: a file in the profile folder encrypted with DPAPI for the current Windows user;</li>
 *   <li>macOS: the user's Keychain; Linux: the desktop session's Secret Service (GNOME Keyring, KWallet…);</li>
 *   <li>otherwise, or when those do not work: a file in the profile folder encrypted with AES-256-GCM, its key in
 *       {@value #KEY_FILE} in the user-data folder, readable only by the user's OS account.</li>
 * </ul>
 * The OS store is used only after a probe worked: a test entry written, read back and deleted (a DPAPI round trip
 * in memory on Windows). Logs which store it chose, never a secret. The probe may wait for the user to unlock a
 * keychain: call this off the JavaFX thread.
 */
public final class SecretStores {
    private static final Logger LOG = LoggerFactory.getLogger(SecretStores.class);
    /** The AES key file in the user-data folder, shared by all profiles of this user. */
    public static final String KEY_FILE = "secrets.key";
    /** The secrets file in a profile folder, with the AES-GCM file store. */
    public static final String ENCRYPTED_FILE = "secrets.enc";
    /** The secrets file in a profile folder, with Windows DPAPI. */
    public static final String DPAPI_FILE = "secrets.dpapi";
    static final String PROBE_ACCOUNT_PREFIX = "probe/";

    private SecretStores() {
    }

    /** The store for this OS and user: the OS keychain (or DPAPI) when it works, else the encrypted file. */
    public static SecretStore forThisMachine(AppPaths paths) {
        return forThisMachine(paths, paths::profileDir);
    }

    /**
     * As {@link #forThisMachine(AppPaths)}, with the folder of each profile key given (for profiles outside the
     * user-data folder, {@code --profile DIR}); the key file stays in the user-data folder.
     */
    public static SecretStore forThisMachine(AppPaths paths, Function<String, Path> profileDirs) {
        String os = System.getProperty("os.name", "");
        return choose(os, paths, profileDirs, () -> JavaKeyringKeychain.open(os), WindowsDpapi::new);
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

    /**
     * @param keychains opens this OS's keychain, throwing when there is none
     * @param dpapi     makes the DPAPI calls (only asked for on Windows)
     */
    static SecretStore choose(String osName, AppPaths paths, Supplier<Keychain> keychains,
            Supplier<DpapiSealer.Dpapi> dpapi) {
        return choose(osName, paths, paths::profileDir, keychains, dpapi);
    }

    static SecretStore choose(String osName, AppPaths paths, Function<String, Path> profileDirs,
            Supplier<Keychain> keychains, Supplier<DpapiSealer.Dpapi> dpapi) {
        Optional<SecretStore> osStore = osName.toLowerCase(Locale.ROOT).startsWith("windows")
                ? probeDpapi(dpapi).map(d -> dpapiFile(d, profileDirs))
                : probeKeychain(keychains).map(KeychainSecretStore::new);
        SecretStore store = osStore.orElseGet(() -> encryptedFile(keyFile(paths), profileDirs));
        Protection protection = store.protection();
        LOG.info("Shop credentials are kept by: {} ({})", protection.id(), protection.detail());
        return store;
    }

    /** Opens the keychain and writes, reads back and deletes a random test entry; empty when any step fails. */
    static Optional<Keychain> probeKeychain(Supplier<Keychain> keychains) {
        Keychain keychain;
        try {
            keychain = keychains.get();
        } catch (RuntimeException | LinkageError e) {
            LOG.info("No OS keychain; shop credentials go to an encrypted file ({})", e.getMessage());
            return Optional.empty();
        }
        String account = PROBE_ACCOUNT_PREFIX + UUID.randomUUID();
        String value = "wharf-probe-" + UUID.randomUUID();
        try {
            keychain.set(KeychainSecretStore.SERVICE, account, value);
            if (!keychain.get(KeychainSecretStore.SERVICE, account).filter(value::equals).isPresent()) {
                throw new SecretStoreException("the test entry did not read back");
            }
            keychain.delete(KeychainSecretStore.SERVICE, account);
            return Optional.of(keychain);
        } catch (RuntimeException | LinkageError e) {
            LOG.info("The {} does not work; shop credentials go to an encrypted file ({})", keychain.kind().id(),
                    Secrets.mask(String.valueOf(e), List.of(value)));
            try {
                keychain.delete(KeychainSecretStore.SERVICE, account);
            } catch (RuntimeException | LinkageError cleanupFailed) {
                LOG.warn("Could not remove the keychain test entry {}/{}: {}", KeychainSecretStore.SERVICE, account,
                        Secrets.mask(String.valueOf(cleanupFailed), List.of(value)));
            }
            return Optional.empty();
        }
    }

    /** Encrypts and decrypts random bytes with DPAPI; empty when that fails. */
    static Optional<DpapiSealer.Dpapi> probeDpapi(Supplier<DpapiSealer.Dpapi> dpapis) {
        try {
            DpapiSealer.Dpapi dpapi = dpapis.get();
            byte[] data = new byte[32];
            byte[] entropy = "wharf-probe".getBytes(StandardCharsets.US_ASCII);
            new SecureRandom().nextBytes(data);
            if (!Arrays.equals(dpapi.unprotect(dpapi.protect(data, entropy), entropy), data)) {
                throw new SecretStoreException("DPAPI did not give back what it encrypted");
            }
            return Optional.of(dpapi);
        } catch (RuntimeException | LinkageError e) {
            LOG.info("Windows DPAPI does not work; shop credentials go to an encrypted file ({})",
                    String.valueOf(e));
            return Optional.empty();
        }
    }
}
