package org.maoni.bill.parsing;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.maoni.bill.ParseReport;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionType;
import org.maoni.bill.ingest.TextBlock;

/**
 * Parses the text of a Kenyan bill (as printed in the Kenya Gazette Supplement, scanned or born digital) into its
 * provision tree, its cover particulars and a report that checks the body against the bill's own ARRANGEMENT OF
 * CLAUSES.
 *
 * <p>Input is the extractor's blocks in reading order: one text line of a PDF page per block, or one DOCX paragraph
 * (with its list number rendered and, where the document anchors one, its marginal note). The parser skips the cover,
 * the CONTENT page, library stamps, running headers, page numbers and the printer's imprint; repairs OCR letter-spacing
 * where the result is a word; and builds:
 *
 * <ul>
 *   <li>{@code preface} (the long title, "A Bill for AN ACT of Parliament to ...") and {@code preamble} (the enacting
 *       formula);
 *   <li>Parts ({@code part_I}), Divisions ({@code part_I__dvs_1}), clauses ({@code sec_5}, never prefixed by their
 *       Part, headed by their marginal note or, failing that, the arrangement's title), subclauses ({@code
 *       sec_5__subsec_1}, {@code subsec_1A}), paragraphs ({@code __para_a}) and subparagraphs ({@code __subpara_i});
 *   <li>Schedules ({@code sched_1}, with numbered paragraphs {@code sched_1__para_1});
 *   <li>the Memorandum of Objects and Reasons ({@code objectsAndReasons}).
 * </ul>
 *
 * <p>Definitions stay in their clause's text, one per line; text that an amending clause quotes for insertion into
 * another Act stays in the quoting clause's text. eIds are unique: a repeated number gets a suffix ({@code sec_5-2})
 * and a {@code duplicate-eid} warning.
 *
 * <p><b>Documents that are not bills.</b> {@code parse} never throws for odd input: when no clause is found (a letter,
 * a memorandum, an empty list) it returns a {@link ParsedBill} with no {@code SECTION} node, score 0 and a warning
 * with code {@value #NOT_A_BILL}. Callers detect non-bills with {@link #isBill(ParsedBill)}.
 *
 * <p>Warning codes: {@code not-a-bill}, {@code clause-missing}, {@code clause-extra}, {@code heading-mismatch},
 * {@code duplicate-eid}, {@code ocr-number-repaired}, {@code part-number-repaired}, {@code arrangement-number-repaired},
 * {@code clause-sequence-gap}, {@code schedule-missing}, {@code no-arrangement}, {@code no-enacting-formula}, {@code
 * trailing-text-ignored}, {@code parser-error}, {@code warnings-truncated}.
 *
 * <p>Instances hold no state: one parser may be shared by threads. Time is linear in the input's size.
 */
public final class BillParser {

    /** The warning code of a document in which no clause was found. */
    public static final String NOT_A_BILL = "not-a-bill";

    /** Blocks beyond this many are ignored (with a warning): no bill comes near it. */
    static final int MAX_LINES = 200_000;

    /** Parses the blocks of one bill version. Never throws; never returns null. */
    public ParsedBill parse(List<TextBlock> blocks) {
        try {
            return new Run(blocks == null ? List.of() : blocks).parse();
        } catch (RuntimeException | StackOverflowError e) {
            Findings findings = new Findings();
            findings.warn(
                    "parser-error",
                    "The document could not be parsed: " + e.getClass().getSimpleName(),
                    null);
            findings.warn(NOT_A_BILL, "No clause was found: the document does not read as a bill", null);
            ParseReport report = new ParseReport(0, 0, 0, 0.0, List.of(), List.of(), findings.warnings());
            return new ParsedBill(new BillMetadata(null, null, null, null, null, null), List.of(), report);
        }
    }

    /** True when the parse found at least one clause. */
    public static boolean isBill(ParsedBill bill) {
        return countSections(bill.provisions()) > 0;
    }

    private static int countSections(List<Provision> provisions) {
        int n = 0;
        for (Provision p : provisions) {
            if (p.type() == ProvisionType.SECTION) {
                n++;
            } else if (p.type() == ProvisionType.PART || p.type() == ProvisionType.DIVISION) {
                n += countSections(p.children());
            }
        }
        return n;
    }

    /** The state of one parse. */
    private static final class Run {

        private final List<TextBlock> blocks;
        private final Findings findings = new Findings();
        private final List<Line> lines = new ArrayList<>();
        private boolean lineMode;

        Run(List<TextBlock> blocks) {
            this.blocks = blocks;
        }

        ParsedBill parse() {
            readLines();
            int arrIdx = find(
                    0,
                    l -> l.letters.contains("arrangementofclauses")
                            || l.letters.contains("arrangementofsections")
                            || l.letters.equals("arrangementofclause"));
            int from = Math.max(0, arrIdx + 1);
            int enactIdx = find(
                    from,
                    l -> (l.letters.startsWith("enacted") && l.letters.length() < 160)
                            || l.letters.startsWith("beitenacted")
                            || l.letters.startsWith("imetungwa"));
            int bodyStart;
            if (enactIdx >= 0) {
                bodyStart = enactIdx + 1;
            } else {
                findings.warn("no-enacting-formula", "No enacting formula (\"ENACTED by ...\") was found", "preamble");
                bodyStart = findFirstClause(from);
            }
            int actIdx = -1;
            int billForIdx = -1;
            int anchor = enactIdx >= 0 ? enactIdx : bodyStart;
            if (anchor > 0) {
                for (int k = anchor - 1; k >= Math.max(from, anchor - 30); k--) {
                    if (lines.get(k).letters.startsWith("anact")) {
                        actIdx = k;
                        break;
                    }
                }
                int scanFrom = actIdx >= 0 ? actIdx - 1 : anchor - 1;
                for (int k = scanFrom; k >= Math.max(from, scanFrom - 3); k--) {
                    String l = lines.get(k).letters;
                    if (l.length() <= 12 && (l.startsWith("abil") || Fuzzy.similarity(l, "abillfor") >= 0.6)) {
                        billForIdx = k;
                        break;
                    }
                }
            }
            int prefaceStart = billForIdx >= 0 ? billForIdx : actIdx;
            int memoIdx = bodyStart >= 0
                    ? find(
                            bodyStart,
                            l -> l.letters.startsWith("memorandumofobjects")
                                    || (l.letters.startsWith("memorandum")
                                            && l.letters.contains("objectsandreasons")
                                            && l.letters.length() < 60))
                    : -1;

            MetadataReader.Title title = MetadataReader.findTitle(
                    lines, prefaceStart >= 0 ? prefaceStart : anchor >= 0 ? anchor : lines.size());
            Boilerplate.mark(lines, title != null ? title.key() : null);

            int coverEnd = arrIdx >= 0 ? arrIdx : prefaceStart >= 0 ? prefaceStart : Math.max(0, anchor);
            List<Line> cover = lines.subList(0, Math.max(0, Math.min(coverEnd, lines.size())));
            String enactingText = enactIdx >= 0 ? lines.get(enactIdx).text : null;
            BillMetadata metadata = MetadataReader.read(cover, title, enactingText);

            Arrangement arrangement = Arrangement.EMPTY;
            if (arrIdx >= 0) {
                int arrEnd = prefaceStart >= 0 ? prefaceStart : anchor >= 0 ? anchor : arrIdx + 1;
                arrangement = Arrangement.read(lines.subList(arrIdx + 1, Math.max(arrIdx + 1, arrEnd)), findings);
            }

            List<Provision> provisions = new ArrayList<>();
            if (bodyStart < 0) {
                findings.warn(NOT_A_BILL, "No clause was found: the document does not read as a bill", null);
                ParseReport report = new ParseReport(
                        arrangement.clauses.size(), 0, 0, 0.0, List.of(), List.of(), findings.warnings());
                return new ParsedBill(metadata, provisions, report);
            }
            if (prefaceStart >= 0) {
                Provision preface = preface(prefaceStart, billForIdx >= 0, enactIdx >= 0 ? enactIdx : bodyStart);
                if (preface != null) {
                    provisions.add(preface);
                }
            }
            int bodyFrom = bodyStart;
            if (enactIdx >= 0) {
                StringBuilder pre = new StringBuilder(lines.get(enactIdx).text);
                int k = enactIdx;
                while (!Text.letters(pre.toString()).matches(".*(follows|asfollow|ifuatavyo)$")
                        && k + 1 < lines.size()
                        && k - enactIdx < 2
                        && !lines.get(k + 1).letters.startsWith("part")
                        && Numbering.clause(lines.get(k + 1).text) == null) {
                    k++;
                    if (!lines.get(k).skip) {
                        pre.append(' ').append(lines.get(k).text);
                    }
                }
                if (Text.letters(pre.toString()).matches(".*(follows|asfollow|ifuatavyo)$")) {
                    bodyFrom = k + 1;
                } else {
                    pre = new StringBuilder(lines.get(enactIdx).text);
                }
                provisions.add(
                        new Provision("preamble", ProvisionType.PREAMBLE, null, null, pre.toString(), null, null));
            }
            int certIdx = find(bodyFrom, l -> l.letters.startsWith("icertifythatthisprinted"));
            int bodyEnd = memoIdx >= 0 ? memoIdx : lines.size();
            if (certIdx >= 0 && certIdx < bodyEnd) {
                bodyEnd = certIdx;
                findings.warn(
                        "trailing-text-ignored",
                        "The Clerk's certificate at the end of the bill (and what follows it) was left out",
                        null);
            }
            BodyParser body = new BodyParser(
                    lines.subList(bodyFrom, Math.max(bodyFrom, bodyEnd)), arrangement, lineMode, findings);
            body.parse();
            Reconciler.Result result = Reconciler.reconcile(body, arrangement, lineMode, findings);
            for (Node n : body.top) {
                provisions.add(n.toProvision());
            }
            if (memoIdx >= 0) {
                provisions.add(memorandum(memoIdx));
            }
            if (body.clauses.isEmpty()) {
                findings.warn(NOT_A_BILL, "No clause was found: the document does not read as a bill", null);
            }
            ParseReport report = new ParseReport(
                    arrangement.clauses.size(),
                    body.clauses.size(),
                    result.matched(),
                    result.score(),
                    result.missing(),
                    result.extra(),
                    findings.warnings());
            return new ParsedBill(metadata, provisions, report);
        }

        private void readLines() {
            List<String> raws = new ArrayList<>();
            List<int[]> meta = new ArrayList<>();
            List<String> notes = new ArrayList<>();
            boolean paged = false;
            for (TextBlock block : blocks) {
                if (block == null) {
                    continue;
                }
                paged |= block.page() > 0;
                String[] parts = block.text().split("\\r\\n|\\r|\\n", -1);
                for (int p = 0; p < parts.length; p++) {
                    if (raws.size() >= MAX_LINES) {
                        break;
                    }
                    raws.add(parts[p]);
                    meta.add(new int[] {block.page(), p > 0 ? 1 : 0});
                    notes.add(p == 0 ? block.marginNote() : null);
                }
            }
            if (raws.size() >= MAX_LINES) {
                findings.warn(
                        "trailing-text-ignored",
                        "The document is too long; text after line " + MAX_LINES + " was ignored",
                        null);
            }
            OcrRepair repair = new OcrRepair(OcrRepair.documentWords(raws));
            int longLines = 0;
            int counted = 0;
            for (int i = 0; i < raws.size(); i++) {
                String sanitized = OcrRepair.sanitize(raws.get(i));
                String text = repair.clean(raws.get(i));
                if (text.isEmpty()) {
                    continue;
                }
                String note = notes.get(i);
                String cleanNote = note == null || note.isBlank() ? null : repair.clean(note);
                lines.add(new Line(lines.size(), sanitized, text, meta.get(i)[0], cleanNote, meta.get(i)[1] == 1));
                counted++;
                if (text.length() > 110) {
                    longLines++;
                }
            }
            // PDF lines carry their page; DOCX paragraphs (and plain text) come without one
            lineMode = paged;
        }

        private interface LinePredicate {
            boolean test(Line line);
        }

        private int find(int from, LinePredicate predicate) {
            for (int i = Math.max(0, from); i < lines.size(); i++) {
                if (predicate.test(lines.get(i))) {
                    return i;
                }
            }
            return -1;
        }

        /** Without an enacting formula: the first "1. This Act may be cited as ..." line. */
        private int findFirstClause(int from) {
            for (int i = Math.max(0, from); i < lines.size(); i++) {
                Numbering.ClauseMatch cm = Numbering.clause(lines.get(i).text);
                if (cm != null && cm.number() == 1 && cm.prefix().length() <= 40) {
                    String next = i + 1 < lines.size() ? lines.get(i + 1).letters : "";
                    String l = Text.letters(cm.rest()) + next;
                    if (l.contains("thisact")
                            || l.contains("citedas")
                            || l.contains("interpretation")
                            || l.contains("sheriahii")
                            || l.contains("itajulikana")) {
                        return i;
                    }
                }
            }
            return -1;
        }

        private Provision preface(int start, boolean billFor, int end) {
            StringBuilder sb = new StringBuilder();
            for (int k = start; k < end; k++) {
                Line l = lines.get(k);
                if (l.skip && k != start) {
                    continue;
                }
                if (k == start && billFor) {
                    sb.append("A Bill for");
                    continue;
                }
                Node.append(sb, l.text, false);
            }
            String text = sb.toString().strip();
            return text.isEmpty()
                    ? null
                    : new Provision("preface", ProvisionType.PREFACE, null, null, text, null, null);
        }

        private Provision memorandum(int memoIdx) {
            StringBuilder sb = new StringBuilder();
            String last = "";
            int ignored = 0;
            boolean stopped = false;
            for (int k = memoIdx + 1; k < lines.size(); k++) {
                Line l = lines.get(k);
                if (stopped) {
                    if (!l.skip) {
                        ignored++;
                    }
                    continue;
                }
                if (l.skip) {
                    continue;
                }
                String lt = l.letters;
                if (lt.contains("itisproposedtoamend")
                        || lt.contains("proposedtobeamended")
                        || lt.contains("whichitisproposed")) {
                    stopped = true;
                    ignored++;
                    continue;
                }
                boolean newLine;
                if (lineMode) {
                    String t = last.strip();
                    newLine = l.continuesBlock
                            ? false
                            : (t.endsWith(".") || t.endsWith(":") || t.endsWith(",") && Text.upperHeavy(t, 0.8))
                                            && Text.startsUpper(l.text)
                                    || l.letters.startsWith("statement")
                                    || l.letters.startsWith("dated");
                } else {
                    newLine = !l.continuesBlock;
                }
                Node.append(sb, l.text, newLine);
                last = l.text;
            }
            if (ignored > 0) {
                findings.warn(
                        "trailing-text-ignored",
                        ignored + " lines after the Memorandum (extracts of the Act to be amended) were left out",
                        "objectsAndReasons");
            }
            String text = sb.toString().strip();
            return new Provision(
                    "objectsAndReasons",
                    ProvisionType.OBJECTS_AND_REASONS,
                    null,
                    "MEMORANDUM OF OBJECTS AND REASONS",
                    text.isEmpty() ? null : text,
                    null,
                    null);
        }
    }

    /** Lower-case letters of a heading, for equality tests in callers' tools. */
    static String headingKey(String heading) {
        return heading == null ? "" : Text.letters(heading).toLowerCase(Locale.ROOT);
    }

    static Set<String> eIds(List<Provision> provisions) {
        Set<String> out = new HashSet<>();
        collect(provisions, out);
        return out;
    }

    private static void collect(List<Provision> provisions, Set<String> out) {
        for (Provision p : provisions) {
            out.add(p.eId());
            collect(p.children(), out);
        }
    }
}
