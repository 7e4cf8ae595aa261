package dev.wharf.shipping;

import dev.wharf.spreadsheet.ColumnMap;
import dev.wharf.spreadsheet.SheetRow;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Which column holds which {@link Field} of a shipment file, found from a sheet's header row (or given by the user),
 * and that header row's layout: the key under which a mapping adjusted by the user is remembered. The generic part
 * (synonyms, layout key, column names) is {@link ColumnMap}'s; this adds what a shipment import needs.
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
        return of(ColumnMap.bySynonyms(header, Field.values()));
    }

    /** The shipping form of a generic mapping (e.g. the one the user adjusted on screen). */
    public static ColumnMapping of(ColumnMap<Field> m) {
        return new ColumnMapping(m.headerRow(), m.headers(), m.columns());
    }

    /** The same mapping in its generic form. */
    public ColumnMap<Field> generic() {
        return new ColumnMap<>(headerRow, headers, columns);
    }

    public Optional<Integer> column(Field f) {
        return Optional.ofNullable(columns.get(f));
    }

    /** This mapping with {@code field} read from {@code column} (null: not read). */
    public ColumnMapping with(Field field, Integer column) {
        return of(generic().with(field, column));
    }

    /** The header layout: the normalised header names, in order. */
    public String layoutKey() {
        return generic().layoutKey();
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
        return generic().describe(column);
    }

    /** The header column named {@code nameOrLetter} (a header text, or a column letter such as "C"). */
    public Optional<Integer> find(String nameOrLetter) {
        return generic().find(nameOrLetter);
    }
}
