package dev.wharf.sandbox.sim;

import java.util.List;

/**
 * The platform's delivery types (物流方式), as the integer codes of its API: 2 direct mail (直邮), 3 official xlobo
 * direct mail (贝海直邮), 4 third-party bonded (第三方保税), 5 official xlobo bonded (贝海保税), 7 consolidated
 * (拼邮: an international leg, then a domestic leg per order).
 */
public final class DeliveryTypes {

    public static final int DIRECT_MAIL = 2;
    public static final int OFFICIAL_DIRECT_MAIL = 3;
    public static final int THIRD_PARTY_BONDED = 4;
    public static final int OFFICIAL_BONDED = 5;
    public static final int CONSOLIDATED = 7;

    /** Every valid code, ascending. */
    public static final List<Integer> ALL =
            List.of(DIRECT_MAIL, OFFICIAL_DIRECT_MAIL, THIRD_PARTY_BONDED, OFFICIAL_BONDED, CONSOLIDATED);

    private DeliveryTypes() {
    }

    public static boolean isValid(int code) {
        return ALL.contains(code);
    }

    /** @throws IllegalArgumentException if the code is not one of {@link #ALL} */
    static int require(int code) {
        if (!isValid(code)) {
            throw new IllegalArgumentException("unknown delivery type " + code + "; valid: " + ALL);
        }
        return code;
    }
}
