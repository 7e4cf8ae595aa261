package dev.wharf.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.RandomAccess;

/**
 * The shared-strings part of an .xlsx as plain strings, read with {@link XmlScanner} (no DOCTYPE, no entities but the
 * predefined ones): the text of each {@code <si>} (rich-text runs joined; phonetic runs {@code <rPh>} left out).
 * Lighter than POI's ReadOnlySharedStringsTable, which builds a rich-text object per look-up. The strings are kept
 * compact: their UTF-8 bytes back to back in blocks with an offset table ({@link Table}), about a third of what a
 * String each costs (a 500,000-row sheet holds some 3 million shared strings: order ids, tracking numbers, receivers,
 * addresses); the scanner hands over the bytes as they are in the file, so no string is decoded while reading.
 */
final class SharedStrings {
    private SharedStrings() {
    }

    /** Every string, in index order (read-only); an empty list when the workbook has no shared strings. */
    static List<String> read(InputStream in) throws IOException {
        Table strings = new Table();
        if (in == null) {
            return strings;
        }
        try (in) {
            XmlScanner xml = new XmlScanner(in);
            int phonetic = 0;
            boolean inItem = false;
            int itemStart = 0;
            for (int e = xml.next(); e != XmlScanner.EOF; e = xml.next()) {
                if (e == XmlScanner.START) {
                    if (xml.is("si")) {
                        inItem = true;
                        phonetic = 0;
                        strings.begin();
                    } else if (xml.is("rPh")) {
                        phonetic++;
                    } else if (xml.is("t") && inItem && phonetic == 0) {
                        xml.startText();
                    }
                } else if (xml.is("t")) {
                    xml.stopText();
                    if (inItem && phonetic == 0) {
                        strings.add(xml.textBytes(), xml.textLength());
                    }
                } else if (xml.is("rPh")) {
                    phonetic--;
                } else if (xml.is("si")) {
                    inItem = false;
                    strings.end();
                }
            }
        }
        return strings;
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

        /** The string being built by {@link #add} calls, in a scratch buffer until {@link #end}. */
        private byte[] pending = new byte[256];
        private int pendingLen;

        void begin() {
            pendingLen = 0;
        }

        void add(byte[] utf8, int length) {
            if (pendingLen + length > pending.length) {
                pending = Arrays.copyOf(pending, Math.max(pending.length * 2, pendingLen + length));
            }
            System.arraycopy(utf8, 0, pending, pendingLen, length);
            pendingLen += length;
        }

        void end() {
            append(pending, pendingLen);
        }

        void append(CharSequence s) {
            byte[] b = s.toString().getBytes(StandardCharsets.UTF_8);
            append(b, b.length);
        }

        private void append(byte[] b, int length) {
            int block = blocks.size() - 1;
            if (block < 0 || fill[block] + length > blocks.get(block).length || fill[block] >= BLOCK) {
                blocks.add(new byte[Math.max(BLOCK, length)]);
                block++;
                if (block == fill.length) {
                    fill = Arrays.copyOf(fill, fill.length * 2);
                }
            }
            if (size == starts.length) {
                starts = Arrays.copyOf(starts, starts.length + (starts.length >> 1));
            }
            System.arraycopy(b, 0, blocks.get(block), fill[block], length);
            starts[size++] = (block << BLOCK_BITS) + fill[block];
            fill[block] += length;
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
