package dev.wharf.spreadsheet;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * CSV as Excel writes it (RFC 4180 quoting; comma, or tab when the first line has tabs and no commas). The encoding
 * is found by itself: a UTF-8 byte-order mark, else strict UTF-8 over the whole file, else GB18030 (a superset of
 * GBK, what Chinese Excel writes). A leading apostrophe that neutralised a formula on export is removed again.
 * Every cell is text.
 */
final class CsvReader implements WorkbookReader {
    private static final byte[] BOM = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    private static final Charset GB18030 = Charset.forName("GB18030");

    private final Path file;
    private final String fileName;
    private final int maxRows;
    private final Charset charset;
    private final boolean bom;

    CsvReader(Path file, int maxRows) {
        this.file = file;
        this.fileName = file.getFileName().toString();
        this.maxRows = maxRows;
        try {
            this.bom = startsWithBom(file);
            this.charset = bom || strictUtf8(file) ? StandardCharsets.UTF_8 : GB18030;
        } catch (IOException e) {
            throw Workbooks.unreadable(fileName, e);
        }
    }

    /** The encoding found: UTF-8 or GB18030. */
    Charset charset() {
        return charset;
    }

    @Override
    public List<String> sheetNames() {
        return List.of(fileName);
    }

    @Override
    public void read(int index, RowSink sink, Progress progress) {
        if (index != 0) {
            throw new SheetFileException(fileName + " has no sheet " + (index + 1) + ".");
        }
        try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
            if (bom) {
                in.skipNBytes(BOM.length);
            }
            parse(new BufferedReader(new InputStreamReader(in, charset), 1 << 16), sink, progress);
        } catch (IOException e) {
            throw Workbooks.unreadable(fileName, e);
        }
    }

    private void parse(BufferedReader r, RowSink sink, Progress progress) throws IOException {
        int line = 1;
        int rowLine = 1;
        int rows = 0;
        char delimiter = delimiter(r);
        List<Cell> cells = new ArrayList<>();
        StringBuilder field = new StringBuilder();
        boolean quoted = false;
        boolean wasQuoted = false;
        int c;
        int pending = -1;
        while (true) {
            c = pending >= 0 ? pending : r.read();
            pending = -1;
            if (quoted) {
                if (c == -1) {
                    throw new SheetFileException(fileName + ", line " + rowLine + ": a quoted cell is not closed. "
                            + "Open the file in Excel and save it again as CSV.");
                }
                if (c == '"') {
                    int next = r.read();
                    if (next == '"') {
                        field.append('"');
                    } else {
                        quoted = false;
                        pending = next;
                    }
                } else {
                    if (c == '\n') {
                        line++;
                    }
                    field.append((char) c);
                }
                continue;
            }
            if (c == '"' && field.length() == 0 && !wasQuoted) {
                quoted = true;
                wasQuoted = true;
            } else if (c == delimiter) {
                cells.add(cell(field, wasQuoted));
                field.setLength(0);
                wasQuoted = false;
            } else if (c == '\n' || c == -1) {
                if (c == -1 && cells.isEmpty() && field.length() == 0) {
                    return;
                }
                if (field.length() > 0 && field.charAt(field.length() - 1) == '\r') {
                    field.setLength(field.length() - 1);
                }
                cells.add(cell(field, wasQuoted));
                SheetRow row = new SheetRow(rowLine, cells);
                if (!row.isBlank()) {
                    if (++rows > maxRows) {
                        throw new SheetFileException(Workbooks.tooManyRows(fileName, maxRows));
                    }
                    if (rows % 1000 == 0) {
                        progress.checkCancelled();
                        progress.progress(rows, -1);
                    }
                    sink.row(row);
                }
                cells = new ArrayList<>();
                field.setLength(0);
                wasQuoted = false;
                line++;
                rowLine = line;
                if (c == -1) {
                    return;
                }
            } else {
                field.append((char) c);
            }
        }
    }

    /** Tab when the first line has tabs and no commas, else comma. */
    private static char delimiter(BufferedReader r) throws IOException {
        r.mark(1 << 16);
        StringBuilder head = new StringBuilder();
        for (int c = r.read(); c != -1 && c != '\n' && head.length() < (1 << 15); c = r.read()) {
            head.append((char) c);
        }
        r.reset();
        return head.indexOf("\t") >= 0 && head.indexOf(",") < 0 ? '\t' : ',';
    }

    private static Cell cell(StringBuilder field, boolean quoted) {
        String s = field.toString();
        if (!quoted && s.endsWith("\r")) {
            s = s.substring(0, s.length() - 1);
        }
        return Cell.text(CsvWriter.unneutralise(s));
    }

    private static boolean startsWithBom(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            byte[] head = in.readNBytes(3);
            return head.length == 3 && head[0] == BOM[0] && head[1] == BOM[1] && head[2] == BOM[2];
        }
    }

    private static boolean strictUtf8(Path file) throws IOException {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.allocate(1 << 16);
        CharBuffer out = CharBuffer.allocate(1 << 16);
        try (InputStream s = Files.newInputStream(file)) {
            byte[] buf = new byte[1 << 15];
            int n;
            while ((n = s.read(buf)) > 0) {
                in.put(buf, 0, n);
                in.flip();
                if (decoder.decode(in, out, false).isError()) {
                    return false;
                }
                in.compact();
                out.clear();
            }
            in.flip();
            if (decoder.decode(in, out, true).isError()) {
                return false;
            }
            return !decoder.flush(out).isError() && !in.hasRemaining();
        }
    }

    @Override
    public void close() {
    }
}
