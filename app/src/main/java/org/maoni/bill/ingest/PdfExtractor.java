package org.maoni.bill.ingest;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Reads a PDF's text layer into one block per text line, with its page number, using PDFBox (the library Tika's own
 * PDF parser drives) so that word positions are at hand.
 *
 * <p>Lines come in reading order by position (PDFBox's sort by position). The scanned Gazette bills carry an OCR text
 * layer whose content-stream order puts marginal notes before or after their clause ("Short title.1. This Act may
 * be cited ...") and splits quotation marks onto lines of their own; sorting by position keeps each body line whole
 * and starting with its clause number, but puts a marginal note at the end of the body line beside it. So each line
 * is cut at wide horizontal gaps, and a piece lying wholly outside the page's body column (left or right), narrow and
 * holding letters, is taken as marginal-note text: consecutive such pieces make one note, which becomes the
 * {@code marginNote} of the body line nearest its first line. Page headers' page numbers (no letters) stay in the line.
 */
final class PdfExtractor {

    /** Fewer letters and digits than this in the whole text layer means there is no text to read. */
    static final int MIN_TEXT_CHARACTERS = 20;

    private final Guard guard;
    private final int maxPages;

    PdfExtractor(Guard guard, int maxPages) {
        this.guard = guard;
        this.maxPages = maxPages;
    }

    ExtractedDocument extract(byte[] content) throws DocumentRejectedException {
        List<TextBlock> blocks = new ArrayList<>();
        int pages;
        try (PDDocument doc = Loader.loadPDF(content, "", null, null, IOUtils.createMemoryOnlyStreamCache())) {
            pages = doc.getNumberOfPages();
            if (pages <= 0) {
                throw new DocumentRejectedException(
                        DocumentRejectedException.Reason.CORRUPT, "The PDF is damaged: it has no readable pages.");
            }
            if (pages > maxPages) {
                throw new DocumentRejectedException(
                        DocumentRejectedException.Reason.TOO_LARGE,
                        "The PDF has " + pages + " pages; at most " + maxPages + " are accepted.");
            }
            guard.check();
            LineStripper stripper = new LineStripper(blocks);
            stripper.setSortByPosition(true);
            stripper.writeText(doc, Writer.nullWriter());
        } catch (InvalidPasswordException e) {
            throw new DocumentRejectedException(
                    DocumentRejectedException.Reason.ENCRYPTED,
                    "The PDF is protected by a password. Upload a copy without a password.",
                    e);
        } catch (IOException | RuntimeException e) {
            DocumentRejectedException carried = Guard.Abort.find(e);
            if (carried != null) {
                throw carried;
            }
            throw new DocumentRejectedException(
                    DocumentRejectedException.Reason.CORRUPT, "The PDF is damaged and cannot be read.", e);
        }
        long letters = 0;
        for (TextBlock b : blocks) {
            letters += b.text().codePoints().filter(Character::isLetterOrDigit).count();
        }
        if (letters < MIN_TEXT_CHARACTERS) {
            throw new DocumentRejectedException(
                    DocumentRejectedException.Reason.NO_TEXT,
                    "The PDF has no text layer (it may be a scan without OCR). Upload a PDF with selectable text,"
                            + " or a Word document.");
        }
        return new ExtractedDocument("application/pdf", blocks, pages);
    }

    /** A word with its extent on the page (PDFBox's direction-adjusted coordinates, y downwards). */
    record Word(String text, float x0, float x1, float y, float height, float fontSize) {}

    /** A run of words on one line with no wide gap between them. */
    static final class Segment {
        final List<Word> words = new ArrayList<>();
        boolean margin;
        /** Beside the column but without letters: margin only when it continues a note above it. */
        boolean candidate;

        float x0() {
            return words.get(0).x0();
        }

        float x1() {
            return words.get(words.size() - 1).x1();
        }

        float y() {
            return words.get(0).y();
        }

        float height() {
            float h = 0;
            for (Word w : words) {
                h = Math.max(h, Math.max(w.height(), w.fontSize() * 0.7f));
            }
            return h;
        }

        String text() {
            StringBuilder sb = new StringBuilder();
            for (Word w : words) {
                if (sb.length() > 0) {
                    sb.append(' ');
                }
                sb.append(w.text());
            }
            return sb.toString();
        }
    }

    private final class LineStripper extends PDFTextStripper {

        private final List<TextBlock> blocks;
        private final List<List<Word>> lines = new ArrayList<>();
        private List<Word> line = new ArrayList<>();
        private float pageWidth;

        LineStripper(List<TextBlock> blocks) throws IOException {
            this.blocks = blocks;
        }

        @Override
        protected void startPage(PDPage page) throws IOException {
            guard.check();
            lines.clear();
            line = new ArrayList<>();
            pageWidth = page.getCropBox() == null ? 612 : page.getCropBox().getWidth();
            if ((page.getRotation() / 90) % 2 != 0 && page.getCropBox() != null) {
                pageWidth = page.getCropBox().getHeight();
            }
            super.startPage(page);
        }

        private int glyphs;

        @Override
        protected void processTextPosition(TextPosition text) {
            if ((++glyphs & 0xFFF) == 0) {
                guard.check();
            }
            super.processTextPosition(text);
        }

        /**
         * Receives one word group of a line. OCR text layers often hold a whole line, marginal note included, in one
         * string with space characters in it, so the group is cut at spaces into words with their own extents.
         */
        @Override
        protected void writeString(String text, List<TextPosition> positions) {
            if (positions == null || positions.isEmpty() || text.isBlank()) {
                return;
            }
            guard.addCharacters(text.length());
            StringBuilder word = new StringBuilder();
            TextPosition first = null;
            TextPosition last = null;
            for (TextPosition tp : positions) {
                String u = tp.getUnicode();
                if (u == null || u.isBlank()) {
                    addWord(word, first, last);
                    first = null;
                    continue;
                }
                if (first == null) {
                    first = tp;
                }
                word.append(u);
                last = tp;
            }
            addWord(word, first, last);
        }

        private void addWord(StringBuilder word, TextPosition first, TextPosition last) {
            if (first != null && word.length() > 0) {
                line.add(new Word(
                        word.toString(),
                        first.getXDirAdj(),
                        last.getXDirAdj() + last.getWidthDirAdj(),
                        first.getYDirAdj(),
                        first.getHeightDir(),
                        first.getFontSizeInPt()));
            }
            word.setLength(0);
        }

        @Override
        protected void writeLineSeparator() {
            if (!line.isEmpty()) {
                lines.add(line);
                line = new ArrayList<>();
            }
        }

        @Override
        protected void endPage(PDPage page) throws IOException {
            writeLineSeparator();
            layoutPage(getCurrentPageNo());
            super.endPage(page);
        }

        private void layoutPage(int pageNo) {
            List<List<Segment>> segmented = new ArrayList<>();
            float[] column = bodyColumn();
            Segment lastMargin = null;
            for (List<Word> words : lines) {
                List<Segment> segs = classify(words, column);
                for (Segment s : segs) {
                    if (s.candidate && lastMargin != null && continuesNote(lastMargin, s)) {
                        s.margin = true;
                    }
                    if (s.margin) {
                        lastMargin = s;
                    }
                }
                segmented.add(segs);
            }
            // body lines, and notes grouped from consecutive margin pieces
            List<String> bodyText = new ArrayList<>();
            List<Float> bodyY = new ArrayList<>();
            List<List<Segment>> notes = new ArrayList<>();
            List<Segment> marginSegs = new ArrayList<>();
            for (List<Segment> segs : segmented) {
                StringBuilder sb = new StringBuilder();
                float y = Float.NaN;
                for (Segment s : segs) {
                    if (s.margin) {
                        marginSegs.add(s);
                    } else {
                        if (sb.length() > 0) {
                            sb.append(' ');
                        }
                        sb.append(s.text());
                        if (Float.isNaN(y)) {
                            y = s.y();
                        }
                    }
                }
                String text = TextNormalizer.normalizeBlock(sb.toString());
                if (!text.isEmpty()) {
                    bodyText.add(text);
                    bodyY.add(y);
                }
            }
            marginSegs.sort(Comparator.comparingDouble(Segment::y));
            List<Segment> current = null;
            for (Segment s : marginSegs) {
                if (current != null && continuesNote(current.get(current.size() - 1), s)) {
                    current.add(s);
                    continue;
                }
                current = new ArrayList<>();
                current.add(s);
                notes.add(current);
            }
            String[] noteOf = new String[bodyText.size()];
            for (List<Segment> note : notes) {
                StringBuilder sb = new StringBuilder();
                for (Segment s : note) {
                    if (sb.length() > 0) {
                        sb.append(' ');
                    }
                    sb.append(s.text());
                }
                String text = TextNormalizer.normalizeNote(sb.toString());
                if (text == null) {
                    continue;
                }
                if (bodyText.isEmpty()) {
                    blocks.add(new TextBlock(text, null, pageNo));
                    continue;
                }
                float y = note.get(0).y();
                int best = 0;
                for (int i = 1; i < bodyY.size(); i++) {
                    if (Math.abs(bodyY.get(i) - y) < Math.abs(bodyY.get(best) - y)) {
                        best = i;
                    }
                }
                noteOf[best] = noteOf[best] == null ? text : noteOf[best] + " " + text;
            }
            for (int i = 0; i < bodyText.size(); i++) {
                blocks.add(new TextBlock(bodyText.get(i), noteOf[i], pageNo));
            }
        }

        /** Whether margin piece {@code s} is the next line of the note that {@code prev} belongs to. */
        private boolean continuesNote(Segment prev, Segment s) {
            boolean sameSide = (prev.x0() >= pageWidth / 2) == (s.x0() >= pageWidth / 2);
            float gap = s.y() - prev.y();
            return sameSide && gap >= -1 && gap <= Math.max(prev.height(), s.height()) * 2.6f;
        }

        /**
         * The page's body column {left, right}, or null when the page has too few long lines to tell. Each line's
         * leading run of words (cut at gaps wider than 18 pt or two and a half times the font size) counts when it spans
         * more than a third of the page; left is the 10th percentile of their starts; right the edge where most of them end (justified text), or else the 80th
         * percentile of their ends (the few lines that run on into a marginal note do not move either).
         */
        private float[] bodyColumn() {
            List<Float> lefts = new ArrayList<>();
            List<Float> rights = new ArrayList<>();
            for (List<Word> words : lines) {
                List<Word> sorted = new ArrayList<>(words);
                sorted.sort(Comparator.comparingDouble(Word::x0));
                float x0 = sorted.get(0).x0();
                float x1 = sorted.get(0).x1();
                for (int i = 1; i < sorted.size(); i++) {
                    Word w = sorted.get(i);
                    float size = Math.max(Math.max(sorted.get(i - 1).fontSize(), w.fontSize()), 4);
                    if (w.x0() - x1 > Math.max(18f, 2.5f * size)) {
                        break;
                    }
                    x1 = Math.max(x1, w.x1());
                }
                if (x1 - x0 >= pageWidth * 0.35f) {
                    lefts.add(x0);
                    rights.add(x1);
                }
            }
            if (lefts.size() < 3) {
                return null;
            }
            float[] l = toSortedArray(lefts);
            float[] r = toSortedArray(rights);
            // justified text: most lines end within a few points of the column edge (a skewed scan spreads them a bit)
            int bestCount = 0;
            float bestEdge = Float.NaN;
            for (int i = 0, lo = 0; i < r.length; i++) {
                while (r[lo] < r[i] - 8) {
                    lo++;
                }
                int count = i - lo + 1;
                if (count >= bestCount) {
                    bestCount = count;
                    bestEdge = r[i];
                }
            }
            float right =
                    bestCount >= Math.max(3, r.length * 0.3) ? bestEdge : r[(int) Math.ceil((r.length - 1) * 0.8)];
            return new float[] {l[(int) Math.floor((l.length - 1) * 0.1)], right};
        }

        /**
         * Splits a line into runs of body and margin words. A word is in the margin when it lies wholly beyond the
         * body column's right edge and is set apart from the body word before it by more than a word space, or when it
         * leads the line wholly left of the column's left edge with a clear gap after it; a margin
         * run that is wide or has no letters (a page number in a running header) goes back to the body.
         */
        private List<Segment> classify(List<Word> words, float[] column) {
            List<Word> sorted = new ArrayList<>(words);
            sorted.sort(Comparator.comparingDouble(Word::x0));
            List<Segment> segs = new ArrayList<>();
            Segment cur = null;
            Word prev = null;
            // a left marginal note: leading words wholly left of the column, then a clear gap
            int leftEnd = 0;
            if (column != null) {
                int i = 0;
                while (i < sorted.size() && sorted.get(i).x1() < column[0] - 2) {
                    i++;
                }
                if (i > 0
                        && i < sorted.size()
                        && sorted.get(i).x0() - sorted.get(i - 1).x1() >= 12) {
                    leftEnd = i;
                }
            }
            for (int i = 0; i < sorted.size(); i++) {
                Word w = sorted.get(i);
                boolean margin = false;
                if (column != null) {
                    boolean right = w.x0() >= column[1] - 1
                            && (prev == null
                                    || w.x0() - prev.x1() >= Math.max(4, Math.min(7, 0.45f * prev.fontSize())));
                    margin = i < leftEnd
                            || right
                            || (cur != null && cur.margin && i >= leftEnd && prev.x0() >= column[1] - 1);
                }
                if (cur == null || cur.margin != margin) {
                    cur = new Segment();
                    cur.margin = margin;
                    segs.add(cur);
                }
                cur.words.add(w);
                prev = w;
            }
            for (Segment s : segs) {
                if (s.margin) {
                    boolean narrow = s.x1() - s.x0() < pageWidth * 0.3f;
                    boolean letters =
                            s.text().codePoints().filter(Character::isLetter).count() >= 2;
                    s.margin = narrow && letters;
                    s.candidate = narrow && !letters;
                }
            }
            return segs;
        }

        private static float[] toSortedArray(List<Float> values) {
            float[] a = new float[values.size()];
            for (int i = 0; i < a.length; i++) {
                a[i] = values.get(i);
            }
            Arrays.sort(a);
            return a;
        }
    }
}
