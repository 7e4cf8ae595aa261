package dev.wharf.platform;

import java.time.Instant;
import java.util.Optional;

/** 0003: the request's timestamp was more than 10 minutes off the platform's clock. */
public final class ClockSkewException extends ApiException {
    private static final long serialVersionUID = 1L;

    private final transient Instant serverTime;

    public ClockSkewException(String method, String message, Instant serverTime) {
        super(method, ApiCode.INVALID_TIMESTAMP, message);
        this.serverTime = serverTime;
    }

    /** The platform's time from the response's Date header, when it sent one: correct the clock offset with it. */
    public Optional<Instant> serverTime() {
        return Optional.ofNullable(serverTime);
    }

    @Override
    public boolean isTransient() {
        return true;
    }
}
