package dev.wharf.shipping;

import dev.wharf.spreadsheet.Text;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A tracking cell as staff fill it in: one number, or the numbers of an order's several parcels separated by commas,
 * 、, semicolons or whitespace (full-width forms and line breaks included). Spaces inside one number ("EA 123 456
 * 789 JP", as carriers print them) are stray spaces, not separators: a space separates only when every piece it
 * leaves is at least {@value #MIN_NUMBER} characters long.
 */
final class TrackingCell {
    /** Shorter pieces are parts of one number that a space split (a real tracking number is longer). */
    static final int MIN_NUMBER = 6;
    private static final Pattern SEPARATORS = Pattern.compile("[,;、]+");
    private static final Pattern SPACES = Pattern.compile(" +");

    private TrackingCell() {
    }

    /** The numbers of a cell, in order, normalised; none for an empty cell. */
    static List<String> numbers(String raw) {
        String s = Text.normalise(raw);
        if (s == null || s.isEmpty()) {
            return List.of();
        }
        if (single(s)) {
            return List.of(s); // the common case, without a regular expression
        }
        List<String> out = new ArrayList<>(2);
        for (String part : SEPARATORS.split(s)) {
            String p = part.strip();
            if (p.isEmpty()) {
                continue;
            }
            String[] pieces = SPACES.split(p);
            boolean separate = pieces.length > 1;
            for (String piece : pieces) {
                separate &= piece.length() >= MIN_NUMBER;
            }
            if (separate) {
                out.addAll(List.of(pieces));
            } else {
                out.add(p.replace(" ", ""));
            }
        }
        return out;
    }

    private static boolean single(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == ';' || c == '、' || c == ' ') {
                return false;
            }
        }
        return true;
    }
}
