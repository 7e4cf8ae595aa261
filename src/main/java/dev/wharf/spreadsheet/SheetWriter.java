package dev.wharf.spreadsheet;

import java.io.OutputStream;
import java.util.List;

/** An export's rows, written as .xlsx ({@link XlsxWriter}) or CSV ({@link CsvWriter}) alike. */
public interface SheetWriter extends AutoCloseable {
    void header(List<String> names);

    void row(List<String> values);

    @Override
    void close();

    /** CSV in UTF-8 with a byte-order mark, formula-like cells neutralised. */
    static SheetWriter csv(OutputStream out) {
        CsvWriter w = new CsvWriter(out);
        return new SheetWriter() {
            @Override
            public void header(List<String> names) {
                w.row(names);
            }

            @Override
            public void row(List<String> values) {
                w.row(values);
            }

            @Override
            public void close() {
                w.close();
            }
        };
    }

    static SheetWriter xlsx(XlsxWriter w) {
        return new SheetWriter() {
            @Override
            public void header(List<String> names) {
                w.header(names);
            }

            @Override
            public void row(List<String> values) {
                w.row(values);
            }

            @Override
            public void close() {
                w.close();
            }
        };
    }
}
