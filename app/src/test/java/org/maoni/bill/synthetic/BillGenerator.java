package org.maoni.bill.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import org.maoni.bill.synthetic.BillDocument.Clause;
import org.maoni.bill.synthetic.BillDocument.Cover;
import org.maoni.bill.synthetic.BillDocument.Memorandum;
import org.maoni.bill.synthetic.BillDocument.Node;
import org.maoni.bill.synthetic.BillDocument.Part;
import org.maoni.bill.synthetic.BillDocument.Schedule;
import org.maoni.bill.synthetic.BillDocument.Statement;

/**
 * Writes a random but plausible Kenyan bill with a given number of clauses. All choices come from one
 * {@link Random} seeded by the caller, so a seed always yields the same bill.
 */
final class BillGenerator {

    private static final int YEAR = 2026;

    /** A subject area: the words that make one bill read as being about one thing. */
    private record Topic(
            String subject,
            String entity,
            String shortEntity,
            String area,
            String activity,
            String licensee,
            String premises,
            String purpose) {

        String licensees() {
            return licensee + "s";
        }
    }

    private static final List<Topic> TOPICS = List.of(
            new Topic(
                    "Fisheries Management and Development",
                    "Kenya Fisheries Development Authority",
                    "Authority",
                    "fisheries",
                    "fishing",
                    "fisher",
                    "fish landing site",
                    "provide for the conservation, management and development of fisheries and for the licensing of"
                            + " fishers"),
            new Topic(
                    "Public Libraries",
                    "Kenya Public Libraries Board",
                    "Board",
                    "public libraries",
                    "library services",
                    "library operator",
                    "public library",
                    "provide for the establishment, management and development of public libraries in Kenya"),
            new Topic(
                    "Water Vendors Regulation",
                    "Water Vending Regulatory Authority",
                    "Authority",
                    "water vending",
                    "water vending",
                    "water vendor",
                    "water kiosk",
                    "provide for the regulation of water vendors and water kiosks and for the protection of"
                            + " consumers of vended water"),
            new Topic(
                    "Cooperative Marketing",
                    "Cooperative Marketing Council",
                    "Council",
                    "cooperative marketing",
                    "produce marketing",
                    "marketing society",
                    "produce collection centre",
                    "provide for the registration and regulation of cooperative marketing societies and the"
                            + " management of produce collection centres"),
            new Topic(
                    "Early Childhood Education Centres",
                    "Early Childhood Education Council",
                    "Council",
                    "early childhood education",
                    "early childhood education",
                    "centre manager",
                    "early childhood education centre",
                    "provide for the registration, standards and inspection of early childhood education centres"),
            new Topic(
                    "Boda Boda Transport",
                    "Motorcycle Transport Safety Authority",
                    "Authority",
                    "motorcycle transport",
                    "motorcycle taxi operation",
                    "rider",
                    "motorcycle stage",
                    "provide for the regulation of motorcycle taxi operators, the designation of motorcycle stages"
                            + " and the safety of passengers"),
            new Topic(
                    "Community Health Services",
                    "Community Health Services Board",
                    "Board",
                    "community health services",
                    "community health work",
                    "community health promoter",
                    "community health unit",
                    "provide for the recognition, training and remuneration of community health promoters and the"
                            + " management of community health units"),
            new Topic(
                    "Sports Facilities",
                    "Sports Facilities Authority",
                    "Authority",
                    "sports facilities",
                    "sports facility management",
                    "facility operator",
                    "sports facility",
                    "provide for the development, management and use of public sports facilities"));

    private static final String[] FIRST_NAMES = {
        "JANE", "PETER", "FATUMA", "DAVID", "GRACE", "HASSAN", "MERCY", "JOSEPH", "WANJA", "KIPKEMOI"
    };
    private static final String[] SURNAMES = {
        "WANJIRU", "OTIENO", "KIPROTICH", "MWANGI", "ACHIENG", "ABDI", "CHEPKOECH", "MUTUA", "NJOROGE", "WAFULA"
    };
    private static final String[] ROMAN = {
        "I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII", "XIII", "XIV", "XV", "XVI", "XVII",
        "XVIII", "XIX", "XX"
    };
    private static final String[] LETTERS = {
        "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m", "n", "o", "p", "q", "r", "s", "t", "u", "v",
        "w", "x", "y", "z"
    };
    private static final String[] SMALL_ROMAN = {"i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix", "x"};
    private static final String[] DAYS = {"seven", "fourteen", "twenty-one", "thirty", "sixty", "ninety"};
    private static final String[][] ACTS = {
        {"Public Finance Management Act", "No. 18 of 2012."},
        {"County Governments Act", "No. 17 of 2012."},
        {"Data Protection Act", "No. 24 of 2019."},
        {"Physical and Land Use Planning Act", "No. 13 of 2019."},
        {"Fair Administrative Action Act", "No. 4 of 2015."},
        {"Public Health Act", "Cap. 242."},
        {"Companies Act", "No. 17 of 2015."}
    };
    private static final String[] EXTRA_PARTS = {
        "INSPECTION AND ENFORCEMENT",
        "DISPUTE RESOLUTION",
        "COUNTY COORDINATION",
        "RECORDS AND INFORMATION",
        "STANDARDS AND QUALITY ASSURANCE",
        "PUBLIC PARTICIPATION AND ACCESS TO INFORMATION",
        "CAPACITY BUILDING",
        "RESEARCH AND DEVELOPMENT",
        "CONSUMER PROTECTION",
        "INCENTIVES",
        "COMPLIANCE",
        "OVERSIGHT AND REPORTING",
        "INTERGOVERNMENTAL RELATIONS",
        "TRAINING AND CERTIFICATION"
    };
    private static final String[] ACTIONS = {
        "Designation",
        "Inspection",
        "Registration",
        "Regulation",
        "Management",
        "Suspension",
        "Review",
        "Publication",
        "Notification",
        "Maintenance",
        "Variation",
        "Certification",
        "Coordination",
        "Approval",
        "Monitoring",
        "Classification",
        "Closure",
        "Transfer",
        "Audit",
        "Accreditation"
    };

    private final Random random;
    private final Topic topic;
    private final Set<String> usedHeadings = new HashSet<>();
    private final Map<String, Integer> numbers = new LinkedHashMap<>();
    private int clauseCount;

    BillGenerator(long seed) {
        // Consecutive seeds give nearly equal first draws from Random; mixing the seed spreads them.
        this.random = new Random(new SplittableRandom(seed).nextLong());
        this.topic = TOPICS.get(random.nextInt(TOPICS.size()));
    }

    BillDocument generate(int clauseCount) {
        if (clauseCount < 1) {
            throw new IllegalArgumentException("a bill has at least one clause, not " + clauseCount);
        }
        this.clauseCount = clauseCount;
        List<String> partHeadings = partHeadings(clauseCount);
        List<List<String>> headings = clauseHeadings(partHeadings, clauseCount);
        int n = 1;
        for (List<String> part : headings) {
            for (String heading : part) {
                numbers.put(heading, n++);
            }
        }
        List<Part> parts = new ArrayList<>();
        n = 1;
        for (int p = 0; p < partHeadings.size(); p++) {
            List<Clause> clauses = new ArrayList<>();
            for (String heading : headings.get(p)) {
                clauses.add(clause(n++, heading, clauseCount));
            }
            parts.add(new Part(ROMAN[p], partHeadings.get(p), clauses));
        }
        Cover cover = new Cover(
                random.nextInt(4) == 0 ? "Senate" : "National Assembly",
                20 + random.nextInt(200),
                1 + random.nextInt(60),
                YEAR,
                LocalDate.of(YEAR, 1 + random.nextInt(11), 1 + random.nextInt(28)),
                101 + 2 * random.nextInt(500));
        return new BillDocument(
                cover,
                "The " + topic.subject() + " Bill, " + YEAR,
                "AN ACT of Parliament to " + topic.purpose() + "; and for connected purposes",
                parts,
                schedules(clauseCount),
                memorandum(parts, cover));
    }

    private List<String> partHeadings(int clauseCount) {
        int partCount = Math.max(1, Math.min(ROMAN.length, (clauseCount + 5) / 6));
        String preliminary = "PRELIMINARY";
        String establishment = "ESTABLISHMENT OF THE " + topic.shortEntity().toUpperCase(Locale.ROOT);
        String registration =
                "REGISTRATION AND LICENSING OF " + topic.licensees().toUpperCase(Locale.ROOT);
        String financial = "FINANCIAL PROVISIONS";
        String miscellaneous = "MISCELLANEOUS PROVISIONS";
        String transitional = "TRANSITIONAL PROVISIONS";
        List<String> headings = switch (partCount) {
            case 1 -> List.of(preliminary);
            case 2 -> List.of(preliminary, miscellaneous);
            case 3 -> List.of(preliminary, establishment, miscellaneous);
            case 4 -> List.of(preliminary, establishment, registration, miscellaneous);
            case 5 -> List.of(preliminary, establishment, registration, financial, miscellaneous);
            default -> {
                List<String> all = new ArrayList<>(List.of(preliminary, establishment, registration, financial));
                List<String> extras = new ArrayList<>(List.of(EXTRA_PARTS));
                while (all.size() < partCount - 2) {
                    all.add(extras.remove(random.nextInt(extras.size())));
                }
                all.add(miscellaneous);
                all.add(transitional);
                yield all;
            }
        };
        return headings;
    }

    private List<List<String>> clauseHeadings(List<String> parts, int clauseCount) {
        int[] sizes = new int[parts.size()];
        int preliminary = Math.min(clauseCount - (parts.size() - 1), 2 + random.nextInt(3));
        sizes[0] = Math.max(1, preliminary);
        int remaining = clauseCount - sizes[0];
        for (int i = 1; i < sizes.length; i++) {
            sizes[i] = 1;
            remaining--;
        }
        while (remaining > 0 && sizes.length > 1) {
            sizes[1 + random.nextInt(sizes.length - 1)]++;
            remaining--;
        }
        sizes[0] += remaining;
        List<List<String>> result = new ArrayList<>();
        for (int i = 0; i < parts.size(); i++) {
            List<String> pool = new ArrayList<>(poolFor(parts.get(i)));
            List<String> chosen = new ArrayList<>();
            while (chosen.size() < sizes[i]) {
                String heading = !pool.isEmpty() ? pool.remove(0) : inventedHeading();
                if (usedHeadings.add(heading)) {
                    chosen.add(heading);
                }
            }
            result.add(chosen);
        }
        return result;
    }

    private String inventedHeading() {
        String[] objects = {
            plural(topic.premises()),
            topic.licensees(),
            "records of " + topic.licensees(),
            "standards for " + plural(topic.premises()),
            "county plans on " + topic.area(),
            "fees and charges",
            "information on " + topic.area(),
            "guidelines on " + topic.activity(),
            "complaints by " + topic.licensees(),
            "training programmes"
        };
        String heading = ACTIONS[random.nextInt(ACTIONS.length)] + " of " + objects[random.nextInt(objects.length)];
        if (usedHeadings.contains(heading)) {
            heading = heading + " in " + (random.nextBoolean() ? "urban areas" : "rural areas");
        }
        if (usedHeadings.contains(heading)) {
            heading = heading + " (" + (usedHeadings.size() + 1) + ")";
        }
        return heading;
    }

    private List<String> poolFor(String part) {
        String e = topic.shortEntity();
        String ls = topic.licensees();
        if (part.equals("PRELIMINARY")) {
            return List.of(
                    "Short title",
                    "Interpretation",
                    "Objects of the Act",
                    "Application of the Act",
                    "Guiding principles");
        }
        if (part.startsWith("ESTABLISHMENT")) {
            return List.of(
                    "Establishment of the " + e,
                    "Functions of the " + e,
                    "Powers of the " + e,
                    e.equals("Board") ? "Membership of the Board" : "Board of the " + e,
                    "Conduct of business of the Board",
                    "Remuneration of Board members",
                    "Chief Executive Officer",
                    "Staff of the " + e,
                    "Delegation by the Board",
                    "Protection from personal liability",
                    "Common seal");
        }
        if (part.startsWith("REGISTRATION")) {
            return List.of(
                    "Register of " + ls,
                    "Application for registration",
                    "Registration of " + ls,
                    "Licensing of " + ls,
                    "Terms and conditions of licence",
                    "Renewal of licence",
                    "Suspension and revocation of licence",
                    "Appeals",
                    "Transfer of licence",
                    "Display of licence",
                    "Duty to keep records");
        }
        if (part.equals("FINANCIAL PROVISIONS")) {
            return List.of(
                    "Funds of the " + e,
                    "Financial year",
                    "Annual estimates",
                    "Accounts and audit",
                    "Investment of funds",
                    "Annual report");
        }
        if (part.equals("MISCELLANEOUS PROVISIONS")) {
            return List.of(
                    "Offences",
                    "General penalty",
                    "Offences by bodies corporate",
                    "Regulations",
                    "Code of conduct",
                    "Public participation");
        }
        if (part.equals("TRANSITIONAL PROVISIONS")) {
            return List.of("Transition", "Savings", "Transfer of staff", "Pending applications");
        }
        return List.of();
    }

    private Clause clause(int number, String heading, int clauseCount) {
        if (heading.equals("Short title")) {
            String text = "This Act may be cited as the " + topic.subject() + " Act, " + YEAR
                    + (random.nextBoolean()
                            ? ", and shall come into operation on such date as the Cabinet Secretary may, by notice"
                                    + " in the Gazette, appoint."
                            : ".");
            return new Clause(number, heading, text, null, null, null);
        }
        if (heading.equals("Interpretation")) {
            return new Clause(
                    number, heading, "In this Act, unless the context otherwise requires—", definitions(), null, null);
        }
        Clause specific = specific(number, heading);
        if (specific != null) {
            return specific;
        }
        int kind = random.nextInt(8);
        if (kind < 2) {
            return new Clause(number, heading, sentence(number, clauseCount), null, null, null);
        }
        if (kind < 4) {
            Chapeau chapeau = chapeau();
            List<Node> items = items(chapeau, chapeau.wrapUp() != null);
            return new Clause(number, heading, chapeau.text(), null, items, chapeau.wrapUp());
        }
        int count = 2 + random.nextInt(5);
        List<Node> subclauses = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            subclauses.add(subclause(i, number, clauseCount));
        }
        return new Clause(number, heading, null, null, subclauses, null);
    }

    /** The usual wording of clauses whose heading fixes their content; null for any other heading. */
    private Clause specific(int number, String heading) {
        String e = topic.shortEntity();
        String simple = simpleText(heading);
        if (simple != null) {
            return new Clause(number, heading, simple, null, null, null);
        }
        List<Node> subclauses = subclausesFor(heading);
        if (subclauses != null) {
            return new Clause(number, heading, null, null, subclauses, null);
        }
        if (heading.equals("Funds of the " + e)) {
            return new Clause(
                    number,
                    heading,
                    "The funds of the " + e + " shall consist of—",
                    null,
                    List.of(
                            Node.of("(a)", "monies allocated by Parliament for the purposes of the " + e + ";"),
                            Node.of("(b)", "fees charged for services rendered by the " + e + ";"),
                            Node.of(
                                    "(c)",
                                    "grants and donations received with the approval of the Cabinet Secretary; and"),
                            Node.of("(d)", "monies from any other lawful source.")),
                    null);
        }
        if (heading.equals("Suspension and revocation of licence")) {
            Chapeau grounds = chapeau(4);
            return new Clause(
                    number,
                    heading,
                    "The " + e + " may suspend or revoke a licence where the holder—",
                    null,
                    items(grounds, false),
                    null);
        }
        if (heading.equals("Application of the Act")) {
            return new Clause(
                    number,
                    heading,
                    "This Act applies to " + topic.area() + " carried on in any county in Kenya.",
                    null,
                    null,
                    null);
        }
        if (heading.equals("Establishment of the " + e)) {
            List<Node> capable = List.of(
                    Node.of("(a)", "suing and being sued;"),
                    Node.of(
                            "(b)",
                            "taking, purchasing or otherwise acquiring, holding, charging or disposing of"
                                    + " movable and immovable property;"),
                    Node.of("(c)", "borrowing and lending money; and"),
                    Node.of(
                            "(d)",
                            "doing or performing all such other things or acts as may be lawfully done by a"
                                    + " body corporate."));
            return new Clause(
                    number,
                    heading,
                    null,
                    null,
                    List.of(
                            Node.of("(1)", "There is established the " + topic.entity() + "."),
                            new Node(
                                    "(2)",
                                    "The " + e + " shall be a body corporate with perpetual succession and a common"
                                            + " seal and shall, in its corporate name, be capable of—",
                                    capable,
                                    null,
                                    null),
                            Node.of("(3)", "The headquarters of the " + e + " shall be in Nairobi.")),
                    null);
        }
        if (heading.equals("Functions of the " + e) || heading.equals("Objects of the Act")) {
            Chapeau chapeau = chapeau(0);
            String text = heading.equals("Objects of the Act") ? "The objects of this Act are to—" : chapeau.text();
            return new Clause(number, heading, text, null, items(chapeau, false), null);
        }
        if (heading.equals("Offences")) {
            Chapeau chapeau = chapeau(3);
            return new Clause(number, heading, chapeau.text(), null, items(chapeau, true), chapeau.wrapUp());
        }
        if (heading.equals("General penalty")) {
            return new Clause(
                    number,
                    heading,
                    "A person who contravenes any provision of this Act for which no"
                            + " penalty is expressly provided commits an offence and is liable, on conviction, to a fine not"
                            + " exceeding " + pick("one hundred thousand", "two hundred thousand") + " shillings or to"
                            + " imprisonment for a term not exceeding " + pick("six months", "one year")
                            + ", or to both.",
                    null,
                    null,
                    null);
        }
        if (heading.equals("Regulations")) {
            List<Node> matters = List.of(
                    Node.of("(a)", "the forms to be used under this Act;"),
                    Node.of("(b)", "the fees payable for registration and licensing;"),
                    Node.of("(c)", "the standards to be observed at every " + topic.premises() + "; and"),
                    Node.of("(d)", "anything which is required to be prescribed under this Act."));
            return new Clause(
                    number,
                    heading,
                    null,
                    null,
                    List.of(
                            Node.of(
                                    "(1)",
                                    "The Cabinet Secretary may, in consultation with the " + e + ", make regulations"
                                            + " generally for the better carrying into effect of the provisions of this Act."),
                            new Node(
                                    "(2)",
                                    "Without prejudice to the generality of subsection (1), the regulations may"
                                            + " provide for—",
                                    matters,
                                    null,
                                    null)),
                    null);
        }
        if (heading.equals("Application for registration")) {
            Chapeau chapeau = chapeau(2);
            return new Clause(
                    number,
                    heading,
                    null,
                    null,
                    List.of(
                            Node.of(
                                    "(1)",
                                    "A person who wishes to be registered as a " + topic.licensee() + " shall apply"
                                            + " to the " + e + " in the prescribed form."),
                            new Node(
                                    "(2)",
                                    chapeau.text().replace("this section", "subsection (1)"),
                                    items(chapeau, false),
                                    null,
                                    null)),
                    null);
        }
        return null;
    }

    /** A heading with the entity's and the licensees' names replaced by placeholders, to match on. */
    private String key(String heading) {
        String e = topic.shortEntity();
        String key =
                heading.endsWith(" the " + e) ? heading.substring(0, heading.length() - e.length()) + "{E}" : heading;
        return key.endsWith(" " + topic.licensees())
                ? key.substring(0, key.length() - topic.licensees().length()) + "{L}"
                : key;
    }

    /** The usual one-sentence wording of clauses with these headings; null for any other heading. */
    private String simpleText(String heading) {
        String e = topic.shortEntity();
        return switch (key(heading)) {
            case "Powers of the {E}" ->
                "The " + e + " shall have all the powers necessary for the proper"
                        + " performance of its functions under this Act.";
            case "Conduct of business of the Board", "Conduct of business of the {E}" ->
                "The conduct and regulation of the business and affairs of" + " the Board shall be as provided in the "
                        + (clauseCount < 40 ? "Schedule." : "First Schedule.");
            case "Remuneration of Board members" ->
                "The members of the Board shall be paid such remuneration or"
                        + " allowances as the Salaries and Remuneration Commission may advise.";
            case "Staff of the {E}" ->
                "The Board may appoint such officers and other staff as are necessary for the"
                        + " proper discharge of the functions of the " + e
                        + ", upon such terms and conditions of service"
                        + " as the Board may determine.";
            case "Financial year" ->
                "The financial year of the " + e + " shall be the period of twelve months"
                        + " ending on the thirtieth day of June in each year.";
            case "Annual report" ->
                "The Board shall, within three months after the end of each financial year,"
                        + " submit to the Cabinet Secretary a report of the operations of the " + e
                        + " during that year.";
            case "Offences by bodies corporate" ->
                "Where an offence under this Act is committed by a body"
                        + " corporate, every director or officer of the body corporate who had knowledge of the"
                        + " commission of the offence and did not exercise due diligence to prevent it commits the"
                        + " offence.";
            case "Renewal of licence" ->
                "A licence issued under this Act shall be valid for one year and may be"
                        + " renewed on application in the prescribed form and payment of the prescribed fee.";
            case "Transition" ->
                "A licence issued under any written law before the commencement of this Act shall"
                        + " continue in force until it expires or is revoked under this Act.";
            case "Savings" ->
                "Nothing in this Act shall affect any right acquired or obligation incurred under any"
                        + " written law before the commencement of this Act.";
            default -> null;
        };
    }

    /** The usual subclauses of clauses with these headings; null for any other heading. */
    private List<Node> subclausesFor(String heading) {
        String e = topic.shortEntity();
        return switch (key(heading)) {
            case "Board of the {E}", "Membership of the {E}" ->
                List.of(
                        new Node(
                                "(1)",
                                "The management of the " + e + " shall vest in a Board which shall consist of—",
                                List.of(
                                        Node.of("(a)", "a chairperson appointed by the President;"),
                                        Node.of(
                                                "(b)",
                                                "the Principal Secretary responsible for matters relating to "
                                                        + topic.area() + " or a representative designated in writing;"),
                                        Node.of("(c)", "two persons nominated by the Council of County Governors; and"),
                                        Node.of(
                                                "(d)",
                                                "the Chief Executive Officer, who shall be the secretary to the"
                                                        + " Board.")),
                                null,
                                null),
                        Node.of(
                                "(2)",
                                "The members of the Board, other than ex officio members, shall hold office for a"
                                        + " term of three years and shall be eligible for reappointment for one further term."));
            case "Chief Executive Officer" ->
                List.of(
                        Node.of(
                                "(1)",
                                "There shall be a Chief Executive Officer of the " + e + " who shall be"
                                        + " competitively recruited and appointed by the Board."),
                        new Node(
                                "(2)",
                                "A person is qualified for appointment as Chief Executive Officer if the" + " person—",
                                List.of(
                                        Node.of("(a)", "is a citizen of Kenya;"),
                                        Node.of("(b)", "holds a degree from a university recognised in Kenya;"),
                                        Node.of(
                                                "(c)",
                                                "has at least ten years' experience in " + topic.area() + ";" + " and"),
                                        Node.of("(d)", "meets the requirements of Chapter Six of the Constitution.")),
                                null,
                                null),
                        Node.of(
                                "(3)",
                                "The Chief Executive Officer shall hold office for a term of five years and shall"
                                        + " be eligible for reappointment for one further term."));
            case "Protection from personal liability" ->
                List.of(
                        Node.of(
                                "(1)",
                                "No matter or thing done by a member of the Board or an officer of the " + e
                                        + " shall, if done in good faith for the purpose of executing the functions of the "
                                        + e
                                        + ", render the member or officer personally liable."),
                        Node.of(
                                "(2)",
                                "Subsection (1) shall not relieve the " + e + " of the liability to pay"
                                        + " compensation to any person for any injury caused by the exercise of its powers."));
            case "Common seal" ->
                List.of(
                        Node.of(
                                "(1)",
                                "The common seal of the " + e + " shall be kept in the custody of the Chief"
                                        + " Executive Officer."),
                        Node.of(
                                "(2)",
                                "The affixing of the common seal shall be authenticated by the signatures of the"
                                        + " chairperson and the Chief Executive Officer."));
            case "Accounts and audit" ->
                List.of(
                        Node.of(
                                "(1)",
                                "The Board shall cause to be kept proper books and records of account of the"
                                        + " income, expenditure, assets and liabilities of the " + e + "."),
                        new Node(
                                "(2)",
                                "The accounts of the " + e + " shall be audited and reported upon in accordance"
                                        + " with the Public Audit Act.",
                                List.of(),
                                null,
                                "No. 34 of 2015."));
            case "Annual estimates" ->
                List.of(
                        Node.of(
                                "(1)",
                                "At least three months before the commencement of each financial year, the Board"
                                        + " shall cause to be prepared estimates of the revenue and expenditure of the "
                                        + e
                                        + " for that year."),
                        Node.of(
                                "(2)",
                                "The annual estimates shall be approved by the Board before the commencement of"
                                        + " the financial year to which they relate."));
            case "Register of {L}" ->
                List.of(
                        Node.of(
                                "(1)",
                                "The " + e + " shall keep and maintain a register of " + topic.licensees()
                                        + " in the prescribed form."),
                        Node.of(
                                "(2)",
                                "The register shall be open to inspection by members of the public during office"
                                        + " hours on payment of the prescribed fee."));
            case "Appeals" ->
                List.of(
                        Node.of(
                                "(1)",
                                "A person aggrieved by a decision of the " + e + " under this Act may, within"
                                        + " thirty days of the decision, appeal to the High Court."),
                        Node.of("(2)", "The High Court may confirm, set aside or vary the decision appealed against."));
            default -> null;
        };
    }

    private Node subclause(int i, int clause, int clauseCount) {
        String num = "(" + i + ")";
        if (random.nextInt(10) < 3) {
            Chapeau chapeau = chapeau();
            return new Node(num, chapeau.text(), items(chapeau, chapeau.wrapUp() != null), chapeau.wrapUp(), null);
        }
        if (i > 1 && random.nextInt(12) == 0) {
            String[] act = ACTS[random.nextInt(ACTS.length)];
            String text = "The provisions of the " + act[0] + " shall apply to "
                    + pick("the management of funds", "the processing of personal data", "the planning of land")
                    + " under this Act.";
            return new Node(num, text, List.of(), null, act[1]);
        }
        String text = sentence(clause, clauseCount);
        if (i > 1 && random.nextInt(4) == 0) {
            text = "For the purposes of subsection (" + (1 + random.nextInt(i - 1)) + "), " + decapitalise(text);
        }
        return Node.of(num, text);
    }

    /** A list lead-in, the kind of items it takes, and the words that close the list, if any. */
    private record Chapeau(String text, String[] items, String wrapUp, boolean nests) {}

    private Chapeau chapeau() {
        return chapeau(-1);
    }

    /** A list lead-in of the given kind (0-5), or of a random kind when {@code kind} is negative. */
    private Chapeau chapeau(int kind) {
        String e = topic.shortEntity();
        String ls = topic.licensees();
        String p = topic.premises();
        String[] functions = {
            "promote the development of " + topic.area() + " in Kenya",
            "regulate and license " + ls,
            "maintain a register of " + ls,
            "advise the Cabinet Secretary on matters relating to " + topic.area(),
            "develop standards for every " + p,
            "collect and analyse data on " + topic.area(),
            "undertake research on " + topic.area(),
            "collaborate with county governments in the management of " + plural(p),
            "hear and determine complaints from " + ls,
            "issue guidelines on the conduct of " + topic.activity(),
            "promote the welfare of " + ls,
            "monitor compliance with this Act",
            "carry out public education on " + topic.area(),
            "perform such other functions as may be conferred on it by this Act or any other written law"
        };
        String[] documents = {
            "a copy of the applicant's national identity card or certificate of incorporation",
            "evidence of payment of the prescribed fee",
            "a certificate of compliance issued by the county public health officer",
            "a description of the " + p + " in respect of which the application is made",
            "the applicant's personal identification number",
            "such other information as the " + e + " may require"
        };
        String[] offences = {
            "operates a " + p + " without a valid licence",
            "obstructs an officer of the " + e + " in the performance of his or her functions",
            "gives false or misleading information in an application under this Act",
            "contravenes a condition of a licence issued under this Act",
            "fails to display a licence as required by this Act",
            "refuses to produce a licence when required to do so by an authorised officer"
        };
        String[] grounds = {
            "has been convicted of an offence involving dishonesty",
            "has been declared bankrupt",
            "has failed to pay the prescribed fee",
            "has provided false or misleading information",
            "does not meet the standards prescribed under this Act"
        };
        String[] considerations = {
            "the suitability of the " + p,
            "the views of the residents of the area",
            "the availability of essential facilities including water, lighting and waste disposal",
            "the need to protect public health and safety",
            "the interests of persons with disabilities",
            "any other matter that the " + e + " considers relevant"
        };
        String penalty = "commits an offence and is liable, on conviction, to a fine not exceeding "
                + pick("fifty thousand", "one hundred thousand", "two hundred thousand", "five hundred thousand")
                + " shillings or to imprisonment for a term not exceeding "
                + pick("six months", "one year", "two years")
                + ", or to both.";
        return switch (kind < 0 ? random.nextInt(6) : kind) {
            case 0 -> new Chapeau("The functions of the " + e + " shall be to—", functions, null, true);
            case 1 -> new Chapeau("In the performance of its functions, the " + e + " shall—", functions, null, true);
            case 2 -> new Chapeau("An application under this section shall be accompanied by—", documents, null, false);
            case 3 -> new Chapeau("A person who—", offences, penalty, false);
            case 4 ->
                new Chapeau(
                        "The " + e + " may refuse to register an applicant where the applicant—", grounds, null, false);
            default ->
                new Chapeau(
                        "In determining an application, the " + e + " shall consider—", considerations, null, false);
        };
    }

    /** Paragraphs "(a)" under a chapeau, the last closed by a comma when words follow the list. */
    private List<Node> items(Chapeau chapeau, boolean wrapped) {
        List<String> pool = new ArrayList<>(List.of(chapeau.items()));
        int count = Math.min(pool.size(), 2 + random.nextInt(5));
        boolean alternatives = chapeau.wrapUp() != null || chapeau.text().contains("refuse");
        List<String> chosen = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            chosen.add(pool.remove(random.nextInt(pool.size())));
        }
        // Catch-all items ("such other ...", "any other ...") close a list in real bills.
        chosen.sort((a, b) -> Boolean.compare(a.contains(" other "), b.contains(" other ")));
        List<Node> nodes = new ArrayList<>();
        boolean nested = false;
        for (int i = 0; i < count; i++) {
            String text = chosen.get(i);
            String end =
                    i == count - 1 ? (wrapped ? "," : ".") : i == count - 2 ? (alternatives ? "; or" : "; and") : ";";
            if (chapeau.nests() && !nested && i < count - 1 && random.nextInt(5) == 0) {
                nested = true;
                nodes.add(new Node("(" + LETTERS[i] + ")", "collaborate with—", subparagraphs(), null, null));
            } else {
                nodes.add(Node.of("(" + LETTERS[i] + ")", text + end));
            }
        }
        return nodes;
    }

    private List<Node> subparagraphs() {
        List<String> pool = new ArrayList<>(List.of(
                "the national government",
                "county governments",
                "the private sector",
                "associations of " + topic.licensees(),
                "learning and research institutions",
                "development partners"));
        int count = 2 + random.nextInt(3);
        List<Node> nodes = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String end = i == count - 1 ? ";" : i == count - 2 ? "; and" : ";";
            nodes.add(Node.of("(" + SMALL_ROMAN[i] + ")", pool.remove(random.nextInt(pool.size())) + end));
        }
        return nodes;
    }

    private String sentence(int clause, int clauseCount) {
        String e = topic.shortEntity();
        String p = topic.premises();
        String ls = topic.licensees();
        String[] subjects = {
            "The " + e,
            "The Cabinet Secretary",
            "The Board",
            "A county executive committee member",
            "The Chief Executive Officer",
            "A county government"
        };
        String[] predicates = {
            "shall keep and maintain a register of all " + ls + " in the prescribed form",
            "may, by notice in the Gazette, designate any " + p + " for the purposes of this Act",
            "shall, within " + pick(DAYS) + " days of receipt of an application, consider the application and"
                    + " notify the applicant of the decision",
            "shall publish an annual report on the state of " + topic.area() + " in Kenya",
            "shall not issue a licence to a person who has been convicted of an offence under this Act",
            "may inspect any " + p + " at any reasonable time to ensure compliance with this Act",
            "shall ensure that every " + p + " is provided with clean water, lighting and waste disposal facilities",
            "shall consult the relevant county government before making any decision that affects the use of a " + p,
            "may delegate any function under this Act to a committee or to an officer of the " + e,
            "shall cause to be kept proper books of account and records in relation to the " + e,
            "shall prepare estimates of revenue and expenditure for each financial year",
            "may charge such fees for services rendered as may be prescribed",
            "shall give every affected person an opportunity to be heard before taking any action under this section",
            "shall facilitate public participation in the formulation of policies on " + topic.area(),
            "may suspend or revoke a licence issued under section " + reference(clause, clauseCount)
        };
        String[] tails = {
            "",
            "",
            "",
            " in accordance with the provisions of this Act",
            " in consultation with the county governments",
            " as may be prescribed by regulations made under this Act"
        };
        return pick(subjects) + " " + pick(predicates) + pick(tails) + ".";
    }

    private int reference(int clause, int clauseCount) {
        if (clauseCount == 1) {
            return 1;
        }
        int other = 1 + random.nextInt(clauseCount - 1);
        return other >= clause ? other + 1 : other;
    }

    private List<String> definitions() {
        String e = topic.shortEntity();
        Map<String, String> defs = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
        defs.put(e, "means the " + topic.entity() + " established under " + where("Establishment of the " + e));
        if (!e.equals("Board")) {
            defs.put("Board", "means the Board of the " + e + " established under " + where("Board of the " + e));
        }
        defs.put(
                "Cabinet Secretary",
                "means the Cabinet Secretary for the time being responsible for matters" + " relating to "
                        + topic.area());
        defs.put(
                "county executive committee member",
                "means the member of the county executive committee" + " responsible for matters relating to "
                        + topic.area());
        defs.put("licence", "means a licence issued under " + where("Licensing of " + topic.licensees()));
        defs.put(
                topic.licensee(),
                "means a person registered as such under " + where("Registration of " + topic.licensees()));
        defs.put(topic.premises(), "means a place designated as such under this Act");
        defs.put("prescribed", "means prescribed by regulations made under this Act");
        List<String> keys = new ArrayList<>(defs.keySet());
        int keep = 3 + random.nextInt(keys.size() - 2);
        while (keys.size() > keep) {
            keys.remove(random.nextInt(keys.size()));
        }
        List<String> out = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            String end = i == keys.size() - 1 ? "." : ";";
            out.add("“" + keys.get(i) + "” " + defs.get(keys.get(i)) + end);
        }
        return out;
    }

    private String where(String heading) {
        Integer n = numbers.get(heading);
        return n == null ? "this Act" : "section " + n;
    }

    private List<Schedule> schedules(int clauseCount) {
        String board = where(
                topic.shortEntity().equals("Board")
                        ? "Membership of the Board"
                        : "Board of the " + topic.shortEntity());
        String reference = board.startsWith("section") ? "(s. " + board.substring(8) + ")" : null;
        List<Node> conduct = List.of(
                new Node(
                        "1.",
                        "A member of the Board, other than an ex officio member, may—",
                        List.of(
                                Node.of(
                                        "(a)",
                                        "at any time resign from office by notice in writing to the Cabinet"
                                                + " Secretary; or"),
                                Node.of(
                                        "(b)",
                                        "be removed from office if the member is absent from three"
                                                + " consecutive meetings of the Board without good cause.")),
                        null,
                        null),
                Node.of(
                        "2.",
                        "The Board shall meet not less than four times in every financial year and not more"
                                + " than four months shall elapse between one meeting and the next."),
                Node.of("3.", "The quorum for the conduct of business of the Board shall be half of the members."),
                Node.of(
                        "4.",
                        "A member who has a direct or indirect interest in any matter before the Board shall"
                                + " disclose the nature of the interest and shall not take part in the deliberations on that"
                                + " matter."),
                Node.of(
                        "5.",
                        "The Board shall cause minutes of all its proceedings to be entered in books kept for"
                                + " that purpose."));
        if (clauseCount < 40) {
            return List.of(new Schedule(
                    "SCHEDULE",
                    "PROVISIONS AS TO THE CONDUCT OF BUSINESS AND AFFAIRS OF THE BOARD",
                    reference,
                    conduct));
        }
        List<Node> form = List.of(
                Node.of("1.", "Name of the " + topic.licensee() + "."),
                Node.of("2.", "Location of the " + topic.premises() + "."),
                Node.of("3.", "Licence number and date of issue."),
                Node.of("4.", "Conditions attached to the licence."));
        return List.of(
                new Schedule(
                        "FIRST SCHEDULE",
                        "PROVISIONS AS TO THE CONDUCT OF BUSINESS AND AFFAIRS OF THE BOARD",
                        reference,
                        conduct),
                new Schedule("SECOND SCHEDULE", "PARTICULARS OF A LICENCE", null, form));
    }

    private Memorandum memorandum(List<Part> parts, Cover cover) {
        List<String> objects = new ArrayList<>();
        objects.add("The principal object of this Bill is to " + topic.purpose() + ".");
        for (Part part : parts) {
            String subject = part.heading().equals("PRELIMINARY")
                    ? "preliminary matters, including the interpretation of terms used in the Bill"
                    : "the " + part.heading().toLowerCase(Locale.ROOT).replace("authority", topic.shortEntity());
            objects.add("Part " + part.number() + " of the Bill "
                    + pick("provides for", "contains provisions on", "sets out") + " " + subject + ".");
        }
        Integer regulations = numbers.get("Regulations");
        String delegation = regulations == null
                ? "The Bill does not delegate legislative powers nor does it limit fundamental rights and freedoms."
                : "Clause " + regulations + " of the Bill delegates legislative powers to the Cabinet Secretary to"
                        + " make regulations. The Bill does not limit fundamental rights and freedoms.";
        List<Statement> statements = List.of(
                new Statement("Statement of the Objects and Reasons for the Bill", objects),
                new Statement(
                        "Statement on the delegation of legislative powers and limitation of fundamental rights and"
                                + " freedoms",
                        List.of(delegation)),
                new Statement(
                        "Statement on how the Bill concerns county governments",
                        List.of("The Bill concerns county governments in terms of Article 110(1)(a) of the"
                                + " Constitution as it contains provisions affecting the functions and powers of the"
                                + " county governments set out in the Fourth Schedule to the Constitution.")),
                new Statement(
                        "Statement that the Bill is not a money Bill, within the meaning of Article 114 of the"
                                + " Constitution",
                        List.of("This Bill is not a money Bill within the meaning of Article 114 of the"
                                + " Constitution.")));
        LocalDate dated = cover.date().minusDays(7 + random.nextInt(30));
        String signatory = pick(FIRST_NAMES) + " " + pick(SURNAMES) + ",";
        String role = cover.house().equals("Senate") ? "Senator." : "Member of Parliament.";
        return new Memorandum(statements, "Dated the " + BillLayout.gazetteDate(dated) + ".", signatory, List.of(role));
    }

    /** "public library" to "public libraries", "fish landing site" to "fish landing sites". */
    static String plural(String noun) {
        if (noun.endsWith("y") && !noun.endsWith("ay") && !noun.endsWith("ey") && !noun.endsWith("oy")) {
            return noun.substring(0, noun.length() - 1) + "ies";
        }
        return noun + "s";
    }

    private String pick(String... options) {
        return options[random.nextInt(options.length)];
    }

    private static String decapitalise(String text) {
        return text.startsWith("The ") || text.startsWith("A ")
                ? Character.toLowerCase(text.charAt(0)) + text.substring(1)
                : text;
    }
}
