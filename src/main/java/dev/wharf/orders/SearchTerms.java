package dev.wharf.orders;

import java.util.ArrayList;
import java.util.List;

/**
 * Search text split into terms (at white space), each to be found somewhere in an order's searchable fields; all
 * terms must match. A term that is exactly an order id, trade id, mobile or tracking number finds those orders by
 * their indexes; other terms of three or more characters match any part of the order id, trade id, buyer id,
 * receiver name, mobile, phone or a tracking number; shorter ones (a two-character Chinese name, a surname) match
 * the receiver's name. Matching is LIKE (decision 0008 says why there is no trigram index).
 */
public final class SearchTerms {
    /** Terms of at least this many characters (code points) are matched against every searchable field. */
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
     * is exactly one, those orders are found by their indexes instead of a LIKE scan.
     */
    public static boolean looksLikeId(String term) {
        return term.length() >= 8 && term.chars().allMatch(ch -> ch < 128 && (Character.isLetterOrDigit(ch) || ch == '-'));
    }

    public static boolean indexable(String term) {
        return term.codePointCount(0, term.length()) >= TRIGRAM;
    }

    /** The term as a LIKE pattern for "contains", with {@code \} as the escape character. */
    public static String likeContains(String term) {
        return "%" + term.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_") + "%";
    }
}
