package dev.wharf.spreadsheet;

import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
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
 * bytes back to back in blocks with an offset table ({@link Table}), about a third of what a String each costs
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

    /**
     * The strings as UTF-8 bytes back to back in blocks of 1 MiB (a longer string gets a block of its own), and where
     * each starts (block × 1 MiB + offset); decoded on look-up. Blocks instead of one growing array: no copy of
     * everything read so far, and so no moment holding it twice.
     */
    static final class Table extends AbstractList<String> implements RandomAccess {
        private static final int BLOCK_BITS = 20;
        private static final int BLOCK = 1 << BLOCK_BITS;

        private final List<byte[]> blocks = new ArrayList<>();
        private int[] fill = new int[16];
        private int[] starts = new int[1 << 12];
        private int size;

        void append(CharSequence s) {
            byte[] b = s.toString().getBytes(StandardCharsets.UTF_8);
            int block = blocks.size() - 1;
            if (block < 0 || fill[block] + b.length > blocks.get(block).length || fill[block] >= BLOCK) {
                blocks.add(new byte[Math.max(BLOCK, b.length)]);
                block++;
                if (block == fill.length) {
                    fill = Arrays.copyOf(fill, fill.length * 2);
                }
            }
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, starts.length + (starts.length >> 1));
            }
            System.arraycopy(b, 0, blocks.get(block), fill[block], b.length);
            starts[size++] = (block << BLOCK_BITS) + fill[block];
            fill[block] += b.length;
        }

        @Override
        public String get(int index) {
            if (index < 0 || index >= size) {
                throw new IndexOutOfBoundsException(index);
            }
            int start = starts[index];
            int block = start >>> BLOCK_BITS;
            int offset = start & (BLOCK - 1);
            int end = index + 1 < size && starts[index + 1] >>> BLOCK_BITS == block
                    ? starts[index + 1] & (BLOCK - 1) : fill[block];
            return new String(blocks.get(block), offset, end - offset, StandardCharsets.UTF_8);
        }

        @Override
        public int size() {
            return size;
        }
    }
}
