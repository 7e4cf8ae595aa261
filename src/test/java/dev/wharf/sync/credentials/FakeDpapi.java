package dev.wharf.sync.credentials;

import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * Stands in for Windows DPAPI on other OSes: authenticated encryption under a key of its own (the "Windows
 * account"), the entropy bound in, and a RuntimeException (as jna-platform's Win32Exception) when a blob does not
 * open.
 */
class FakeDpapi implements DpapiSealer.Dpapi {
    private final byte[] accountKey = new byte[32];
    private final SecureRandom random = new SecureRandom();
    int calls;

    FakeDpapi() {
        random.nextBytes(accountKey);
    }

    @Override
    public byte[] protect(byte[] data, byte[] entropy) {
        calls++;
        byte[] nonce = new byte[12];
        random.nextBytes(nonce);
        try {
            Cipher cipher = cipher(Cipher.ENCRYPT_MODE, nonce, entropy);
            byte[] sealed = cipher.doFinal(data);
            return ByteBuffer.allocate(12 + sealed.length).put(nonce).put(sealed).array();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    @Override
    public byte[] unprotect(byte[] blob, byte[] entropy) {
        calls++;
        try {
            Cipher cipher = cipher(Cipher.DECRYPT_MODE, Arrays.copyOf(blob, 12), entropy);
            return cipher.doFinal(blob, 12, blob.length - 12);
        } catch (GeneralSecurityException | RuntimeException e) {
            throw new IllegalStateException("The data is invalid. (fake Win32 error 13)");
        }
    }

    private Cipher cipher(int mode, byte[] nonce, byte[] entropy) throws GeneralSecurityException {
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(accountKey, "AES"), new GCMParameterSpec(128, nonce));
        cipher.updateAAD(entropy);
        return cipher;
    }
}
