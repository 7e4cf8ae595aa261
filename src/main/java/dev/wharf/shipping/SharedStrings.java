package dev.wharf.shipping;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.util.XMLHelper;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.XMLReader;
import org.xml.sax.helpers.DefaultHandler;

/**
 * The shared-strings part of an .xlsx as plain strings, parsed with POI's hardened SAX parser: the text of each
 * {@code <si>} (rich-text runs joined; phonetic runs {@code <rPh>} left out). Lighter than POI's
 * ReadOnlySharedStringsTable, which builds a rich-text object per look-up.
 */
final class SharedStrings extends DefaultHandler {
    private final List<String> strings = new ArrayList<>();
    private final StringBuilder text = new StringBuilder();
    private boolean inT;
    private int phonetic;

    private SharedStrings() {
    }

    /** Every string, in index order; an empty list when the workbook has no shared strings. */
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
            case "si" -> strings.add(text.toString());
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
}
