package org.maoni.bill.ingest;

import java.util.HashMap;
import java.util.Map;
import javax.xml.stream.XMLStreamException;

/**
 * What the DOCX extractor needs from {@code styles.xml}: per paragraph style its base style, list numbering, frame,
 * font size and spacing; and the document defaults. Values not set are null and inherit along {@code basedOn}.
 */
final class DocxStyles {

    static final class Style {
        String basedOn;
        String numId;
        Integer ilvl;
        Boolean framed;
        Boolean dropCap;
        Double fontSizePt;
        Double beforePt;
        Double afterPt;
        Integer line;
        String lineRule;
    }

    final Map<String, Style> styles = new HashMap<>();
    String defaultParagraphStyle;
    double defaultFontSizePt = 10;
    double defaultBeforePt = 0;
    double defaultAfterPt = 0;
    int defaultLine = 240;
    String defaultLineRule = "auto";

    static DocxStyles parse(byte[] xml, Guard guard) throws XMLStreamException {
        DocxStyles s = new DocxStyles();
        if (xml == null) {
            return s;
        }
        try (SafeXml.Reader r = new SafeXml.Reader(xml, guard)) {
            if (!r.toRoot()) {
                return s;
            }
            while (r.nextChild()) {
                switch (r.localName()) {
                    case "docDefaults" -> s.docDefaults(r);
                    case "style" -> s.style(r);
                    default -> r.skip();
                }
            }
        }
        return s;
    }

    private void docDefaults(SafeXml.Reader r) throws XMLStreamException {
        Style tmp = new Style();
        readProps(r, tmp);
        if (tmp.fontSizePt != null) {
            defaultFontSizePt = tmp.fontSizePt;
        }
        if (tmp.beforePt != null) {
            defaultBeforePt = tmp.beforePt;
        }
        if (tmp.afterPt != null) {
            defaultAfterPt = tmp.afterPt;
        }
        if (tmp.line != null) {
            defaultLine = tmp.line;
        }
        if (tmp.lineRule != null) {
            defaultLineRule = tmp.lineRule;
        }
    }

    private void style(SafeXml.Reader r) throws XMLStreamException {
        String type = r.attr("type");
        String id = r.attr("styleId");
        boolean isDefault = "1".equals(r.attr("default")) || "true".equals(r.attr("default"));
        Style st = new Style();
        readProps(r, st);
        if (id != null && (type == null || "paragraph".equals(type))) {
            styles.put(id, st);
            if (isDefault) {
                defaultParagraphStyle = id;
            }
        }
    }

    /** Reads pPr/rPr/basedOn below the current element (style or docDefaults) into {@code st}. */
    private static void readProps(SafeXml.Reader r, Style st) throws XMLStreamException {
        int base = r.depth();
        while (true) {
            int e = r.next();
            if (e == javax.xml.stream.XMLStreamConstants.END_ELEMENT && r.depth() < base) {
                return;
            }
            if (e != javax.xml.stream.XMLStreamConstants.START_ELEMENT) {
                continue;
            }
            switch (r.localName()) {
                case "basedOn" -> st.basedOn = r.attr("val");
                case "numId" -> st.numId = r.attr("val");
                case "ilvl" -> st.ilvl = DocxExtractor.parseInt(r.attr("val"), 0);
                case "framePr" -> {
                    st.framed = true;
                    String dc = r.attr("dropCap");
                    st.dropCap = dc != null && !"none".equals(dc);
                }
                case "sz" -> {
                    Integer half = DocxExtractor.parseInt(r.attr("val"), null);
                    if (half != null && half > 0) {
                        st.fontSizePt = half / 2.0;
                    }
                }
                case "spacing" -> {
                    Integer before = DocxExtractor.parseInt(r.attr("before"), null);
                    Integer after = DocxExtractor.parseInt(r.attr("after"), null);
                    Integer line = DocxExtractor.parseInt(r.attr("line"), null);
                    if (before != null) {
                        st.beforePt = before / 20.0;
                    }
                    if (after != null) {
                        st.afterPt = after / 20.0;
                    }
                    if (line != null) {
                        st.line = line;
                        st.lineRule = r.attr("lineRule");
                    }
                }
                default -> {}
            }
        }
    }

    /** Looks a property up the basedOn chain (cycles and long chains are cut off). */
    <T> T lookup(String styleId, java.util.function.Function<Style, T> property) {
        String id = styleId == null ? defaultParagraphStyle : styleId;
        for (int hops = 0; id != null && hops < 32; hops++) {
            Style st = styles.get(id);
            if (st == null) {
                break;
            }
            T v = property.apply(st);
            if (v != null) {
                return v;
            }
            id = st.basedOn;
        }
        return null;
    }
}
