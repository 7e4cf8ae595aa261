package dev.wharf.products;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The words of a search box. Words of 3 or more characters are found in names and brands through the full-text
 * index (FTS5 trigram, which needs 3 characters); shorter ones ('包', '口红' – Chinese words are often 2 characters)
 * with LIKE; outer SKU ids always with LIKE. Every word must match (AND).
 *
 * @param indexed words for the full-text index
 * @param short_  words of 1–2 characters for LIKE
 */
public record SearchTerms(List<String> indexed, List<String> short_) {

    public static SearchTerms parse(String text) {
        List<String> indexed = new ArrayList<>();
        List<String> shorter = new ArrayList<>();
        if (text != null) {
            for (String word : text.strip().split("[\\s\u3000]+")) {
                String w = word.strip();
                if (w.isEmpty()) {
                    continue;
                }
                if (w.codePointCount(0, w.length()) >= 3) {
                    indexed.add(w);
                } else {
                    shorter.add(w);
                }
            }
        }
        return new SearchTerms(List.copyOf(indexed), List.copyOf(shorter));
    }

    public boolean isEmpty() {
        return indexed.isEmpty() && short_.isEmpty();
    }

    /** The FTS5 query of one word: a quoted phrase (quotes doubled). */
    public static String phrase(String word) {
        return '"' + word.replace("\"", "\"\"") + '"';
    }

    /** The LIKE pattern of one word: {@code %word%}, lower-cased, with \\ escaping %, _ and itself. */
    public static String like(String word) {
        String escaped = word.toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }
}
