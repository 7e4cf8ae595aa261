package dev.wharf.products;

import java.util.Arrays;
import java.util.Optional;

/** A product's listing state as the store keeps it ({@code product.status}). */
public enum ProductStatus {
    ON_SALE("on_sale"),
    OFF_SHELF("off_shelf"),
    SCHEDULED("scheduled"),
    DRAFT("draft"),
    PRE_SALE("pre_sale");

    private final String code;

    ProductStatus(String code) {
        this.code = code;
    }

    public String code() {
        return code;
    }

    /** Bundle key of the status' label. */
    public String labelKey() {
        return "products.status." + code;
    }

    public static Optional<ProductStatus> ofCode(String code) {
        return Arrays.stream(values()).filter(s -> s.code.equals(code)).findFirst();
    }
}
