package dev.wharf.platform;

import java.util.Arrays;
import java.util.Optional;

/** The gateway's public response codes. */
public enum ApiCode {
    SUCCESS("0000"),
    INVALID_PARAMETER("0001"),
    INVALID_AUTH_CODE("0002"),
    INVALID_TIMESTAMP("0003"),
    SIGNATURE_MISMATCH("0004"),
    UNKNOWN_METHOD("0005"),
    MALFORMED_BIZ_CONTENT("0006"),
    TRY_AGAIN_LATER("0009");

    private final String code;

    ApiCode(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    public static Optional<ApiCode> of(String code) {
        return Arrays.stream(values()).filter(c -> c.code.equals(code)).findFirst();
    }
}
