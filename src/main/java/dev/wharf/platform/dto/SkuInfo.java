package dev.wharf.platform.dto;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

/**
 * One SKU. The spec lists {@code properties} both as a string and as an array of {name, value, pic_url}; both are
 * read into a list: the string form {@code "颜色:红色;尺码:36"} gives one property per {@code ;}-separated part
 * (a part without a colon becomes a property with an empty name), null stays null. It is always written as the
 * array. {@code weight_unit}: 0 kilogram, 1 pound. {@code bundle_items} (套装, decision 0014) is a Wharf extension
 * field: the items a set SKU is made of (at most 3); null or empty = not a set.
 */
public record SkuInfo(String skuId, @JsonDeserialize(using = SkuInfo.PropertiesDeserializer.class)
                      List<SkuProperty> properties, String outerId, Boolean used, BigDecimal price,
                      BigDecimal vipPrice, BigDecimal newPrice, Integer stockNum, Double weight, Integer weightUnit,
                      String extraInfo, List<BundleItem> bundleItems) {

    /** A SKU that is not a set (as the documented methods send it). */
    public SkuInfo(String skuId, List<SkuProperty> properties, String outerId, Boolean used, BigDecimal price,
                   BigDecimal vipPrice, BigDecimal newPrice, Integer stockNum, Double weight, Integer weightUnit,
                   String extraInfo) {
        this(skuId, properties, outerId, used, price, vipPrice, newPrice, stockNum, weight, weightUnit, extraInfo,
                null);
    }

    /** One item of a set (套装): what it is and how many of it. */
    public record BundleItem(String name, Integer quantity) {
    }

    /** A property such as 颜色: 红色. */
    public record SkuProperty(String name, String value, String picUrl) {
        /** Reads one property of the string form ("颜色:红色"; full-width ： too; any other text is a value). */
        public static SkuProperty of(String text) {
            String t = text.strip();
            int colon = t.indexOf(':');
            if (colon < 0) {
                colon = t.indexOf('：');
            }
            return colon < 0 ? new SkuProperty("", t, null)
                    : new SkuProperty(t.substring(0, colon).strip(), t.substring(colon + 1).strip(), null);
        }

        /** Reads the whole string form: properties separated by {@code ;} (or full-width ；), blanks skipped. */
        public static List<SkuProperty> parseAll(String text) {
            List<SkuProperty> out = new ArrayList<>();
            for (String part : text.split("[;；]")) {
                if (!part.isBlank()) {
                    out.add(of(part));
                }
            }
            return out;
        }
    }

    /** Accepts null, the string form, one property object, or an array of property objects (or strings). */
    static final class PropertiesDeserializer extends StdDeserializer<List<SkuProperty>> {
        private static final long serialVersionUID = 1L;

        PropertiesDeserializer() {
            super(List.class);
        }

        @Override
        public List<SkuProperty> deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            JsonNode node = ctxt.readTree(p);
            if (node == null || node.isNull() || node.isMissingNode()) {
                return null;
            }
            if (node.isTextual()) {
                return SkuProperty.parseAll(node.asText());
            }
            if (node.isObject()) {
                return List.of(property(node));
            }
            if (node.isArray()) {
                List<SkuProperty> out = new ArrayList<>();
                for (JsonNode element : node) {
                    if (element.isTextual()) {
                        out.addAll(SkuProperty.parseAll(element.asText()));
                    } else if (element.isObject()) {
                        out.add(property(element));
                    }
                }
                return out;
            }
            throw MismatchedInputException.from(p, List.class,
                    "SKU properties must be null, a string or an array, not " + node.getNodeType());
        }

        private static SkuProperty property(JsonNode node) {
            return new SkuProperty(text(node, "name"), text(node, "value"), text(node, "pic_url"));
        }

        private static String text(JsonNode node, String field) {
            JsonNode value = node.get(field);
            return value == null || value.isNull() ? null : value.asText();
        }
    }
}
