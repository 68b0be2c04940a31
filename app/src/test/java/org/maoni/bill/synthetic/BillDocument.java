package org.maoni.bill.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The content of a bill in the Kenyan Gazette layout, independent of any file format: cover facts, title, long title,
 * Parts of numbered clauses, Schedules and the Memorandum of Objects and Reasons. Renderers turn it into text, DOCX or
 * PDF; the same value is the ground truth a parser is scored against.
 */
public record BillDocument(
        Cover cover,
        String title,
        String longTitle,
        List<Part> parts,
        List<Schedule> schedules,
        Memorandum memorandum) {

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

    /** A Part: its Roman number ("II"), its heading in capitals, and its clauses. */
    public record Part(String number, String heading, List<Clause> clauses) {

        public Part {
            clauses = List.copyOf(clauses);
        }

        /** "PART II—ESTABLISHMENT OF THE AUTHORITY". */
        public String printed() {
            return "PART " + number + "—" + heading;
        }
    }

    /**
     * A clause: its number, its marginal note, the text that follows the number (may be null when the clause opens with
     * subclause (1)), the definitions of an interpretation clause, its subclauses or paragraphs, and closing text after
     * them (may be null).
     */
    public record Clause(
            int number, String heading, String text, List<String> definitions, List<Node> children, String wrapUp) {

        public Clause {
            Objects.requireNonNull(heading, "heading");
            definitions = definitions == null ? List.of() : List.copyOf(definitions);
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
