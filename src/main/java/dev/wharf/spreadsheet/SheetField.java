package dev.wharf.spreadsheet;

/**
 * A column an import reads (shipping's order id, products' stock…), named in mapping files by {@link #id()} and
 * recognised in a header row by its synonyms.
 */
public interface SheetField {
    /** The name used in mapping files and messages ("order_id", "stock"). */
    String id();

    /** Whether a header cell names this field. */
    boolean matches(String header);
}
