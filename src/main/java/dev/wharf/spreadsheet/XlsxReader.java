package dev.wharf.spreadsheet;

import java.io.InputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackageAccess;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * .xlsx, streamed: POI's package layer (with its zip-bomb limits on) and its hardened SAX parser (no DOCTYPE, no
 * external entities), and a small handler that keeps each cell's raw value and whether it is a number — never a
 * formatted number ("1.23457E+11"). Only the shared strings are held in memory ({@link SharedStrings}).
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
                        XMLReader xml = XMLHelper.newXMLReader();
                        SheetHandler handler = new SheetHandler(strings, sink, progress, maxRows, fileName);
                        xml.setContentHandler(handler);
                        try {
                            xml.parse(new InputSource(in));
                            // a whole sheet has been read (a dry run): let the strings go while the import
                            // validates and applies; a later read (the error report) parses them again
                            strings = null;
                        } catch (SAXException e) {
                            if (handler.stopped != null) {
                                throw handler.stopped;
                            }
                            throw e;
                        }
                        return;
                    }
                }
            }
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

    /** SAX over one worksheet part: rows of raw cell values. */
    private static final class SheetHandler extends DefaultHandler {
        private final List<String> strings;
        private final RowSink sink;
        private final Progress progress;
        private final int maxRows;
        private final String fileName;
        private final StringBuilder value = new StringBuilder();
        private List<Cell> cells = new ArrayList<>();
        private int rowNumber;
        private int column;
        private String type;
        private boolean inValue;
        private int rows;
        /** What the sink (or the cancel check) threw: re-thrown as it was. */
        private RuntimeException stopped;

        SheetHandler(List<String> strings, RowSink sink, Progress progress, int maxRows,
                     String fileName) {
            this.strings = strings;
            this.sink = sink;
            this.progress = progress;
            this.maxRows = maxRows;
            this.fileName = fileName;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes atts) {
            switch (localName) {
                case "row" -> {
                    String r = atts.getValue("r");
                    rowNumber = r == null ? rowNumber + 1 : Integer.parseInt(r);
                    cells = new ArrayList<>();
                    column = -1;
                }
                case "c" -> {
                    String ref = atts.getValue("r");
                    column = ref == null ? column + 1 : columnOf(ref);
                    type = atts.getValue("t");
                    value.setLength(0);
                }
                case "v", "t" -> inValue = true;
                default -> {
                }
            }
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            if (inValue) {
                value.append(ch, start, length);
            }
        }

        @Override
        public void endElement(String uri, String localName, String qName) throws SAXException {
            switch (localName) {
                case "v", "t" -> inValue = false;
                case "c" -> {
                    while (cells.size() < column) {
                        cells.add(Cell.EMPTY);
                    }
                    cells.add(cell());
                }
                case "row" -> {
                    SheetRow row = new SheetRow(rowNumber, cells);
                    if (!row.isBlank()) {
                        if (++rows > maxRows) {
                            throw new SAXException(new SheetFileException(Workbooks.tooManyRows(fileName,
                                    maxRows)));
                        }
                        try {
                            if (rows % 1000 == 0) {
                                progress.checkCancelled();
                                progress.progress(rows, -1);
                            }
                            sink.row(row);
                        } catch (RuntimeException e) {
                            stopped = e;
                            throw new SAXException("stopped");
                        }
                    }
                }
                default -> {
                }
            }
        }

        private Cell cell() {
            String v = value.toString();
            if (type == null || type.equals("n")) {
                return v.isEmpty() ? Cell.EMPTY : Cell.number(v);
            }
            return switch (type) {
                case "s" -> v.isEmpty() ? Cell.EMPTY : Cell.text(sharedString(v));
                case "b" -> Cell.text("1".equals(v) ? "TRUE" : "FALSE");
                default -> Cell.text(v);
            };
        }

        private String sharedString(String index) {
            int i = Integer.parseInt(index.strip());
            if (i < 0 || i >= strings.size()) {
                throw new IllegalStateException("cell refers to shared string " + i + " of " + strings.size());
            }
            return strings.get(i);
        }

        private static int columnOf(String ref) {
            int col = 0;
            for (int i = 0; i < ref.length(); i++) {
                char c = ref.charAt(i);
                if (c < 'A' || c > 'Z') {
                    break;
                }
                col = col * 26 + (c - 'A' + 1);
            }
            return col - 1;
        }
    }
}
