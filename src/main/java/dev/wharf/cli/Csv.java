package dev.wharf.cli;

import java.util.List;

/**
 * CSV for Excel: cells quoted when needed, and cells a spreadsheet would run as a formula (starting with = + - @,
 * a tab or a carriage return) prefixed with an apostrophe, so an exported file can never execute anything.
 */
final class Csv {
    /** The UTF-8 byte order mark: Excel reads the file as UTF-8 only with it. */
    static final String BOM = "\uFEFF";

    private Csv() {
    }

    static String row(List<String> cells) {
        StringBuilder sb = new StringBuilder();
        for (String cell : cells) {
            if (!sb.isEmpty()) {
                sb.append(',');
            }
            sb.append(cell(cell));
        }
        return sb.append("\r\n").toString();
    }

    static String cell(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@\t\r".indexOf(v.charAt(0)) >= 0) {
            v = "'" + v;
        }
        if (v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0) {
            v = "\"" + v.replace("\"", "\"\"") + "\"";
        }
        return v;
    }
}
