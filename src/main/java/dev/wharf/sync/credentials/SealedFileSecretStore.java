package dev.wharf.sync.credentials;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Secrets in a file of the profile folder, sealed by a {@link Sealer} (AES-GCM with Wharf's key file, or Windows
 * DPAPI). The file: a header ({@code WHSEC}, a version, the sealer's format id), then the sealed bytes. The header
 * and the profile key are the sealing context, so a file changed in any byte or copied to another profile does not
 * open. Written atomically and owner-only.
 */
final class SealedFileSecretStore implements SecretStore {
    private static final Logger LOG = LoggerFactory.getLogger(SealedFileSecretStore.class);
    private static final byte[] MAGIC = {'W', 'H', 'S', 'E', 'C'};
    private static final byte VERSION = 1;

    private final String fileName;
    private final Function<String, Path> profileDirs;
    private final Sealer sealer;
    private final byte[] header;

    /**
     * @param fileName    the secrets file's name inside a profile folder
     * @param profileDirs the folder of a profile key (for example {@code AppPaths::profileDir}, which also rejects
     *                    names that are not profile names)
     */
    SealedFileSecretStore(String fileName, Function<String, Path> profileDirs, Sealer sealer) {
        this.fileName = Objects.requireNonNull(fileName, "fileName");
        this.profileDirs = Objects.requireNonNull(profileDirs, "profileDirs");
        this.sealer = Objects.requireNonNull(sealer, "sealer");
        this.header = ByteBuffer.allocate(MAGIC.length + 2).put(MAGIC).put(VERSION).put(sealer.formatId()).array();
    }

    /** The secrets file of a profile. */
    Path file(String profileKey) {
        return profileDirs.apply(requireKey(profileKey)).resolve(fileName);
    }

    @Override
    public void save(String profileKey, ShopSecrets secrets) {
        Objects.requireNonNull(secrets, "secrets");
        Path file = file(profileKey);
        byte[] plaintext = SecretCodec.encode(secrets);
        try {
            byte[] sealed = sealer.seal(plaintext, context(profileKey));
            OwnerOnlyFiles.write(file, ByteBuffer.allocate(header.length + sealed.length).put(header).put(sealed)
                    .array());
            LOG.debug("Saved the credentials of profile {} in {} ({})", profileKey, file, protection().id());
        } catch (IOException e) {
            throw new SecretStoreException("Could not save the credentials for profile " + profileKey + " to "
                    + file + ": " + e.getMessage(), e);
        } finally {
            Secrets.wipe(plaintext);
        }
    }

    @Override
    public Optional<ShopSecrets> load(String profileKey) {
        Path file = file(profileKey);
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            return Optional.empty();
        } catch (IOException e) {
            throw new SecretStoreException("Could not read the saved credentials for profile " + profileKey
                    + " from " + file + ": " + e.getMessage(), e);
        }
        if (bytes.length <= header.length || !Arrays.equals(bytes, 0, header.length, header, 0, header.length)) {
            throw unreadable(profileKey, file, "it is not a credentials file of this kind, or it is cut short", null);
        }
        byte[] plaintext = null;
        try {
            plaintext = sealer.open(Arrays.copyOfRange(bytes, header.length, bytes.length), context(profileKey));
            ShopSecrets secrets = SecretCodec.decode(plaintext);
            LOG.debug("Loaded the credentials of profile {} from {}", profileKey, file);
            return Optional.of(secrets);
        } catch (Sealer.UnsealException e) {
            throw unreadable(profileKey, file, e.getMessage(), e);
        } catch (IllegalArgumentException e) {
            throw unreadable(profileKey, file, "its content is malformed: " + e.getMessage(), null);
        } finally {
            Secrets.wipe(plaintext);
        }
    }

    @Override
    public void delete(String profileKey) {
        Path file = file(profileKey);
        try {
            if (Files.deleteIfExists(file)) {
                LOG.debug("Deleted the saved credentials of profile {}", profileKey);
            }
        } catch (IOException e) {
            throw new SecretStoreException("Could not delete the saved credentials for profile " + profileKey
                    + " (" + file + "): " + e.getMessage(), e);
        }
    }

    @Override
    public Protection protection() {
        return sealer.protection();
    }

    /** The header, a zero byte and the profile key: what the seal is bound to. */
    private byte[] context(String profileKey) {
        byte[] key = profileKey.getBytes(StandardCharsets.UTF_8);
        return ByteBuffer.allocate(header.length + 1 + key.length).put(header).put((byte) 0).put(key).array();
    }

    private static CredentialsUnreadableException unreadable(String profileKey, Path file, String reason,
            Throwable cause) {
        String detail = reason + "; file " + file;
        return cause == null ? new CredentialsUnreadableException(profileKey, detail)
                : new CredentialsUnreadableException(profileKey, detail, cause);
    }

    static String requireKey(String profileKey) {
        Objects.requireNonNull(profileKey, "profileKey");
        if (profileKey.isBlank()) {
            throw new IllegalArgumentException("The profile key is empty");
        }
        return profileKey;
    }
}
