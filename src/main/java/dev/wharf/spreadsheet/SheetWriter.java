package dev.wharf.spreadsheet;

import java.io.OutputStream;
import java.util.List;
import java.util.function.Consumer;

/** An export's rows, written as .xlsx ({@link XlsxWriter}) or CSV ({@link CsvWriter}) alike. */
public interface SheetWriter extends AutoCloseable {
    void header(List<String> names);

    void row(List<String> values);

    @Override
    void close();

    /** CSV in UTF-8 with a byte-order mark, formula-like cells neutralised. */
    static SheetWriter csv(OutputStream out) {
        CsvWriter w = new CsvWriter(out);
        return of(w::row, w::row, w::close);
    }

    static SheetWriter xlsx(XlsxWriter w) {
        return of(w::header, w::row, w::close);
    }

    private static SheetWriter of(Consumer<List<String>> header, Consumer<List<String>> row, Runnable close) {
        return new SheetWriter() {
            @Override
            public void header(List<String> names) {
                header.accept(names);
            }

            @Override
            public void row(List<String> values) {
                row.accept(values);
            }

            @Override
            public void close() {
                close.run();
            }
        };
    }
}
