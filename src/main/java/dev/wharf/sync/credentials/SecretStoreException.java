package dev.wharf.sync.credentials;

/** A secret store could not do its work. The message never contains a secret. */
public class SecretStoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public SecretStoreException(String message) {
        super(message);
    }

    public SecretStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
