package dev.wharf.orders;

import java.util.ArrayList;
import java.util.List;

/**
 * Search text split into terms (at white space), each to be found somewhere in an order's searchable fields; all
 * terms must match. Terms of three or more characters go to the trigram full-text index; shorter ones (a
 * two-character Chinese name, a surname) cannot, and are matched with LIKE instead.
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
