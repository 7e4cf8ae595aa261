package dev.wharf.products;

import dev.wharf.platform.dto.SkuInfo.BundleItem;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A set's (套装) items as the editor shows them: {@code 洗发水 400ml×1;护发素×2} — parts separated by {@code ;}, each a
 * name and a quantity after {@code ×} (or {@code x}, {@code *}; 1 when left out). The handbook allows at most
 * {@value #MAX_ITEMS} items in a set. Pure.
 */
public final class BundleText {
    public static final int MAX_ITEMS = 3;
    static final int MAX_QUANTITY = 999;
    private static final Pattern PART = Pattern.compile("(.+?)\\s*(?:[×xX*]\\s*(\\d+))?");

    private BundleText() {
    }

    /** The items, or null when the text breaks a rule (empty name, quantity not 1–999, more than 3 items). */
    public static List<BundleItem> parse(String text) {
        List<BundleItem> out = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return out;
        }
        for (String part : text.split("[;；]")) {
            if (part.isBlank()) {
                continue;
            }
            Matcher m = PART.matcher(part.strip());
            if (!m.matches() || m.group(1).isBlank() || m.group(1).strip().matches("[×xX*]\\s*\\d*")) {
                return null;
            }
            int quantity;
            try {
                quantity = m.group(2) == null ? 1 : Integer.parseInt(m.group(2));
            } catch (NumberFormatException e) {
                return null;
            }
            if (quantity < 1 || quantity > MAX_QUANTITY) {
                return null;
            }
            out.add(new BundleItem(m.group(1).strip(), quantity));
        }
        return out.size() > MAX_ITEMS ? null : out;
    }

    /** The editor's text of a set's items. */
    public static String format(List<BundleItem> items) {
        if (items == null || items.isEmpty()) {
            return "";
        }
        List<String> parts = new ArrayList<>();
        for (BundleItem i : items) {
            parts.add(i.name() + "×" + (i.quantity() == null ? 1 : i.quantity()));
        }
        return String.join(";", parts);
    }
}
