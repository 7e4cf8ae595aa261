package dev.wharf.platform;

/**
 * No usable answer: connection refused or dropped, timeout, HTTP error status, or a body that is not the gateway's
 * JSON. Always transient. {@link #mayHaveBeenApplied()} is true when the request had been sent.
 */
public final class TransportException extends PlatformException {
    private static final long serialVersionUID = 1L;

    private final boolean requestSent;
    private final int httpStatus;

    public TransportException(String method, String message, boolean requestSent, int httpStatus, Throwable cause) {
        super(method, message, cause);
        this.requestSent = requestSent;
        this.httpStatus = httpStatus;
    }

    /** The HTTP status, or 0 when no response arrived. */
    public int httpStatus() {
        return httpStatus;
    }

    @Override
    public boolean isTransient() {
        return true;
    }

    @Override
    public boolean mayHaveBeenApplied() {
        return requestSent;
    }
}
