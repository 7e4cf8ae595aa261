package dev.wharf.platform;

/** The gateway answered with a public error code (0001–0009). */
public class ApiException extends PlatformException {
    private static final long serialVersionUID = 1L;

    private final ApiCode code;
    private final String platformMessage;

    public ApiException(String method, ApiCode code, String platformMessage) {
        super(method, method + " failed with " + code.code() + " (" + code.name().toLowerCase(java.util.Locale.ROOT)
                .replace('_', ' ') + ")" + (platformMessage == null || platformMessage.isBlank() ? ""
                : ": " + platformMessage), null);
        this.code = code;
        this.platformMessage = platformMessage;
    }

    public ApiCode code() {
        return code;
    }

    /** The message the platform sent with the code, as sent (often Chinese). */
    public String platformMessage() {
        return platformMessage;
    }

    @Override
    public boolean isTransient() {
        return code == ApiCode.TRY_AGAIN_LATER;
    }

    /** Maps a public code to its typed exception. */
    public static ApiException of(String method, ApiCode code, String message, java.time.Instant serverTime) {
        return switch (code) {
            case INVALID_TIMESTAMP -> new ClockSkewException(method, message, serverTime);
            case INVALID_AUTH_CODE, SIGNATURE_MISMATCH -> new CredentialsRejectedException(method, code, message);
            default -> new ApiException(method, code, message);
        };
    }
}
