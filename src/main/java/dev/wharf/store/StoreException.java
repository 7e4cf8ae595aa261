package dev.wharf.store;

/** A failure of the local store, with a message meant for the user (technical detail is in the cause). */
public class StoreException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    public StoreException(String message, Throwable cause) {
        super(message, cause);
    }

    public StoreException(String message) {
        super(message);
    }
}
