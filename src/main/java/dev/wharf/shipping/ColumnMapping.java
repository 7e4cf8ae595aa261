package dev.wharf.shipping;

import dev.wharf.spreadsheet.SheetRow;
import dev.wharf.spreadsheet.Text;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which column holds which {@link Field}, found from a sheet's header row (or given by the user), and that header
 * row's layout: the key under which a mapping adjusted by the user is remembered.
 *
 * @param headerRow the header's row number (1-based)
 * @param headers   the header cells as read
 * @param columns   field → 0-based column
 */
public record ColumnMapping(int headerRow, List<String> headers, Map<Field, Integer> columns) {
    public ColumnMapping {
        headers = List.copyOf(headers);
        columns = Collections.unmodifiableMap(columns.isEmpty() ? new EnumMap<>(Field.class)
                : new EnumMap<>(columns));
    }

    /** Fields found by header synonyms (the first column naming a field wins). */
    public static ColumnMapping bySynonyms(SheetRow header) {
        Map<Field, Integer> cols = new EnumMap<>(Field.class);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < header.cells().size(); i++) {
            String h = header.cell(i).text();
            names.add(h);
            int column = i;
            Field.of(h).ifPresent(f -> cols.putIfAbsent(f, column));
        }
        return new ColumnMapping(header.number(), names, cols);
    }

    public Optional<Integer> column(Field f) {
        return Optional.ofNullable(columns.get(f));
    }

    /** This mapping with {@code field} read from {@code column} (null: not read). */
    public ColumnMapping with(Field field, Integer column) {
        Map<Field, Integer> cols = new EnumMap<>(Field.class);
        cols.putAll(columns);
        if (column == null) {
            cols.remove(field);
        } else {
            cols.put(field, column);
        }
        return new ColumnMapping(headerRow, headers, cols);
    }

    /** The header layout: the normalised header names, in order. */
    public String layoutKey() {
        List<String> keys = new ArrayList<>();
        headers.forEach(h -> keys.add(Text.key(h)));
        return String.join("|", keys);
    }

    /** What is missing for an import: order id, tracking number, and a carrier code or name. */
    public List<Field> missing() {
        List<Field> out = new ArrayList<>();
        if (!columns.containsKey(Field.ORDER_ID)) {
            out.add(Field.ORDER_ID);
        }
        if (!columns.containsKey(Field.TRACKING)) {
            out.add(Field.TRACKING);
        }
        if (!columns.containsKey(Field.CARRIER_CODE) && !columns.containsKey(Field.CARRIER_NAME)) {
            out.add(Field.CARRIER_NAME);
        }
        return out;
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
            for (char c : s.toUpperCase(java.util.Locale.ROOT).toCharArray()) {
                col = col * 26 + (c - 'A' + 1);
            }
            return Optional.of(col - 1);
        }
        return Optional.empty();
    }
}
