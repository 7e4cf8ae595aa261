package dev.wharf.platform;

import java.util.Arrays;
import java.util.Optional;

/**
 * The gateway's public response codes. {@link #UNKNOWN} stands for any other code string the gateway may send
 * (the handbook documents 0000–0006 and 0009 only); the exception keeps the code as sent
 * ({@link ApiException#rawCode()}).
 */
public enum ApiCode {
    SUCCESS("0000"),
    INVALID_PARAMETER("0001"),
    INVALID_AUTH_CODE("0002"),
    INVALID_TIMESTAMP("0003"),
    SIGNATURE_MISMATCH("0004"),
    UNKNOWN_METHOD("0005"),
    MALFORMED_BIZ_CONTENT("0006"),
    TRY_AGAIN_LATER("0009"),
    /** A code the handbook does not document (e.g. "0007"); never returned by {@link #of(String)}. */
    UNKNOWN("????");

    private final String code;

    ApiCode(String code) {
        this.code = code;
    }

    /** The four-character code; for {@link #UNKNOWN} a placeholder, see {@link ApiException#rawCode()}. */
    public String code() {
        return code;
    }

    /** The documented code with this text, if any. */
    public static Optional<ApiCode> of(String code) {
        return Arrays.stream(values()).filter(c -> c != UNKNOWN && c.code.equals(code)).findFirst();
    }

    /** The documented code with this text, or {@link #UNKNOWN}. */
    public static ApiCode parse(String code) {
        return of(code).orElse(UNKNOWN);
    }
}
