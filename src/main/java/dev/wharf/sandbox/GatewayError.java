package dev.wharf.sandbox;

import dev.wharf.platform.ApiCode;

/**
 * A call rejected as a whole with a public code (0001…0009). Handlers throw it for an invalid business parameter
 * ({@link #invalid}); a rule broken by one item of a batch is never a {@code GatewayError} but a per-item failure.
 */
public final class GatewayError extends RuntimeException {
    private static final long serialVersionUID = 1L;

    private final transient ApiCode code;

    public GatewayError(ApiCode code, String message) {
        super(message, null, false, false);
        this.code = code;
    }

    public ApiCode code() {
        return code;
    }

    /** 0001 with a message in Chinese and English, e.g. {@code invalid("缺少参数 order_id", "missing order_id")}. */
    public static GatewayError invalid(String chinese, String english) {
        return new GatewayError(ApiCode.INVALID_PARAMETER, Texts.both(chinese, english));
    }

    /** 0001 for a required business field that is absent or empty. */
    public static GatewayError missing(String field) {
        return invalid("缺少必填参数 " + field, "missing required parameter " + field);
    }

    /** 0001 for a business field with a value out of range. */
    public static GatewayError badValue(String field, Object value, String rule) {
        return invalid("参数 " + field + " 不合法: " + value, field + " " + rule);
    }
}
