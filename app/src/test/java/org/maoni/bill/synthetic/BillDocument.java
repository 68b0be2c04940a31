package org.maoni.bill.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The content of a bill in the Kenyan Gazette layout, independent of any file format: cover facts, title, long title,
 * whether an ARRANGEMENT OF CLAUSES is printed, Parts of numbered clauses, Schedules and the Memorandum of Objects and
 * Reasons. Renderers turn it into text, DOCX or PDF; the same value is the ground truth a parser is scored against.
 */
public record BillDocument(
        Cover cover,
        String title,
        String longTitle,
        boolean arrangement,
        List<Part> parts,
        List<Schedule> schedules,
        Memorandum memorandum) {

    /** A bill with an arrangement of clauses, as every bill of more than a few clauses has. */
    public BillDocument(
            Cover cover,
            String title,
            String longTitle,
            List<Part> parts,
            List<Schedule> schedules,
            Memorandum memorandum) {
        this(cover, title, longTitle, true, parts, schedules, memorandum);
    }

    public BillDocument {
        Objects.requireNonNull(cover, "cover");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(longTitle, "longTitle");
        parts = List.copyOf(parts);
        schedules = List.copyOf(schedules);
        Objects.requireNonNull(memorandum, "memorandum");
        int expected = 1;
        for (Part part : parts) {
            for (Clause clause : part.clauses()) {
                if (clause.number() != expected) {
                    throw new IllegalArgumentException("clauses must be numbered 1, 2, 3... in order; found "
                            + clause.number() + " where " + expected + " was due");
                }
                expected++;
            }
        }
    }

    /** The title in capitals as printed above the arrangement and the body ("THE ... BILL, 2026"). */
    public String upperTitle() {
        return title.toUpperCase(Locale.ROOT);
    }

    /** Every clause in document order. */
    public List<Clause> clauses() {
        List<Clause> all = new ArrayList<>();
        parts.forEach(part -> all.addAll(part.clauses()));
        return all;
    }

    /**
     * What the cover says: the house ("National Assembly" or "Senate"), the supplement and bill numbers, the year, the
     * publication date and the Gazette page on which the bill's own pages start.
     */
    public record Cover(String house, int supplementNumber, int billNumber, int year, LocalDate date, int firstPage) {

        /** "Kenya Gazette Supplement No. 48". */
        public String gazetteSupplement() {
            return "Kenya Gazette Supplement No. " + supplementNumber;
        }

        /** "National Assembly Bills No. 12". */
        public String billNumberText() {
            return house + " Bills No. " + billNumber;
        }
    }

    /**
     * A Part: its Roman number ("II"), its heading in capitals, and its clauses. A bill without Parts (as short
     * amendment bills are) holds its clauses in one Part whose number and heading are null and which is not printed.
     */
    public record Part(String number, String heading, List<Clause> clauses) {

        public Part {
            clauses = List.copyOf(clauses);
        }

        /** Whether the Part is printed, that is, whether the bill is divided into Parts at all. */
        public boolean printed() {
            return number != null;
        }

        /** "PART II—ESTABLISHMENT OF THE AUTHORITY". */
        public String printedHeading() {
            return "PART " + number + "—" + heading;
        }
    }

    /**
     * A clause: its number, its marginal note, the text that follows the number (may be null when the clause opens with
     * subclause (1)), the definitions of an interpretation clause, text quoted for insertion into another Act (with
     * numbering of its own that is not the bill's structure), its subclauses or paragraphs, and closing text after them
     * (may be null).
     */
    public record Clause(
            int number,
            String heading,
            String text,
            List<String> definitions,
            List<Quoted> quoted,
            List<Node> children,
            String wrapUp) {

        /** A clause that quotes nothing. */
        public Clause(
                int number, String heading, String text, List<String> definitions, List<Node> children, String wrapUp) {
            this(number, heading, text, definitions, List.of(), children, wrapUp);
        }

        public Clause {
            Objects.requireNonNull(heading, "heading");
            definitions = definitions == null ? List.of() : List.copyOf(definitions);
            quoted = quoted == null ? List.of() : List.copyOf(quoted);
            children = children == null ? List.of() : List.copyOf(children);
            if (text == null && children.isEmpty()) {
                throw new IllegalArgumentException("clause " + number + " has neither text nor subclauses");
            }
        }

        /** Whether the clause's children are subclauses "(1)" rather than paragraphs "(a)". */
        public boolean hasSubclauses() {
            return !children.isEmpty()
                    && Character.isDigit(children.get(0).num().charAt(1));
        }
    }

    /**
     * One printed paragraph of text quoted into another Act, such as "“27A. (1) An employee has ...", with the marginal
     * note the quoted section carries (or null). Only the first line of a quotation opens with “ and only the last
     * closes with ”, as printed.
     */
    public record Quoted(String text, String marginNote) {

        public Quoted {
            Objects.requireNonNull(text, "text");
        }
    }

    /**
     * A subclause, paragraph or subparagraph: its printed number ("(1)", "(a)", "(i)"), its text before any children,
     * its children, closing text after them (may be null) and an optional second marginal note such as a citation of
     * another Act ("No. 24 of 2019.") printed beside it.
     */
    public record Node(String num, String text, List<Node> children, String wrapUp, String sideNote) {

        public Node {
            Objects.requireNonNull(num, "num");
            Objects.requireNonNull(text, "text");
            children = children == null ? List.of() : List.copyOf(children);
        }

        public static Node of(String num, String text) {
            return new Node(num, text, List.of(), null, null);
        }
    }

    /**
     * A Schedule: "SCHEDULE" or "FIRST SCHEDULE", its heading in capitals, the clause reference printed beside it ("(s.
     * 9)") and its numbered paragraphs ("1.", with "(a)" children).
     */
    public record Schedule(String title, String heading, String reference, List<Node> items) {

        public Schedule {
            items = List.copyOf(items);
        }

        /** "SCHEDULE—CRITERIA FOR ..." as listed in the arrangement of clauses. */
        public String printed() {
            return title + "—" + heading;
        }
    }

    /** The closing Memorandum of Objects and Reasons: its statements, the date line and the signatory. */
    public record Memorandum(List<Statement> statements, String dated, String signatory, List<String> signatoryRoles) {

        public Memorandum {
            statements = List.copyOf(statements);
            signatoryRoles = List.copyOf(signatoryRoles);
        }
    }

    /** One statement of the memorandum, such as "Statement of the Objects and Reasons for the Bill". */
    public record Statement(String heading, List<String> paragraphs) {

        public Statement {
            paragraphs = List.copyOf(paragraphs);
        }
    }
}
