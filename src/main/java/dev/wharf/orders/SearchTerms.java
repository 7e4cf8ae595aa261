package dev.wharf.orders;

import java.util.ArrayList;
import java.util.List;

/**
 * Search text split into terms (at white space), each to be found somewhere in an order's searchable fields; all
 * terms must match. A term that is exactly an order id, trade id, mobile or tracking number (any case) finds those
 * orders by their indexes; other terms of three or more characters go to the trigram full-text index (any part of
 * the order id, trade id, buyer id, receiver name, mobile or phone); shorter ones (a two-character Chinese name, a
 * surname) cannot, and match the receiver's name with LIKE instead (decision 0008).
 */
public final class SearchTerms {
    /** The trigram index matches only terms of at least this many characters (code points). */
    public static final int TRIGRAM = 3;

    private SearchTerms() {
    }

    /** The terms, without duplicates, in the order typed. */
    public static List<String> split(String text) {
        List<String> terms = new ArrayList<>();
        if (text == null) {
            return terms;
        }
        for (String t : text.strip().split("[\\s\\u3000]+")) {
            if (!t.isEmpty() && !terms.contains(t)) {
                terms.add(t);
            }
        }
        return terms;
    }

    /**
     * True for a term shaped like an order id, trade id, phone or tracking number (8+ letters, digits or '-'): if it
     * is exactly one, those orders are found by their indexes, which is much faster than the trigram index for long
     * digit strings (every order id shares trigrams like "000").
     */
    public static boolean looksLikeId(String term) {
        return term.length() >= 8 && term.chars().allMatch(ch -> ch < 128 && (Character.isLetterOrDigit(ch) || ch == '-'));
    }

    public static boolean indexable(String term) {
        return term.codePointCount(0, term.length()) >= TRIGRAM;
    }

    /** The term as an FTS5 phrase: quoted, inner quotes doubled, so no character acts as query syntax. */
    public static String phrase(String term) {
        return "\"" + term.replace("\"", "\"\"") + "\"";
    }

    /** The term as a LIKE pattern for "contains", with {@code \} as the escape character. */
    public static String likeContains(String term) {
        return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
