package dev.wharf.platform;

/**
 * Any failure talking to the platform. Subclasses say what kind, so the sync layer can decide: retry later
 * ({@link #isTransient()}), fix the clock, ask the user for credentials, or give up on a bad request.
 */
public abstract class PlatformException extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final String method;

    protected PlatformException(String method, String message, Throwable cause) {
        super(message, cause);
        this.method = method;
    }

    /** The gateway method that was called. */
    public String method() {
        return method;
    }

    /** True when the same call may succeed later without any change (busy platform, network trouble). */
    public abstract boolean isTransient();

    /**
     * True when a write may have taken effect although no answer arrived (timeout or dropped connection after the
     * request was sent): check the platform's state before sending it again.
     */
    public boolean mayHaveBeenApplied() {
        return false;
    }
}
