package org.maoni.bill.parsing;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.maoni.bill.ProvisionType;

/**
 * Builds the provision tree of a bill's body (from the enacting formula to the Memorandum): Parts, Divisions, clauses,
 * subclauses, paragraphs, subparagraphs and Schedules. Text an amending clause quotes for insertion into another Act
 * stays in that clause's text; marginal notes, glued to lines or printed apart from them, become clause headings.
 * One instance parses one document.
 */
final class BodyParser {

    private static final int CLAUSE = 1;
    private static final int SUBSEC = 2;
    private static final int PARA = 3;
    private static final int SUBPARA = 4;

    private static final Pattern DIVISION =
            Pattern.compile("^(?:DIVISION|Division|D I V I S I O N)\\s+(\\d{1,2}|[IVX]{1,5})\\b\\s*[-—–:.]*\\s*(.*)$");
    private static final Pattern QUOTE_INTRO = Pattern.compile(
            "(following\\s+new\\b|fo\\S{0,2}ow\\S{0,4}\\s+new\\b|substitut\\w*\\s+therefor|substituting\\s+the\\s+following"
                    + "|therefor\\s+the\\s+following"
                    + "|(?:insert\\w*|add\\w*|substitut\\w*|replac\\w*)\\b[^.;]{0,60}\\bnew['’‘]?\\s*(?:sub-?)?(?:sections?"
                    + "|paragraphs?|definitions?|parts?|schedules?|items?|provisos?|clauses?|rules?|regulations?"
                    + "|marginal\\s+note)\\b"
                    + "|(?:insert\\w*|add\\w*|substitut\\w*|replac\\w*)\\b[^.;]{0,60}\\bthe\\s+following\\s+(?:new\\s+)?"
                    + "(?:sub-?sections?|sections?|paragraphs?|sub-?paragraphs?|definitions?|parts?|schedules?|clauses?"
                    + "|items?|provisos?|words?|expressions?|rules?|regulations?|divisions?|headings?|tables?|forms?)\\b)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern QUOTED_ITEM = Pattern.compile("^[“\"‘']\\s*(?:\\(|\\d)");
    private static final Pattern CLOSING_QUOTE = Pattern.compile("[”\"’]\\s*[.;,]?\\s*(?:and|or)?\\s*$");
    private static final Pattern DEFINITION_STRICT = Pattern.compile(
            "^[“\"‘]\\s*[^“”\"]{1,90}?[”\"’]\\s*,?\\s*(?:means|includes|include|has|have|shall|refers|in relation|—|-|–|:)");
    private static final Pattern DEFINITION_LOOSE = Pattern.compile(
            "^[^\\p{L}]{0,4}\\p{L}[^“”\"]{0,80}?(?:[”\"’]|\\s[>9?]{1,2}(?:\\s?[9?])?)\\s*,?\\s*(?:means|includes|include|has|shall|refers)\\b");
    private static final Pattern PROVISO = Pattern.compile("^(?:Provided\\s+(?:that|further|also|however)|Provided,)");
    private static final Pattern ITEM_AT_START = Pattern.compile(
            "^[^\\s(]{0,2}\\s?\\(\\s*[0-9A-Za-z]{1,3}(?:\\s[0-9A-Za-z])?\\s*\\)|^[“\"‘]?\\d{1,3}[A-Z]{0,2}\\.\\s");
    private static final Pattern CITATIONS = Pattern.compile(
            "^(?:\\s*(?:Cap\\s?\\.?\\s*\\d[\\d ]*[A-Z]?|(?:Act\\s+)?No\\s?\\.?\\s*\\d[\\d ]*\\s*o\\s?[fr]\\s*\\d[\\d ]*"
                    + "|L\\.\\s?N\\.\\s*\\d+(?:/\\d+)?)\\s*[.,;]?)+\\s*$",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WIDE_GAP = Pattern.compile(" {3,}");
    private static final Pattern GLUED_PHRASE_NOTE = Pattern.compile(
            "\\s((?:Short\\s+title|Interpretation|Commencement)\\.?|(?:Amendment\\s+of|Amendments\\s+to|Insertion\\s+of"
                    + "|Repeal\\s+of|Deletion\\s+of|Substitution\\s+of)\\b[^.]{0,40}\\.?)$");
    private static final Pattern SCHEDULE_ITEM =
            Pattern.compile("^(?<pre>.{0,60}?)(?<![\\d(])(?<num>\\d{1,3})\\s?\\.\\s*(?<rest>[(“\"A-Z].*)$");
    private static final Pattern SCHEDULE_REF =
            Pattern.compile("\\(\\s*[sS]\\.?\\s*\\d[^)]*\\)+\\s*$|\\(\\s*[sS]\\.?\\s*\\d.*$");

    private static final Set<String> REFERENCE_WORDS = Set.of(
            "section",
            "sections",
            "subsection",
            "subsections",
            "sub-section",
            "sub-sections",
            "paragraph",
            "paragraphs",
            "subparagraph",
            "subparagraphs",
            "sub-paragraph",
            "clause",
            "clauses",
            "article",
            "articles",
            "regulation",
            "regulations",
            "rule",
            "rules",
            "item",
            "items",
            "part",
            "parts",
            "schedule",
            "chapter",
            "cap",
            "no",
            "of",
            "and",
            "or",
            "to",
            "under",
            "in",
            "by",
            "with",
            "from",
            "than",
            "the",
            "a",
            "an",
            "at",
            "on",
            "sub");
    private static final Set<String> FUNCTION_WORDS =
            Set.of("of", "and", "or", "the", "to", "for", "in", "on", "by", "with", "a", "an", "from", "under", "that");
    private static final List<String> NOTE_PHRASES = List.of(
            "shorttitle",
            "interpretation",
            "commencement",
            "amendmentof",
            "amendmentsto",
            "amendmentto",
            "insertionof",
            "repealof",
            "repealand",
            "deletionof",
            "substitutionof",
            "savings",
            "transition",
            "objectsof",
            "objectof",
            "objectsand",
            "objectand",
            "generalpenalty",
            "citation",
            "consequentialamendment",
            "renumberingof",
            "additionof",
            "regulations",
            "application",
            "offences",
            "penalties");
    private static final List<String> AMENDING_STARTS = List.of(
            "by",
            "in",
            "deleting",
            "inserting",
            "substituting",
            "renumbering",
            "adding",
            "repealing",
            "amending",
            "deletion",
            "insertion",
            "substitution",
            "delete",
            "insert",
            "substitute",
            "immediately",
            "at");

    private final List<Line> lines;
    private final Arrangement arr;
    private final boolean lineMode;
    private final Findings findings;

    /** Top-level nodes in order: Parts, or clauses outside any Part, then Schedules. */
    final List<Node> top = new ArrayList<>();

    final List<Node> clauses = new ArrayList<>();
    final List<Node> schedules = new ArrayList<>();

    private Node part;
    private Node division;
    private Node clause;
    private Node subsec;
    private Node para;
    private Node subpara;
    private int cur;
    private int partCount;

    private boolean quote;
    private boolean quoteMarked;
    private boolean quoteClosed;
    private int quoteLevel;
    private boolean defs;
    private Node headingOpen;
    private Node wrapTarget;
    private String lastText = "";

    private final Map<Integer, List<String>> futureFragments = new HashMap<>();
    private final Map<Integer, Integer> futureCursor = new HashMap<>();
    private final List<String> pendingNotes = new ArrayList<>();
    private int pendingAge;
    private Node lastNoteClause;
    private boolean lastNoteOpen;
    private boolean lastLineWasNote;
    private boolean gluedNoteOpen;

    private Node schedule;
    private Node scheduleItem;
    private Node lastScheduleTarget;
    private int lastScheduleLength;
    private String lastScheduleLine;

    BodyParser(List<Line> lines, Arrangement arrangement, boolean lineMode, Findings findings) {
        this.lines = lines;
        this.arr = arrangement;
        this.lineMode = lineMode;
        this.findings = findings;
    }

    void parse() {
        for (int i = 0; i < lines.size(); i++) {
            Line line = lines.get(i);
            if (line.skip || line.text.isEmpty()) {
                continue;
            }
            if (schedule != null) {
                scheduleLine(line);
            } else {
                bodyLine(line, i);
            }
            if (!pendingNotes.isEmpty() && ++pendingAge > 6) {
                pendingNotes.clear();
            }
        }
    }

    // ------------------------------------------------------------------ body lines

    private void bodyLine(Line line, int i) {
        currentIndex = i;
        Node before = clause;
        int clausesBefore = clauses.size();
        bodyLineText(line, i);
        List<String> notes = splitNote(line.marginNote);
        int from = clauses.size() == clausesBefore ? 0 : 1;
        for (int k = from; k < notes.size(); k++) {
            routeNote(notes.get(k), before);
        }
    }

    /** An extractor's note, less references to Acts, split where one note ends and the next begins. */
    static List<String> splitNote(String note) {
        List<String> out = new ArrayList<>();
        if (note == null) {
            return out;
        }
        String stripped = Reconciler.stripCitations(note);
        for (String part : stripped.split("(?<=\\w\\.)\\s+(?=[A-Z][a-z])")) {
            String p = part.strip();
            if (Text.letters(p).length() >= 3 && !Text.upperHeavy(p, 0.8)) {
                out.add(p);
            }
        }
        return out;
    }

    /**
     * A marginal note the extractor attached to a line that starts no clause: it belongs to a clause nearby (the
     * extractor attaches it to the body line nearest its first line).
     */
    private void routeNote(String note, Node before) {
        String l = Text.letters(note);
        if (!arr.isEmpty()) {
            if (!arrangementNote(note, l) && clause != null) {
                if (clause.noteFragments.isEmpty()) {
                    addFragment(clause, note);
                } else if (quote) {
                    appendContent(note, true);
                }
            }
            return;
        }
        if (schedule != null) {
            return;
        }
        if (clause != null && clause.noteFragments.isEmpty() && clause.anchoredNote == null) {
            addFragment(clause, note);
        } else if (nextLineStartsClause(cur + 1)) {
            pendingNotes.add(note);
            pendingAge = 0;
        } else if (clause != null && quote) {
            // the note of a section the clause inserts: part of the quoted text
            appendContent(note, true);
        } else if (clause != null) {
            addFragment(clause, note);
        }
    }

    private void bodyLineText(Line line, int i) {
        String t = line.text;
        boolean headingsAllowed = !quote || quoteClosed;
        if (headingsAllowed && !clauses.isEmpty() && Arrangement.isScheduleHeading(t)) {
            startSchedule(t);
            return;
        }
        if (headingsAllowed) {
            Matcher pm = Arrangement.PART.matcher(t);
            boolean titleCasePart = pm.matches()
                    && t.startsWith("Part ")
                    && t.length() < 100
                    && t.matches("^Part\\s+[IVXLC]{1,6}\\s*[—–-]\\s*[A-Z].*")
                    && !t.endsWith(".")
                    && !t.endsWith(";");
            if (pm.matches()
                    && (((pm.group(2).isEmpty() || Text.upperHeavy(pm.group(2), 0.6)) && Text.upperHeavy(t, 0.6))
                            || titleCasePart)) {
                startPart(pm.group(1), pm.group(2));
                return;
            }
            Matcher dm = DIVISION.matcher(t);
            if (dm.matches() && (dm.group(2).length() < 80 || Text.upperHeavy(dm.group(2), 0.6))) {
                startDivision(dm.group(1), dm.group(2));
                return;
            }
        }
        if (headingOpen != null) {
            if (Text.upperHeavy(t, 0.8)
                    && t.length() < 120
                    && Numbering.clause(t) == null
                    && Numbering.item(t) == null) {
                headingOpen.heading = Arrangement.clean(headingOpen.heading + " " + t);
                return;
            }
            headingOpen = null;
        }
        Numbering.ClauseMatch cm = Numbering.clause(t);
        if (cm != null && acceptClause(cm, i)) {
            startClause(cm, line, i);
            return;
        }
        if (cm != null
                && clause != null
                && !quote
                && !cm.suffix().isEmpty()
                && cm.prefix().isBlank()) {
            // "5A. ..." that is no clause of this bill: a section quoted for insertion
            startQuote(false);
        }
        if (clause != null) {
            Numbering.ItemMatch im = Numbering.item(t);
            if (im != null && !im.quoted() && !referenceContinuation() && acceptItem(im, i)) {
                return;
            }
            if (im == null && garbledParagraph(t)) {
                return;
            }
        }
        boolean note = tryNote(line);
        lastLineWasNote = note || gluedNoteOpen;
        gluedNoteOpen = false;
        if (note) {
            return;
        }
        continuation(line, i);
    }

    private void startPart(String printedNum, String heading) {
        closeClause();
        division = null;
        int expected = partCount + 1;
        int exact = printedNum.matches("[IVXLC]{1,8}") ? Numbering.roman(printedNum.toLowerCase(Locale.ROOT)) : -1;
        int use;
        if (exact > 0) {
            use = exact;
        } else {
            int mended = Numbering.partRoman(printedNum);
            use = mended >= expected && mended <= expected + 1 ? mended : expected;
        }
        partCount = Math.max(partCount, use);
        String roman = Numbering.toRoman(use).toUpperCase(Locale.ROOT);
        String printed = printedNum.toUpperCase(Locale.ROOT);
        if (!printed.equals(roman)) {
            findings.warn(
                    "part-number-repaired",
                    "Part number printed \"" + printedNum + "\" read as " + roman,
                    "part_" + roman);
        }
        Node p = new Node(ProvisionType.PART, "PART " + roman, roman);
        p.eId = findings.uniqueEId("part_" + roman);
        String h = Arrangement.clean(heading);
        p.heading = h.isEmpty() ? null : h;
        top.add(p);
        part = p;
        headingOpen = p;
        quote = false;
    }

    private void startDivision(String printedNum, String heading) {
        closeClause();
        String key = printedNum;
        Node d = new Node(ProvisionType.DIVISION, "Division " + printedNum, key);
        d.eId = findings.uniqueEId((part != null ? part.eId + "__" : "") + "dvs_" + key);
        String h = Arrangement.clean(heading);
        d.heading = h.isEmpty() ? null : h;
        if (part != null) {
            part.add(d);
        } else {
            top.add(d);
        }
        division = d;
        headingOpen = d;
        quote = false;
    }

    // ------------------------------------------------------------------ clauses

    private boolean acceptClause(Numbering.ClauseMatch cm, int i) {
        String prefix = cm.prefix().strip();
        if (prefix.indexOf('“') >= 0 || prefix.indexOf('"') >= 0 || prefix.indexOf('‘') >= 0) {
            return false;
        }
        if (!cm.suffix().isEmpty() && (quote || arr.clause(cm.key()) == null)) {
            return false;
        }
        int n = cm.number();
        int expected = cur + 1;
        boolean strong = cm.sep().equals(".") || cm.rest().startsWith("(");
        boolean listed = arr.clause(n) != null;
        boolean ok;
        if (n == expected || (!cm.suffix().isEmpty() && n == cur)) {
            ok = true;
        } else if (n > expected && n <= cur + 3) {
            ok = (strong || listed) && (arr.isEmpty() || listed);
        } else if (n > expected && n <= cur + 12) {
            ok = listed && strong && terminalBefore();
        } else if (n == cur && cm.suffix().isEmpty()) {
            ok = !lineMode && strong && !quote && !defs && terminalBefore() && clause != null && clause.number == n;
        } else {
            ok = false;
        }
        if (!ok) {
            return false;
        }
        if (cm.repaired() && n != expected) {
            return false;
        }
        if (!prefix.isEmpty()) {
            boolean junk = Text.letterCount(prefix) <= 2 && prefix.length() <= 4 && Text.digitCount(prefix) == 0;
            if (!junk && !isNoteFor(prefix, n) && !plausibleNotePrefix(prefix, n, expected, cm)) {
                return false;
            }
        } else if (referenceContinuation() && !(n == expected && cm.sep().equals(".") && startsStrongly(cm.rest()))) {
            return false;
        }
        if (quote && !quoteClosed && !amendingClause(cm, i)) {
            return false;
        }
        if (defs && (n != expected || (!strong && !terminalBefore()))) {
            return false;
        }
        if (DEFINITION_STRICT.matcher(cm.rest()).find()
                || DEFINITION_LOOSE.matcher(cm.rest()).find()) {
            return false;
        }
        return true;
    }

    /**
     * A marginal note glued before the due clause's number that does not read like the arrangement's title (the
     * body's note may differ): short, no digits, not ending in a reference word, after a finished sentence.
     */
    private boolean plausibleNotePrefix(String prefix, int n, int expected, Numbering.ClauseMatch cm) {
        if (n != expected || prefix.length() > 40 || Text.digitCount(prefix) > 0 || quote || defs) {
            return false;
        }
        String lastWord = prefix.replaceAll("[^A-Za-z ]", " ").strip();
        lastWord = lastWord.substring(lastWord.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        if (REFERENCE_WORDS.contains(lastWord) && !lastWord.equals("the") && !lastWord.equals("of")) {
            return false;
        }
        return Character.isUpperCase(cm.rest().isEmpty() ? 'x' : cm.rest().charAt(0)) && terminalBefore();
    }

    /** Does the clause starting here look like a clause of an amendment bill (rather than quoted text)? */
    private boolean amendingClause(Numbering.ClauseMatch cm, int i) {
        StringBuilder sb = new StringBuilder(cm.rest());
        for (int k = i + 1; k < lines.size() && k <= i + 2; k++) {
            if (!lines.get(k).skip) {
                sb.append(' ').append(lines.get(k).text);
                break;
            }
        }
        String s = sb.toString();
        String lower = s.toLowerCase(Locale.ROOT);
        if (lower.matches(
                "^(?:\\(\\d+\\)\\s*)?(?:sections?|the\\s+principal\\s+act|part|paragraph|schedule|first|second|third"
                        + "|fourth|fifth|sixth|article|regulation|this\\s+act)\\b.*")) {
            return true;
        }
        if (lower.matches("^(?:\\(\\d+\\)\\s*)?the\\s+[^.;]{0,80}\\bact\\b.*") && lower.contains("amend")) {
            return true;
        }
        String head = lower.length() > 160 ? lower.substring(0, 160) : lower;
        return head.matches(".*\\b(?:amend\\w*|repeal\\w*|insert\\w*|delet\\w*|substitut\\w*|renumber\\w*|cited\\s+as"
                + "|come\\s+into\\s+(?:force|operation)|commencement|pnended|amcnded)\\b.*");
    }

    private void startClause(Numbering.ClauseMatch cm, Line line, int i) {
        closeClause();
        int n = cm.number();
        if (n > cur) {
            cur = n;
        }
        if (cm.repaired()) {
            findings.warn("ocr-number-repaired", "Clause number read as " + cm.key(), "sec_" + cm.key());
        }
        Node c = new Node(ProvisionType.SECTION, cm.key() + ".", cm.key());
        c.number = n;
        c.eId = findings.uniqueEId("sec_" + cm.key());
        c.firstLine = i;
        if (division != null) {
            division.add(c);
        } else if (part != null) {
            part.add(c);
        } else {
            top.add(c);
        }
        clauses.add(c);
        clause = c;
        subsec = null;
        para = null;
        subpara = null;
        defs = false;
        quote = false;
        quoteClosed = false;
        quoteMarked = false;
        wrapTarget = null;
        headingOpen = null;
        List<String> future = futureFragments.remove(n);
        if (future != null) {
            c.noteFragments.addAll(future);
            c.noteCursor = futureCursor.getOrDefault(n, 0);
        }
        String prefix = cm.prefix().strip();
        if (!prefix.isEmpty() && Text.letterCount(prefix) > 2) {
            addFragment(c, prefix);
        }
        List<String> anchoredNotes = splitNote(line.marginNote);
        String anchored = anchoredNotes.isEmpty() ? null : anchoredNotes.get(0);
        if (anchored != null) {
            String title = arr.titleLetters(n);
            if (title == null
                    || noteMatch(Text.letters(anchored), title, 0) >= 0
                    || Fuzzy.similarity(Text.letters(anchored), title) >= 0.5
                    || !arrangementNote(anchored, Text.letters(anchored))) {
                c.noteFragments.add(0, anchored);
                c.noteCursor = Math.max(
                        c.noteCursor, title == null ? 0 : Math.max(0, noteMatch(Text.letters(anchored), title, 0)));
            }
        }
        if (!pendingNotes.isEmpty() && c.noteFragments.isEmpty() && c.anchoredNote == null) {
            c.noteFragments.addAll(pendingNotes);
            pendingNotes.clear();
        }
        String rest = cm.rest();
        if (!arr.isEmpty() && prefix.isEmpty() && c.noteFragments.isEmpty() && arr.titleLetters(n) != null) {
            // the whole rest may be the marginal note ("16 Repeal of sections")
            String l = Text.letters(rest);
            String title = arr.titleLetters(n);
            if (!l.isEmpty()
                    && l.length() <= title.length() + 2
                    && Fuzzy.prefixDistance(l, title) <= Math.max(1, l.length() / 5)) {
                addFragment(c, rest);
                rest = "";
            }
        }
        rest = stripGluedNote(line, rest, true);
        lastText = line.text;
        if (rest.isEmpty()) {
            return;
        }
        Numbering.ItemMatch im = Numbering.item(rest);
        if (im != null && !im.quoted()) {
            int[] num = Numbering.numeric(im.token());
            if (num != null && num[0] <= 2) {
                startSubsection(num[0], Numbering.numericSuffix(im.token()), im.token(), im.rest(), num[1] == 1);
                return;
            }
        }
        appendContent(rest, false);
    }

    private void closeClause() {
        clause = null;
        subsec = null;
        para = null;
        subpara = null;
        defs = false;
        quote = false;
        wrapTarget = null;
    }

    // ------------------------------------------------------------------ items

    private boolean acceptItem(Numbering.ItemMatch im, int i) {
        String token = im.token();
        Node container = subsec != null ? subsec : clause;
        Node lastPara = container.lastChild(ProvisionType.PARAGRAPH);
        String expectedPara = lastPara == null ? "a" : Numbering.nextLetter(lastPara.key);
        int[] num = Numbering.numeric(token);
        // "(1)" or "(I)" where paragraph (l) is due
        if (lastPara != null
                && "l".equals(expectedPara)
                && (token.equals("1") || token.equals("l") || token.equals("I"))) {
            if (!levelAllowed(PARA, im.rest())) {
                return false;
            }
            if (!token.equals("l")) {
                findings.warn(
                        "ocr-number-repaired",
                        "Paragraph number \"(" + token + ")\" read as (l)",
                        container.eId + "__para_l");
            }
            startParagraph(container, "l", im.rest());
            return true;
        }
        if (im.unclosed()) {
            String x = token.equals("0") ? "f" : token;
            if (x.equals(expectedPara) && lastPara != null && !defs && levelAllowed(PARA, im.rest())) {
                findings.warn(
                        "ocr-number-repaired",
                        "Paragraph number \"(" + token + "\" read as (" + x + ")",
                        container.eId + "__para_" + x);
                startParagraph(container, x, im.rest());
                return true;
            }
            return false;
        }
        if (num != null && !token.equals("l")) {
            String suffix = Numbering.numericSuffix(token);
            if (!subsectionExpected(num[0], suffix, im.rest())) {
                return false;
            }
            if (!levelAllowed(SUBSEC, im.rest())) {
                return false;
            }
            startSubsection(num[0], suffix, token, im.rest(), num[1] == 1);
            return true;
        }
        String x = token.toLowerCase(Locale.ROOT);
        if (!x.equals(token) && !token.equals("l")) {
            return false;
        }
        if (x.equals("l") && num != null && (lastPara == null || !"l".equals(expectedPara))) {
            // "(l)" with no paragraph (l) due: an OCR "(1)"
            if (subsectionExpected(1, "", im.rest()) && levelAllowed(SUBSEC, im.rest())) {
                findings.warn("ocr-number-repaired", "Subclause number \"(l)\" read as (1)", clause.eId + "__subsec_1");
                startSubsection(1, "", "1", im.rest(), true);
                return true;
            }
            return false;
        }
        if (!x.matches("[a-z]{1,4}")) {
            x = x.replace('1', 'i');
            if (!x.matches("[a-z]{1,4}")) {
                return false;
            }
        }
        if (x.matches("[il]+") && x.contains("l") && x.length() > 1) {
            x = x.replace('l', 'i');
        }
        int kind = alphaKind(x, container, lastPara, expectedPara, i);
        if (kind == 0) {
            return false;
        }
        if (defs) {
            return false;
        }
        if (!levelAllowed(kind, im.rest())) {
            return false;
        }
        if (kind == PARA) {
            startParagraph(container, x, im.rest());
        } else {
            startSubparagraph(x, im.rest());
        }
        return true;
    }

    private static final Pattern GARBLED_ITEM = Pattern.compile("^[^\\s()]{1,2}[?!]?\\)\\s+(?<rest>[a-z].*)$");

    /** "G?) ensure ..." where paragraph (b) is due: OCR lost the number; taken as the due paragraph. */
    private boolean garbledParagraph(String t) {
        Matcher m = GARBLED_ITEM.matcher(t);
        if (!m.matches() || defs || quote || !terminalBefore()) {
            return false;
        }
        Node container = subsec != null ? subsec : clause;
        Node lastPara = container.lastChild(ProvisionType.PARAGRAPH);
        if (lastPara == null || subpara != null) {
            return false;
        }
        String x = Numbering.nextLetter(lastPara.key);
        findings.warn(
                "ocr-number-repaired",
                "Unreadable paragraph number taken as (" + x + ")",
                container.eId + "__para_" + x);
        startParagraph(container, x, m.group("rest"));
        return true;
    }

    /** PARA, SUBPARA or 0 for a letter token, by the sequence so far and what follows. */
    private int alphaKind(String x, Node container, Node lastPara, String expectedPara, int i) {
        int romanValue = Numbering.roman(x);
        Node lastSub = para == null ? null : para.lastChild(ProvisionType.SUBPARAGRAPH);
        String expectedSub =
                para == null ? null : lastSub == null ? "i" : Numbering.toRoman(Numbering.roman(lastSub.key) + 1);
        if (para != null && romanValue > 0 && x.equals(expectedSub)) {
            if (x.equals(expectedPara) && lastSub == null) {
                // "(i)" after "(h)": a paragraph, unless it opens a list
                return introducesList() || "ii".equals(nextItemToken(i)) ? SUBPARA : PARA;
            }
            return SUBPARA;
        }
        if (x.equals(expectedPara)) {
            return PARA;
        }
        if (lastPara != null && x.equals(Numbering.nextLetter(expectedPara)) && x.length() == 1 && terminalBefore()) {
            return PARA;
        }
        if (para != null && romanValue > 0 && lastSub != null && romanValue == Numbering.roman(lastSub.key) + 2) {
            return SUBPARA;
        }
        return 0;
    }

    private boolean subsectionExpected(int n, String suffix, String rest) {
        Node last = clause.lastChild(ProvisionType.SUBSECTION);
        boolean strong = startsStrongly(rest);
        if (last == null) {
            if (n == 1) {
                return suffix.isEmpty() || !quote;
            }
            return n == 2 && suffix.isEmpty() && strong && terminalBefore() && !quote;
        }
        int kn = last.number;
        String ks = Numbering.numericSuffix(last.key);
        if (n == kn + 1 && suffix.isEmpty()) {
            return true;
        }
        if (n == kn && !suffix.isEmpty() && suffix.equals(Numbering.nextSuffix(ks))) {
            return true;
        }
        if (n == kn + 1 && suffix.equals("A") && !quote) {
            return true;
        }
        if (n == kn + 2 && suffix.isEmpty() && strong && terminalBefore()) {
            return true;
        }
        return n == kn && suffix.equals(ks) && strong && terminalBefore() && !quote && !defs && !lineMode;
    }

    /** In quoted text only the bill's own next item (one that amends) ends the quotation. */
    private boolean levelAllowed(int level, String rest) {
        if (!quote) {
            return true;
        }
        if (level > Math.max(quoteLevel, CLAUSE)) {
            return false;
        }
        return quoteClosed || amendingItem(rest);
    }

    private static boolean amendingItem(String rest) {
        String lower = rest.toLowerCase(Locale.ROOT).strip();
        String first = lower.split("[\\s,]+", 2)[0];
        if (AMENDING_STARTS.contains(first)) {
            return true;
        }
        String head = lower.length() > 90 ? lower.substring(0, 90) : lower;
        return head.matches(".*\\b(?:is|are)\\s+(?:amended|repealed|deleted)\\b.*")
                || head.matches("^(?:deleting|inserting|substituting|renumbering)\\b.*");
    }

    private void startSubsection(int n, String suffix, String printed, String rest, boolean repaired) {
        String key = n + suffix;
        Node s = new Node(ProvisionType.SUBSECTION, "(" + key + ")", key);
        s.number = n;
        s.eId = findings.uniqueEId(clause.eId + "__subsec_" + key);
        if (repaired) {
            findings.warn("ocr-number-repaired", "Subclause number \"(" + printed + ")\" read as (" + key + ")", s.eId);
        }
        clause.add(s);
        subsec = s;
        para = null;
        subpara = null;
        defs = false;
        quote = false;
        quoteClosed = false;
        wrapTarget = null;
        appendContent(rest, false);
    }

    private void startParagraph(Node container, String letter, String rest) {
        Node p = new Node(ProvisionType.PARAGRAPH, "(" + letter + ")", letter);
        p.eId = findings.uniqueEId(container.eId + "__para_" + letter);
        container.add(p);
        para = p;
        subpara = null;
        quote = false;
        quoteClosed = false;
        wrapTarget = null;
        appendContent(rest, false);
    }

    private void startSubparagraph(String roman, String rest) {
        Node s = new Node(ProvisionType.SUBPARAGRAPH, "(" + roman + ")", roman);
        s.eId = findings.uniqueEId(para.eId + "__subpara_" + roman);
        para.add(s);
        subpara = s;
        quote = false;
        quoteClosed = false;
        wrapTarget = null;
        appendContent(rest, false);
    }

    // ------------------------------------------------------------------ text

    private Node deepest() {
        if (subpara != null) {
            return subpara;
        }
        if (para != null) {
            return para;
        }
        if (subsec != null) {
            return subsec;
        }
        return clause;
    }

    private int level(Node n) {
        if (n == null) {
            return 0;
        }
        return switch (n.type) {
            case SUBPARAGRAPH -> SUBPARA;
            case PARAGRAPH -> PARA;
            case SUBSECTION -> SUBSEC;
            default -> CLAUSE;
        };
    }

    private void continuation(Line line, int i) {
        String t = line.text;
        if (clause == null) {
            if (part != null && part.children.isEmpty()) {
                part.appendText(t, false);
            }
            lastText = t;
            return;
        }
        if (i - clause.firstLine <= 3 || !lineMode) {
            t = stripGluedNote(line, t, false);
        } else if (lineMode && arr.isEmpty()) {
            t = stripPhraseNote(t);
        }
        if (t.isEmpty()) {
            return;
        }
        boolean definition = isDefinitionStart(t);
        if (!quote && !defs && definition && definitionContext()) {
            defs = true;
        }
        if (definition && lineMode && !quote) {
            t = mendDefinitionQuotes(t);
        }
        if (!quote && PROVISO.matcher(t).find()) {
            Node d = deepest();
            Node holder = d.type == ProvisionType.PARAGRAPH || d.type == ProvisionType.SUBPARAGRAPH ? d.parent : null;
            if (holder != null) {
                wrapTarget = holder;
                holder.appendWrapUp(t, true);
                lastText = t;
                return;
            }
            appendContent(t, true);
            return;
        }
        boolean newLine;
        boolean itemLike =
                ITEM_AT_START.matcher(t).find() || QUOTED_ITEM.matcher(t).find();
        if (lineMode) {
            newLine = ((defs || quote) && (definition || itemLike)) || (quote && t.startsWith("“"));
        } else {
            newLine = !line.continuesBlock && (!joinsPrevious(t) || itemLike || definition);
        }
        if (!quote && QUOTED_ITEM.matcher(t).find()) {
            startQuote(true);
        }
        appendContent(t, newLine);
    }

    /** DOCX: a paragraph carries on the last one when that one stopped mid-sentence (a page or column break). */
    private boolean joinsPrevious(String t) {
        String last = lastText.strip();
        if (last.isEmpty()) {
            return false;
        }
        char c = last.charAt(last.length() - 1);
        if (Character.isLetterOrDigit(c)) {
            return !Text.upperHeavy(t, 0.8);
        }
        return c == ',' && Text.startsLower(t);
    }

    private void appendContent(String t, boolean newLine) {
        if (t == null || t.isBlank()) {
            return;
        }
        if (wrapTarget != null) {
            wrapTarget.appendWrapUp(t, newLine);
        } else {
            Node d = deepest();
            if (d == null) {
                return;
            }
            d.appendText(t, newLine);
        }
        lastText = t;
        updateQuote(t);
    }

    private void updateQuote(String t) {
        if (!quote) {
            Node d = wrapTarget != null ? wrapTarget : deepest();
            if (d == null) {
                return;
            }
            StringBuilder sb = wrapTarget != null ? d.wrapUp : d.text;
            int from = Math.max(0, sb.length() - 240);
            String tail = sb.substring(from);
            String lower = tail.toLowerCase(Locale.ROOT);
            boolean cue = lower.contains("new") || lower.contains("therefor") || lower.contains("following");
            if (cue && QUOTE_INTRO.matcher(tail).find()) {
                startQuote(false);
            }
            return;
        }
        if (t.startsWith("“") || t.startsWith("\"")) {
            quoteMarked = true;
            quoteClosed = false;
        }
        if (quoteMarked && CLOSING_QUOTE.matcher(t).find()) {
            quoteClosed = true;
        }
    }

    private void startQuote(boolean marked) {
        quote = true;
        quoteMarked = marked;
        quoteClosed = false;
        quoteLevel = level(deepest());
        defs = false;
    }

    private boolean definitionContext() {
        if (para != null || clause == null) {
            return false;
        }
        Node d = deepest();
        String s = d.text.toString();
        String tail = s.length() > 200 ? s.substring(s.length() - 200) : s;
        return s.contains("In this")
                || s.contains("in this Act")
                || tail.matches("(?s).*(?:—|-|–|:|requires)\\s*$")
                || d.text.indexOf("\n") >= 0;
    }

    private static final Pattern OCR_OPEN_QUOTE =
            Pattern.compile("^(?:\\(?\\d\\s?\\d?\\s?|a\\s|\\(\\s?)(?=\\p{L}[^“”\"]{0,80}[”\"’])");
    private static final Pattern OCR_CLOSE_QUOTE = Pattern.compile(
            "^(.{1,80}?)\\s[>9?]{1,2}(?:\\s?[9?])?\\s*(?=(?:means|includes|include|has|shall|refers)\\b)");

    /** OCR reads a definition's quotation marks as "4 4", "a" or "9 9": put the marks back where they belong. */
    static String mendDefinitionQuotes(String t) {
        String s = OCR_OPEN_QUOTE.matcher(t).replaceFirst("“");
        Matcher close = OCR_CLOSE_QUOTE.matcher(s);
        if (close.find()) {
            s = close.group(1).strip() + "” " + s.substring(close.end());
        }
        if (!s.startsWith("“") && !s.startsWith("\"") && Character.isLetter(s.isEmpty() ? ' ' : s.charAt(0))) {
            int q = s.indexOf('”');
            if (q > 0 && q < 80 && s.substring(0, q).indexOf('“') < 0) {
                s = "“" + s;
            }
        }
        return s;
    }

    private boolean isDefinitionStart(String t) {
        if (DEFINITION_STRICT.matcher(t).find()) {
            return true;
        }
        return (defs || (clause != null && para == null && definitionContext()))
                && DEFINITION_LOOSE.matcher(t).find();
    }

    private boolean referenceContinuation() {
        String last = lastText.strip();
        if (last.isEmpty()) {
            return false;
        }
        char c = last.charAt(last.length() - 1);
        if (!Character.isLetter(c)) {
            return false;
        }
        int sp = last.lastIndexOf(' ');
        String word = last.substring(sp + 1).toLowerCase(Locale.ROOT);
        if (word.equals("and") || word.equals("or")) {
            String before = sp > 0 ? last.substring(0, sp).strip() : "";
            return !before.isEmpty() && ";,:".indexOf(before.charAt(before.length() - 1)) < 0;
        }
        return REFERENCE_WORDS.contains(word);
    }

    private boolean terminalBefore() {
        String last = lastText.strip();
        if (last.isEmpty()) {
            return true;
        }
        char c = last.charAt(last.length() - 1);
        if (".;:—–-)”\"’".indexOf(c) >= 0) {
            return true;
        }
        if (Character.isLetter(c)) {
            String word = last.substring(last.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
            return !REFERENCE_WORDS.contains(word) && !FUNCTION_WORDS.contains(word);
        }
        return Character.isDigit(c) || c == ',';
    }

    private static boolean endsWithFunctionWord(String text) {
        String last = text.strip();
        if (last.isEmpty() || !Character.isLetter(last.charAt(last.length() - 1))) {
            return false;
        }
        String word = last.substring(last.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
        return FUNCTION_WORDS.contains(word);
    }

    private boolean introducesList() {
        String last = lastText.strip();
        return last.endsWith("—")
                || last.endsWith("-")
                || last.endsWith("–")
                || last.endsWith(":")
                || last.endsWith("following")
                || last.endsWith("follows");
    }

    private String nextItemToken(int i) {
        for (int k = i + 1; k < lines.size() && k <= i + 14; k++) {
            Line l = lines.get(k);
            if (l.skip) {
                continue;
            }
            Numbering.ItemMatch im = Numbering.item(l.text);
            if (im != null) {
                return im.token().toLowerCase(Locale.ROOT).replace('l', 'i');
            }
            if (Numbering.clause(l.text) != null
                    && Numbering.clause(l.text).prefix().isEmpty()) {
                return null;
            }
        }
        return null;
    }

    private static boolean startsStrongly(String rest) {
        String r = rest.strip();
        if (r.isEmpty()) {
            return false;
        }
        char c = r.charAt(0);
        return Character.isUpperCase(c) || c == '(' || c == '“' || c == '"' || Character.isDigit(c);
    }

    // ------------------------------------------------------------------ marginal notes

    /** Is {@code fragment} (glued before a clause number) part of the marginal note of clause {@code n}? */
    private boolean isNoteFor(String fragment, int n) {
        if (!arr.isEmpty() && arr.titleLetters(n) != null) {
            int cursor = n == cur + 1 ? futureCursor.getOrDefault(n, 0) : 0;
            return noteMatch(Text.letters(fragment), arr.titleLetters(n), cursor) >= 0;
        }
        String l = Text.letters(fragment);
        return phraseNote(l)
                || (fragment.strip().endsWith(".") && fragment.length() <= 40 && Text.startsUpper(fragment));
    }

    /**
     * If {@code frag} continues the note {@code title} from {@code cursor} (roughly), the new cursor; else -1. The
     * first piece of a note must match near the heading's start; later pieces near where the last one ended.
     */
    static int noteMatch(String frag, String title, int cursor) {
        if (frag.length() < 3 || title == null || title.isEmpty()) {
            return -1;
        }
        int[] end = new int[1];
        int d = Fuzzy.substringDistance(frag, title, end);
        int tolerance = Math.max(1, frag.length() / 5);
        if (frag.length() < 6) {
            tolerance = frag.length() <= 3 ? 0 : 1;
        }
        if (d > tolerance) {
            return -1;
        }
        int start = Math.max(0, end[0] - frag.length());
        if (start > cursor + 20 || start < cursor - 4 || end[0] - cursor < Math.min(4, frag.length())) {
            return -1;
        }
        if (cursor == 0 && start > 3) {
            return -1;
        }
        return end[0];
    }

    private void addFragment(Node c, String fragment) {
        c.noteFragments.add(fragment.strip());
        if (!arr.isEmpty() && arr.titleLetters(c.number) != null) {
            int e = noteMatch(Text.letters(fragment), arr.titleLetters(c.number), c.noteCursor);
            if (e > c.noteCursor) {
                c.noteCursor = e;
            }
        }
        lastNoteClause = c;
        lastNoteOpen = !fragment.strip().endsWith(".");
    }

    /** A line printed apart from the text (the marginal column): a note fragment for some clause. */
    private boolean tryNote(Line line) {
        String t = line.text;
        if (CITATIONS.matcher(t).matches()) {
            return true;
        }
        int maxLen = lineMode ? 60 : 110;
        if (t.length() > maxLen
                || ITEM_AT_START.matcher(t).find()
                || isDefinitionStart(t)
                || PROVISO.matcher(t).find()) {
            return false;
        }
        String l = line.letters;
        if (l.length() < 3) {
            return false;
        }
        if (!arr.isEmpty()) {
            if (arrangementNote(t, l)) {
                return true;
            }
            if (lineMode || clause == null) {
                return false;
            }
        }
        if (clause == null && (pendingNotes.isEmpty() || arr.isEmpty())) {
            if (!phraseNote(l) || cur > 0) {
                return false;
            }
        }
        boolean isNote = false;
        boolean continuesNote = false;
        if (phraseNote(l) && (lineMode ? t.length() <= 50 : t.length() <= 110)) {
            isNote = true;
        } else if (lastLineWasNote
                && lastNoteOpen
                && lastNoteClause != null
                && t.length() <= 40
                && t.split(" ").length <= 6
                && (lineMode || t.endsWith("."))
                && (t.endsWith(".") || t.split(" ").length >= 2)
                && (Text.startsLower(t) || t.matches("^(?:Cap|No\\.|Act|Part|Schedule|[0-9]).*"))) {
            continuesNote = true;
        } else if (!lineMode && !quote && looksLikeNoteParagraph(t) && !endsWithFunctionWord(lastText)) {
            isNote = true;
        }
        if (continuesNote) {
            lastNoteClause.noteFragments.add(t);
            lastNoteOpen = !t.endsWith(".");
            return true;
        }
        if (!isNote) {
            return false;
        }
        Node target = noteTarget(l, false);
        if (target == null) {
            if (quote) {
                return false;
            }
            pendingNotes.add(t);
            pendingAge = 0;
            lastNoteOpen = !t.endsWith(".");
            return true;
        }
        addFragment(target, t);
        return true;
    }

    /**
     * The clause a note without arrangement belongs to: "Short title" to the clause that says "may be cited as",
     * "Interpretation" to the one with definitions; a note glued to a line to that line's clause; else the earliest
     * recent clause still without a note.
     */
    private Node noteTarget(String letters, boolean glued) {
        if (letters.startsWith("shorttitle") || letters.startsWith("interpretation")) {
            String cue = letters.startsWith("shorttitle") ? "citedas" : "inthisact";
            for (int k = Math.max(0, clauses.size() - 8); k < clauses.size(); k++) {
                Node c = clauses.get(k);
                if (c.noteFragments.isEmpty()
                        && c.anchoredNote == null
                        && Text.letters(head(c)).contains(cue)) {
                    return c;
                }
            }
        }
        if (glued && clause != null && clause.noteFragments.isEmpty() && clause.anchoredNote == null) {
            return clause;
        }
        return firstWithoutNote();
    }

    private static String head(Node c) {
        StringBuilder sb = new StringBuilder(c.text);
        for (Node child : c.children) {
            if (sb.length() > 300) {
                break;
            }
            sb.append(' ').append(child.text);
        }
        return sb.length() > 300 ? sb.substring(0, 300) : sb.toString();
    }

    private Node firstWithoutNote() {
        for (int k = Math.max(0, clauses.size() - 8); k < clauses.size(); k++) {
            Node c = clauses.get(k);
            if (c.noteFragments.isEmpty() && c.anchoredNote == null) {
                return c;
            }
        }
        return null;
    }

    /** Matches a stray line against the arrangement headings of the clauses around the current one. */
    private boolean arrangementNote(String t, String l) {
        int best = -1;
        int bestScore = Integer.MAX_VALUE;
        int bestEnd = -1;
        for (int n = Math.max(1, cur - 5); n <= cur + 3; n++) {
            String title = arr.titleLetters(n);
            if (title == null) {
                continue;
            }
            Node existing = clauseByNumber(n);
            if (existing == null
                    && n > cur
                    && (n > cur + 2
                            || l.length() < 8
                            || (endsWithFunctionWord(lastText) && !nextLineStartsClause(n)))) {
                continue;
            }
            int cursor = existing != null ? existing.noteCursor : futureCursor.getOrDefault(n, 0);
            int e = noteMatch(l, title, cursor);
            if (e < 0) {
                continue;
            }
            int[] end = new int[1];
            int d = Fuzzy.substringDistance(l, title, end);
            boolean continuing = cursor > 0 && Math.abs((end[0] - l.length()) - cursor) <= 3;
            int score = d * 10 + (continuing ? 0 : 5) + Math.abs(n - cur) + (n > cur ? 1 : 0);
            if (score < bestScore) {
                bestScore = score;
                best = n;
                bestEnd = e;
            }
        }
        if (best < 0) {
            return false;
        }
        Node existing = clauseByNumber(best);
        if (existing != null) {
            existing.noteFragments.add(t.strip());
            existing.noteCursor = Math.max(existing.noteCursor, bestEnd);
            lastNoteClause = existing;
            lastNoteOpen = !t.strip().endsWith(".");
        } else {
            futureFragments.computeIfAbsent(best, k -> new ArrayList<>()).add(t.strip());
            futureCursor.merge(best, bestEnd, Math::max);
        }
        return true;
    }

    private int currentIndex = -1;

    private String nextLineLetters() {
        for (int k = currentIndex + 1; k < lines.size() && k <= currentIndex + 3; k++) {
            if (!lines.get(k).skip) {
                return lines.get(k).letters;
            }
        }
        return "";
    }

    private boolean nextLineStartsClause(int n) {
        for (int k = currentIndex + 1; k < lines.size() && k <= currentIndex + 3; k++) {
            Line l = lines.get(k);
            if (l.skip) {
                continue;
            }
            Numbering.ClauseMatch cm = Numbering.clause(l.text);
            return cm != null && cm.number() == n;
        }
        return false;
    }

    private Node clauseByNumber(int n) {
        for (int k = clauses.size() - 1; k >= 0 && k >= clauses.size() - 12; k--) {
            if (clauses.get(k).number == n && clauses.get(k).key.equals(String.valueOf(n))) {
                return clauses.get(k);
            }
        }
        return null;
    }

    /** Takes a marginal note glued to the end of a line off it ("... cited as the Insurance short title."). */
    private String stripGluedNote(Line line, String text, boolean firstLine) {
        if (clause == null || text.isEmpty()) {
            return text;
        }
        if (!lineMode) {
            // DOCX: a note typed after the text, separated by a wide gap
            Matcher gap = WIDE_GAP.matcher(line.raw);
            int lastGap = -1;
            while (gap.find()) {
                lastGap = gap.end();
            }
            if (lastGap > 0 && lastGap < line.raw.length()) {
                String tail = Text.collapseSpaces(line.raw.substring(lastGap));
                String tl = Text.letters(tail);
                boolean note = tail.length() <= 60
                        && Text.startsUpper(tail)
                        && tl.length() >= 4
                        && (arr.isEmpty()
                                ? phraseNote(tl) || tail.split(" ").length <= 6
                                : noteMatch(tl, arr.titleLetters(clause.number), clause.noteCursor) >= 0);
                if (note) {
                    int idx = text.lastIndexOf(tail);
                    if (idx > 0) {
                        addFragment(clause, tail);
                        return text.substring(0, idx).strip();
                    }
                }
            }
            return text;
        }
        if (!arr.isEmpty() && arr.titleLetters(clause.number) != null) {
            String title = arr.titleLetters(clause.number);
            int cursor = clause.noteCursor;
            String[] words = text.split(" ");
            int bestCut = -1;
            for (int k = Math.max(1, words.length - 8); k < words.length; k++) {
                String suffix = String.join(" ", java.util.Arrays.copyOfRange(words, k, words.length));
                String sl = Text.letters(suffix);
                if (sl.length() < 5 || title.length() < 2) {
                    continue;
                }
                boolean ok;
                if (sl.length() < 8 && k < words.length - 1 && sl.length() < title.length()) {
                    continue;
                }
                if (cursor == 0) {
                    ok = sl.startsWith(title.substring(0, 2))
                            && Fuzzy.prefixDistance(sl, title) <= Math.max(1, sl.length() / 8);
                } else {
                    ok = noteMatch(sl, title, cursor) >= 0;
                }
                if (ok) {
                    bestCut = k;
                    break;
                }
            }
            if (bestCut > 0) {
                String suffix = String.join(" ", java.util.Arrays.copyOfRange(words, bestCut, words.length));
                int after = noteMatch(Text.letters(suffix), title, cursor);
                String next = nextLineLetters();
                if (after > 0
                        && after < title.length() - 4
                        && next.length() >= 6
                        && next.startsWith(title.substring(after, Math.min(title.length(), after + 6)))) {
                    return text;
                }
                addFragment(clause, suffix);
                return String.join(" ", java.util.Arrays.copyOfRange(words, 0, bestCut));
            }
            return text;
        }
        if (arr.isEmpty()) {
            return stripPhraseNote(text);
        }
        return text;
    }

    private String stripPhraseNote(String text) {
        if (clause == null) {
            return text;
        }
        Matcher m = GLUED_PHRASE_NOTE.matcher(text);
        if (m.find() && m.start() > 0) {
            String note = m.group(1);
            Node target = noteTarget(Text.letters(note), true);
            gluedNoteOpen = !note.strip().endsWith(".");
            if (target != null) {
                addFragment(target, note);
            } else {
                pendingNotes.add(note);
                pendingAge = 0;
            }
            return text.substring(0, m.start()).strip();
        }
        return text;
    }

    static boolean phraseNote(String letters) {
        for (String p : NOTE_PHRASES) {
            if (letters.startsWith(p)) {
                return true;
            }
        }
        return false;
    }

    /** DOCX: a short capitalised paragraph that is no sentence (no item number, no final comma or dash). */
    private static boolean looksLikeNoteParagraph(String t) {
        String s = t.strip();
        if (s.length() > 80 || !Text.startsUpper(s) || Text.upperHeavy(s, 0.8) || !Character.isLetter(s.charAt(0))) {
            return false;
        }
        String[] words = s.split("\\s+");
        if (words.length > 12) {
            return false;
        }
        char last = s.charAt(s.length() - 1);
        if (",;:—–-".indexOf(last) >= 0) {
            return false;
        }
        String lastWord = words[words.length - 1].replaceAll("[^A-Za-z]", "").toLowerCase(Locale.ROOT);
        if (FUNCTION_WORDS.contains(lastWord)) {
            return false;
        }
        String lower = s.toLowerCase(Locale.ROOT);
        return !lower.contains(" means ") && !lower.contains(" shall ") && !lower.startsWith("provided");
    }

    // ------------------------------------------------------------------ schedules

    private void startSchedule(String t) {
        closeClause();
        part = null;
        division = null;
        t = Arrangement.LEADING_REF.matcher(t).replaceFirst("");
        String[] split = t.split("\\s*[—–]\\s*|\\s+-\\s*|-\\s+", 2);
        String num = ScheduleWords.scheduleNum(split[0]);
        Node s = new Node(ProvisionType.SCHEDULE, num, String.valueOf(schedules.size() + 1));
        s.eId = findings.uniqueEId("sched_" + (schedules.size() + 1));
        String heading = split.length > 1 ? SCHEDULE_REF.matcher(split[1]).replaceAll("") : "";
        heading = Arrangement.clean(heading);
        s.heading = heading.isEmpty() ? null : heading;
        schedules.add(s);
        top.add(s);
        schedule = s;
        scheduleItem = null;
        headingOpen = s;
        lastText = "";
    }

    private void scheduleLine(Line line) {
        String t = line.text;
        if (Arrangement.isScheduleHeading(t) && !t.contains("paragraph")) {
            startSchedule(t);
            return;
        }
        if (headingOpen == schedule) {
            String stripped = SCHEDULE_REF.matcher(t).replaceAll("").strip();
            if (stripped.isEmpty()) {
                return;
            }
            if (Text.upperHeavy(stripped, 0.8)
                    && stripped.length() < 120
                    && scheduleItem == null
                    && !SCHEDULE_ITEM.matcher(stripped).matches()) {
                schedule.heading =
                        Arrangement.clean((schedule.heading == null ? "" : schedule.heading + " ") + stripped);
                return;
            }
            headingOpen = null;
        }
        Matcher m = SCHEDULE_ITEM.matcher(t);
        if (m.matches()) {
            int n = Integer.parseInt(m.group("num"));
            int expected = scheduleItem == null ? 1 : scheduleItem.number + 1;
            String pre = m.group("pre").strip();
            boolean preOk = pre.isEmpty()
                    || (Text.letterCount(pre) <= 2 && pre.length() <= 4)
                    || (pre.length() <= 60 && !pre.contains("“") && (Text.startsUpper(pre) || pre.endsWith(".")));
            if ((n == expected || n == expected + 1) && preOk && (scheduleItem == null || !referenceContinuation())) {
                Node item = new Node(ProvisionType.PARAGRAPH, n + ".", String.valueOf(n));
                item.number = n;
                item.eId = findings.uniqueEId(schedule.eId + "__para_" + n);
                if (Text.letterCount(pre) > 2) {
                    String heading = pre;
                    if (Text.startsLower(pre)
                            && lastScheduleLine != null
                            && lastScheduleTarget != null
                            && lastScheduleLine.length() <= 40
                            && Text.startsUpper(lastScheduleLine)) {
                        // the note's first line was printed apart: take it back from the previous paragraph
                        lastScheduleTarget.text.setLength(lastScheduleLength);
                        heading = lastScheduleLine + " " + pre;
                    }
                    item.heading = Text.stripFinalStop(heading);
                }
                schedule.add(item);
                scheduleItem = item;
                lastScheduleTarget = null;
                item.appendText(m.group("rest"), false);
                lastText = t;
                return;
            }
        }
        Node target = scheduleItem != null ? scheduleItem : schedule;
        boolean itemLike = ITEM_AT_START.matcher(t).find() || Text.upperHeavy(t, 0.8);
        boolean newLine = lineMode ? itemLike : !line.continuesBlock && !joinsPrevious(t);
        lastScheduleTarget = target;
        lastScheduleLength = target.text.length();
        lastScheduleLine = t;
        target.appendText(t, newLine);
        lastText = t;
    }
}
