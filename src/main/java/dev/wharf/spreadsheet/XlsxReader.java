package dev.wharf.spreadsheet;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.xssf.eventusermodel.XSSFReader;

/**
 * .xlsx, streamed: POI's package layer (with its zip-bomb limits on: every part is read through its threshold
 * stream) and {@link XmlScanner} over each part's bytes (no DOCTYPE, no entities but the predefined ones), keeping
 * each cell's raw value and whether it is a number — never a formatted number ("1.23457E+11"). Only the shared
 * strings are held in memory ({@link SharedStrings}).
 */
final class XlsxReader implements WorkbookReader {
    private final String fileName;
    private final OPCPackage pkg;
    private final XSSFReader reader;
    private final List<String> names = new ArrayList<>();
    private final List<String> partIds = new ArrayList<>();
    private final int maxRows;
    private List<String> strings;

    XlsxReader(Path file, int maxRows) {
        this.fileName = file.getFileName().toString();
        this.maxRows = maxRows;
        try {
            this.pkg = OPCPackage.open(file.toFile(), PackageAccess.READ);
        } catch (Exception e) {
            throw Workbooks.unreadable(fileName, e);
        }
        try {
            this.reader = new XSSFReader(pkg);
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            while (it.hasNext()) {
                try (InputStream ignored = it.next()) {
                    names.add(it.getSheetName());
                    partIds.add(it.getSheetPart().getPartName().getName());
                }
            }
        } catch (Exception e) {
            pkg.revert();
            throw Workbooks.unreadable(fileName, e);
        }
    }

    @Override
    public List<String> sheetNames() {
        return List.copyOf(names);
    }

    @Override
    public void read(int index, RowSink sink, Progress progress) {
        if (index < 0 || index >= names.size()) {
            throw new SheetFileException(fileName + " has no sheet " + (index + 1) + ".");
        }
        try {
            if (strings == null) {
                strings = SharedStrings.read(reader.getSharedStringsData());
            }
            XSSFReader.SheetIterator it = (XSSFReader.SheetIterator) reader.getSheetsData();
            for (int i = 0; it.hasNext(); i++) {
                try (InputStream in = it.next()) {
                    if (i == index) {
                        new SheetScan(strings, sink, progress, maxRows, fileName).scan(new XmlScanner(in));
                        // a whole sheet has been read (a dry run): let the strings go while the import
                        // validates and applies; a later read (the error report) parses them again
                        strings = null;
                        return;
                    }
                }
            }
        } catch (Stopped e) {
            throw (RuntimeException) e.getCause();
        } catch (RuntimeException e) {
            if (e instanceof Progress.CancelledException || e instanceof SheetFileException
                    || !(e instanceof org.apache.poi.ooxml.POIXMLException || e instanceof IllegalStateException
                    || e instanceof IllegalArgumentException)) {
                throw e;
            }
            throw Workbooks.unreadable(fileName, e);
        } catch (Exception e) {
            if (e.getCause() instanceof SheetFileException s) {
                throw s;
            }
            throw Workbooks.unreadable(fileName, e);
        }
    }

    @Override
    public void close() {
        pkg.revert();
    }

    /** What the sink (or the cancel check) threw, to be re-thrown as it was. */
    private static final class Stopped extends RuntimeException {
        Stopped(RuntimeException cause) {
            super(null, cause, false, false);
        }
    }

    /** One worksheet part, scanned: rows of raw cell values. */
    private static final class SheetScan {
        private final List<String> strings;
        private final RowSink sink;
        private final Progress progress;
        private final int maxRows;
        private final String fileName;
        private final List<Cell> cells = new ArrayList<>();
        private int rowNumber;
        private int column;
        private String type;
        private boolean hasValue;
        private int rows;

        SheetScan(List<String> strings, RowSink sink, Progress progress, int maxRows, String fileName) {
            this.strings = strings;
            this.sink = sink;
            this.progress = progress;
            this.maxRows = maxRows;
            this.fileName = fileName;
        }

        void scan(XmlScanner xml) throws java.io.IOException {
            XmlScanner x = xml;
            int phonetic = 0;
            boolean inCell = false;
            for (int e = x.next(); e != XmlScanner.EOF; e = x.next()) {
                if (e == XmlScanner.START) {
                    if (x.is("c")) {
                        int ref = x.attrColumn("r");
                        column = ref < 0 ? column + 1 : ref;
                        type = x.attr("t");
                        hasValue = false;
                        inCell = true;
                        phonetic = 0;
                    } else if (x.is("v") || x.is("t")) {
                        if (inCell && phonetic == 0) {
                            if (!hasValue) {
                                x.startText();
                                hasValue = true;
                            } else {
                                x.continueText();
                            }
                        }
                    } else if (x.is("rPh")) {
                        phonetic++;
                    } else if (x.is("row")) {
                        String r = x.attr("r");
                        rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r.strip());
                        cells.clear();
                        column = -1;
                    }
                } else if (x.is("v") || x.is("t")) {
                    x.stopText();
                } else if (x.is("rPh")) {
                    phonetic--;
                } else if (x.is("c")) {
                    while (cells.size() < column) {
                        cells.add(Cell.EMPTY);
                    }
                    cells.add(cell(x));
                    inCell = false;
                } else if (x.is("row")) {
                    row();
                }
            }
        }

        private void row() {
            SheetRow row = new SheetRow(rowNumber, cells);
            if (row.isBlank()) {
                return;
            }
            if (++rows > maxRows) {
                throw new SheetFileException(Workbooks.tooManyRows(fileName, maxRows));
            }
            try {
                if (rows % 1000 == 0) {
                    progress.checkCancelled();
                    progress.progress(rows, -1);
                }
                sink.row(row);
            } catch (RuntimeException e) {
                throw new Stopped(e);
            }
        }

        private Cell cell(XmlScanner x) {
            boolean empty = !hasValue || x.textLength() == 0;
            if (type == null || type.equals("n")) {
                return empty ? Cell.EMPTY : Cell.number(x.text());
            }
            return switch (type) {
                case "s" -> empty ? Cell.EMPTY : Cell.text(sharedString(x));
                case "b" -> Cell.text(!empty && "1".equals(x.text()) ? "TRUE" : "FALSE");
                default -> empty ? Cell.EMPTY : Cell.text(x.text());
            };
        }

        private String sharedString(XmlScanner x) {
            int i = x.textAsIndex();
            if (i < 0 || i >= strings.size()) {
                throw new IllegalStateException("cell refers to shared string " + x.text().strip() + " of "
                        + strings.size());
            }
            return strings.get(i);
        }
    }
}
