package org.maoni.bill.synthetic;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.maoni.bill.synthetic.BillDocument.Clause;
import org.maoni.bill.synthetic.BillDocument.Cover;
import org.maoni.bill.synthetic.BillDocument.Memorandum;
import org.maoni.bill.synthetic.BillDocument.Node;
import org.maoni.bill.synthetic.BillDocument.Part;
import org.maoni.bill.synthetic.BillDocument.Schedule;
import org.maoni.bill.synthetic.BillDocument.Statement;

/**
 * The text of the demo bill, "The County Markets and Street Trading Bill, 2026", in its First Reading version and its
 * committee-stage reprint, written for the project. Clauses are written once with a stable key and cross-references
 * as {@code {s:key}}, so numbers are assigned and cross-references resolved when a version is built; {@link
 * #changes()} lists every edit between the versions by key.
 */
public final class DemoBillSource {

    public static final String TITLE = "The County Markets and Street Trading Bill, 2026";

    private static final Pattern REFERENCE = Pattern.compile("\\{s:([a-z-]+)}");

    private DemoBillSource() {}

    /** A clause before numbering: key, marginal note, text, definitions, subclauses or paragraphs, closing words. */
    record Draft(
            String key, String heading, String text, List<String> definitions, List<Node> children, String wrapUp) {

        Draft {
            definitions = definitions == null ? List.of() : List.copyOf(definitions);
            children = children == null ? List.of() : List.copyOf(children);
        }
    }

    private record PartDraft(String number, String heading, List<Draft> clauses) {}

    /** How one clause of version 1 became zero, one or two clauses of version 2. */
    public enum ChangeType {
        /** Same words; its number may still have changed. */
        UNCHANGED,
        /** Words (and possibly the marginal note) changed. */
        AMENDED,
        /** Moved to another Part; same words. */
        MOVED,
        /** Split into two clauses. */
        SPLIT,
        /** Not in version 1. */
        INSERTED,
        /** Not in version 2. */
        DELETED
    }

    /** One edit by clause key: {@code from} keys in version 1, {@code to} keys in version 2, and why. */
    public record Change(ChangeType type, List<String> from, List<String> to, String description) {

        public Change {
            from = List.copyOf(from);
            to = List.copyOf(to);
        }
    }

    // ---------------------------------------------------------------------------------------------------------------
    // Clauses shared by both versions unless amended.

    private static final Draft SHORT_TITLE = new Draft(
            "short-title",
            "Short title",
            "This Act may be cited as the County Markets and Street Trading Act, 2026.",
            null,
            null,
            null);

    private static final List<String> DEFINITIONS_V1 = List.of(
            "“county executive committee member” means the member of the county executive committee responsible for"
                    + " matters relating to trade;",
            "“market” means a place established as a market under section {s:establishment} for the sale and purchase"
                    + " of goods and services;",
            "“market committee” means a market committee established under section {s:committees};",
            "“market fee” means the fee charged by a county government for the use of a stall or trading space;",
            "“market officer” means a market officer appointed under section {s:officers};",
            "“stall” means a structure or demarcated space in a market allocated to a trader;",
            "“street trader” means a person who sells goods or offers services to the public in a street, lane,"
                    + " pavement or other public place from a temporary structure or while moving from place to place;",
            "“trading permit” means a permit issued under section {s:permits};",
            "“trading zone” means an area designated as a trading zone under section {s:zones}.");

    private static final Draft INTERPRETATION_V1 = new Draft(
            "interpretation",
            "Interpretation",
            "In this Act, unless the context otherwise requires—",
            DEFINITIONS_V1,
            null,
            null);

    private static final Draft OBJECTS = new Draft(
            "objects",
            "Objects of the Act",
            "The objects of this Act are to—",
            null,
            List.of(
                    Node.of(
                            "(a)",
                            "provide a framework for the establishment, management and maintenance of county"
                                    + " markets;"),
                    Node.of("(b)", "recognise street trading as a legitimate means of livelihood;"),
                    Node.of("(c)", "provide for the fair and transparent allocation of stalls and trading spaces;"),
                    Node.of("(d)", "promote safe, clean and accessible markets; and"),
                    Node.of(
                            "(e)",
                            "provide for public participation in the management of markets and trading" + " zones.")),
            null);

    private static final Draft APPLICATION = new Draft(
            "application",
            "Application of the Act",
            "This Act applies to every market and trading zone established or designated by a county government.",
            null,
            null,
            null);

    private static final Draft ESTABLISHMENT = new Draft(
            "establishment",
            "Establishment of county markets",
            null,
            null,
            List.of(
                    Node.of(
                            "(1)",
                            "A county government may, by notice in the county Gazette, establish a market at"
                                    + " any place within the county."),
                    new Node(
                            "(2)",
                            "Before establishing a market, the county executive committee member shall—",
                            List.of(
                                    Node.of(
                                            "(a)",
                                            "conduct public participation in the ward in which the market is"
                                                    + " to be established;"),
                                    Node.of(
                                            "(b)",
                                            "ensure that the site has access to water, sanitation, lighting"
                                                    + " and drainage; and"),
                                    Node.of(
                                            "(c)",
                                            "consider the needs of persons with disabilities, older persons"
                                                    + " and persons trading with young children.")),
                            null,
                            null),
                    new Node(
                            "(3)",
                            "The establishment of a market shall be consistent with the county spatial plan prepared"
                                    + " under the County Governments Act.",
                            List.of(),
                            null,
                            "No. 17 of 2012.")),
            null);

    private static final Draft COMMITTEES_V1 = new Draft(
            "committees",
            "Market committees",
            null,
            null,
            List.of(
                    Node.of("(1)", "There shall be a market committee for every market established under this Act."),
                    new Node(
                            "(2)",
                            "A market committee shall consist of—",
                            List.of(
                                    Node.of("(a)", "the market officer, who shall be the secretary;"),
                                    Node.of(
                                            "(b)",
                                            "three persons elected by the traders in the market, at least one"
                                                    + " of whom shall be a woman;"),
                                    Node.of(
                                            "(c)",
                                            "one person representing persons with disabilities trading in the"
                                                    + " market; and"),
                                    Node.of("(d)", "one person nominated by the ward administrator.")),
                            null,
                            null),
                    Node.of(
                            "(3)",
                            "A member of a market committee, other than the market officer, shall hold office"
                                    + " for a term of three years and shall be eligible for re-election for one further"
                                    + " term.")),
            null);

    private static final Draft COMMITTEE_FUNCTIONS = new Draft(
            "committee-functions",
            "Functions of market committees",
            "The functions of a market committee shall be to—",
            null,
            List.of(
                    Node.of("(a)", "advise the county government on the management and development of the market;"),
                    Node.of("(b)", "resolve disputes among traders in the market;"),
                    Node.of("(c)", "oversee the cleanliness, safety and security of the market;"),
                    Node.of("(d)", "receive and forward complaints by traders to the market officer; and"),
                    Node.of(
                            "(e)",
                            "perform such other functions as the county executive committee member may" + " assign.")),
            null);

    private static final Draft OFFICERS = new Draft(
            "officers",
            "Market officers",
            null,
            null,
            List.of(
                    Node.of(
                            "(1)",
                            "The county executive committee member shall designate a public officer of the"
                                    + " county as the market officer for every market."),
                    new Node(
                            "(2)",
                            "A market officer shall—",
                            List.of(
                                    Node.of("(a)", "keep the register of traders and stalls in the market;"),
                                    Node.of(
                                            "(b)",
                                            "collect market fees and issue official receipts for every" + " payment;"),
                                    Node.of("(c)", "supervise the cleaning and maintenance of the market; and"),
                                    Node.of(
                                            "(d)",
                                            "report to the county executive committee member on the state of"
                                                    + " the market every three months.")),
                            null,
                            null),
                    Node.of(
                            "(3)",
                            "A market officer shall not collect any fee that is not authorised by county"
                                    + " legislation.")),
            null);

    private static final Draft LEVIES = new Draft(
            "levies",
            "Market levies by ward administrators",
            "A ward administrator may, with the approval of the county executive committee member, impose a levy on"
                    + " the traders in any market within the ward for the maintenance of that market.",
            null,
            null,
            null);

    private static final Draft MAINTENANCE = new Draft(
            "maintenance",
            "Maintenance of markets",
            null,
            null,
            List.of(
                    Node.of(
                            "(1)",
                            "A county government shall keep every market in a clean, safe and sanitary"
                                    + " condition."),
                    Node.of(
                            "(2)",
                            "A county government shall provide in every market clean water, toilets, waste"
                                    + " collection points and adequate lighting."),
                    Node.of(
                            "(3)",
                            "Not less than thirty per cent of the market fees collected in a market in a"
                                    + " financial year shall be applied to the maintenance of that market.")),
            null);

    private static final Draft ZONES = new Draft(
            "zones",
            "Designation of trading zones",
            null,
            null,
            List.of(
                    Node.of(
                            "(1)",
                            "The county executive committee member shall, by notice in the county Gazette,"
                                    + " designate trading zones in which street trading may be carried on."),
                    new Node(
                            "(2)",
                            "In designating a trading zone, the county executive committee member shall consider—",
                            List.of(
                                    Node.of("(a)", "the views of street traders and residents of the area;"),
                                    Node.of("(b)", "the flow of pedestrians and vehicles;"),
                                    Node.of("(c)", "the availability of water, toilets and waste collection; and"),
                                    Node.of("(d)", "the commercial viability of the area.")),
                            null,
                            null),
                    Node.of(
                            "(3)",
                            "The county executive committee member shall review the designation of trading"
                                    + " zones at least once every three years.")),
            null);

    private static final Draft RESERVATION = new Draft(
            "reservation",
            "Reservation of trading spaces for persons with disabilities",
            null,
            null,
            List.of(
                    Node.of(
                            "(1)",
                            "A county government shall reserve not less than five per cent of the stalls in"
                                    + " every market and of the trading spaces in every trading zone for persons with"
                                    + " disabilities."),
                    Node.of(
                            "(2)",
                            "A person with a disability who is allocated a stall or trading space under this"
                                    + " section shall be exempt from the payment of the fee for a trading permit.")),
            null);

    private static final Draft CONDUCT_V1 = new Draft(
            "conduct",
            "Conduct of street traders",
            "A street trader shall—",
            null,
            List.of(
                    Node.of("(a)", "trade only within the trading zone and space specified in the trading permit;"),
                    Node.of("(b)", "keep the trading space clean;"),
                    Node.of("(c)", "not obstruct the free movement of pedestrians or vehicles; and"),
                    Node.of("(d)", "produce the trading permit when required to do so by a market officer.")),
            null);

    private static final Draft PROHIBITED = new Draft(
            "prohibited",
            "Prohibited trading areas",
            "A person shall not carry on street trading—",
            null,
            List.of(
                    Node.of("(a)", "within ten metres of the entrance to a hospital, school or place of worship;"),
                    Node.of("(b)", "on a road carriageway or a road reserve designated for a bus stop; or"),
                    Node.of(
                            "(c)",
                            "in any area that the county executive committee member has, by notice in the"
                                    + " county Gazette, declared a no-trading area for reasons of public safety.")),
            null);

    private static final Draft RELOCATION_V1 = new Draft(
            "relocation",
            "Relocation of street traders",
            null,
            null,
            List.of(
                    Node.of(
                            "(1)",
                            "A county government may relocate street traders from a trading zone for any"
                                    + " public purpose."),
                    Node.of(
                            "(2)",
                            "A county government shall give the affected street traders not less than"
                                    + " fourteen days' notice of a relocation under subsection (1)."),
                    Node.of(
                            "(3)",
                            "A county government shall identify an alternative trading space for the"
                                    + " affected street traders before the relocation.")),
            null);

    private static final Draft STALLS_V1 = new Draft(
            "stalls",
            "Registration and allocation of stalls",
            null,
            null,
            List.of(
                    Node.of(
                            "(1)",
                            "A market officer shall keep a register of all traders and stalls in the market in"
                                    + " the prescribed form."),
                    Node.of(
                            "(2)",
                            "A person who wishes to be allocated a stall or trading space shall apply to the"
                                    + " market officer in the prescribed form."),
                    Node.of(
                            "(3)",
                            "The market officer shall allocate stalls and trading spaces in accordance with"
                                    + " the criteria set out in the Schedule."),
                    Node.of("(4)", "A person shall not be allocated more than one stall in the same market.")),
            null);

    private static final Draft PERMITS_V1 = new Draft(
            "permits",
            "Trading permits",
            null,
            null,
            List.of(
                    Node.of(
                            "(1)",
                            "A person shall not carry on street trading without a trading permit issued by the"
                                    + " county government."),
                    Node.of(
                            "(2)",
                            "A trading permit shall specify the trading zone and the space in which the holder"
                                    + " may trade."),
                    Node.of(
                            "(3)",
                            "A county government shall issue or refuse a trading permit within thirty days of"
                                    + " receipt of the application.")),
            null);

    private static final Draft TRANSFER = new Draft(
            "transfer",
            "Transfer of stalls",
            null,
            null,
            List.of(
                    Node.of(
                            "(1)",
                            "A trader shall not transfer, sublet or sell a stall or trading space without the"
                                    + " written approval of the market officer."),
                    Node.of(
                            "(2)",
                            "Where a trader dies, the stall shall be allocated to the spouse or a child of the"
                                    + " deceased trader who applies for it within ninety days.")),
            null);

    private static final Draft REVOCATION = new Draft(
            "revocation",
            "Revocation of trading permits",
            null,
            null,
            List.of(
                    new Node(
                            "(1)",
                            "A county government may revoke a trading permit issued under section {s:permits} where"
                                    + " the holder—",
                            List.of(
                                    Node.of(
                                            "(a)",
                                            "has not traded in the allocated space for a continuous period of"
                                                    + " three months without reasonable cause;"),
                                    Node.of(
                                            "(b)",
                                            "has transferred the stall or trading space contrary to section"
                                                    + " {s:transfer}; or"),
                                    Node.of("(c)", "has failed to pay the market fees for six consecutive months.")),
                            null,
                            null),
                    Node.of(
                            "(2)",
                            "A county government shall not revoke a trading permit before giving the holder an"
                                    + " opportunity to be heard.")),
            null);

    private static final Draft APPEALS = new Draft(
            "appeals",
            "Appeals",
            null,
            null,
            List.of(
                    Node.of(
                            "(1)",
                            "A person aggrieved by a decision made under section {s:revocation} may, within"
                                    + " thirty days of the decision, appeal to the county executive committee member."),
                    new Node(
                            "(2)",
                            "The county executive committee member shall determine an appeal within thirty days in"
                                    + " accordance with the Fair Administrative Action Act.",
                            List.of(),
                            null,
                            "No. 4 of 2015.")),
            null);

    private static final Draft SEIZURE_V1 = new Draft(
            "seizure",
            "Seizure of goods",
            null,
            null,
            List.of(
                    Node.of(
                            "(1)",
                            "An authorised officer may seize goods offered for sale in contravention of this"
                                    + " Act."),
                    Node.of(
                            "(2)",
                            "Goods seized under subsection (1) shall be kept at the county offices and may be"
                                    + " disposed of after thirty days if not claimed.")),
            null);

    private static final Draft OFFENCES_V1 = new Draft(
            "offences",
            "Offences",
            "A person who—",
            null,
            List.of(
                    Node.of("(a)", "carries on street trading without a trading permit;"),
                    Node.of("(b)", "carries on street trading in a prohibited trading area; or"),
                    Node.of("(c)", "obstructs a market officer in the performance of his or her functions,")),
            "commits an offence and is liable, on conviction, to a fine not exceeding one hundred thousand shillings"
                    + " or to imprisonment for a term not exceeding six months, or to both.");

    private static final Draft REGULATIONS = new Draft(
            "regulations",
            "Regulations",
            null,
            null,
            List.of(
                    Node.of(
                            "(1)",
                            "The Cabinet Secretary may, in consultation with county governments, make"
                                    + " regulations for the better carrying into effect of this Act."),
                    new Node(
                            "(2)",
                            "Without prejudice to the generality of subsection (1), the regulations may provide for—",
                            List.of(
                                    Node.of("(a)", "the forms to be used under this Act;"),
                                    Node.of("(b)", "the minimum standards of hygiene and safety in markets; and"),
                                    Node.of(
                                            "(c)",
                                            "the procedure for the election of members of market" + " committees.")),
                            null,
                            null)),
            null);

    // ---------------------------------------------------------------------------------------------------------------
    // Version 2: the committee-stage reprint.

    private static final Draft INTERPRETATION_V2 = new Draft(
            "interpretation",
            "Interpretation",
            "In this Act, unless the context otherwise requires—",
            List.of(
                    DEFINITIONS_V1.get(0),
                    "“hawker” means a street trader who moves from place to place carrying the goods offered for"
                            + " sale;",
                    DEFINITIONS_V1.get(1),
                    DEFINITIONS_V1.get(2),
                    DEFINITIONS_V1.get(3),
                    DEFINITIONS_V1.get(4),
                    DEFINITIONS_V1.get(5),
                    "“street trader” means a person who sells goods or offers services to the public in a street,"
                            + " lane, pavement or other public place from a temporary structure, and includes a"
                            + " hawker;",
                    DEFINITIONS_V1.get(7),
                    DEFINITIONS_V1.get(8)),
            null,
            null);

    private static final Draft PRINCIPLES = new Draft(
            "principles",
            "Guiding principles",
            "In the performance of functions under this Act, a county government shall be guided by—",
            null,
            List.of(
                    Node.of(
                            "(a)",
                            "the right of every person to fair administrative action under Article 47 of the"
                                    + " Constitution;"),
                    Node.of("(b)", "the dignity of street traders and the protection of their goods;"),
                    Node.of(
                            "(c)",
                            "equity in the allocation of stalls and trading spaces, including for women, youth"
                                    + " and persons with disabilities; and"),
                    Node.of("(d)", "public participation and access to information.")),
            null);

    private static final Draft COMMITTEES_V2 = new Draft(
            "committees",
            "Market committees",
            null,
            null,
            List.of(
                    COMMITTEES_V1.children().get(0),
                    new Node(
                            "(2)",
                            "A market committee shall consist of—",
                            List.of(
                                    Node.of("(a)", "the market officer, who shall be the secretary;"),
                                    Node.of(
                                            "(b)",
                                            "four persons elected by the traders in the market, at least two"
                                                    + " of whom shall be women;"),
                                    Node.of(
                                            "(c)",
                                            "one person representing persons with disabilities trading in the"
                                                    + " market;"),
                                    Node.of(
                                            "(d)",
                                            "one person aged below thirty-five years elected by the youth"
                                                    + " trading in the market; and"),
                                    Node.of("(e)", "one person nominated by the ward administrator.")),
                            null,
                            null),
                    COMMITTEES_V1.children().get(2)),
            null);

    private static final Draft DUTIES_V2 = new Draft(
            "conduct",
            "Duties of street traders",
            "A street trader shall—",
            null,
            List.of(
                    Node.of("(a)", "trade only within the trading zone and space specified in the trading permit;"),
                    Node.of(
                            "(b)",
                            "keep the trading space and its surroundings clean and dispose of waste at the"
                                    + " designated collection points;"),
                    Node.of(
                            "(c)",
                            "not obstruct the free movement of pedestrians, persons with disabilities or"
                                    + " vehicles; and"),
                    Node.of("(d)", "produce the trading permit when required to do so by a market officer.")),
            null);

    private static final Draft RELOCATION_V2 = new Draft(
            "relocation",
            "Relocation of street traders",
            null,
            null,
            List.of(
                    Node.of(
                            "(1)",
                            "A county government may relocate street traders from a trading zone for any"
                                    + " public purpose."),
                    Node.of(
                            "(2)",
                            "A county government shall give the affected street traders not less than ninety"
                                    + " days' notice of a relocation under subsection (1) and shall consult them and their"
                                    + " associations on the place and timing of the relocation."),
                    Node.of(
                            "(3)",
                            "A county government shall identify and prepare an alternative trading space with"
                                    + " water, toilets and lighting for the affected street traders before the relocation."),
                    Node.of(
                            "(4)",
                            "A relocation shall not be carried out at night, on a public holiday or in"
                                    + " inclement weather.")),
            null);

    private static final Draft REGISTER_V2 = new Draft(
            "register",
            "Register of traders",
            null,
            null,
            List.of(
                    Node.of(
                            "(1)",
                            "A market officer shall keep a register of all traders and stalls in the market in"
                                    + " the prescribed form."),
                    Node.of(
                            "(2)",
                            "The register shall be open to inspection by any trader in the market free of"
                                    + " charge.")),
            null);

    private static final Draft ALLOCATION_V2 = new Draft(
            "allocation",
            "Allocation of stalls",
            null,
            null,
            List.of(
                    Node.of(
                            "(1)",
                            "A person who wishes to be allocated a stall or trading space shall apply to the"
                                    + " market officer in the prescribed form."),
                    Node.of(
                            "(2)",
                            "The market officer shall allocate stalls and trading spaces in accordance with"
                                    + " the criteria set out in the Schedule."),
                    Node.of("(3)", "A person shall not be allocated more than one stall in the same market.")),
            null);

    private static final Draft PERMITS_V2 = new Draft(
            "permits",
            "Trading permits",
            null,
            null,
            List.of(
                    PERMITS_V1.children().get(0),
                    PERMITS_V1.children().get(1),
                    Node.of(
                            "(3)",
                            "A county government shall issue or refuse a trading permit within fourteen days of"
                                    + " receipt of the application and shall give written reasons for a refusal."),
                    Node.of("(4)", "A trading permit shall be valid for twelve months and may be renewed.")),
            null);

    private static final Draft SEIZURE_V2 = new Draft(
            "seizure",
            "Seizure of goods",
            null,
            null,
            List.of(
                    Node.of(
                            "(1)",
                            "An authorised officer may seize goods offered for sale in contravention of this"
                                    + " Act and shall issue the owner with a receipt listing the goods seized."),
                    Node.of(
                            "(2)",
                            "Perishable goods seized under subsection (1) shall be returned to the owner within"
                                    + " twenty-four hours on payment of any fine imposed."),
                    Node.of(
                            "(3)",
                            "Other goods seized under subsection (1) shall be kept at the county offices and may"
                                    + " be disposed of after sixty days if not claimed.")),
            null);

    private static final Draft OFFENCES_V2 = new Draft(
            "offences",
            "Offences",
            "A person who—",
            null,
            OFFENCES_V1.children(),
            "commits an offence and is liable, on conviction, to a fine not exceeding twenty thousand shillings.");

    // ---------------------------------------------------------------------------------------------------------------

    private static List<PartDraft> partsV1() {
        return List.of(
                new PartDraft("I", "PRELIMINARY", List.of(SHORT_TITLE, INTERPRETATION_V1, OBJECTS, APPLICATION)),
                new PartDraft(
                        "II",
                        "ESTABLISHMENT AND MANAGEMENT OF MARKETS",
                        List.of(ESTABLISHMENT, COMMITTEES_V1, COMMITTEE_FUNCTIONS, OFFICERS, LEVIES, MAINTENANCE)),
                new PartDraft(
                        "III", "STREET TRADING", List.of(ZONES, RESERVATION, CONDUCT_V1, PROHIBITED, RELOCATION_V1)),
                new PartDraft(
                        "IV",
                        "ALLOCATION OF STALLS AND TRADING PERMITS",
                        List.of(STALLS_V1, PERMITS_V1, TRANSFER, REVOCATION, APPEALS)),
                new PartDraft("V", "MISCELLANEOUS PROVISIONS", List.of(SEIZURE_V1, OFFENCES_V1, REGULATIONS)));
    }

    private static List<PartDraft> partsV2() {
        return List.of(
                new PartDraft(
                        "I", "PRELIMINARY", List.of(SHORT_TITLE, INTERPRETATION_V2, OBJECTS, PRINCIPLES, APPLICATION)),
                new PartDraft(
                        "II",
                        "ESTABLISHMENT AND MANAGEMENT OF MARKETS",
                        List.of(ESTABLISHMENT, COMMITTEES_V2, COMMITTEE_FUNCTIONS, OFFICERS, MAINTENANCE)),
                new PartDraft("III", "STREET TRADING", List.of(ZONES, DUTIES_V2, PROHIBITED, RELOCATION_V2)),
                new PartDraft(
                        "IV",
                        "ALLOCATION OF STALLS AND TRADING PERMITS",
                        List.of(REGISTER_V2, ALLOCATION_V2, RESERVATION, PERMITS_V2, TRANSFER, REVOCATION, APPEALS)),
                new PartDraft("V", "MISCELLANEOUS PROVISIONS", List.of(SEIZURE_V2, OFFENCES_V2, REGULATIONS)));
    }

    /** Every edit from the First Reading version to the committee-stage reprint, in the order of version 1. */
    public static List<Change> changes() {
        return List.of(
                new Change(ChangeType.UNCHANGED, List.of("short-title"), List.of("short-title"), "No change."),
                new Change(
                        ChangeType.AMENDED,
                        List.of("interpretation"),
                        List.of("interpretation"),
                        "Inserts the definition of “hawker” and amends the definition of “street trader” to include"
                                + " hawkers."),
                new Change(ChangeType.UNCHANGED, List.of("objects"), List.of("objects"), "No change."),
                new Change(
                        ChangeType.INSERTED,
                        List.of(),
                        List.of("principles"),
                        "New clause 4 (Guiding principles) inserted after clause 3; every later clause is"
                                + " renumbered."),
                new Change(ChangeType.UNCHANGED, List.of("application"), List.of("application"), "Renumbered 4 to 5."),
                new Change(
                        ChangeType.UNCHANGED, List.of("establishment"), List.of("establishment"), "Renumbered 5 to 6."),
                new Change(
                        ChangeType.AMENDED,
                        List.of("committees"),
                        List.of("committees"),
                        "Renumbered 6 to 7; subclause (2) now has four elected traders (at least two women) and a new"
                                + " paragraph (d) for a youth representative, the ward administrator's nominee moving"
                                + " to paragraph (e)."),
                new Change(
                        ChangeType.UNCHANGED,
                        List.of("committee-functions"),
                        List.of("committee-functions"),
                        "Renumbered 7 to 8."),
                new Change(ChangeType.UNCHANGED, List.of("officers"), List.of("officers"), "Renumbered 8 to 9."),
                new Change(
                        ChangeType.DELETED,
                        List.of("levies"),
                        List.of(),
                        "Clause 9 (Market levies by ward administrators) deleted."),
                new Change(
                        ChangeType.UNCHANGED,
                        List.of("maintenance"),
                        List.of("maintenance"),
                        "Keeps number 10: the insertion and the deletion cancel out."),
                new Change(ChangeType.UNCHANGED, List.of("zones"), List.of("zones"), "Keeps number 11."),
                new Change(
                        ChangeType.MOVED,
                        List.of("reservation"),
                        List.of("reservation"),
                        "Clause 12 moved from Part III (Street Trading) to Part IV (Allocation of Stalls and"
                                + " Trading Permits), after the allocation of stalls; now clause 17."),
                new Change(
                        ChangeType.AMENDED,
                        List.of("conduct"),
                        List.of("conduct"),
                        "Renumbered 13 to 12; marginal note changed from “Conduct of street traders” to “Duties"
                                + " of street traders”; paragraphs (b) and (c) amended."),
                new Change(ChangeType.UNCHANGED, List.of("prohibited"), List.of("prohibited"), "Renumbered 14 to 13."),
                new Change(
                        ChangeType.AMENDED,
                        List.of("relocation"),
                        List.of("relocation"),
                        "Renumbered 15 to 14; notice raised from fourteen to ninety days with consultation,"
                                + " subclause (3) amended, new subclause (4) on night and holiday relocations."),
                new Change(
                        ChangeType.SPLIT,
                        List.of("stalls"),
                        List.of("register", "allocation"),
                        "Clause 16 (Registration and allocation of stalls) split into clause 15 (Register of"
                                + " traders: old subclause (1) plus a new subclause on inspection) and clause 16"
                                + " (Allocation of stalls: old subclauses (2) to (4))."),
                new Change(
                        ChangeType.AMENDED,
                        List.of("permits"),
                        List.of("permits"),
                        "Renumbered 17 to 18; subclause (3) shortens the period to fourteen days and requires"
                                + " written reasons; new subclause (4) on validity and renewal."),
                new Change(ChangeType.UNCHANGED, List.of("transfer"), List.of("transfer"), "Renumbered 18 to 19."),
                new Change(
                        ChangeType.UNCHANGED,
                        List.of("revocation"),
                        List.of("revocation"),
                        "Renumbered 19 to 20; its cross-references follow the renumbering (sections 18 and 19)."),
                new Change(
                        ChangeType.UNCHANGED,
                        List.of("appeals"),
                        List.of("appeals"),
                        "Renumbered 20 to 21; its cross-reference follows the renumbering (section 20)."),
                new Change(
                        ChangeType.AMENDED,
                        List.of("seizure"),
                        List.of("seizure"),
                        "Renumbered 21 to 22; receipts for seized goods, return of perishable goods within"
                                + " twenty-four hours, unclaimed goods kept sixty days instead of thirty."),
                new Change(
                        ChangeType.AMENDED,
                        List.of("offences"),
                        List.of("offences"),
                        "Renumbered 22 to 23; penalty reduced to a fine not exceeding twenty thousand shillings,"
                                + " imprisonment removed."),
                new Change(
                        ChangeType.UNCHANGED, List.of("regulations"), List.of("regulations"), "Renumbered 23 to 24."));
    }

    /** The First Reading version, published in the Gazette on 13th March, 2026. */
    public static BillDocument firstReading() {
        Cover cover = new Cover("National Assembly", 48, 12, 2026, LocalDate.of(2026, 3, 13), 411);
        return build(cover, partsV1(), memorandumV1());
    }

    /** The committee-stage reprint of 2nd June, 2026, with the Departmental Committee's amendments. */
    public static BillDocument committeeStage() {
        Cover cover = new Cover("National Assembly", 48, 12, 2026, LocalDate.of(2026, 6, 2), 411);
        return build(cover, partsV2(), memorandumV2());
    }

    /** The clause keys of a version in document order, for relating {@link #changes()} to clause numbers. */
    public static Map<String, Integer> numbersV1() {
        return numbers(partsV1());
    }

    public static Map<String, Integer> numbersV2() {
        return numbers(partsV2());
    }

    /** Whether a clause key has the very same wording in both versions, before cross-references are resolved. */
    static boolean sameDraft(String key) {
        Draft a = find(partsV1(), key);
        Draft b = find(partsV2(), key);
        return a != null && a == b;
    }

    private static Draft find(List<PartDraft> parts, String key) {
        return parts.stream()
                .flatMap(p -> p.clauses().stream())
                .filter(d -> d.key().equals(key))
                .findFirst()
                .orElse(null);
    }

    /** The Part number a clause key sits in within version 1 or 2. */
    static String partOf(String key, boolean v2) {
        for (PartDraft part : v2 ? partsV2() : partsV1()) {
            if (part.clauses().stream().anyMatch(d -> d.key().equals(key))) {
                return part.number();
            }
        }
        return null;
    }

    private static Map<String, Integer> numbers(List<PartDraft> parts) {
        Map<String, Integer> numbers = new LinkedHashMap<>();
        int n = 1;
        for (PartDraft part : parts) {
            for (Draft draft : part.clauses()) {
                if (numbers.put(draft.key(), n++) != null) {
                    throw new IllegalStateException("duplicate clause key " + draft.key());
                }
            }
        }
        return numbers;
    }

    private static BillDocument build(Cover cover, List<PartDraft> drafts, List<Statement> statements) {
        Map<String, Integer> numbers = numbers(drafts);
        List<Part> parts = new ArrayList<>();
        for (PartDraft part : drafts) {
            List<Clause> clauses = new ArrayList<>();
            for (Draft d : part.clauses()) {
                clauses.add(new Clause(
                        numbers.get(d.key()),
                        d.heading(),
                        resolve(d.text(), numbers),
                        d.definitions().stream().map(t -> resolve(t, numbers)).toList(),
                        resolve(d.children(), numbers),
                        resolve(d.wrapUp(), numbers)));
            }
            parts.add(new Part(part.number(), part.heading(), clauses));
        }
        String allocationKey = numbers.containsKey("stalls") ? "stalls" : "allocation";
        Schedule schedule = new Schedule(
                "SCHEDULE",
                "CRITERIA FOR THE ALLOCATION OF STALLS AND TRADING SPACES",
                "(s. " + numbers.get(allocationKey) + ")",
                resolve(scheduleItems(), numbers));
        List<Statement> resolvedStatements = statements.stream()
                .map(s -> new Statement(
                        s.heading(),
                        s.paragraphs().stream().map(p -> resolve(p, numbers)).toList()))
                .toList();
        Memorandum memorandum = new Memorandum(
                resolvedStatements,
                // A reprint keeps the memorandum's original date and signatory.
                "Dated the 2nd March, 2026.",
                "MARTHA NJERI KIBET,",
                List.of("Chairperson, Departmental Committee on Trade,", "Industry and Cooperatives."));
        return new BillDocument(
                cover,
                TITLE,
                "AN ACT of Parliament to provide for the establishment, management and maintenance of county markets,"
                        + " the regulation of street trading and the allocation of stalls and trading spaces; and for"
                        + " connected purposes",
                parts,
                List.of(schedule),
                memorandum);
    }

    private static List<Node> scheduleItems() {
        return List.of(
                new Node(
                        "1.",
                        "In allocating stalls and trading spaces, the market officer shall give priority to—",
                        List.of(
                                Node.of(
                                        "(a)",
                                        "traders who were trading at the site before the market was" + " established;"),
                                Node.of(
                                        "(b)",
                                        "persons with disabilities, within the reservation under section"
                                                + " {s:reservation};"),
                                Node.of(
                                        "(c)",
                                        "women and youth who have not previously been allocated a stall;" + " and"),
                                Node.of("(d)", "residents of the ward in which the market is situated.")),
                        null,
                        null),
                Node.of(
                        "2.",
                        "Where applications exceed the stalls available, stalls shall be allocated by public"
                                + " ballot conducted in the presence of the market committee."),
                Node.of(
                        "3.",
                        "The list of successful applicants shall be published at the market and on the county"
                                + " website within seven days of the allocation."));
    }

    private static List<Statement> memorandumV1() {
        return List.of(
                new Statement(
                        "Statement of the Objects and Reasons for the Bill",
                        List.of(
                                "The principal object of this Bill is to provide a framework for the establishment,"
                                        + " management and maintenance of county markets and for the regulation"
                                        + " of street trading, which is the livelihood of a large number of Kenyans.",
                                "Part I of the Bill provides for preliminary matters, including the interpretation"
                                        + " of terms, the objects of the Bill and its application.",
                                "Part II provides for the establishment of markets, market committees and market"
                                        + " officers, and for the maintenance of markets.",
                                "Part III provides for the designation of trading zones, the reservation of trading"
                                        + " spaces for persons with disabilities and the relocation of street"
                                        + " traders.",
                                "Part IV provides for the registration of traders, the allocation of stalls and the"
                                        + " issue, transfer and revocation of trading permits.",
                                "Part V contains miscellaneous provisions on the seizure of goods, offences and"
                                        + " regulations.")),
                new Statement(
                        "Statement on the delegation of legislative powers and limitation of fundamental rights and"
                                + " freedoms",
                        List.of("Clause {s:regulations} of the Bill delegates legislative powers to the Cabinet"
                                + " Secretary to make regulations. The Bill does not limit fundamental rights and"
                                + " freedoms.")),
                new Statement(
                        "Statement on how the Bill concerns county governments",
                        List.of("Markets and trade licensing are functions of county governments under Part 2 of the"
                                + " Fourth Schedule to the Constitution. The Bill therefore concerns county"
                                + " governments in terms of Article 110(1)(a) of the Constitution.")),
                new Statement(
                        "Statement that the Bill is not a money Bill, within the meaning of Article 114 of the"
                                + " Constitution",
                        List.of("This Bill is not a money Bill within the meaning of Article 114 of the"
                                + " Constitution.")));
    }

    private static List<Statement> memorandumV2() {
        List<Statement> v1 = memorandumV1();
        List<String> objects = new ArrayList<>(v1.get(0).paragraphs());
        objects.set(
                1,
                "Part I of the Bill provides for preliminary matters, including the interpretation of terms,"
                        + " the objects of the Bill, the guiding principles and its application.");
        objects.set(
                2,
                "Part II provides for the establishment of markets, market committees and market officers,"
                        + " and for the maintenance of markets.");
        objects.set(
                3,
                "Part III provides for the designation of trading zones, the duties of street traders and"
                        + " the relocation of street traders.");
        objects.set(
                4,
                "Part IV provides for the register of traders, the allocation of stalls, the reservation of"
                        + " trading spaces for persons with disabilities and the issue, transfer and revocation of trading"
                        + " permits.");
        List<Statement> v2 = new ArrayList<>(v1);
        v2.set(0, new Statement(v1.get(0).heading(), objects));
        return v2;
    }

    private static String resolve(String text, Map<String, Integer> numbers) {
        if (text == null) {
            return null;
        }
        Matcher m = REFERENCE.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            Integer n = numbers.get(m.group(1));
            m.appendReplacement(out, String.valueOf(Objects.requireNonNull(n, "no clause " + m.group(1))));
        }
        m.appendTail(out);
        return out.toString();
    }

    private static List<Node> resolve(List<Node> nodes, Map<String, Integer> numbers) {
        return nodes.stream()
                .map(n -> new Node(
                        n.num(),
                        resolve(n.text(), numbers),
                        resolve(n.children(), numbers),
                        resolve(n.wrapUp(), numbers),
                        n.sideNote()))
                .toList();
    }
}
