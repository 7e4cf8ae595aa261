package dev.wharf.orders;

import java.util.Optional;

/**
 * What the platform's delivery types (logistics methods) mean for deadlines. The handbook's order-detail fields
 * name them: 2 direct mail (直邮), 3 official (xlobo, 贝海) direct mail, 4 third-party bonded (第三方保税), 5 official
 * (xlobo) bonded, 7 consolidated (拼邮: an international leg, then a domestic leg per order).
 */
public enum DeliveryKind {
    DIRECT_MAIL, BONDED, CONSOLIDATED;

    /** The kind of a delivery type, or empty for an unknown code. */
    public static Optional<DeliveryKind> of(Integer deliveryType) {
        if (deliveryType == null) {
            return Optional.empty();
        }
        return switch (deliveryType) {
            case 2, 3 -> Optional.of(DIRECT_MAIL);
            case 4, 5 -> Optional.of(BONDED);
            case 7 -> Optional.of(CONSOLIDATED);
            default -> Optional.empty();
        };
    }

    /** True for the platform's own logistics (xlobo, 贝海): types 3 and 5. */
    public static boolean isOfficial(Integer deliveryType) {
        return deliveryType != null && (deliveryType == 3 || deliveryType == 5);
    }

    public static boolean isKnown(int deliveryType) {
        return of(deliveryType).isPresent();
    }

    /** The delivery types, in the platform's order. */
    public static int[] codes() {
        return new int[] {2, 3, 4, 5, 7};
    }
}
