package dev.wharf.spreadsheet;

import java.math.BigDecimal;
import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Normalising what staff and forwarders type into spreadsheets: full-width characters, stray spaces. */
public final class Text {
    private static final Pattern SCIENTIFIC = Pattern.compile("[0-9](\\.[0-9]+)?[eE][+-]?[0-9]+");

    private Text() {
    }

    /**
     * Full-width letters, digits and punctuation become half-width (NFKC), every kind of space (ideographic,
     * no-break, zero-width, tabs, line breaks) is removed at both ends and runs inside become one space.
     * Null stays null.
     */
    public static String normalise(String raw) {
        if (raw == null) {
            return null;
        }
        if (plainAscii(raw)) {
            return raw;
        }
        String s = Normalizer.normalize(raw, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u200B' || c == '\u200C' || c == '\u200D' || c == '\uFEFF') {
                continue;
            }
            if (Character.isWhitespace(c) || Character.isSpaceChar(c)) {
                space = out.length() > 0;
                continue;
            }
            if (space) {
                out.append(' ');
                space = false;
            }
            out.append(c);
        }
        return out.toString();
    }

    /** Printable ASCII with no space at either end and no double space: already normal (the common case). */
    private static boolean plainAscii(String s) {
        int n = s.length();
        if (n == 0 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
            return n == 0;
        }
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (c < 0x21 && !(c == ' ' && s.charAt(i - 1) != ' ') || c > 0x7E) {
                return false;
            }
        }
        return true;
    }

    /** Like {@link #normalise} with no space at all left: for order ids, tracking numbers and codes. */
    public static String compact(String raw) {
        String s = normalise(raw);
        return s == null ? null : s.replace(" ", "");
    }

    /** A header or synonym reduced to letters and digits, lower case: "Tracking No." and "tracking_no" match. */
    public static String key(String raw) {
        String s = normalise(raw);
        if (s == null) {
            return "";
        }
        StringBuilder out = new StringBuilder(s.length());
        s.toLowerCase(Locale.ROOT).codePoints().filter(Character::isLetterOrDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Text that Excel produced from a number too long for it, e.g. "9.40011E+21". */
    public static boolean looksScientific(String s) {
        return s != null && (s.indexOf('E') >= 0 || s.indexOf('e') >= 0) && SCIENTIFIC.matcher(s).matches();
    }

    /** A number cell's raw value in plain digits ("1.23456789012E11" → "123456789012"). */
    public static String plainNumber(String raw) {
        try {
            return new BigDecimal(raw.strip()).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException e) {
            return raw;
        }
    }

    public static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
