package dev.wharf.spreadsheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * CSV in UTF-8 with a byte-order mark (so Chinese Excel opens it in the right encoding), CRLF line ends, RFC 4180
 * quoting. A cell that Excel would run as a formula (starting with = + - @, tab or carriage return) gets a leading
 * apostrophe; {@link #unneutralise} removes it again on import.
 */
public final class CsvWriter implements AutoCloseable {
    private final Writer out;

    public CsvWriter(OutputStream stream) {
        this.out = new BufferedWriter(new OutputStreamWriter(stream, StandardCharsets.UTF_8), 1 << 16);
        try {
            out.write('\uFEFF');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public void row(List<String> values) {
        try {
            for (int i = 0; i < values.size(); i++) {
                if (i > 0) {
                    out.write(',');
                }
                out.write(quote(neutralise(values.get(i))));
            }
            out.write("\r\n");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The cell as a spreadsheet may safely show it: an apostrophe before a formula-like start. */
    public static String neutralise(String value) {
        if (value == null || value.isEmpty()) {
            return "";
        }
        return dangerous(value.charAt(0)) ? "'" + value : value;
    }

    /** Undoes {@link #neutralise}. */
    public static String unneutralise(String value) {
        if (value.length() > 1 && value.charAt(0) == '\'' && dangerous(value.charAt(1))) {
            return value.substring(1);
        }
        return value;
    }

    private static boolean dangerous(char c) {
        return c == '=' || c == '+' || c == '-' || c == '@' || c == '\t' || c == '\r';
    }

    private static String quote(String s) {
        boolean needs = false;
        for (int i = 0; i < s.length() && !needs; i++) {
            char c = s.charAt(i);
            needs = c == ',' || c == '"' || c == '\n' || c == '\r';
        }
        return needs ? '"' + s.replace("\"", "\"\"") + '"' : s;
    }

    @Override
    public void close() {
        try {
            out.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
