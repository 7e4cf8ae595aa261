package dev.wharf.platform.dto;

import com.fasterxml.jackson.annotation.JsonFormat;
import java.math.BigDecimal;
import java.util.List;

/**
 * One SKU. The spec lists {@code properties} both as a string and as an array of name/value pairs; both are read
 * into a list (a plain string becomes one pair with an empty name). {@code weight_unit}: 0 kilogram, 1 pound.
 */
public record SkuInfo(String skuId, @JsonFormat(with = JsonFormat.Feature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
                      List<SkuProperty> properties, String outerId, Boolean used, BigDecimal price,
                      BigDecimal vipPrice, BigDecimal newPrice, Integer stockNum, Double weight, Integer weightUnit,
                      String extraInfo) {

    /** A property such as 颜色: 红色. */
    public record SkuProperty(String name, String value, String picUrl) {
        /** Reads the string form ("颜色:红色" or any text) as one property. */
        @com.fasterxml.jackson.annotation.JsonCreator(mode = com.fasterxml.jackson.annotation.JsonCreator.Mode.DELEGATING)
        public static SkuProperty of(String text) {
            int colon = text.indexOf(':');
            return colon < 0 ? new SkuProperty("", text, null)
                    : new SkuProperty(text.substring(0, colon), text.substring(colon + 1), null);
        }
    }
}
