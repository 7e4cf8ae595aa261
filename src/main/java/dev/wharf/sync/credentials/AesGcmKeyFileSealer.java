package dev.wharf.sync.credentials;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.AEADBadTagException;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * AES-256-GCM with a random 96-bit nonce per seal and a 128-bit tag; the context is the associated data. The key is
 * 256 random bits in a key file of its own (created on the first seal, owner-only, written atomically), which
 * every profile of this user shares. Sealed bytes: nonce, then ciphertext and tag.
 */
final class AesGcmKeyFileSealer implements Sealer {
    private static final Logger LOG = LoggerFactory.getLogger(AesGcmKeyFileSealer.class);
    static final byte FORMAT_ID = 1;
    static final int KEY_BYTES = 32;
    static final int NONCE_BYTES = 12;
    static final int TAG_BITS = 128;
    /** The key file: this magic and version, then the key. */
    private static final byte[] KEY_MAGIC = {'W', 'H', 'K', 'E', 'Y', 1};

    private final Path keyFile;
    private final SecureRandom random = new SecureRandom();

    AesGcmKeyFileSealer(Path keyFile) {
        this.keyFile = keyFile.toAbsolutePath();
    }

    Path keyFile() {
        return keyFile;
    }

    @Override
    public Protection protection() {
        return Protection.encryptedFile(keyFile);
    }

    @Override
    public byte formatId() {
        return FORMAT_ID;
    }

    @Override
    public byte[] seal(byte[] plaintext, byte[] context) {
        byte[] key = keyForSealing();
        try {
            byte[] nonce = new byte[NONCE_BYTES];
            random.nextBytes(nonce);
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.ENCRYPT_MODE, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, nonce));
            cipher.updateAAD(context);
            byte[] sealed = cipher.doFinal(plaintext);
            return ByteBuffer.allocate(NONCE_BYTES + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new SecretStoreException("AES-GCM encryption is not available in this Java runtime", e);
        } finally {
            Secrets.wipe(key);
        }
    }

    @Override
    public byte[] open(byte[] sealed, byte[] context) throws UnsealException {
        if (sealed.length < NONCE_BYTES + TAG_BITS / 8) {
            throw new UnsealException("the file is cut short");
        }
        byte[] key = existingKey();
        try {
            Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
            cipher.init(Cipher.DECRYPT_MODE, new SecretKeySpec(key, "AES"),
                    new GCMParameterSpec(TAG_BITS, sealed, 0, NONCE_BYTES));
            cipher.updateAAD(context);
            return cipher.doFinal(sealed, NONCE_BYTES, sealed.length - NONCE_BYTES);
        } catch (AEADBadTagException e) {
            throw new UnsealException("the file was changed or damaged, belongs to another profile, "
                    + "or was encrypted with another key than " + keyFile);
        } catch (GeneralSecurityException e) {
            throw new SecretStoreException("AES-GCM decryption is not available in this Java runtime", e);
        } finally {
            Secrets.wipe(key);
        }
    }

    /**
     * The key, created on first use. A damaged key file opens nothing any more: it is kept aside as
     * {@code <name>.broken} and a new key is made. Synchronized so two saves in one process never make two keys.
     */
    private synchronized byte[] keyForSealing() {
        try {
            if (Files.exists(keyFile)) {
                try {
                    return existingKey();
                } catch (UnsealException damaged) {
                    Path aside = keyFile.resolveSibling(keyFile.getFileName() + ".broken");
                    Files.move(keyFile, aside, StandardCopyOption.REPLACE_EXISTING);
                    LOG.warn("The key file {} was unusable ({}); kept aside as {}; a new key is made",
                            keyFile, damaged.getMessage(), aside);
                }
            }
            createKey();
            // Read back what is on disk: should another process have just made a key too, both use the one that won.
            return existingKey();
        } catch (IOException e) {
            throw new SecretStoreException("Could not create the key file " + keyFile + ": " + e.getMessage(), e);
        } catch (UnsealException e) {
            throw new SecretStoreException("The new key file " + keyFile + " cannot be read back (" + e.getMessage()
                    + ")");
        }
    }

    private void createKey() throws IOException {
        byte[] key = new byte[KEY_BYTES];
        random.nextBytes(key);
        byte[] file = ByteBuffer.allocate(KEY_MAGIC.length + KEY_BYTES).put(KEY_MAGIC).put(key).array();
        try {
            OwnerOnlyFiles.write(keyFile, file);
        } finally {
            Secrets.wipe(key);
            Secrets.wipe(file);
        }
        LOG.info("Created the key for saved shop credentials: {}", keyFile);
    }

    private byte[] existingKey() throws UnsealException {
        byte[] file;
        try {
            if (OwnerOnlyFiles.tightenIfLoose(keyFile)) {
                LOG.warn("The key file {} could be read by other users; it is now readable by its owner only",
                        keyFile);
            }
            file = Files.readAllBytes(keyFile);
        } catch (NoSuchFileException e) {
            throw new UnsealException("its key file " + keyFile + " is missing");
        } catch (IOException e) {
            throw new SecretStoreException("Could not read the key file " + keyFile + ": " + e.getMessage(), e);
        }
        try {
            if (file.length != KEY_MAGIC.length + KEY_BYTES
                    || !Arrays.equals(file, 0, KEY_MAGIC.length, KEY_MAGIC, 0, KEY_MAGIC.length)) {
                throw new UnsealException("its key file " + keyFile + " is damaged");
            }
            return Arrays.copyOfRange(file, KEY_MAGIC.length, file.length);
        } finally {
            Secrets.wipe(file);
        }
    }
}
