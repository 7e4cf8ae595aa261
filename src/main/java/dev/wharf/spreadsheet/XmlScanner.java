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
final class XmlScanner {
    static final int EOF = 0;
    static final int START = 1;
    static final int END = 2;
    /** Attribute values returned as these constants rather than a new String each (cell types, booleans). */
    private static final String[] COMMON_VALUES = {"s", "n", "b", "str", "inlineStr", "e", "1", "0"};

    private final InputStream in;
    private final byte[] buf = new byte[1 << 16];
    private int pos;
    private int lim;

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

    /** Character data collected since {@link #startText()} (decoded, as UTF-8). */
    private byte[] text = new byte[256];
    private int textLen;
    private boolean capturing;
    private boolean started;

    XmlScanner(InputStream in) {
        this.in = in;
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

    /** From now on, character data is collected (what was collected before is dropped). */
    void startText() {
        textLen = 0;
        capturing = true;
    }

    /** Collects character data again, after what was collected already (rich-text runs of one cell). */
    void continueText() {
        capturing = true;
    }

    /** Stops collecting character data (what was collected stays readable). */
    void stopText() {
        capturing = false;
    }

    String text() {
        return new String(text, 0, textLen, StandardCharsets.UTF_8);
    }

    byte[] textBytes() {
        return text;
    }

    int textLength() {
        return textLen;
    }

    /** The collected text as a non-negative decimal int (surrounding spaces allowed), or -1. */
    int textAsIndex() {
        long v = 0;
        int digits = 0;
        for (int i = 0; i < textLen; i++) {
            byte b = text[i];
            if (b >= '0' && b <= '9') {
                v = v * 10 + (b - '0');
                if (++digits > 10 || v > Integer.MAX_VALUE) {
                    return -1;
                }
            } else if (!isSpace(b) || digits > 0 && i + 1 < textLen && !isSpace(text[i + 1])) {
                return -1;
            }
        }
        return digits == 0 ? -1 : (int) v;
    }

    // ------------------------------------------------------------------ scanning

    private int read() throws IOException {
        if (pos == lim) {
            lim = in.read(buf, 0, buf.length);
            pos = 0;
            if (lim <= 0) {
                lim = 0;
                return -1;
            }
        }
        return buf[pos++] & 0xFF;
    }

    private void skipBom() throws IOException {
        int b = read();
        if (b == 0xEF) {
            if (read() != 0xBB || read() != 0xBF) {
                throw malformed("the part does not start as UTF-8 XML");
            }
        } else if (b == 0xFE || b == 0xFF || b == 0) {
            throw malformed("the part is not UTF-8 (UTF-16 is not supported)");
        } else if (b >= 0) {
            pos--;
        }
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

    /** {@code <?...?>}: the XML declaration (its encoding checked) or a processing instruction, skipped. */
    private void declaration() throws IOException {
        StringBuilder decl = new StringBuilder();
        int prev = 0;
        while (true) {
            int b = read();
            if (b < 0) {
                throw malformed("the file ends inside a declaration");
            }
            if (b == '>' && prev == '?') {
                break;
            }
            if (decl.length() < 200) {
                decl.append((char) b);
            }
            prev = b;
        }
        String d = decl.toString().toLowerCase(java.util.Locale.ROOT);
        int e = d.indexOf("encoding");
        if (d.startsWith("xml") && e >= 0) {
            String rest = d.substring(e + 8).replaceAll("[\\s=\"']", " ").strip();
            String enc = rest.isEmpty() ? "" : rest.split(" ")[0];
            if (!enc.equals("utf-8") && !enc.equals("utf8")) {
                throw malformed("the part's encoding " + enc + " is not supported (only UTF-8)");
            }
        }
    }

    /** {@code <!...}: a comment (skipped), CDATA (character data) or a DOCTYPE (refused). */
    private void bang() throws IOException {
        int a = read();
        if (a == '-') {
            if (read() != '-') {
                throw malformed("a broken comment");
            }
            int p1 = 0;
            int p2 = 0;
            while (true) {
                int b = read();
                if (b < 0) {
                    throw malformed("the file ends inside a comment");
                }
                if (b == '>' && p1 == '-' && p2 == '-') {
                    return;
                }
                p2 = p1;
                p1 = b;
            }
        }
        if (a == '[') {
            for (char c : "CDATA[".toCharArray()) {
                if (read() != c) {
                    throw malformed("a broken CDATA section");
                }
            }
            int p1 = 0;
            int p2 = 0;
            while (true) {
                int b = read();
                if (b < 0) {
                    throw malformed("the file ends inside a CDATA section");
                }
                if (b == '>' && p1 == ']' && p2 == ']') {
                    if (capturing) {
                        textLen -= 2;
                    }
                    return;
                }
                if (capturing) {
                    putText((byte) b);
                }
                p2 = p1;
                p1 = b;
            }
        }
        throw new IOException("DOCTYPE declarations (and the entities they declare) are refused in a workbook part");
    }

    /** After {@code &}: a predefined entity or a character reference; any other entity is refused. */
    private void entity() throws IOException {
        int first = read();
        int cp;
        if (first == '#') {
            cp = characterReference();
        } else {
            StringBuilder name = new StringBuilder();
            for (int b = first; b != ';'; b = read()) {
                if (b < 0 || name.length() > 12) {
                    throw malformed("a broken entity reference");
                }
                name.append((char) b);
            }
            cp = entityValue(name.toString());
        }
        if (capturing) {
            putCodePoint(cp);
        }
    }

    /** After {@code &#}: a decimal or ({@code x}) hexadecimal code point up to {@code ;}. */
    private int characterReference() throws IOException {
        int b = read();
        int radix = 10;
        if (b == 'x' || b == 'X') {
            radix = 16;
            b = read();
        }
        int cp = 0;
        int digits = 0;
        for (; b != ';'; b = read()) {
            int d = Character.digit(b < 0 ? -1 : b, radix);
            if (d < 0 || ++digits > 8) {
                throw malformed("a broken character reference");
            }
            cp = cp * radix + d;
        }
        if (digits == 0) {
            throw malformed("an empty character reference");
        }
        return validCodePoint(cp);
    }

    private void putCodePoint(int cp) {
        if (cp < 0x80) {
            putText((byte) cp);
        } else if (cp < 0x800) {
            putText((byte) (0xC0 | cp >> 6));
            putText((byte) (0x80 | cp & 0x3F));
        } else if (cp < 0x10000) {
            putText((byte) (0xE0 | cp >> 12));
            putText((byte) (0x80 | cp >> 6 & 0x3F));
            putText((byte) (0x80 | cp & 0x3F));
        } else {
            putText((byte) (0xF0 | cp >> 18));
            putText((byte) (0x80 | cp >> 12 & 0x3F));
            putText((byte) (0x80 | cp >> 6 & 0x3F));
            putText((byte) (0x80 | cp & 0x3F));
        }
    }

    private static int entityValue(String name) throws IOException {
        switch (name) {
            case "amp":
                return '&';
            case "lt":
                return '<';
            case "gt":
                return '>';
            case "quot":
                return '"';
            case "apos":
                return '\'';
            default:
                break;
        }
        try {
            if (name.startsWith("#x") || name.startsWith("#X")) {
                return validCodePoint(Integer.parseInt(name.substring(2), 16));
            }
            if (name.startsWith("#")) {
                return validCodePoint(Integer.parseInt(name.substring(1)));
            }
        } catch (NumberFormatException e) {
            throw malformed("a broken character reference &" + name + ";");
        }
        throw new IOException("the undeclared entity &" + name + "; is refused (no entity is ever resolved)");
    }

    private static int validCodePoint(int cp) throws IOException {
        if (!Character.isValidCodePoint(cp)) {
            throw malformed("a character reference to " + cp);
        }
        return cp;
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

    private void putText(byte b) {
        if (textLen == text.length) {
            if (text.length >= 1 << 26) {
                throw new IllegalStateException("a text longer than 64 MB");
            }
            text = Arrays.copyOf(text, text.length * 2);
        }
        text[textLen++] = b;
    }

    private static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    private static IOException malformed(String what) {
        return new IOException("malformed XML: " + what);
    }
}
