package dev.wharf.shipping;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared-strings part of an .xlsx as plain strings, parsed with POI's hardened SAX parser: the text of each
 * {@code <si>} (rich-text runs joined; phonetic runs {@code <rPh>} left out). Lighter than POI's
 * ReadOnlySharedStringsTable, which builds a rich-text object per look-up. The strings are kept compact: their UTF-8
 * bytes back to back in one array with an offset table ({@link Table}), about a third of what a String each costs
 * (a 500,000-row sheet holds some 3 million shared strings: order ids, tracking numbers, receivers, addresses).
 */
final class SharedStrings extends DefaultHandler {
    private final Table strings = new Table();
    private final StringBuilder text = new StringBuilder();
    private boolean inT;
    private int phonetic;

    private SharedStrings() {
    }

    /** Every string, in index order (read-only); an empty list when the workbook has no shared strings. */
    static List<String> read(InputStream in) throws Exception {
        SharedStrings handler = new SharedStrings();
        if (in != null) {
            try (in) {
                XMLReader xml = XMLHelper.newXMLReader();
                xml.setContentHandler(handler);
                xml.parse(new InputSource(in));
            }
        }
        return handler.strings;
    }

    @Override
    public void startElement(String uri, String localName, String qName, Attributes atts) {
        switch (localName) {
            case "si" -> text.setLength(0);
            case "t" -> inT = phonetic == 0;
            case "rPh" -> phonetic++;
            default -> {
            }
        }
    }

    @Override
    public void endElement(String uri, String localName, String qName) {
        switch (localName) {
            case "si" -> strings.append(text);
            case "t" -> inT = false;
            case "rPh" -> phonetic--;
            default -> {
            }
        }
    }

    @Override
    public void characters(char[] ch, int start, int length) {
        if (inT) {
            text.append(ch, start, length);
        }
    }

    /** The strings as UTF-8 bytes in one growing array, and where each starts; decoded on look-up. */
    static final class Table extends AbstractList<String> implements RandomAccess {
        private byte[] bytes = new byte[1 << 16];
        private int[] starts = new int[1 << 12];
        private int size;
        private int end;

        void append(CharSequence s) {
            byte[] b = s.toString().getBytes(StandardCharsets.UTF_8);
            if (end + b.length > bytes.length) {
                bytes = Arrays.copyOf(bytes, Math.max(end + b.length, bytes.length + (bytes.length >> 1)));
            }
            if (size + 2 > starts.length) {
                starts = Arrays.copyOf(starts, starts.length + (starts.length >> 1));
            }
            System.arraycopy(b, 0, bytes, end, b.length);
            starts[size] = end;
            end += b.length;
            size++;
            starts[size] = end;
        }

        @Override
        public String get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(index);
            }
            return new String(bytes, starts[index], starts[index + 1] - starts[index], StandardCharsets.UTF_8);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
