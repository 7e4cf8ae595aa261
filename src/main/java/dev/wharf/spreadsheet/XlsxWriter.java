package dev.wharf.spreadsheet;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.zip.Deflater;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/**
 * A streaming .xlsx writer for one sheet: each row goes straight into the zipped sheet XML, so memory does
 * not grow with the row count. Every cell is an inline string (or, in a number column, a plain number) — the file
 * never contains a formula, whatever the data says. Editable columns are formatted as Text (so Excel keeps what is pasted in as typed) and left
 * unlocked; with {@code protect}, the other columns are read-only (sheet protection without a password).
 * Decision 0011 explains why this is not POI's SXSSF.
 */
public final class XlsxWriter implements AutoCloseable {
    private static final int STYLE_LOCKED = 0;
    private static final int STYLE_EDITABLE_TEXT = 1;
    private static final int STYLE_HEADER = 2;
    private static final int STYLE_EDITABLE_NUMBER = 3;
    private static final java.util.regex.Pattern NUMBER =
            java.util.regex.Pattern.compile("-?[0-9]{1,15}(\\.[0-9]{1,8})?");

    private final ZipOutputStream zip;
    private final Writer xml;
    private final boolean[] editable;
    private final boolean[] numeric;
    private final String[] columnNames;
    private final boolean protect;
    private final String sheetName;
    private final StringBuilder line = new StringBuilder(256);
    private int rowNumber;

    /**
     * @param out         receives the workbook (closed by {@link #close})
     * @param sheetName   the sheet's name
     * @param columns     how many columns
     * @param editable    0-based columns that staff fill in (text-formatted, unlocked)
     * @param protect     lock the other columns
     */
    public XlsxWriter(OutputStream out, String sheetName, int columns, List<Integer> editable, boolean protect) {
        this(out, sheetName, columns, editable, List.of(), protect);
    }

    /**
     * @param numbers 0-based columns staff fill in with numbers (stock, prices): a plain decimal value is written as a
     *                number (General format, unlocked), anything else as text; never a formula
     */
    public XlsxWriter(OutputStream out, String sheetName, int columns, List<Integer> editable, List<Integer> numbers,
                      boolean protect) {
        this.numeric = new boolean[columns];
        numbers.forEach(c -> this.numeric[c] = true);
        this.zip = new ZipOutputStream(out);
        this.zip.setLevel(Deflater.BEST_SPEED);
        this.xml = new BufferedWriter(new OutputStreamWriter(zip, StandardCharsets.UTF_8), 1 << 16);
        this.editable = new boolean[columns];
        editable.forEach(c -> this.editable[c] = true);
        this.columnNames = new String[columns];
        for (int i = 0; i < columns; i++) {
            columnNames[i] = SheetRow.columnName(i);
        }
        this.protect = protect;
        this.sheetName = sheetName;
        try {
            zip.putNextEntry(new ZipEntry("xl/worksheets/sheet1.xml"));
            xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n<worksheet xmlns=\""
                    + "http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetViews><sheetView "
                    + "workbookViewId=\"0\"><pane ySplit=\"1\" topLeftCell=\"A2\" activePane=\"bottomLeft\" "
                    + "state=\"frozen\"/></sheetView></sheetViews><cols>");
            for (int i = 0; i < columns; i++) {
                int style = this.numeric[i] ? STYLE_EDITABLE_NUMBER : this.editable[i] ? STYLE_EDITABLE_TEXT : -1;
                xml.write("<col min=\"" + (i + 1) + "\" max=\"" + (i + 1) + "\" width=\"" + (this.editable[i] ? 24
                        : 16) + "\" customWidth=\"1\"" + (style >= 0 ? " style=\"" + style + "\"" : "") + "/>");
            }
            xml.write("</cols><sheetData>");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The first row: bold, locked. */
    public void header(List<String> names) {
        write(names, true);
    }

    public void row(List<String> values) {
        write(values, false);
    }

    private void write(List<String> values, boolean header) {
        rowNumber++;
        StringBuilder sb = line;
        sb.setLength(0);
        sb.append("<row r=\"").append(rowNumber).append("\">");
        for (int i = 0; i < values.size() && i < columnNames.length; i++) {
            String v = values.get(i);
            int style = header ? STYLE_HEADER : numeric[i] ? STYLE_EDITABLE_NUMBER
                    : editable[i] ? STYLE_EDITABLE_TEXT : STYLE_LOCKED;
            if (v == null || v.isEmpty()) {
                if (style != STYLE_LOCKED) {
                    sb.append("<c r=\"").append(columnNames[i]).append(rowNumber).append("\" s=\"").append(style)
                            .append("\"/>");
                }
                continue;
            }
            sb.append("<c r=\"").append(columnNames[i]).append(rowNumber).append('"');
            if (style != STYLE_LOCKED) {
                sb.append(" s=\"").append(style).append('"');
            }
            if (style == STYLE_EDITABLE_NUMBER && NUMBER.matcher(v).matches()) {
                sb.append("><v>").append(v).append("</v></c>");
                continue;
            }
            sb.append(" t=\"inlineStr\"><is><t");
            if (Character.isWhitespace(v.charAt(0)) || Character.isWhitespace(v.charAt(v.length() - 1))) {
                sb.append(" xml:space=\"preserve\"");
            }
            sb.append('>');
            escape(v, sb);
            sb.append("</t></is></c>");
        }
        sb.append("</row>");
        try {
            xml.append(sb);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void escape(String v, StringBuilder sb) {
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                default -> {
                    if (c >= 0x20 || c == '\t' || c == '\n' || c == '\r') {
                        if (c != '\uFFFE' && c != '\uFFFF') {
                            sb.append(c);
                        }
                    }
                }
            }
        }
    }

    @Override
    public void close() {
        try {
            xml.write("</sheetData>");
            if (protect) {
                xml.write("<sheetProtection sheet=\"1\" objects=\"1\" scenarios=\"1\" formatColumns=\"0\" "
                        + "formatRows=\"0\" sort=\"0\" autoFilter=\"0\"/>");
            }
            xml.write("</worksheet>");
            xml.flush();
            zip.closeEntry();
            part("[Content_Types].xml", "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                    + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships"
                    + "+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/"
                    + "workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet."
                    + "main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd."
                    + "openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/><Override PartName=\"/xl/styles."
                    + "xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.styles+xml\"/>"
                    + "</Types>");
            part("_rels/.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                    + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>");
            StringBuilder name = new StringBuilder();
            escape(sheetName, name);
            part("xl/workbook.xml", "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                    + "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
                    + "<sheet name=\"" + name + "\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>");
            part("xl/_rels/workbook.xml.rels", "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                    + "relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/"
                    + "officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/>"
                    + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                    + "relationships/styles\" Target=\"styles.xml\"/></Relationships>");
            part("xl/styles.xml", "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\">"
                    + "<fonts count=\"2\"><font><sz val=\"11\"/><name val=\"Calibri\"/></font><font><b/><sz val=\"11\"/>"
                    + "<name val=\"Calibri\"/></font></fonts><fills count=\"2\"><fill><patternFill patternType=\"none\"/>"
                    + "</fill><fill><patternFill patternType=\"gray125\"/></fill></fills><borders count=\"1\"><border>"
                    + "<left/><right/><top/><bottom/><diagonal/></border></borders><cellStyleXfs count=\"1\"><xf "
                    + "numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\"/></cellStyleXfs><cellXfs count=\"4\">"
                    + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\"/>"
                    + "<xf numFmtId=\"49\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyNumberFormat=\"1\" "
                    + "applyProtection=\"1\"><protection locked=\"0\"/></xf>"
                    + "<xf numFmtId=\"0\" fontId=\"1\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyFont=\"1\"/>"
                    + "<xf numFmtId=\"0\" fontId=\"0\" fillId=\"0\" borderId=\"0\" xfId=\"0\" applyProtection=\"1\">"
                    + "<protection locked=\"0\"/></xf>"
                    + "</cellXfs><cellStyles count=\"1\"><cellStyle name=\"Normal\" xfId=\"0\" builtinId=\"0\"/>"
                    + "</cellStyles></styleSheet>");
            zip.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void part(String name, String body) throws IOException {
        zip.putNextEntry(new ZipEntry(name));
        xml.write("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>\n");
        xml.write(body);
        xml.flush();
        zip.closeEntry();
    }
}
