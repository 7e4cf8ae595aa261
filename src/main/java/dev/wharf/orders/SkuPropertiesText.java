package dev.wharf.orders;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns the platform's {@code sku_properties_name} of an order line into what a person reads. The platform sends
 * each property as {@code nameId#name:valueId#value}, properties separated by commas, e.g.
 * {@code "06f2…#尺寸:951a…#6,d2f6…#颜色:f3ed…#红色"}, shown as {@code "尺寸: 6, 颜色: 红色"}. Text that does not follow
 * that shape (older orders, hand-made sandbox data) is shown as it came.
 */
public final class SkuPropertiesText {
    /** One property: an id, '#', the name, ':', an id, '#', the value (which may itself contain ',' or ':'). */
    private static final Pattern PROPERTY = Pattern.compile("([^#,:]*)#([^#:]*):([^#,:]*)#(.*?)(?=,[^#,:]*#[^#:]*:[^#,:]*#|$)");

    private SkuPropertiesText() {
    }

    /** The properties as name/value pairs, in the platform's order; empty when the text has no such shape. */
    public static List<Property> parse(String raw) {
        List<Property> out = new ArrayList<>();
        if (raw == null || raw.isBlank()) {
            return out;
        }
        Matcher m = PROPERTY.matcher(raw.strip());
        int end = 0;
        while (m.find()) {
            if (m.start() != end && !(m.start() == end + 1 && raw.strip().charAt(end) == ',')) {
                return List.of();
            }
            out.add(new Property(m.group(2).strip(), m.group(4).strip()));
            end = m.end();
        }
        return end == raw.strip().length() ? out : List.of();
    }

    /** "name: value, name: value", or the raw text when it has no recognisable shape; "" for none. */
    public static String format(String raw) {
        if (raw == null) {
            return "";
        }
        List<Property> props = parse(raw);
        if (props.isEmpty()) {
            return raw.strip();
        }
        StringBuilder sb = new StringBuilder();
        for (Property p : props) {
            if (!sb.isEmpty()) {
                sb.append(", ");
            }
            sb.append(p.name()).append(": ").append(p.value());
        }
        return sb.toString();
    }

    /** One SKU property as shown: its name (颜色) and value (红色). */
    public record Property(String name, String value) {
    }
}
