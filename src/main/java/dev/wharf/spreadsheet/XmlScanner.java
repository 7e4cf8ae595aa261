package dev.wharf.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * A small pull scanner over the UTF-8 XML of a workbook part (a sheet, the shared strings): start and end tags with
 * their local names (a namespace prefix is dropped) and attributes, and the character data of the elements the
 * caller asks for, with the five predefined entities, character references and CDATA decoded. It works on the bytes
 * as they come out of the zip entry, with no String per element or per text, which is what makes it several times
 * faster than the JDK's SAX parser on a 500,000-row sheet.
 *
 * <p>Safe by construction: a DOCTYPE (and so any entity declaration, internal or external) is refused, as is a
 * reference to any entity other than the predefined five; nothing is ever fetched. An encoding other than UTF-8 is
 * refused (Excel and every known writer use UTF-8).
 */
final class XmlScanner extends XmlInput {
    static final int EOF = 0;
    static final int START = 1;
    static final int END = 2;
    /** Attribute values returned as these constants rather than a new String each (cell types, booleans). */
    private static final String[] COMMON_VALUES = {"s", "n", "b", "str", "inlineStr", "e", "1", "0"};

    /** The current tag's bytes between {@code <} and {@code >} (for a start tag: name and attributes). */
    private byte[] tag = new byte[256];
    private int tagLen;
    private int nameStart;
    private int nameEnd;
    private boolean selfClosing;
    private boolean pendingEnd;
    /** Where the value of the attribute last found by {@link #find} is in {@code tag}. */
    private int valueStart;
    private int valueEnd;
    /** Elements open: a part that ends before closing them all is cut off, not read as if whole. */
    private int depth;
    private boolean started;

    XmlScanner(InputStream in) {
        super(in);
    }

    /** The next tag: {@link #START}, {@link #END} or {@link #EOF}; a self-closing tag gives START then END. */
    int next() throws IOException {
        if (pendingEnd) {
            pendingEnd = false;
            depth--;
            return END;
        }
        if (!started) {
            started = true;
            skipBom();
        }
        while (true) {
            int b = read();
            if (b < 0) {
                if (depth > 0) {
                    throw malformed("the part ends before its elements are closed (the file is cut off)");
                }
                return EOF;
            }
            if (b == '&') {
                entity();
                continue;
            }
            if (b != '<') {
                if (capturing) {
                    putText((byte) b);
                }
                continue;
            }
            int c = read();
            if (c == '?') {
                declaration();
            } else if (c == '!') {
                bang();
            } else if (c == '/') {
                readTag(-1);
                depth--;
                return END;
            } else if (c < 0) {
                throw malformed("the file ends inside a tag");
            } else {
                readTag(c);
                depth++;
                if (selfClosing) {
                    pendingEnd = true;
                }
                return START;
            }
        }
    }

    /** Whether the current tag's local name is {@code name} (ASCII). */
    boolean is(String name) {
        int n = nameEnd - nameStart;
        if (n != name.length()) {
            return false;
        }
        for (int i = 0; i < n; i++) {
            if (tag[nameStart + i] != name.charAt(i)) {
                return false;
            }
        }
        return true;
    }

    /** Finds the current start tag's attribute {@code name} (local name): its value is then at value start/end. */
    private boolean find(String name) {
        int i = nameEnd;
        while (i < tagLen) {
            while (i < tagLen && isSpace(tag[i])) {
                i++;
            }
            int ns = i;
            while (i < tagLen && tag[i] != '=' && !isSpace(tag[i])) {
                i++;
            }
            int ne = i;
            while (i < tagLen && tag[i] != '"' && tag[i] != '\'') {
                i++;
            }
            if (i >= tagLen) {
                return false;
            }
            byte quote = tag[i++];
            int vs = i;
            while (i < tagLen && tag[i] != quote) {
                i++;
            }
            int ve = i++;
            int local = ns;
            for (int k = ns; k < ne; k++) {
                if (tag[k] == ':') {
                    local = k + 1;
                }
            }
            if (ne - local == name.length() && matches(local, name)) {
                valueStart = vs;
                valueEnd = ve;
                return true;
            }
        }
        return false;
    }

    /** The value of the current start tag's attribute {@code name} (local name), decoded; null when absent. */
    String attr(String name) throws IOException {
        if (!find(name)) {
            return null;
        }
        for (String common : COMMON_VALUES) {
            if (valueEnd - valueStart == common.length() && matches(valueStart, common)) {
                return common;
            }
        }
        return decodeAttribute(valueStart, valueEnd);
    }

    /**
     * The 0-based column of a cell reference attribute such as {@code r="AB12"} (its letters), read without making
     * a String; -1 when the attribute is absent or has no letters.
     */
    int attrColumn(String name) {
        if (!find(name)) {
            return -1;
        }
        int col = 0;
        int i = valueStart;
        for (; i < valueEnd && i - valueStart < 4; i++) {
            int c = tag[i];
            if (c >= 'a' && c <= 'z') {
                c -= 'a' - 'A';
            }
            if (c < 'A' || c > 'Z') {
                break;
            }
            col = col * 26 + (c - 'A' + 1);
        }
        return i == valueStart ? -1 : col - 1;
    }

    /** Reads a tag up to its {@code >} (quotes respected); {@code first} is its first byte, -1 for an end tag. */
    private void readTag(int first) throws IOException {
        tagLen = 0;
        if (first >= 0) {
            putTag((byte) first);
        }
        byte quote = 0;
        // the common case: the whole tag is in the buffer, with no quote holding a '>' or '<'
        for (int i = pos; i < lim; i++) {
            byte b = buf[i];
            if (b == '"' || b == '\'') {
                quote = quote == 0 ? b : quote == b ? 0 : quote;
            } else if (quote == 0 && b == '>') {
                int n = i - pos;
                if (tagLen + n > tag.length) {
                    tag = Arrays.copyOf(tag, Math.max(tag.length * 2, tagLen + n));
                }
                System.arraycopy(buf, pos, tag, tagLen, n);
                tagLen += n;
                pos = i + 1;
                endTag(first);
                return;
            } else if (quote == 0 && b == '<') {
                break;
            }
        }
        quote = 0;
        while (true) {
            int b = read();
            if (b < 0) {
                throw malformed("the file ends inside a tag");
            }
            if (quote != 0) {
                if (b == quote) {
                    quote = 0;
                }
            } else if (b == '"' || b == '\'') {
                quote = (byte) b;
            } else if (b == '>') {
                break;
            } else if (b == '<') {
                throw malformed("'<' inside a tag");
            }
            putTag((byte) b);
        }
        endTag(first);
    }

    /** The tag's bytes are in {@code tag}: finds its name and whether it closes itself. */
    private void endTag(int first) {
        selfClosing = first >= 0 && tagLen > 0 && tag[tagLen - 1] == '/';
        if (selfClosing) {
            tagLen--;
        }
        int end = 0;
        while (end < tagLen && !isSpace(tag[end])) {
            end++;
        }
        nameStart = 0;
        for (int i = 0; i < end; i++) {
            if (tag[i] == ':') {
                nameStart = i + 1;
            }
        }
        nameEnd = end;
    }

    private String decodeAttribute(int from, int to) throws IOException {
        boolean plain = true;
        for (int i = from; i < to; i++) {
            if (tag[i] == '&') {
                plain = false;
                break;
            }
        }
        if (plain) {
            return new String(tag, from, to - from, StandardCharsets.UTF_8);
        }
        StringBuilder out = new StringBuilder();
        int i = from;
        while (i < to) {
            if (tag[i] == '&') {
                int semi = i + 1;
                while (semi < to && tag[semi] != ';') {
                    semi++;
                }
                out.appendCodePoint(entityValue(new String(tag, i + 1, semi - i - 1, StandardCharsets.US_ASCII)));
                i = semi + 1;
            } else {
                int j = i;
                while (j < to && tag[j] != '&') {
                    j++;
                }
                out.append(new String(tag, i, j - i, StandardCharsets.UTF_8));
                i = j;
            }
        }
        return out.toString();
    }

    private boolean matches(int at, String name) {
        for (int k = 0; k < name.length(); k++) {
            if (tag[at + k] != name.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    private void putTag(byte b) {
        if (tagLen == tag.length) {
            if (tag.length >= 1 << 20) {
                throw new IllegalStateException("a tag longer than 1 MB");
            }
            tag = Arrays.copyOf(tag, tag.length * 2);
        }
        tag[tagLen++] = b;
    }

}
