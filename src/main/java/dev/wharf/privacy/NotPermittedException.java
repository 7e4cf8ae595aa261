package dev.wharf.privacy;

/** The profile's role does not allow the action on personal data (nothing was shown, exported or written). */
public final class NotPermittedException extends RuntimeException {
    public NotPermittedException(String message) {
        super(message);
    }
}
