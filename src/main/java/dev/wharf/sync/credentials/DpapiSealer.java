package dev.wharf.sync.credentials;

/**
 * Windows DPAPI in the current-user scope: only this Windows account (with its logon password) can open what it
 * sealed; the context is DPAPI's "optional entropy", so a file copied to another profile does not open. DPAPI
 * authenticates its blobs, so a changed byte fails too.
 */
final class DpapiSealer implements Sealer {
    static final byte FORMAT_ID = 2;

    /** The two DPAPI calls, behind an interface so the file handling is tested on any OS. */
    interface Dpapi {
        byte[] protect(byte[] data, byte[] entropy);

        byte[] unprotect(byte[] blob, byte[] entropy);
    }

    private final Dpapi dpapi;
    private final String fileName;

    DpapiSealer(Dpapi dpapi, String fileName) {
        this.dpapi = dpapi;
        this.fileName = fileName;
    }

    @Override
    public Protection protection() {
        return Protection.windowsDpapi(fileName);
    }

    @Override
    public byte formatId() {
        return FORMAT_ID;
    }

    @Override
    public byte[] seal(byte[] plaintext, byte[] context) {
        try {
            return dpapi.protect(plaintext, context);
        } catch (RuntimeException e) {
            throw new SecretStoreException("Windows could not encrypt the credentials: " + e.getMessage(), e);
        }
    }

    @Override
    public byte[] open(byte[] sealed, byte[] context) throws UnsealException {
        try {
            return dpapi.unprotect(sealed, context);
        } catch (RuntimeException e) {
            throw new UnsealException("Windows could not decrypt the file for this user (changed or damaged, "
                    + "another profile's, or saved by another Windows account): " + e.getMessage(), e);
        }
    }
}
