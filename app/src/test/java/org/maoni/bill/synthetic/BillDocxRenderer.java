package org.maoni.bill.synthetic;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.xml.namespace.QName;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.BreakType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFHeader;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.xmlbeans.XmlCursor;
import org.apache.xmlbeans.XmlException;
import org.apache.xmlbeans.XmlOptions;
import org.maoni.bill.synthetic.BillLayout.Block;
import org.maoni.bill.synthetic.BillLayout.Kind;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTColumn;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTColumns;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTR;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSimpleField;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTabStop;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTabJc;

/** Writes a laid-out bill as a DOCX on A4 with a wide right margin for marginal notes and running headers. */
final class BillDocxRenderer {

    private static final String FONT = "Times New Roman";
    private static final int PAGE_WIDTH = 11906;
    private static final int PAGE_HEIGHT = 16838;
    private static final int LEFT_MARGIN = 1440;
    private static final int RIGHT_MARGIN = 3600;
    private static final int TEXT_WIDTH = PAGE_WIDTH - LEFT_MARGIN - RIGHT_MARGIN;
    private static final int NOTE_WIDTH = 2600;
    private static final int EMU_PER_TWIP = 635;
    private static final long RELATIVE_HEIGHT = 251659264;
    private static final int COLUMN_TEXT = 6400;
    private static final int COLUMN_GAP = 300;
    private static final int COLUMN_NOTES = PAGE_WIDTH - 2 * LEFT_MARGIN - COLUMN_TEXT - COLUMN_GAP;
    /** Roughly a printed page of body text in the text column, counted in characters. */
    private static final int PAGE_CHARS = 2600;

    private final BillDocument bill;
    private final List<Block> blocks;
    private final DocxOptions options;
    private final XWPFDocument doc = new XWPFDocument();
    private BigInteger clauseList;
    private int nextAbstractId;
    private final Map<Integer, BigInteger> groupNums = new HashMap<>();
    private int shapeId = 1;
    private CTR textBoxTemplate;
    private boolean inBody;
    private final List<String> pendingNotes = new ArrayList<>();
    private int pendingChars;

    BillDocxRenderer(BillDocument bill, List<Block> blocks, DocxOptions options) {
        this.bill = bill;
        this.blocks = blocks;
        this.options = options;
    }

    byte[] render() {
        page();
        if (options.listNumbering()) {
            numbering();
        }
        int bodyStart = bodyStart();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (columns()) {
                if (i == bodyStart) {
                    sectionBreak();
                    inBody = true;
                } else if (inBody && block.newPage()) {
                    flushNotes(true);
                }
            }
            block(block);
            if (columns() && inBody) {
                collect(block);
            }
        }
        if (columns()) {
            flushNotes(false);
        }
        // Fixed properties keep the bytes of a given bill the same from one run to the next.
        doc.getProperties().getCoreProperties().setCreator("Maoni synthetic bill generator");
        doc.getProperties().getCoreProperties().setTitle(bill.title());
        doc.getProperties()
                .getCoreProperties()
                .setCreated(Optional.of(Date.from(
                        bill.cover().date().atStartOfDay(ZoneOffset.UTC).toInstant())));
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            doc.write(out);
            doc.close();
            return StableZip.stamped(out.toByteArray(), bill.cover().date());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private boolean columns() {
        return options.marginNotes() == DocxOptions.MarginNoteStyle.SECOND_COLUMN;
    }

    /** The index of the body's title block: the one followed by "A Bill for". */
    private int bodyStart() {
        for (int i = 0; i + 1 < blocks.size(); i++) {
            if (blocks.get(i).kind() == Kind.TITLE && blocks.get(i + 1).kind() == Kind.CENTER) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Ends the single-column front matter with a section break; the body's section (the document's last) is set in
     * two columns, a wide one for the text and a narrow one for the notes.
     */
    private void sectionBreak() {
        CTSectPr body = doc.getDocument().getBody().getSectPr();
        XWPFParagraph p = doc.createParagraph();
        p.getCTP().addNewPPr().addNewSectPr().set(body.copy());
        CTColumns cols = body.isSetCols() ? body.getCols() : body.addNewCols();
        cols.setNum(BigInteger.TWO);
        cols.setEqualWidth(false);
        CTColumn text = cols.addNewCol();
        text.setW(BigInteger.valueOf(COLUMN_TEXT));
        text.setSpace(BigInteger.valueOf(COLUMN_GAP));
        cols.addNewCol().setW(BigInteger.valueOf(COLUMN_NOTES));
        body.getPgMar().setRight(BigInteger.valueOf(LEFT_MARGIN));
    }

    /** Records the block's note, or an empty line that keeps the following notes level with their clauses. */
    private void collect(Block block) {
        String note = block.kind() == Kind.SCHEDULE_TITLE ? null : block.marginNote();
        pendingNotes.add(note);
        pendingChars += block.text().length() + 60;
        if (pendingChars > PAGE_CHARS) {
            flushNotes(true);
        }
    }

    /** Writes the pending notes after a column break; {@code nextPage} adds the break back to the next page. */
    private void flushNotes(boolean nextPage) {
        if (pendingNotes.isEmpty()) {
            return;
        }
        doc.createParagraph().createRun().addBreak(BreakType.COLUMN);
        for (String note : pendingNotes) {
            XWPFParagraph p = doc.createParagraph();
            p.setSpacingAfter(0);
            run(p, note == null ? "" : note, 9);
        }
        if (nextPage) {
            doc.createParagraph().createRun().addBreak(BreakType.COLUMN);
        }
        pendingNotes.clear();
        pendingChars = 0;
    }

    private void page() {
        CTSectPr sect = doc.getDocument().getBody().addNewSectPr();
        CTPageSz size = sect.addNewPgSz();
        size.setW(BigInteger.valueOf(PAGE_WIDTH));
        size.setH(BigInteger.valueOf(PAGE_HEIGHT));
        CTPageMar margins = sect.addNewPgMar();
        margins.setLeft(BigInteger.valueOf(LEFT_MARGIN));
        margins.setRight(BigInteger.valueOf(RIGHT_MARGIN));
        margins.setTop(BigInteger.valueOf(1440));
        margins.setBottom(BigInteger.valueOf(1440));
        margins.setHeader(BigInteger.valueOf(720));
        margins.setFooter(BigInteger.valueOf(720));
        // The cover is the page before the bill's first Gazette page and carries no running header.
        sect.addNewPgNumType().setStart(BigInteger.valueOf(bill.cover().firstPage() - 1L));
        sect.addNewTitlePg();
        doc.createHeader(HeaderFooterType.FIRST);
        XWPFHeader header = doc.createHeader(HeaderFooterType.DEFAULT);
        XWPFParagraph p = header.createParagraph();
        tabStop(p, STTabJc.RIGHT, TEXT_WIDTH);
        XWPFRun title = run(p, bill.title(), 11);
        title.setItalic(true);
        run(p, "\t", 11);
        CTSimpleField field = p.getCTP().addNewFldSimple();
        field.setInstr("PAGE");
        field.addNewR().addNewT().setStringValue(String.valueOf(bill.cover().firstPage()));
    }

    private void numbering() {
        XWPFNumbering numbering = doc.createNumbering();
        BigInteger clauses =
                numbering.addAbstractNum(abstractNum(nextAbstractId++, STNumberFormat.DECIMAL, "%1.", 0, 0));
        clauseList = numbering.addNum(clauses);
    }

    private static XWPFAbstractNum abstractNum(int id, STNumberFormat.Enum format, String text, int left, int hanging) {
        CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
        abs.setAbstractNumId(BigInteger.valueOf(id));
        CTLvl lvl = abs.addNewLvl();
        lvl.setIlvl(BigInteger.ZERO);
        lvl.addNewStart().setVal(BigInteger.ONE);
        lvl.addNewNumFmt().setVal(format);
        lvl.addNewLvlText().setVal(text);
        lvl.addNewSuff().setVal(org.openxmlformats.schemas.wordprocessingml.x2006.main.STLevelSuffix.SPACE);
        if (left > 0) {
            lvl.addNewPPr().addNewInd().setLeft(BigInteger.valueOf(left));
            lvl.getPPr().getInd().setHanging(BigInteger.valueOf(hanging));
        }
        return new XWPFAbstractNum(abs);
    }

    /**
     * A list for one run of sibling paragraphs. Each run gets an abstract list of its own, so numbering restarts at (a)
     * or (i) in every reader without relying on level overrides.
     */
    private BigInteger groupList(Block block) {
        return groupNums.computeIfAbsent(block.listGroup(), group -> {
            XWPFNumbering numbering = doc.getNumbering();
            boolean roman = block.kind() == Kind.SUBPARAGRAPH;
            BigInteger abs = numbering.addAbstractNum(abstractNum(
                    nextAbstractId++,
                    roman ? STNumberFormat.LOWER_ROMAN : STNumberFormat.LOWER_LETTER,
                    "(%1)",
                    roman ? 1920 : 1200,
                    480));
            return numbering.addNum(abs);
        });
    }

    private void block(Block block) {
        switch (block.kind()) {
            case COVER -> centred(block, 12, false, false);
            case COVER_BOLD -> centred(block, 14, true, false);
            case COVER_LEFT -> simple(block, ParagraphAlignment.LEFT, 12, false, false);
            case COVER_RIGHT -> simple(block, ParagraphAlignment.RIGHT, 10, false, false);
            case CONTENTS_ENTRY -> {
                XWPFParagraph p = paragraph(block);
                tabStop(p, STTabJc.RIGHT, TEXT_WIDTH);
                run(p, block.text() + "\t" + block.num(), 12);
            }
            case IMPRINT -> {
                XWPFParagraph p = simple(block, ParagraphAlignment.CENTER, 9, true, false);
                p.setSpacingBefore(4800);
            }
            case TITLE, HEADING, PART_HEADING -> centred(block, 12, true, false);
            case LABEL -> simple(block, ParagraphAlignment.LEFT, 11, false, true);
            case ENTRIES -> {
                for (String line : BillTextRenderer.pack(block.entries(), BillTextRenderer.ARRANGEMENT_WIDTH)) {
                    XWPFParagraph p = doc.createParagraph();
                    p.setIndentationLeft(480);
                    run(p, line, 12);
                }
            }
            case CENTER -> centred(block, 12, false, false);
            case LONG_TITLE -> simple(block, ParagraphAlignment.BOTH, 12, true, false);
            case ENACTING -> simple(block, ParagraphAlignment.BOTH, 12, false, false);
            case CLAUSE -> clause(block);
            case SUBCLAUSE -> {
                notePara(block.marginNote());
                XWPFParagraph p = body(block);
                p.setIndentationFirstLine(480);
                textBox(p, block.marginNote());
                run(p, block.numbered(), 12);
            }
            case QUOTED -> {
                notePara(block.marginNote());
                XWPFParagraph p = body(block);
                p.setIndentationLeft(720);
                textBox(p, block.marginNote());
                run(p, block.text(), 12);
            }
            case DEFINITION -> {
                XWPFParagraph p = body(block);
                p.setIndentationFirstLine(480);
                run(p, block.text(), 12);
            }
            case PARAGRAPH, SUBPARAGRAPH -> listItem(block);
            case WRAP_UP -> {
                XWPFParagraph p = body(block);
                p.setIndentationLeft(block.level() * 720);
                run(p, block.text(), 12);
            }
            case SCHEDULE_TITLE -> {
                XWPFParagraph p = paragraph(block);
                tabStop(p, STTabJc.RIGHT, TEXT_WIDTH);
                run(p, block.text(), 12).setBold(true);
                if (block.marginNote() != null) {
                    run(p, "\t" + block.marginNote(), 11);
                }
            }
            case SCHEDULE_HEADING -> centred(block, 12, true, false);
            case SCHEDULE_ITEM -> {
                XWPFParagraph p = body(block);
                p.setIndentationFirstLine(480);
                run(p, block.numbered(), 12);
            }
            case MEMO_STATEMENT -> simple(block, ParagraphAlignment.LEFT, 12, false, true);
            case MEMO_TEXT -> {
                XWPFParagraph p = body(block);
                p.setIndentationFirstLine(480);
                run(p, block.text(), 12);
            }
            case SIGNATURE ->
                simple(block, ParagraphAlignment.LEFT, 12, block.text().endsWith(","), false);
        }
    }

    private void clause(Block block) {
        notePara(block.marginNote());
        XWPFParagraph p = body(block);
        if (options.listNumbering()) {
            p.setNumID(clauseList);
            p.setNumILvl(BigInteger.ZERO);
            textBox(p, block.marginNote());
            run(p, block.text(), 12);
        } else {
            p.setIndentationFirstLine(480);
            textBox(p, block.marginNote());
            run(p, block.numbered(), 12);
        }
    }

    private void listItem(Block block) {
        XWPFParagraph p = body(block);
        if (options.listNumbering()) {
            p.setNumID(groupList(block));
            p.setNumILvl(BigInteger.ZERO);
            run(p, block.text(), 12);
        } else {
            int left = block.kind() == Kind.SUBPARAGRAPH ? 1920 : 1200;
            p.setIndentationLeft(left);
            p.setIndentationHanging(480);
            run(p, block.numbered(), 12);
        }
    }

    /** A marginal note as a small right-aligned paragraph before the paragraph it belongs to, when so asked. */
    private void notePara(String note) {
        if (note != null && options.marginNotes() == DocxOptions.MarginNoteStyle.RIGHT_ALIGNED_PARAGRAPH) {
            XWPFParagraph p = doc.createParagraph();
            p.setAlignment(ParagraphAlignment.RIGHT);
            p.setSpacingAfter(0);
            run(p, note, 9).setItalic(true);
        }
    }

    private void textBox(XWPFParagraph p, String note) {
        if (note == null || options.marginNotes() != DocxOptions.MarginNoteStyle.TEXT_BOX) {
            return;
        }
        // Parsing the drawing XML for every note is slow on long bills; a parsed template is copied instead.
        if (textBoxTemplate == null) {
            textBoxTemplate = parseTextBox();
        }
        int id = shapeId++;
        long height = (1 + note.length() / 28) * 200L * EMU_PER_TWIP;
        CTR run = p.getCTP().addNewR();
        run.set(textBoxTemplate);
        try (XmlCursor cursor = run.newCursor()) {
            while (cursor.hasNextToken()) {
                if (cursor.toNextToken() != XmlCursor.TokenType.START) {
                    continue;
                }
                String name = cursor.getName().getLocalPart();
                switch (name) {
                    case "anchor" ->
                        cursor.setAttributeText(new QName("relativeHeight"), String.valueOf(RELATIVE_HEIGHT + id));
                    case "extent", "ext" -> cursor.setAttributeText(new QName("cy"), String.valueOf(height));
                    case "docPr" -> {
                        cursor.setAttributeText(new QName("id"), String.valueOf(id));
                        cursor.setAttributeText(new QName("name"), "Marginal note " + id);
                    }
                    case "t" -> cursor.setTextValue(note);
                    default -> {}
                }
            }
        }
    }

    private static CTR parseTextBox() {
        long width = (long) NOTE_WIDTH * EMU_PER_TWIP;
        long offset = (long) (TEXT_WIDTH + 240) * EMU_PER_TWIP;
        String xml = "<w:r xmlns:w=\"http://schemas.openxmlformats.org/wordprocessingml/2006/main\""
                + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
                + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
                + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
                + "<w:drawing><wp:anchor distT=\"0\" distB=\"0\" distL=\"0\" distR=\"0\" simplePos=\"0\""
                + " relativeHeight=\"" + RELATIVE_HEIGHT + "\" behindDoc=\"0\" locked=\"0\" layoutInCell=\"1\""
                + " allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/>"
                + "<wp:positionH relativeFrom=\"column\"><wp:posOffset>" + offset + "</wp:posOffset></wp:positionH>"
                + "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>"
                + "<wp:extent cx=\"" + width + "\" cy=\"0\"/>"
                + "<wp:effectExtent l=\"0\" t=\"0\" r=\"0\" b=\"0\"/><wp:wrapNone/>"
                + "<wp:docPr id=\"0\" name=\"Marginal note\"/><wp:cNvGraphicFramePr/>"
                + "<a:graphic><a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
                + "<wps:wsp><wps:cNvSpPr txBox=\"1\"/><wps:spPr><a:xfrm><a:off x=\"0\" y=\"0\"/>"
                + "<a:ext cx=\"" + width + "\" cy=\"0\"/></a:xfrm>"
                + "<a:prstGeom prst=\"rect\"><a:avLst/></a:prstGeom><a:noFill/><a:ln><a:noFill/></a:ln></wps:spPr>"
                + "<wps:txbx><w:txbxContent><w:p><w:pPr><w:spacing w:after=\"0\"/></w:pPr><w:r><w:rPr>"
                + "<w:rFonts w:ascii=\"" + FONT + "\" w:hAnsi=\"" + FONT + "\"/><w:sz w:val=\"18\"/></w:rPr>"
                + "<w:t xml:space=\"preserve\"></w:t></w:r></w:p></w:txbxContent></wps:txbx>"
                + "<wps:bodyPr rot=\"0\" vert=\"horz\" wrap=\"square\" lIns=\"0\" tIns=\"0\" rIns=\"0\" bIns=\"0\""
                + " anchor=\"t\"><a:noAutofit/></wps:bodyPr></wps:wsp></a:graphicData></a:graphic></wp:anchor>"
                + "</w:drawing></w:r>";
        try {
            // Without this option the parsed run would keep its own w:r element and nest inside the new run.
            return CTR.Factory.parse(xml, new XmlOptions().setLoadReplaceDocumentElement(null));
        } catch (XmlException e) {
            throw new IllegalStateException("marginal note text box did not parse", e);
        }
    }

    private XWPFParagraph paragraph(Block block) {
        XWPFParagraph p = doc.createParagraph();
        // In two-column mode a section break or column break has already moved to the next page.
        if (block.newPage() && !(columns() && inBody)) {
            p.setPageBreak(true);
        }
        p.setSpacingAfter(120);
        return p;
    }

    private XWPFParagraph body(Block block) {
        XWPFParagraph p = paragraph(block);
        p.setAlignment(ParagraphAlignment.BOTH);
        return p;
    }

    private XWPFParagraph centred(Block block, int size, boolean bold, boolean italic) {
        return simple(block, ParagraphAlignment.CENTER, size, bold, italic);
    }

    private XWPFParagraph simple(Block block, ParagraphAlignment alignment, int size, boolean bold, boolean italic) {
        XWPFParagraph p = paragraph(block);
        p.setAlignment(alignment);
        XWPFRun r = run(p, block.text(), size);
        r.setBold(bold);
        r.setItalic(italic);
        return p;
    }

    private static XWPFRun run(XWPFParagraph p, String text, int size) {
        XWPFRun r = p.createRun();
        r.setFontFamily(FONT);
        r.setFontSize(size);
        String[] parts = text.split("\t", -1);
        for (int i = 0; i < parts.length; i++) {
            if (i > 0) {
                r.addTab();
            }
            r.setText(parts[i]);
        }
        return r;
    }

    private static void tabStop(XWPFParagraph p, STTabJc.Enum alignment, int position) {
        CTPPr ppr = p.getCTP().isSetPPr() ? p.getCTP().getPPr() : p.getCTP().addNewPPr();
        CTTabStop tab =
                ppr.isSetTabs() ? ppr.getTabs().addNewTab() : ppr.addNewTabs().addNewTab();
        tab.setVal(alignment);
        tab.setPos(BigInteger.valueOf(position));
    }
}
