package dev.wharf.privacy;

import java.util.Arrays;

/** Who works on a profile: the shop owner, or customer-service staff (decision 0009). */
public enum Role {
    OWNER("owner"),
    CUSTOMER_SERVICE("customer_service");

    private final String code;

    Role(String code) {
        this.code = code;
    }

    /** The stored value ({@code access_control.role}). */
    public String code() {
        return code;
    }

    public static Role of(String code) {
        return Arrays.stream(values()).filter(r -> r.code.equals(code)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown role: " + code));
    }
}
