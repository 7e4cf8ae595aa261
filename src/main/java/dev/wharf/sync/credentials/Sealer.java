package dev.wharf.sync.credentials;

/**
 * Encrypts and authenticates the bytes of a secrets file, bound to a context (the file header and the profile key):
 * bytes sealed for one context do not open in another.
 */
interface Sealer {

    /** What protects the sealed bytes, for the user. */
    Protection protection();

    /** The byte in the file header that tells which sealer wrote the file. */
    byte formatId();

    byte[] seal(byte[] plaintext, byte[] context);

    /** @throws UnsealException when the bytes were changed, cut short, sealed for another context or their key is gone */
    byte[] open(byte[] sealed, byte[] context) throws UnsealException;

    /** The sealed bytes cannot be opened; the message says why, for the log, and holds no secret. */
    final class UnsealException extends Exception {
        private static final long serialVersionUID = 1L;

        UnsealException(String reason) {
            super(reason);
        }

        UnsealException(String reason, Throwable cause) {
            super(reason, cause);
        }
    }
}
