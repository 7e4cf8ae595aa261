package dev.wharf.spreadsheet;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The hand-written scanner reads what the writers of workbooks put in their parts (entities, character references,
 * CDATA, comments, namespace prefixes, either quote) as the JDK's XML parser would, and refuses what is unsafe.
 */
class XmlScannerTest {

    private static InputStream xml(String s) {
        return new ByteArrayInputStream(s.getBytes(StandardCharsets.UTF_8));
    }

    private static final String SST = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"9\">";

    @Test
    void sharedStringsAsExcelAndOtherWritersWriteThem() throws Exception {
        List<String> s = SharedStrings.read(xml(SST
                + "<si><t>订单号</t></si>"
                + "<si><t xml:space=\"preserve\">&#x5e8f;&#21495; A&amp;B &lt;x&gt; &quot;q&quot; &apos;</t></si>"
                + "<si><r><rPr><b/></rPr><t>SF</t></r><r><t>1234</t></r><rPh sb=\"0\" eb=\"1\"><t>ふりがな</t></rPh></si>"
                + "<si><t/></si>"
                + "<!-- a comment --><si><t><![CDATA[<not a tag> & ]]]]></t></si>"
                + "<si><t>emoji &#x1F600; 😀</t></si>"
                + "<x:si xmlns:x=\"urn:x\"><x:t>prefixed</x:t></x:si>"
                + "<si><t>  spaces kept  </t></si>"
                + "</sst>"));
        assertThat(s).containsExactly("订单号", "序号 A&B <x> \"q\" '", "SF1234", "", "<not a tag> & ]]",
                "emoji 😀 😀", "prefixed", "  spaces kept  ");
    }

    @Test
    void attributesInEitherQuoteWithEntitiesAndPrefixes() throws Exception {
        XmlScanner x = new XmlScanner(xml("\uFEFF<?xml version='1.0' encoding='utf-8'?>"
                + "<a:c a:r='B7' t = \"s\" other=\"x&amp;y\"/><row r=\"3\"></row>"));
        assertThat(x.next()).isEqualTo(XmlScanner.START);
        assertThat(x.is("c")).isTrue();
        assertThat(x.attr("r")).isEqualTo("B7");
        assertThat(x.attr("t")).isEqualTo("s");
        assertThat(x.attr("other")).isEqualTo("x&y");
        assertThat(x.attr("missing")).isNull();
        assertThat(x.attrColumn("r")).isEqualTo(1);
        assertThat(x.attrColumn("t")).isEqualTo(18);
        assertThat(x.attrColumn("missing")).isEqualTo(-1);
        assertThat(x.next()).isEqualTo(XmlScanner.END);
        assertThat(x.is("c")).isTrue();
        assertThat(x.next()).isEqualTo(XmlScanner.START);
        assertThat(x.attr("r")).isEqualTo("3");
        assertThat(x.attrColumn("r")).isEqualTo(-1);
        assertThat(x.next()).isEqualTo(XmlScanner.END);
        assertThat(x.next()).isEqualTo(XmlScanner.EOF);
    }

    @Test
    void tagsAcrossTheReadBufferAndQuotedAngleBrackets() throws Exception {
        StringBuilder sb = new StringBuilder("<sheetData>");
        for (int i = 0; i < 20_000; i++) {
            sb.append("<c r=\"").append(SheetRow.columnName(i % 700)).append(i + 1).append("\" note='a>b'><v>")
                    .append(i).append("</v></c>");
        }
        sb.append("</sheetData>");
        XmlScanner x = new XmlScanner(xml(sb.toString()));
        int cells = 0;
        for (int e = x.next(); e != XmlScanner.EOF; e = x.next()) {
            if (e == XmlScanner.START && x.is("c")) {
                assertThat(x.attrColumn("r")).isEqualTo(cells % 700);
                assertThat(x.attr("note")).isEqualTo("a>b");
                cells++;
            }
        }
        assertThat(cells).isEqualTo(20_000);
    }

    @Test
    void aSharedStringIndexIsReadFromTheText() throws Exception {
        XmlScanner x = new XmlScanner(xml("<v> 42 </v><v>4 2</v><v>-1</v><v>99999999999</v>"));
        List<Integer> out = new ArrayList<>();
        for (int e = x.next(); e != XmlScanner.EOF; e = x.next()) {
            if (e == XmlScanner.START) {
                x.startText();
            } else {
                x.stopText();
                out.add(x.textAsIndex());
            }
        }
        assertThat(out).containsExactly(42, -1, -1, -1);
    }

    @Test
    void doctypesUnknownEntitiesAndOtherEncodingsAreRefused() {
        assertThatThrownBy(() -> SharedStrings.read(xml("<?xml version=\"1.0\"?><!DOCTYPE sst [<!ENTITY x \"boom\">]>"
                + "<sst><si><t>&x;</t></si></sst>"))).isInstanceOf(IOException.class).hasMessageContaining("DOCTYPE");
        assertThatThrownBy(() -> SharedStrings.read(xml(SST + "<si><t>&x;</t></si></sst>")))
                .isInstanceOf(IOException.class).hasMessageContaining("entity");
        assertThatThrownBy(() -> SharedStrings.read(new ByteArrayInputStream("<sst/>".getBytes(
                StandardCharsets.UTF_16)))).isInstanceOf(IOException.class).hasMessageContaining("UTF-16");
        assertThatThrownBy(() -> SharedStrings.read(xml("<?xml version=\"1.0\" encoding=\"GBK\"?><sst/>")))
                .isInstanceOf(IOException.class).hasMessageContaining("gbk");
        assertThatThrownBy(() -> SharedStrings.read(xml(SST + "<si><t>cut"))).isInstanceOf(IOException.class);
        assertThatThrownBy(() -> SharedStrings.read(xml(SST + "<si><t>&#xZZ;</t></si></sst>")))
                .isInstanceOf(IOException.class).hasMessageContaining("character reference");
    }
}
