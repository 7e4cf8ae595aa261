package dev.wharf.products;

import java.util.Arrays;
import java.util.Optional;

/**
 * The platform's delivery types: 2 direct mail, 3 official (xlobo) direct mail, 4 third-party bonded,
 * 5 official bonded, 7 consolidated (拼邮: an international leg, then a domestic leg per order).
 */
public enum DeliveryType {
    DIRECT_MAIL(2),
    OFFICIAL_DIRECT_MAIL(3),
    THIRD_PARTY_BONDED(4),
    OFFICIAL_BONDED(5),
    CONSOLIDATED(7);

    private final int code;

    DeliveryType(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }

    /** Bundle key of the type's label. */
    public String labelKey() {
        return "products.delivery." + code;
    }

    public static Optional<DeliveryType> ofCode(Integer code) {
        return code == null ? Optional.empty() : Arrays.stream(values()).filter(d -> d.code == code).findFirst();
    }
}
