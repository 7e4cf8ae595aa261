package dev.wharf.spreadsheet;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * Which column holds which field of an import, found from a sheet's header row (or given by the user), and that
 * header row's layout: the key under which a mapping adjusted by the user is remembered (decision 0011). Generic
 * over the feature's field set (shipping's, products'…).
 *
 * @param headerRow the header's row number (1-based)
 * @param headers   the header cells as read
 * @param columns   field → 0-based column
 * @param <F>       the feature's fields
 */
public record ColumnMap<F extends SheetField>(int headerRow, List<String> headers, Map<F, Integer> columns) {
    public ColumnMap {
        headers = List.copyOf(headers);
        columns = Collections.unmodifiableMap(new LinkedHashMap<>(columns));
    }

    /** Fields found by header synonyms (the first column naming a field wins). */
    public static <F extends SheetField> ColumnMap<F> bySynonyms(SheetRow header, F[] fields) {
        Map<F, Integer> cols = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String h = header.cell(i).text();
            names.add(h);
            for (F f : fields) {
                if (f.matches(h)) {
                    cols.putIfAbsent(f, i);
                    break;
                }
            }
        }
        return new ColumnMap<>(header.number(), names, cols);
    }

    public Optional<Integer> column(F f) {
        return Optional.ofNullable(columns.get(f));
    }

    /** This mapping with {@code field} read from {@code column} (null: not read). */
    public ColumnMap<F> with(F field, Integer column) {
        Map<F, Integer> cols = new LinkedHashMap<>(columns);
        if (column == null) {
            cols.remove(field);
        } else {
            cols.put(field, column);
        }
        return new ColumnMap<>(headerRow, headers, cols);
    }

    /** The header layout: the normalised header names, in order. */
    public String layoutKey() {
        List<String> keys = new ArrayList<>();
        headers.forEach(h -> keys.add(Text.key(h)));
        return String.join("|", keys);
    }

    /** "column C (物流单号)". */
    public String describe(int column) {
        String h = column < headers.size() ? headers.get(column) : "";
        return "column " + SheetRow.columnName(column) + (h.isBlank() ? "" : " (" + h.strip() + ")");
    }

    /** The header column named {@code nameOrLetter} (a header text, or a column letter such as "C"). */
    public Optional<Integer> find(String nameOrLetter) {
        String key = Text.key(nameOrLetter);
        for (int i = 0; i < headers.size(); i++) {
            if (!key.isEmpty() && Text.key(headers.get(i)).equals(key)) {
                return Optional.of(i);
            }
        }
        String s = nameOrLetter.strip();
        if (s.matches("[A-Za-z]{1,3}")) {
            int col = 0;
            for (char c : s.toUpperCase(Locale.ROOT).toCharArray()) {
                col = col * 26 + (c - 'A' + 1);
            }
            return Optional.of(col - 1);
        }
        return Optional.empty();
    }

    /**
     * This mapping with the columns of a mapping file's lines ({@code field id=header name or column letter}: the
     * command line's {@code --mapping}).
     *
     * @throws SheetFileException naming an unknown field or a column the header does not have
     */
    public ColumnMap<F> withOverrides(Map<String, String> lines, F[] fields) {
        ColumnMap<F> m = this;
        for (Map.Entry<String, String> e : lines.entrySet()) {
            F field = null;
            for (F f : fields) {
                if (f.id().equalsIgnoreCase(e.getKey().strip())) {
                    field = f;
                }
            }
            if (field == null) {
                List<String> ids = new ArrayList<>();
                for (F f : fields) {
                    ids.add(f.id());
                }
                throw new SheetFileException("mapping: unknown field \"" + e.getKey() + "\"; use "
                        + String.join(", ", ids) + ".");
            }
            m = m.with(field, find(e.getValue()).orElseThrow(() -> new SheetFileException("mapping: " + e.getKey()
                    + "=" + e.getValue() + " names no column of the header row " + headerRow + " ("
                    + String.join(", ", headers) + ").")));
        }
        return m;
    }

    /** The columns by field id (what a {@link LayoutMemory} keeps). */
    public Map<String, Integer> byId() {
        Map<String, Integer> out = new LinkedHashMap<>();
        columns.forEach((f, c) -> out.put(f.id(), c));
        return out;
    }

    /** Columns by field id read back as fields; unknown ids are dropped. */
    public static <F extends SheetField> Map<F, Integer> ofIds(Map<String, Integer> byId, F[] fields) {
        Map<F, Integer> out = new LinkedHashMap<>();
        byId.forEach((id, c) -> {
            for (F f : fields) {
                if (f.id().equalsIgnoreCase(id)) {
                    out.put(f, c);
                }
            }
        });
        return out;
    }
}
