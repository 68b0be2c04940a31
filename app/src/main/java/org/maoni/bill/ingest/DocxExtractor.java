package org.maoni.bill.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;

/**
 * Reads a DOCX (WordprocessingML) into one block per body paragraph, in document order, streaming
 * {@code word/document.xml} with StAX rather than building POI's object model.
 *
 * <ul>
 *   <li>List numbering is rendered at the start of the text ("5. ", "(a) ") by {@link DocxNumbering}, including
 *       numbering that a paragraph inherits from its style.
 *   <li>Marginal notes become the {@code marginNote} of the paragraph they belong to and are not emitted as paragraphs:
 *       text boxes (DrawingML {@code wps:txbx} and VML {@code v:textbox}; of an {@code mc:AlternateContent} only the
 *       first choice is read, so a note is not read twice) attach to the paragraph they are anchored in, or to the next
 *       paragraph with text when the anchor paragraph is empty; framed paragraphs ({@code w:framePr}) attach to the
 *       next paragraph, as Word anchors them; and in sections laid out in columns where a narrow column runs beside a
 *       wide one (how PDF-to-Word conversions of Gazette bills keep marginal notes), each paragraph of the narrow column
 *       attaches to the paragraph of the wide column that sits beside it, by an estimate of their vertical positions
 *       that prefers paragraphs starting a numbered section.
 *   <li>Tables: one block per row, cells separated by a tab.
 *   <li>Headers, footers, footnotes, comments, deleted revisions, hidden text and field codes are dropped.
 * </ul>
 */
final class DocxExtractor {

    static final String W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";
    /** The same vocabulary in ISO 29500 Strict documents. */
    static final String W_STRICT = "http://purl.oclc.org/ooxml/wordprocessingml/main";

    /** A narrow column is at most this fraction of the widest one. */
    private static final double NARROW_COLUMN_RATIO = 0.37;
    /** Cost, in lines, of anchoring a marginal note to a paragraph that does not start a numbered section. */
    private static final double NON_CLAUSE_PENALTY = 6;
    /** Cost, in lines, of giving a paragraph a second marginal note. */
    private static final double SHARED_ANCHOR_PENALTY = 4;

    private static final Pattern CLAUSE_START = Pattern.compile("^\\d{1,4}[A-Z]{0,3}\\.(\\s|$).*", Pattern.DOTALL);

    private final Guard guard;
    private DocxStyles styles;
    private DocxNumbering numbering;
    private SafeXml.Reader r;
    private final List<TextBlock> blocks = new ArrayList<>();

    DocxExtractor(Guard guard) {
        this.guard = guard;
    }

    /** Entries of a DOCX worth inflating: XML parts and relationships, not media. */
    static boolean isTextPart(String name) {
        return name.endsWith(".xml") || name.endsWith(".rels");
    }

    List<TextBlock> extract(Map<String, byte[]> parts) throws IOException, XMLStreamException {
        String main = target(parts.get("_rels/.rels"), "", "/officeDocument");
        if (main == null) {
            main = "word/document.xml";
        }
        byte[] document = parts.get(main);
        if (document == null) {
            throw new IOException("The DOCX has no main document part.");
        }
        String dir = main.contains("/") ? main.substring(0, main.lastIndexOf('/') + 1) : "";
        String relsName = dir + "_rels/" + main.substring(dir.length()) + ".rels";
        byte[] rels = parts.get(relsName);
        String stylesPart = target(rels, dir, "/styles");
        String numberingPart = target(rels, dir, "/numbering");
        styles = DocxStyles.parse(parts.get(stylesPart == null ? dir + "styles.xml" : stylesPart), guard);
        numbering =
                DocxNumbering.parse(parts.get(numberingPart == null ? dir + "numbering.xml" : numberingPart), guard);
        numbering.linkStyles(styles);
        try (SafeXml.Reader reader = new SafeXml.Reader(document, guard)) {
            r = reader;
            if (!r.toRoot()) {
                throw new IOException("The DOCX main document is empty.");
            }
            BodySink body = new BodySink();
            while (r.nextChild()) {
                if ("body".equals(r.localName())) {
                    blocks(body);
                } else {
                    r.skip();
                }
            }
            body.finish();
        }
        return blocks;
    }

    /** The target of the first relationship whose type ends with {@code typeSuffix}, as a part name. */
    private String target(byte[] rels, String baseDir, String typeSuffix) throws XMLStreamException {
        if (rels == null) {
            return null;
        }
        try (SafeXml.Reader rr = new SafeXml.Reader(rels, guard)) {
            if (!rr.toRoot()) {
                return null;
            }
            while (rr.nextChild()) {
                String type = rr.attr("Type");
                String target = rr.attr("Target");
                String mode = rr.attr("TargetMode");
                rr.skip();
                if (type != null && target != null && type.endsWith(typeSuffix) && !"External".equals(mode)) {
                    return resolve(baseDir, target);
                }
            }
        }
        return null;
    }

    static String resolve(String baseDir, String target) {
        String path = target.startsWith("/") ? target.substring(1) : baseDir + target;
        List<String> out = new ArrayList<>();
        for (String seg : path.split("/")) {
            if (seg.isEmpty() || ".".equals(seg)) {
                continue;
            }
            if ("..".equals(seg)) {
                if (!out.isEmpty()) {
                    out.remove(out.size() - 1);
                }
            } else {
                out.add(seg);
            }
        }
        return String.join("/", out);
    }

    static Integer parseInt(String s, Integer fallback) {
        if (s == null) {
            return fallback;
        }
        try {
            return Integer.parseInt(s.trim());
        } catch (NumberFormatException e) {
            try {
                return (int) Double.parseDouble(s.trim());
            } catch (NumberFormatException e2) {
                return fallback;
            }
        }
    }

    private boolean isW() {
        String ns = r.ns();
        return W.equals(ns) || W_STRICT.equals(ns);
    }

    // ---------------------------------------------------------------- block level

    /** Block-level content (paragraphs, tables, content controls) until the end of the current element. */
    private void blocks(Sink sink) throws XMLStreamException {
        while (r.nextChild()) {
            String name = r.localName();
            if ("AlternateContent".equals(name)) {
                alternate(() -> blocks(sink));
                continue;
            }
            if (!isW()) {
                r.skip();
                continue;
            }
            switch (name) {
                case "p" -> sink.paragraph(paragraph());
                case "tbl" -> table(sink);
                case "sdt", "sdtContent", "customXml", "ins", "moveTo" -> blocks(sink);
                case "sectPr" -> {
                    Cols cols = sectPr();
                    if (sink instanceof BodySink b) {
                        b.finalCols = cols;
                    }
                }
                default -> r.skip();
            }
        }
    }

    /** mc:AlternateContent: the first Choice (or the Fallback when there is no Choice); the rest is skipped. */
    private void alternate(XmlBody inner) throws XMLStreamException {
        boolean done = false;
        while (r.nextChild()) {
            String name = r.localName();
            if (!done && ("Choice".equals(name) || "Fallback".equals(name))) {
                inner.run();
                done = true;
            } else {
                r.skip();
            }
        }
    }

    @FunctionalInterface
    private interface XmlBody {
        void run() throws XMLStreamException;
    }

    private void table(Sink sink) throws XMLStreamException {
        while (r.nextChild()) {
            String name = r.localName();
            if (isW() && "tr".equals(name)) {
                Row row = new Row();
                row(row);
                sink.row(row);
            } else if (isW() && ("sdt".equals(name) || "sdtContent".equals(name) || "customXml".equals(name))) {
                table(sink);
            } else {
                r.skip();
            }
        }
    }

    private void row(Row row) throws XMLStreamException {
        while (r.nextChild()) {
            String name = r.localName();
            if (isW() && "tc".equals(name)) {
                CellSink cell = new CellSink();
                blocks(cell);
                cell.finish();
                row.cells.add(cell.text.toString());
                row.notes.addAll(cell.notes);
            } else if (isW() && ("sdt".equals(name) || "sdtContent".equals(name) || "customXml".equals(name))) {
                row(row);
            } else {
                r.skip();
            }
        }
    }

    private Cols sectPr() throws XMLStreamException {
        Cols c = new Cols();
        while (r.nextChild()) {
            switch (r.localName()) {
                case "cols" -> {
                    c.num = parseInt(r.attr("num"), 1);
                    String eq = r.attr("equalWidth");
                    c.equalWidth = eq == null || "1".equals(eq) || "true".equals(eq) || "on".equals(eq);
                    while (r.nextChild()) {
                        if ("col".equals(r.localName())) {
                            c.widths.add(parseInt(r.attr("w"), 0));
                        }
                        r.skip();
                    }
                }
                case "pgSz" -> {
                    c.pageWidth = parseInt(r.attr("w"), c.pageWidth);
                    r.skip();
                }
                case "pgMar" -> {
                    c.marginLeft = parseInt(r.attr("left"), c.marginLeft);
                    c.marginRight = parseInt(r.attr("right"), c.marginRight);
                    r.skip();
                }
                default -> r.skip();
            }
        }
        return c;
    }

    // ---------------------------------------------------------------- paragraph level

    private Para paragraph() throws XMLStreamException {
        Para p = new Para();
        inline(p);
        return p;
    }

    private void inline(Para p) throws XMLStreamException {
        while (r.nextChild()) {
            String name = r.localName();
            if ("AlternateContent".equals(name)) {
                alternate(() -> inline(p));
                continue;
            }
            if (!isW()) {
                r.skip();
                continue;
            }
            switch (name) {
                case "pPr" -> pPr(p);
                case "r" -> run(p);
                case "hyperlink",
                        "ins",
                        "moveTo",
                        "smartTag",
                        "fldSimple",
                        "customXml",
                        "bdo",
                        "dir",
                        "sdt",
                        "sdtContent" -> inline(p);
                default -> r.skip();
            }
        }
    }

    private void pPr(Para p) throws XMLStreamException {
        while (r.nextChild()) {
            switch (r.localName()) {
                case "pStyle" -> {
                    p.styleId = r.attr("val");
                    r.skip();
                }
                case "numPr" -> {
                    while (r.nextChild()) {
                        if ("ilvl".equals(r.localName())) {
                            p.ilvl = parseInt(r.attr("val"), 0);
                        } else if ("numId".equals(r.localName())) {
                            p.numId = r.attr("val");
                        }
                        r.skip();
                    }
                }
                case "framePr" -> {
                    String dc = r.attr("dropCap");
                    p.framed = true;
                    p.dropCap = dc != null && !"none".equals(dc);
                    r.skip();
                }
                case "spacing" -> {
                    Integer before = parseInt(r.attr("before"), null);
                    Integer after = parseInt(r.attr("after"), null);
                    Integer line = parseInt(r.attr("line"), null);
                    p.beforePt = before == null ? null : before / 20.0;
                    p.afterPt = after == null ? null : after / 20.0;
                    if (line != null) {
                        p.line = line;
                        p.lineRule = r.attr("lineRule");
                    }
                    r.skip();
                }
                case "ind" -> {
                    Integer left = parseInt(r.attr("left"), parseInt(r.attr("start"), null));
                    Integer right = parseInt(r.attr("right"), parseInt(r.attr("end"), null));
                    p.indentTwips = Math.max(0, left == null ? 0 : left) + Math.max(0, right == null ? 0 : right);
                    r.skip();
                }
                case "rPr" -> runProps(p, new boolean[1]);
                case "sectPr" -> {
                    p.sectionEnd = true;
                    p.cols = sectPr();
                }
                default -> r.skip();
            }
        }
    }

    /** Reads a rPr: font size into the paragraph, hidden text into {@code hidden[0]}. */
    private void runProps(Para p, boolean[] hidden) throws XMLStreamException {
        while (r.nextChild()) {
            switch (r.localName()) {
                case "vanish", "specVanish" -> {
                    String v = r.attr("val");
                    hidden[0] = v == null || !("0".equals(v) || "false".equals(v) || "off".equals(v));
                }
                case "sz" -> {
                    Integer half = parseInt(r.attr("val"), null);
                    if (half != null && half > 0 && (p.fontSizePt == null || half / 2.0 > p.fontSizePt)) {
                        p.fontSizePt = half / 2.0;
                    }
                }
                default -> {}
            }
            r.skip();
        }
    }

    private void run(Para p) throws XMLStreamException {
        boolean[] hidden = new boolean[1];
        runContent(p, hidden);
    }

    private void runContent(Para p, boolean[] hidden) throws XMLStreamException {
        while (r.nextChild()) {
            String name = r.localName();
            if ("AlternateContent".equals(name)) {
                alternate(() -> runContent(p, hidden));
                continue;
            }
            if (!isW()) {
                r.skip();
                continue;
            }
            switch (name) {
                case "rPr" -> runProps(p, hidden);
                case "t" -> {
                    String t = text();
                    if (!hidden[0]) {
                        p.text.append(t);
                    }
                }
                case "tab", "ptab" -> {
                    if (!hidden[0]) {
                        p.text.append('\t');
                    }
                    r.skip();
                }
                case "br" -> {
                    if ("column".equals(r.attr("type"))) {
                        p.columnBreaks++;
                        if (p.columnBreaks == 1) {
                            p.textBeforeBreak = !p.text.toString().isBlank();
                        }
                    } else if (!hidden[0]) {
                        p.text.append(' ');
                    }
                    r.skip();
                }
                case "cr" -> {
                    p.text.append(' ');
                    r.skip();
                }
                case "noBreakHyphen" -> {
                    p.text.append('-');
                    r.skip();
                }
                case "drawing", "pict", "object" -> textBoxes(p);
                default -> r.skip();
            }
        }
    }

    /** The character content of the current element (positioned on its start tag). */
    private String text() throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int base = r.depth();
        while (true) {
            int e = r.next();
            if (e == XMLStreamConstants.CHARACTERS || e == XMLStreamConstants.CDATA || e == XMLStreamConstants.SPACE) {
                String t = r.raw().getText();
                guard.addCharacters(t.length());
                sb.append(t);
            } else if (e == XMLStreamConstants.END_ELEMENT && r.depth() < base) {
                return sb.toString();
            }
        }
    }

    /** Looks for text boxes below a drawing or picture; each becomes a note of the paragraph. */
    private void textBoxes(Para p) throws XMLStreamException {
        while (r.nextChild()) {
            String name = r.localName();
            if ("txbxContent".equals(name) && isW()) {
                NoteSink note = new NoteSink();
                blocks(note);
                note.finish();
                String text = note.text.toString();
                if (!text.isBlank()) {
                    p.notes.add(text);
                }
            } else if ("AlternateContent".equals(name)) {
                alternate(() -> textBoxes(p));
            } else {
                textBoxes(p);
            }
        }
    }

    // ---------------------------------------------------------------- model

    static final class Para {
        final StringBuilder text = new StringBuilder();
        final List<String> notes = new ArrayList<>();
        String styleId;
        String numId;
        Integer ilvl;
        boolean framed;
        boolean dropCap;
        Double fontSizePt;
        Double beforePt;
        Double afterPt;
        Integer line;
        String lineRule;
        int indentTwips;
        boolean sectionEnd;
        Cols cols;
        int columnBreaks;
        boolean textBeforeBreak;
    }

    static final class Row {
        final List<String> cells = new ArrayList<>();
        final List<String> notes = new ArrayList<>();
    }

    static final class Cols {
        int num = 1;
        boolean equalWidth = true;
        final List<Integer> widths = new ArrayList<>();
        int pageWidth = 11906;
        int marginLeft = 1440;
        int marginRight = 1440;

        /** Width of each column in twips. */
        int[] columnWidths() {
            int n = Math.max(1, num);
            int[] w = new int[n];
            if (!equalWidth && widths.size() >= n) {
                for (int i = 0; i < n; i++) {
                    w[i] = widths.get(i);
                }
            } else {
                int text = Math.max(1440, pageWidth - marginLeft - marginRight);
                java.util.Arrays.fill(w, text / n);
            }
            return w;
        }
    }

    /** The label (list number) and text of a paragraph, numbering advanced in document order. */
    private String render(Para p) {
        String numId = p.numId;
        Integer ilvl = p.ilvl;
        if (numId == null) {
            numId = styles.lookup(p.styleId, s -> s.numId);
        }
        if (ilvl == null) {
            ilvl = styles.lookup(p.styleId, s -> s.ilvl);
        }
        String text = p.text.toString();
        if (numId == null) {
            return text;
        }
        int level = ilvl == null ? 0 : ilvl;
        String label = numbering.next(numId, level);
        if (label == null) {
            return text;
        }
        return label + (numbering.hasSeparator(numId, level) ? " " : "") + text.stripLeading();
    }

    private boolean framed(Para p) {
        if (p.framed) {
            return true;
        }
        Boolean f = styles.lookup(p.styleId, s -> s.framed);
        return f != null && f;
    }

    private boolean dropCap(Para p) {
        if (p.framed) {
            return p.dropCap;
        }
        Boolean d = styles.lookup(p.styleId, s -> s.dropCap);
        return d != null && d;
    }

    // ---------------------------------------------------------------- sinks

    /**
     * Receives paragraphs and rows in order. Shared logic: framed paragraphs become a note of the next paragraph, drop
     * caps join the next paragraph, notes of an empty paragraph move on to the next paragraph with text.
     */
    private abstract class Sink {
        private final StringBuilder pendingDropCap = new StringBuilder();
        private final StringBuilder pendingFrame = new StringBuilder();
        private final List<String> carried = new ArrayList<>();

        final void paragraph(Para p) {
            String text = render(p);
            if (dropCap(p)) {
                pendingDropCap.append(text.strip());
                accept(p, "", List.of());
                return;
            }
            if (framed(p)) {
                if (!text.isBlank()) {
                    if (pendingFrame.length() > 0) {
                        pendingFrame.append(' ');
                    }
                    pendingFrame.append(text);
                }
                carried.addAll(p.notes);
                accept(p, "", List.of());
                return;
            }
            if (pendingDropCap.length() > 0) {
                text = pendingDropCap + text.stripLeading();
                pendingDropCap.setLength(0);
            }
            List<String> notes = new ArrayList<>(carried);
            carried.clear();
            if (pendingFrame.length() > 0) {
                notes.add(pendingFrame.toString());
                pendingFrame.setLength(0);
            }
            notes.addAll(p.notes);
            if (text.isBlank() && !notes.isEmpty()) {
                carried.addAll(notes);
                notes.clear();
            }
            accept(p, text, notes);
        }

        final void row(Row row) {
            List<String> cells = new ArrayList<>();
            for (String c : row.cells) {
                cells.add(TextNormalizer.normalizeBlock(c).replace('\t', ' '));
            }
            int end = cells.size();
            while (end > 0 && cells.get(end - 1).isEmpty()) {
                end--;
            }
            String text = String.join("\t", cells.subList(0, end));
            List<String> notes = new ArrayList<>(carried);
            carried.clear();
            notes.addAll(row.notes);
            acceptRow(text, notes);
        }

        /** Leftover frames and notes with no paragraph after them go to the last paragraph. */
        final void finish() {
            List<String> left = new ArrayList<>(carried);
            if (pendingFrame.length() > 0) {
                left.add(pendingFrame.toString());
            }
            if (pendingDropCap.length() > 0) {
                left.add(pendingDropCap.toString());
            }
            carried.clear();
            pendingFrame.setLength(0);
            pendingDropCap.setLength(0);
            end(left);
        }

        abstract void accept(Para p, String text, List<String> notes);

        abstract void acceptRow(String text, List<String> notes);

        abstract void end(List<String> leftoverNotes);
    }

    /** Text box content: everything joined with spaces. */
    private final class NoteSink extends Sink {
        final StringBuilder text = new StringBuilder();

        private void add(String s) {
            if (!s.isBlank()) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                text.append(s.strip());
            }
        }

        @Override
        void accept(Para p, String t, List<String> notes) {
            add(t);
            notes.forEach(this::add);
        }

        @Override
        void acceptRow(String t, List<String> notes) {
            add(t.replace('\t', ' '));
            notes.forEach(this::add);
        }

        @Override
        void end(List<String> leftoverNotes) {
            leftoverNotes.forEach(this::add);
        }
    }

    /** A table cell: paragraphs joined with spaces; notes kept for the row. */
    private final class CellSink extends Sink {
        final StringBuilder text = new StringBuilder();
        final List<String> notes = new ArrayList<>();

        private void add(String s) {
            if (!s.isBlank()) {
                if (text.length() > 0) {
                    text.append(' ');
                }
                text.append(s.strip());
            }
        }

        @Override
        void accept(Para p, String t, List<String> n) {
            add(t);
            notes.addAll(n);
        }

        @Override
        void acceptRow(String t, List<String> n) {
            add(t.replace('\t', ' '));
            notes.addAll(n);
        }

        @Override
        void end(List<String> leftoverNotes) {
            notes.addAll(leftoverNotes);
        }
    }

    /** One body-level paragraph or table row, waiting for its section to end. */
    private static final class Item {
        final String text;
        final List<String> notes;
        final Para para;
        int column;
        double y;
        double height;

        Item(String text, List<String> notes, Para para) {
            this.text = text;
            this.notes = new ArrayList<>(notes);
            this.para = para;
        }

        boolean hasText() {
            return !text.isBlank();
        }
    }

    /** The document body: collects a section's items, then lays out its columns. */
    private final class BodySink extends Sink {
        Cols finalCols;
        private final List<Item> section = new ArrayList<>();
        private int column;
        private boolean sawColumnBreak;
        private TextBlock lastEmitted;

        @Override
        void accept(Para p, String text, List<String> notes) {
            Item item = new Item(text, notes, p);
            if (p.columnBreaks > 0) {
                sawColumnBreak = true;
                item.column = p.textBeforeBreak ? column : column + p.columnBreaks;
                column += p.columnBreaks;
            } else {
                item.column = column;
            }
            section.add(item);
            if (p.sectionEnd) {
                resolve(p.cols);
            }
        }

        @Override
        void acceptRow(String text, List<String> notes) {
            Item item = new Item(text, notes, null);
            item.column = column;
            section.add(item);
        }

        @Override
        void end(List<String> leftoverNotes) {
            resolve(finalCols);
            String note = joinNotes(leftoverNotes, null);
            if (note != null) {
                attachToLast(note);
            }
        }

        /** A note with no paragraph to hold it goes to the previous block rather than being lost. */
        private void attachToLast(String note) {
            if (lastEmitted == null) {
                lastEmitted = new TextBlock(note, null, 0);
                blocks.add(lastEmitted);
            } else {
                lastEmitted = new TextBlock(lastEmitted.text(), joinNotes(List.of(note), lastEmitted.marginNote()), 0);
                blocks.set(blocks.size() - 1, lastEmitted);
            }
        }

        private void resolve(Cols cols) {
            List<Item> items = new ArrayList<>(section);
            boolean breaks = sawColumnBreak;
            section.clear();
            column = 0;
            sawColumnBreak = false;
            if (items.isEmpty()) {
                return;
            }
            Cols c = cols == null ? new Cols() : cols;
            int[] widths = c.columnWidths();
            if (!breaks || widths.length < 2) {
                items.forEach(this::emit);
                return;
            }
            int widest = 0;
            for (int i = 1; i < widths.length; i++) {
                if (widths[i] > widths[widest]) {
                    widest = i;
                }
            }
            boolean[] narrow = new boolean[widths.length];
            boolean anyNarrow = false;
            for (int i = 0; i < widths.length; i++) {
                narrow[i] = i != widest && widths[i] <= NARROW_COLUMN_RATIO * widths[widest];
                anyNarrow |= narrow[i];
            }
            if (!anyNarrow) {
                items.forEach(this::emit);
                return;
            }
            // estimate where each item starts within its column
            double[] cursor = new double[widths.length];
            List<Item> body = new ArrayList<>();
            List<Item> margin = new ArrayList<>();
            for (Item it : items) {
                int col = Math.min(it.column, widths.length - 1);
                it.height = estimateHeight(it, widths[col]);
                it.y = cursor[col];
                cursor[col] += it.height;
                if (narrow[col] && it.text.codePoints().anyMatch(Character::isLetter)) {
                    margin.add(it);
                } else {
                    // the wide column; and page numbers that conversions leave in the narrow one stay plain blocks
                    body.add(it);
                }
            }
            List<Item> anchors = body.stream()
                    .filter(it -> it.hasText() && !narrow[Math.min(it.column, widths.length - 1)])
                    .toList();
            if (margin.isEmpty() || anchors.isEmpty()) {
                // nothing to attach, or nothing to attach to: keep everything, in order
                items.forEach(this::emit);
                return;
            }
            margin.sort(java.util.Comparator.comparingDouble(it -> it.y));
            int[] anchorOf = assign(margin, anchors);
            for (int i = 0; i < margin.size(); i++) {
                Item note = margin.get(i);
                Item anchor = anchors.get(anchorOf[i]);
                anchor.notes.add(note.text);
                anchor.notes.addAll(note.notes);
            }
            body.forEach(this::emit);
        }

        private void emit(Item it) {
            String text = TextNormalizer.normalizeBlock(it.text);
            String note = joinNotes(it.notes, null);
            if (text.isEmpty()) {
                if (note != null) {
                    attachToLast(note);
                }
                return;
            }
            lastEmitted = new TextBlock(text, note, 0);
            blocks.add(lastEmitted);
        }
    }

    private static String joinNotes(List<String> notes, String existing) {
        StringBuilder sb = new StringBuilder(existing == null ? "" : existing);
        for (String n : notes) {
            String s = TextNormalizer.normalizeNote(n);
            if (s != null) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(s);
            }
        }
        return sb.length() == 0 ? null : sb.toString();
    }

    /** Estimated height in points of an item in a column {@code columnTwips} wide. */
    private double estimateHeight(Item it, int columnTwips) {
        Para p = it.para;
        if (p == null) {
            return Math.max(1, it.text.length() * 0.47 * 11 / Math.max(72, columnTwips / 20.0) + 1) * 13;
        }
        double font = p.fontSizePt != null
                ? p.fontSizePt
                : orDefault(styles.lookup(p.styleId, s -> s.fontSizePt), styles.defaultFontSizePt);
        double before = p.beforePt != null
                ? p.beforePt
                : orDefault(styles.lookup(p.styleId, s -> s.beforePt), styles.defaultBeforePt);
        double after = p.afterPt != null
                ? p.afterPt
                : orDefault(styles.lookup(p.styleId, s -> s.afterPt), styles.defaultAfterPt);
        Integer line = p.line != null ? p.line : styles.lookup(p.styleId, s -> s.line);
        String rule = p.line != null ? p.lineRule : styles.lookup(p.styleId, s -> s.lineRule);
        if (line == null) {
            line = styles.defaultLine;
            rule = styles.defaultLineRule;
        }
        double single = font * 1.15;
        double lineHeight;
        if ("exact".equals(rule)) {
            lineHeight = line / 20.0;
        } else if ("atLeast".equals(rule)) {
            lineHeight = Math.max(line / 20.0, single);
        } else {
            lineHeight = single * line / 240.0;
        }
        double available = Math.max(36, (columnTwips - p.indentTwips) / 20.0);
        double textWidth = it.text.strip().length() * font * 0.47;
        int lines = Math.max(1, (int) Math.ceil(textWidth / available));
        return before + lines * lineHeight + after;
    }

    private static double orDefault(Double v, double d) {
        return v == null ? d : v;
    }

    /**
     * Anchors notes (sorted by position) to body paragraphs, keeping their order, minimising the distance between their
     * estimated positions (in lines of 14 pt) plus a penalty for paragraphs that do not start a numbered section.
     */
    private static int[] assign(List<Item> notes, List<Item> anchors) {
        // the two columns' position estimates drift apart (line wrapping is guessed): try a few vertical scales for
        // the notes and keep the cheapest assignment, preferring scales near 1
        int[] best = null;
        double bestCost = Double.POSITIVE_INFINITY;
        for (double scale : new double[] {1.0, 0.95, 1.05, 0.9, 1.1, 0.85, 1.15, 0.8, 1.2, 1.25}) {
            double[] cost = new double[1];
            int[] result = assign(notes, anchors, scale, cost);
            double total = cost[0] + Math.abs(scale - 1) * 4;
            if (total < bestCost) {
                bestCost = total;
                best = result;
            }
        }
        return best;
    }

    private static int[] assign(List<Item> notes, List<Item> anchors, double scale, double[] totalCost) {
        int n = notes.size();
        int m = anchors.size();
        double[][] cost = new double[n][m];
        int[][] from = new int[n][m];
        for (int i = 0; i < n; i++) {
            double bestPrev = Double.POSITIVE_INFINITY;
            int bestPrevIdx = -1;
            for (int j = 0; j < m; j++) {
                Item a = anchors.get(j);
                double c = Math.abs(notes.get(i).y * scale - a.y) / 14.0
                        + (CLAUSE_START.matcher(a.text.strip()).matches() ? 0 : NON_CLAUSE_PENALTY);
                if (i == 0) {
                    cost[i][j] = c;
                    from[i][j] = -1;
                } else {
                    // best earlier anchor (strictly before j), or the same anchor j shared at a price
                    double shared = cost[i - 1][j] + SHARED_ANCHOR_PENALTY;
                    if (shared < bestPrev) {
                        cost[i][j] = shared + c;
                        from[i][j] = j;
                    } else {
                        cost[i][j] = bestPrev + c;
                        from[i][j] = bestPrevIdx;
                    }
                    if (cost[i - 1][j] < bestPrev) {
                        bestPrev = cost[i - 1][j];
                        bestPrevIdx = j;
                    }
                }
            }
        }
        int[] result = new int[n];
        int best = 0;
        for (int j = 1; j < m; j++) {
            if (cost[n - 1][j] < cost[n - 1][best]) {
                best = j;
            }
        }
        totalCost[0] = cost[n - 1][best];
        for (int i = n - 1; i >= 0; i--) {
            result[i] = best;
            best = from[i][best];
        }
        return result;
    }
}
