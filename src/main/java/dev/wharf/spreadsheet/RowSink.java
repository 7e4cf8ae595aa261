package dev.wharf.spreadsheet;

/** Receives the rows of a sheet in order, as they are read. */
@FunctionalInterface
public interface RowSink {
    void row(SheetRow row);
}
