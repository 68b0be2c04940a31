package org.maoni.bill.ingest;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.CRC32;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.poifs.crypt.EncryptionInfo;
import org.apache.poi.poifs.crypt.EncryptionMode;
import org.apache.poi.poifs.crypt.Encryptor;
import org.apache.poi.poifs.filesystem.POIFSFileSystem;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.XWPFAbstractNum;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFNumbering;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTAbstractNum;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTLvl;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STNumberFormat;

/** Test documents, made at test time: nothing is copied from real bills. */
final class Fixtures {

    private Fixtures() {}

    static final String W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main";

    private static final String DOC_OPEN = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:document xmlns:w=\"" + W_NS + "\""
            + " xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\""
            + " xmlns:mc=\"http://schemas.openxmlformats.org/markup-compatibility/2006\""
            + " xmlns:wp=\"http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing\""
            + " xmlns:a=\"http://schemas.openxmlformats.org/drawingml/2006/main\""
            + " xmlns:wps=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\""
            + " xmlns:v=\"urn:schemas-microsoft-com:vml\" mc:Ignorable=\"wps\"><w:body>";
    private static final String DOC_CLOSE = "</w:body></w:document>";

    /** Decimal clauses "%1." at level 0, "(%2)" lower-letter paragraphs at level 1, "(%3)" lower-roman at level 2. */
    static final String NUMBERING = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:numbering xmlns:w=\"" + W_NS + "\">"
            + "<w:abstractNum w:abstractNumId=\"0\">"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"decimal\"/><w:lvlText w:val=\"%1.\"/></w:lvl>"
            + "<w:lvl w:ilvl=\"1\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerLetter\"/><w:lvlText w:val=\"(%2)\"/>"
            + "</w:lvl>"
            + "<w:lvl w:ilvl=\"2\"><w:start w:val=\"1\"/><w:numFmt w:val=\"lowerRoman\"/><w:lvlText w:val=\"(%3)\"/>"
            + "</w:lvl>"
            + "</w:abstractNum>"
            + "<w:abstractNum w:abstractNumId=\"1\">"
            + "<w:lvl w:ilvl=\"0\"><w:start w:val=\"1\"/><w:numFmt w:val=\"upperRoman\"/><w:lvlText w:val=\"PART %1\"/>"
            + "<w:suff w:val=\"space\"/></w:lvl>"
            + "</w:abstractNum>"
            + "<w:num w:numId=\"1\"><w:abstractNumId w:val=\"0\"/></w:num>"
            + "<w:num w:numId=\"2\"><w:abstractNumId w:val=\"1\"/></w:num>"
            + "<w:num w:numId=\"3\"><w:abstractNumId w:val=\"0\"/>"
            + "<w:lvlOverride w:ilvl=\"0\"><w:startOverride w:val=\"10\"/></w:lvlOverride></w:num>"
            + "</w:numbering>";

    /** A style "Clause" numbered by list 1 at level 0, and a framed style "MarginNote". */
    static final String STYLES = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            + "<w:styles xmlns:w=\"" + W_NS + "\">"
            + "<w:docDefaults><w:rPrDefault><w:rPr><w:sz w:val=\"24\"/></w:rPr></w:rPrDefault></w:docDefaults>"
            + "<w:style w:type=\"paragraph\" w:default=\"1\" w:styleId=\"Normal\"><w:name w:val=\"Normal\"/></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"Clause\"><w:name w:val=\"Clause\"/>"
            + "<w:basedOn w:val=\"Normal\"/><w:pPr><w:numPr><w:numId w:val=\"1\"/></w:numPr></w:pPr></w:style>"
            + "<w:style w:type=\"paragraph\" w:styleId=\"MarginNote\"><w:name w:val=\"Margin Note\"/>"
            + "<w:pPr><w:framePr w:w=\"1800\" w:hSpace=\"180\" w:wrap=\"around\" w:vAnchor=\"text\""
            + " w:hAnchor=\"page\" w:x=\"9600\" w:y=\"1\"/></w:pPr></w:style>"
            + "</w:styles>";

    static String p(String text) {
        return "<w:p><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    static String numbered(int numId, int ilvl, String text) {
        return "<w:p><w:pPr><w:numPr><w:ilvl w:val=\"" + ilvl + "\"/><w:numId w:val=\"" + numId
                + "\"/></w:numPr></w:pPr><w:r><w:t xml:space=\"preserve\">" + text + "</w:t></w:r></w:p>";
    }

    static String styled(String style, String text) {
        return "<w:p><w:pPr><w:pStyle w:val=\"" + style + "\"/></w:pPr><w:r><w:t xml:space=\"preserve\">" + text
                + "</w:t></w:r></w:p>";
    }

    /** A run holding a text box, written as Word does: DrawingML first, the same box in VML as fallback. */
    static String textBoxRun(String note) {
        String content = "<w:txbxContent>" + p(note) + "</w:txbxContent>";
        return "<w:r><mc:AlternateContent><mc:Choice Requires=\"wps\"><w:drawing><wp:anchor distT=\"0\" distB=\"0\""
                + " distL=\"0\" distR=\"0\" simplePos=\"0\" relativeHeight=\"1\" behindDoc=\"0\" locked=\"0\""
                + " layoutInCell=\"1\" allowOverlap=\"1\"><wp:simplePos x=\"0\" y=\"0\"/>"
                + "<wp:positionH relativeFrom=\"margin\"><wp:posOffset>5000000</wp:posOffset></wp:positionH>"
                + "<wp:positionV relativeFrom=\"paragraph\"><wp:posOffset>0</wp:posOffset></wp:positionV>"
                + "<wp:extent cx=\"1000000\" cy=\"300000\"/><wp:docPr id=\"1\" name=\"Note\"/><a:graphic>"
                + "<a:graphicData uri=\"http://schemas.microsoft.com/office/word/2010/wordprocessingShape\">"
                + "<wps:wsp><wps:txbx>" + content + "</wps:txbx><wps:bodyPr/></wps:wsp></a:graphicData></a:graphic>"
                + "</wp:anchor></w:drawing></mc:Choice><mc:Fallback><w:pict><v:shape style=\"position:absolute\">"
                + "<v:textbox>" + content + "</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>";
    }

    static byte[] docx(String bodyXml) {
        return docx(bodyXml, NUMBERING, STYLES);
    }

    /** A minimal DOCX package written with java.util.zip, with a running header that must not be read. */
    static byte[] docx(String bodyXml, String numbering, String styles) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        parts.put(
                "[Content_Types].xml",
                utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\">"
                        + "<Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/>"
                        + "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                        + "<Override PartName=\"/word/document.xml\" ContentType=\"application/"
                        + "vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml\"/>"
                        + "<Override PartName=\"/word/numbering.xml\" ContentType=\"application/"
                        + "vnd.openxmlformats-officedocument.wordprocessingml.numbering+xml\"/>"
                        + "<Override PartName=\"/word/styles.xml\" ContentType=\"application/"
                        + "vnd.openxmlformats-officedocument.wordprocessingml.styles+xml\"/>"
                        + "<Override PartName=\"/word/header1.xml\" ContentType=\"application/"
                        + "vnd.openxmlformats-officedocument.wordprocessingml.header+xml\"/>"
                        + "</Types>"));
        parts.put(
                "_rels/.rels",
                utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/officeDocument\" Target=\"word/document.xml\"/></Relationships>"));
        parts.put(
                "word/_rels/document.xml.rels",
                utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        + "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
                        + "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/numbering\" Target=\"numbering.xml\"/>"
                        + "<Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/styles\" Target=\"styles.xml\"/>"
                        + "<Relationship Id=\"rId3\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                        + "relationships/header\" Target=\"header1.xml\"/>"
                        + "</Relationships>"));
        parts.put("word/document.xml", utf8(DOC_OPEN + bodyXml + DOC_CLOSE));
        parts.put("word/numbering.xml", utf8(numbering));
        parts.put("word/styles.xml", utf8(styles));
        parts.put(
                "word/header1.xml",
                utf8("<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?><w:hdr xmlns:w=\"" + W_NS + "\">"
                        + p("RUNNING HEADER TEXT") + "</w:hdr>"));
        return zip(parts);
    }

    /** A DOCX whose main document part is {@code documentXml} verbatim. */
    static byte[] docxWithDocumentXml(byte[] documentXml) {
        byte[] base = docx("");
        Map<String, byte[]> parts = unzip(base);
        parts.put("word/document.xml", documentXml);
        return zip(parts);
    }

    /**
     * A DOCX that starts with a large stored media file and keeps [Content_Types].xml last, as some writers do:
     * Tika's streaming detector gives up before reaching it.
     */
    static byte[] docxWithContentTypesLast(String bodyXml, int mediaBytes) {
        Map<String, byte[]> parts = unzip(docx(bodyXml));
        byte[] contentTypes = parts.remove("[Content_Types].xml");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] media = new byte[mediaBytes];
            new java.util.Random(1).nextBytes(media);
            ZipEntry m = new ZipEntry("word/media/image1.png");
            m.setMethod(ZipEntry.STORED);
            m.setSize(media.length);
            CRC32 crc = new CRC32();
            crc.update(media);
            m.setCrc(crc.getValue());
            zip.putNextEntry(m);
            zip.write(media);
            zip.closeEntry();
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("[Content_Types].xml"));
            zip.write(contentTypes);
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] zip(Map<String, byte[]> entries) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            for (Map.Entry<String, byte[]> e : entries.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                zip.write(e.getValue());
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static Map<String, byte[]> unzip(byte[] zip) {
        Map<String, byte[]> parts = new LinkedHashMap<>();
        try (var in = new java.util.zip.ZipInputStream(new ByteArrayInputStream(zip))) {
            ZipEntry e;
            while ((e = in.getNextEntry()) != null) {
                parts.put(e.getName(), in.readAllBytes());
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return parts;
    }

    /**
     * A DOCX whose document.xml inflates to {@code inflatedBytes} of spaces inside one text element: tiny on disk,
     * huge in memory.
     */
    static byte[] docxZipBomb(long inflatedBytes) {
        byte[] base = docx(p("x"));
        Map<String, byte[]> parts = unzip(base);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            zip.setLevel(9);
            for (Map.Entry<String, byte[]> e : parts.entrySet()) {
                zip.putNextEntry(new ZipEntry(e.getKey()));
                if (e.getKey().equals("word/document.xml")) {
                    zip.write(utf8(DOC_OPEN + "<w:p><w:r><w:t>"));
                    byte[] spaces = new byte[1 << 16];
                    java.util.Arrays.fill(spaces, (byte) ' ');
                    for (long written = 0; written < inflatedBytes; written += spaces.length) {
                        zip.write(spaces);
                    }
                    zip.write(utf8("</w:t></w:r></w:p>" + DOC_CLOSE));
                } else {
                    zip.write(e.getValue());
                }
                zip.closeEntry();
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A DOCX built with POI's XWPF: real list numbering, a header, a table. */
    static byte[] poiDocx() {
        try (XWPFDocument doc = new XWPFDocument()) {
            XWPFNumbering numbering = doc.createNumbering();
            CTAbstractNum abs = CTAbstractNum.Factory.newInstance();
            abs.setAbstractNumId(BigInteger.valueOf(7));
            CTLvl l0 = abs.addNewLvl();
            l0.setIlvl(BigInteger.ZERO);
            l0.addNewStart().setVal(BigInteger.ONE);
            l0.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
            l0.addNewLvlText().setVal("%1.");
            CTLvl l1 = abs.addNewLvl();
            l1.setIlvl(BigInteger.ONE);
            l1.addNewStart().setVal(BigInteger.ONE);
            l1.addNewNumFmt().setVal(STNumberFormat.DECIMAL);
            l1.addNewLvlText().setVal("(%2)");
            BigInteger absId = numbering.addAbstractNum(new XWPFAbstractNum(abs));
            BigInteger numId = numbering.addNum(absId);

            doc.createHeader(HeaderFooterType.DEFAULT)
                    .createParagraph()
                    .createRun()
                    .setText("POI RUNNING HEADER");
            doc.createFooter(HeaderFooterType.DEFAULT)
                    .createParagraph()
                    .createRun()
                    .setText("POI FOOTER 17");
            doc.createParagraph().createRun().setText("THE SAMPLE BILL, 2030");
            XWPFParagraph c1 = doc.createParagraph();
            c1.setNumID(numId);
            c1.setNumILvl(BigInteger.ZERO);
            c1.createRun().setText("This Act may be cited as the Sample Act, 2030.");
            XWPFParagraph c2 = doc.createParagraph();
            c2.setNumID(numId);
            c2.setNumILvl(BigInteger.ZERO);
            c2.createRun().setText("The Cabinet Secretary shall make regulations.");
            XWPFParagraph s1 = doc.createParagraph();
            s1.setNumID(numId);
            s1.setNumILvl(BigInteger.ONE);
            s1.createRun().setText("Regulations shall be published.");
            XWPFTable table = doc.createTable(2, 3);
            table.getRow(0).getCell(0).setText("Bill Section");
            table.getRow(0).getCell(1).setText("Proposed Change");
            table.getRow(0).getCell(2).setText("Rationale");
            table.getRow(1).getCell(0).setText("Clause 2");
            table.getRow(1).getCell(1).setText("Delete");
            table.getRow(1).getCell(2).setText("Redundant");
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An agile-encrypted DOCX (an OLE2 container holding EncryptedPackage), password "secret". */
    static byte[] encryptedDocx() {
        try (POIFSFileSystem fs = new POIFSFileSystem()) {
            EncryptionInfo info = new EncryptionInfo(EncryptionMode.standard);
            Encryptor encryptor = info.getEncryptor();
            encryptor.confirmPassword("secret");
            try (OPCPackage opc = OPCPackage.open(new ByteArrayInputStream(poiDocx()));
                    OutputStream os = encryptor.getDataStream(fs)) {
                opc.save(os);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            fs.writeFilesystem(out);
            return out.toByteArray();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    /** One line of a PDF page: body text, or a marginal note beside the body (right margin, small type). */
    record Line(String text, boolean margin) {
        static Line body(String text) {
            return new Line(text, false);
        }

        static Line note(String text) {
            return new Line(text, true);
        }
    }

    /**
     * A PDF with the given pages. Body lines are set at 11 pt from x = 72, one every 14 pt; a margin line is set at
     * 7 pt at x = 470, level with the body line that follows it in the list; consecutive margin lines are one note,
     * set 8.5 pt apart.
     */
    static byte[] pdf(List<List<Line>> pages) {
        return pdf(pages, null, null);
    }

    static byte[] pdf(List<List<Line>> pages, String ownerPassword, String userPassword) {
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
            for (List<Line> lines : pages) {
                PDPage page = new PDPage(PDRectangle.A4);
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    float y = 760;
                    float noteY = Float.NaN;
                    for (Line line : lines) {
                        cs.beginText();
                        if (line.margin()) {
                            // a note's first line level with the next body line, further lines 8.5 pt apart
                            noteY = Float.isNaN(noteY) ? y + 1 : noteY - 8.5f;
                            cs.setFont(font, 7);
                            cs.newLineAtOffset(470, noteY);
                        } else {
                            noteY = Float.NaN;
                            cs.setFont(font, 11);
                            cs.newLineAtOffset(72, y);
                        }
                        cs.showText(line.text());
                        cs.endText();
                        if (!line.margin()) {
                            y -= 14;
                        }
                    }
                }
            }
            if (ownerPassword != null) {
                StandardProtectionPolicy policy =
                        new StandardProtectionPolicy(ownerPassword, userPassword, new AccessPermission());
                policy.setEncryptionKeyLength(128);
                doc.protect(policy);
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A PDF whose only page holds a filled rectangle: no text layer, like a scan without OCR. */
    static byte[] pdfWithoutText() {
        try (PDDocument doc = new PDDocument()) {
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                cs.addRect(72, 72, 300, 500);
                cs.fill();
            }
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] png() {
        BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(img, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** The start of a Windows PE executable: DOS stub header pointing at a PE signature. */
    static byte[] exe() {
        byte[] b = new byte[512];
        b[0] = 'M';
        b[1] = 'Z';
        b[0x3C] = (byte) 0x80;
        b[0x80] = 'P';
        b[0x81] = 'E';
        b[0x82] = 0;
        b[0x83] = 0;
        b[0x84] = 0x4C;
        b[0x85] = 0x01;
        return b;
    }

    /** A minimal ODT: stored mimetype first, manifest, content with a heading and paragraphs. */
    static byte[] odt(String... paragraphs) {
        StringBuilder content = new StringBuilder("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                + "<office:document-content xmlns:office=\"urn:oasis:names:tc:opendocument:xmlns:office:1.0\""
                + " xmlns:text=\"urn:oasis:names:tc:opendocument:xmlns:text:1.0\" office:version=\"1.2\">"
                + "<office:body><office:text><text:h text:outline-level=\"1\">ODT HEADING</text:h>");
        for (String para : paragraphs) {
            content.append("<text:p>").append(para).append("</text:p>");
        }
        content.append("</office:text></office:body></office:document-content>");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(out)) {
            byte[] mime = utf8("application/vnd.oasis.opendocument.text");
            ZipEntry m = new ZipEntry("mimetype");
            m.setMethod(ZipEntry.STORED);
            m.setSize(mime.length);
            CRC32 crc = new CRC32();
            crc.update(mime);
            m.setCrc(crc.getValue());
            zip.putNextEntry(m);
            zip.write(mime);
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("META-INF/manifest.xml"));
            zip.write(utf8("<?xml version=\"1.0\" encoding=\"UTF-8\"?>"
                    + "<manifest:manifest xmlns:manifest=\"urn:oasis:names:tc:opendocument:xmlns:manifest:1.0\">"
                    + "<manifest:file-entry manifest:full-path=\"/\""
                    + " manifest:media-type=\"application/vnd.oasis.opendocument.text\"/>"
                    + "<manifest:file-entry manifest:full-path=\"content.xml\" manifest:media-type=\"text/xml\"/>"
                    + "</manifest:manifest>"));
            zip.closeEntry();
            zip.putNextEntry(new ZipEntry("content.xml"));
            zip.write(utf8(content.toString()));
            zip.closeEntry();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
