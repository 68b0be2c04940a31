package org.maoni.bill.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import org.maoni.bill.synthetic.BillDocument.Clause;
import org.maoni.bill.synthetic.BillDocument.Cover;
import org.maoni.bill.synthetic.BillDocument.Memorandum;
import org.maoni.bill.synthetic.BillDocument.Node;
import org.maoni.bill.synthetic.BillDocument.Part;
import org.maoni.bill.synthetic.BillDocument.Quoted;
import org.maoni.bill.synthetic.BillDocument.Statement;

/**
 * Writes a random amendment bill: no Parts, clauses that amend sections of a principal Act, and clauses that quote
 * whole new sections ("“27A. (1) ...") or replacement sections ("“40. ...") whose numbering belongs to the principal
 * Act, not to the bill. Short ones carry no arrangement of clauses, as in the Gazette.
 */
final class AmendmentBillGenerator {

    private static final int YEAR = 2026;

    /** A principal Act: short name, year and citation. */
    private record Act(String name, int year, String citation, String area) {}

    private static final List<Act> ACTS = List.of(
            new Act("County Governments", 2012, "No. 17 of 2012", "county administration"),
            new Act("Public Finance Management", 2012, "No. 18 of 2012", "public finance"),
            new Act("Data Protection", 2019, "No. 24 of 2019", "data protection"),
            new Act("Physical and Land Use Planning", 2019, "No. 13 of 2019", "land use planning"),
            new Act("Fair Administrative Action", 2015, "No. 4 of 2015", "administrative action"),
            new Act("Companies", 2015, "No. 17 of 2015", "company law"));

    private static final String[] WORDS = {
        "thirty", "sixty", "ninety", "fourteen", "twenty-one", "seven", "one hundred", "two hundred"
    };
    private static final String[] SUBJECTS = {
        "The Cabinet Secretary", "The Registrar", "A county government", "The Authority", "Every public entity"
    };
    private static final String[] DUTIES = {
        "publish the information in the Gazette and in at least one newspaper of nationwide circulation",
        "keep a register of all applications received under this section",
        "give written reasons for any decision made under this section",
        "consult the relevant stakeholders before making regulations under this section",
        "submit an annual report to Parliament on the implementation of this section",
        "make the information available to the public free of charge"
    };
    private static final String[] NEW_HEADINGS = {
        "Public register", "Duty to give reasons", "Annual reporting", "Access to information", "Digital services",
        "Complaints procedure", "Review of decisions", "Code of practice", "Inspection of records", "Transparency"
    };

    private final Random random;
    private final Act act;

    AmendmentBillGenerator(long seed) {
        // Consecutive seeds give nearly equal first draws from Random; mixing the seed spreads them.
        this.random = new Random(new SplittableRandom(seed).nextLong());
        this.act = ACTS.get(random.nextInt(ACTS.size()));
    }

    BillDocument generate(int clauseCount) {
        if (clauseCount < 1) {
            throw new IllegalArgumentException("a bill has at least one clause, not " + clauseCount);
        }
        List<Clause> clauses = new ArrayList<>();
        clauses.add(new Clause(
                1,
                "Short title",
                "This Act may be cited as the " + act.name() + " (Amendment) Act, " + YEAR + ".",
                null,
                null,
                null));
        int section = 1;
        for (int n = 2; n <= clauseCount; n++) {
            section += 1 + random.nextInt(4);
            clauses.add(n == 2 ? definitionsClause(n) : amending(n, section));
        }
        Cover cover = new Cover(
                random.nextInt(3) == 0 ? "Senate" : "National Assembly",
                20 + random.nextInt(200),
                1 + random.nextInt(60),
                YEAR,
                LocalDate.of(YEAR, 1 + random.nextInt(11), 1 + random.nextInt(28)),
                101 + 2 * random.nextInt(500));
        String fullName = "the " + act.name() + " Act, " + act.year();
        return new BillDocument(
                cover,
                "The " + act.name() + " (Amendment) Bill, " + YEAR,
                "AN ACT of Parliament to amend " + fullName + " and for connected purposes",
                clauseCount > 10,
                List.of(new Part(null, null, clauses)),
                List.of(),
                memorandum(fullName, cover));
    }

    private String cite() {
        return act.citation();
    }

    private Clause definitionsClause(int n) {
        String term = pick("digital platform", "public entity", "relevant authority", "electronic register");
        List<Node> paragraphs = List.of(
                Node.of(
                        "(a)",
                        "by inserting the following new definition in proper alphabetical sequence— “" + term
                                + "” means a platform, entity or register designated as such by the Cabinet Secretary;"),
                Node.of(
                        "(b)",
                        "in the definition of “" + pick("officer", "register", "records") + "”, by deleting"
                                + " the word “" + pick(WORDS) + "” and substituting therefor the word “" + pick(WORDS)
                                + "”; and"),
                Node.of(
                        "(c)",
                        "by deleting the definition of “" + pick("board", "office", "authorised person") + "”."));
        return new Clause(
                n,
                "Amendment of section 2 of " + cite(),
                "Section 2 of the " + act.name() + " Act, " + act.year()
                        + " (in this Act referred to as “the principal Act”) is amended—",
                null,
                paragraphs,
                null);
    }

    private Clause amending(int n, int section) {
        return switch (random.nextInt(4)) {
            case 0 ->
                new Clause(
                        n,
                        "Amendment of section " + section + " of " + cite(),
                        "Section " + section + " of the principal Act is amended in subsection ("
                                + (1 + random.nextInt(3))
                                + ") by deleting the word “" + pick(WORDS) + "” and substituting therefor the word “"
                                + pick(WORDS) + "”.",
                        null,
                        null,
                        null);
            case 1 ->
                new Clause(
                        n,
                        "Amendment of section " + section + " of " + cite(),
                        "Section " + section + " of the principal Act is amended—",
                        null,
                        List.of(
                                Node.of(
                                        "(a)",
                                        "in subsection (1), by deleting the words “" + pick(WORDS) + " days” and"
                                                + " substituting therefor the words “" + pick(WORDS) + " days”;"),
                                Node.of("(b)", "by deleting subsection (" + (2 + random.nextInt(3)) + "); and"),
                                Node.of(
                                        "(c)",
                                        "by inserting the words “and publish the decision” immediately after the"
                                                + " word “decide” in subsection (" + (1 + random.nextInt(2)) + ").")),
                        null);
            case 2 -> insertion(n, section);
            default -> replacement(n, section);
        };
    }

    /** A clause inserting a new section, whose own number and subsections sit inside the quotation. */
    private Clause insertion(int n, int section) {
        String label = section + "A";
        int subsections = 2 + random.nextInt(3);
        List<Quoted> quoted = new ArrayList<>();
        List<String> duties = distinct(subsections, DUTIES);
        for (int i = 1; i <= subsections; i++) {
            String body = pick(SUBJECTS) + " shall " + duties.get(i - 1) + ".";
            String line = i == 1 ? "“" + label + ". (1) " + body : "(" + i + ") " + body;
            if (i == subsections) {
                line = line + "”";
            }
            quoted.add(new Quoted(line, i == 1 ? pick(NEW_HEADINGS) + "." : null));
        }
        return new Clause(
                n,
                "Insertion of new section " + label + " in " + cite(),
                "The principal Act is amended by inserting the following new section immediately after section "
                        + section + "—",
                null,
                quoted,
                null,
                null);
    }

    /** A clause repealing a section and quoting its replacement, which starts with a bare section number. */
    private Clause replacement(int n, int section) {
        List<Quoted> quoted = new ArrayList<>();
        quoted.add(new Quoted(
                "“" + section + ". " + pick(SUBJECTS) + " shall, in the performance of functions under this Act—",
                pick(NEW_HEADINGS) + "."));
        List<String> duties = distinct(3, DUTIES);
        quoted.add(new Quoted("(a) " + duties.get(0) + ";", null));
        quoted.add(new Quoted("(b) " + duties.get(1) + "; and", null));
        quoted.add(new Quoted("(c) " + duties.get(2) + ".”", null));
        return new Clause(
                n,
                "Repeal and replacement of section " + section + " of " + cite(),
                "The principal Act is amended by repealing section " + section
                        + " and substituting therefor the following new section—",
                null,
                quoted,
                null,
                null);
    }

    private Memorandum memorandum(String fullName, Cover cover) {
        List<Statement> statements = List.of(
                new Statement(
                        "Statement of the Objects and Reasons for the Bill",
                        List.of("The principal object of this Bill is to amend " + fullName + " to improve"
                                + " transparency and accountability in " + act.area() + ".")),
                new Statement(
                        "Statement on the delegation of legislative powers and limitation of fundamental rights and"
                                + " freedoms",
                        List.of("The Bill does not delegate legislative powers nor does it limit fundamental rights"
                                + " and freedoms.")),
                new Statement(
                        "Statement on how the Bill concerns county governments",
                        List.of("The Bill does not concern county governments in terms of Article 110 of the"
                                + " Constitution.")),
                new Statement(
                        "Statement that the Bill is not a money Bill, within the meaning of Article 114 of the"
                                + " Constitution",
                        List.of("This Bill is not a money Bill within the meaning of Article 114 of the"
                                + " Constitution.")));
        LocalDate dated = cover.date().minusDays(10 + random.nextInt(30));
        return new Memorandum(
                statements,
                "Dated the " + BillLayout.gazetteDate(dated) + ".",
                pick("AMINA", "KEVIN", "ROSE", "SAMUEL") + " " + pick("NJERI", "OCHIENG", "KIBET", "MUSYOKA") + ",",
                List.of(cover.house().equals("Senate") ? "Senator." : "Member of Parliament."));
    }

    /** {@code count} different options in random order. */
    private List<String> distinct(int count, String[] options) {
        List<String> pool = new ArrayList<>(List.of(options));
        List<String> chosen = new ArrayList<>();
        while (chosen.size() < count) {
            chosen.add(pool.remove(random.nextInt(pool.size())));
        }
        return chosen;
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }
}
