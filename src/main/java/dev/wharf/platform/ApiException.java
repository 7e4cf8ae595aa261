package dev.wharf.platform;

import java.time.Instant;
import java.util.Locale;

/**
 * The gateway answered with an error code instead of 0000. The call reached the gateway and was refused, so a
 * write was not applied ({@link #mayHaveBeenApplied()} is false).
 */
public class ApiException extends PlatformException {
    private static final long serialVersionUID = 1L;

    private final ApiCode code;
    private final String rawCode;
    private final String platformMessage;

    public ApiException(String method, ApiCode code, String platformMessage) {
        this(method, code, code.code(), platformMessage);
    }

    /** For a code outside the documented set: {@code code} is {@link ApiCode#UNKNOWN}, {@code rawCode} as sent. */
    public ApiException(String method, ApiCode code, String rawCode, String platformMessage) {
        super(method, method + " failed with " + rawCode + " (" + describe(code) + ")"
                + (platformMessage == null || platformMessage.isBlank() ? "" : ": " + platformMessage), null);
        this.code = code;
        this.rawCode = rawCode;
        this.platformMessage = platformMessage;
    }

    private static String describe(ApiCode code) {
        return code == ApiCode.UNKNOWN ? "undocumented code"
                : code.name().toLowerCase(Locale.ROOT).replace('_', ' ');
    }

    public ApiCode code() {
        return code;
    }

    /** The code exactly as the gateway sent it (differs from {@code code().code()} only for UNKNOWN). */
    public String rawCode() {
        return rawCode;
    }

    /** The message the platform sent with the code, as sent (often Chinese). */
    public String platformMessage() {
        return platformMessage;
    }

    /** Only 0009 ("failed, try again later") and 0003 (see {@link ClockSkewException}) are worth retrying as is. */
    @Override
    public boolean isTransient() {
        return code == ApiCode.TRY_AGAIN_LATER;
    }

    /** Maps a public code to its typed exception. */
    public static ApiException of(String method, ApiCode code, String message, Instant serverTime) {
        if (code == ApiCode.SUCCESS) {
            throw new IllegalArgumentException("0000 is not an error");
        }
        return switch (code) {
            case INVALID_TIMESTAMP -> new ClockSkewException(method, message, serverTime);
            case INVALID_AUTH_CODE, SIGNATURE_MISMATCH -> new CredentialsRejectedException(method, code, message);
            default -> new ApiException(method, code, message);
        };
    }

    /**
     * Maps a code string as received: documented codes as {@link #of(String, ApiCode, String, Instant)}, any other
     * (e.g. "0007", or a missing code) to a plain ApiException of {@link ApiCode#UNKNOWN} that is not transient, so
     * it reaches the user instead of being retried blindly.
     */
    public static ApiException of(String method, String rawCode, String message, Instant serverTime) {
        ApiCode code = ApiCode.parse(rawCode);
        return code == ApiCode.UNKNOWN ? new ApiException(method, code, String.valueOf(rawCode), message)
                : of(method, code, message, serverTime);
    }
}
