package dev.wharf.spreadsheet;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;

/**
 * The byte level of {@link XmlScanner}: the part's bytes through a buffer, the character data collected for the
 * caller (entities, character references and CDATA decoded into UTF-8), and the markup that is skipped (the XML
 * declaration, whose encoding must be UTF-8, processing instructions, comments) or refused (a DOCTYPE, any entity
 * but the predefined five).
 */
abstract class XmlInput {
    final InputStream in;
    final byte[] buf = new byte[1 << 16];
    int pos;
    int lim;
    /** Character data collected since {@link #startText()} (decoded, as UTF-8). */
    private byte[] text = new byte[256];
    private int textLen;
    boolean capturing;

    XmlInput(InputStream in) {
        this.in = in;
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

    int read() throws IOException {
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

    void skipBom() throws IOException {
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

    /** {@code <?...?>}: the XML declaration (its encoding checked) or a processing instruction, skipped. */
    void declaration() throws IOException {
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
        String d = decl.toString().toLowerCase(Locale.ROOT);
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
    void bang() throws IOException {
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
    void entity() throws IOException {
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

    static int entityValue(String name) throws IOException {
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

    void putText(byte b) {
        if (textLen == text.length) {
            if (text.length >= 1 << 26) {
                throw new IllegalStateException("a text longer than 64 MB");
            }
            text = Arrays.copyOf(text, text.length * 2);
        }
        text[textLen++] = b;
    }

    static boolean isSpace(byte b) {
        return b == ' ' || b == '\t' || b == '\n' || b == '\r';
    }

    static IOException malformed(String what) {
        return new IOException("malformed XML: " + what);
    }
}
