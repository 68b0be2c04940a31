package org.maoni.bill.synthetic;

import java.util.List;
import java.util.Locale;

/**
 * Fictional memoranda on the First Reading version of the demo bill, written for the project: who submitted them
 * (invented people and organisations), how, their stance, the clauses they discuss and their text. Contact details
 * are invented too and belong only in the private part of the metadata.
 */
public final class DemoMemoranda {

    private DemoMemoranda() {}

    /** The file format a memorandum is written in. */
    public enum Format {
        DOCX,
        PDF,
        TXT
    }

    /** A piece of a memorandum's body. */
    public sealed interface Piece permits Heading, Para, Table {}

    /** A section heading such as "3. Recommendations". */
    public record Heading(String text) implements Piece {}

    /** One paragraph. */
    public record Para(String text) implements Piece {}

    /** The recommendations table: "Bill Section | Proposed Change to the Section | Rationale". */
    public record Table(List<Row> rows) implements Piece {

        public Table {
            rows = List.copyOf(rows);
        }
    }

    /** One row of the recommendations table. */
    public record Row(String section, String change, String rationale) {}

    /** Invented contact details, never to be published. */
    public record Contact(String email, String phone, String postalAddress) {}

    /**
     * One memorandum: {@code id} and {@code slug} name its files, {@code clauses} are the First Reading clause numbers
     * it discusses, {@code stance} is one of support, support-with-amendments, oppose or general-comment.
     */
    public record Memo(
            String id,
            String slug,
            Format format,
            String language,
            String submittedOn,
            String channel,
            String submitterName,
            String organisation,
            String organisationType,
            String county,
            String stance,
            List<Integer> clauses,
            Contact contact,
            String title,
            List<Piece> body) {

        public Memo {
            clauses = List.copyOf(clauses);
            body = List.copyOf(body);
        }

        public String fileName() {
            return id + "-" + slug + "." + format.name().toLowerCase(Locale.ROOT);
        }
    }

    private static final String TO = "The Clerk of the National Assembly, Parliament Buildings, Nairobi.";
    private static final String SUBJECT =
            "Memorandum on the County Markets and Street Trading Bill, 2026" + " (National Assembly Bills No. 12)";

    public static List<Memo> all() {
        return List.of(sokoHaki(), lakeBasin(), mwanaisha(), milimani(), retailers(), machakos());
    }

    private static Memo sokoHaki() {
        return new Memo(
                "memo-01",
                "soko-haki-trust",
                Format.DOCX,
                "en",
                "2026-04-02",
                "upload",
                "Naliaka Chebet",
                "Soko Haki Trust",
                "civil-society",
                "Nairobi City",
                "support-with-amendments",
                List.of(6, 9, 12, 15, 21),
                new Contact("submissions@sokohaki.example.org", "+254 700 000 101", "P.O. Box 00000-00100, Nairobi"),
                SUBJECT,
                List.of(
                        new Para("To: " + TO),
                        new Para("From: Soko Haki Trust, Nairobi."),
                        new Para("Date: 2nd April, 2026"),
                        new Para("Subject: " + SUBJECT),
                        new Heading("1. Summary"),
                        new Para("Soko Haki Trust welcomes the Bill's recognition of street trading as a legitimate"
                                + " livelihood. We support the Bill with amendments to clauses 6, 9, 12, 15 and 21, which"
                                + " as drafted would expose small traders to double charges, abrupt evictions and the loss"
                                + " of their goods."),
                        new Heading("2. Background"),
                        new Para("Soko Haki Trust is a non-profit organisation that has worked with market and street"
                                + " traders in Nairobi since 2015. In March 2026 we held six public forums on the Bill"
                                + " with more than four hundred traders in Gikomba, Muthurwa, Kawangware and the Central"
                                + " Business District; this memorandum reflects their views."),
                        new Heading("3. Recommendations"),
                        new Table(List.of(
                                new Row(
                                        "Clause 9 (Market levies by ward administrators)",
                                        "Delete the clause.",
                                        "Traders already pay market fees. A second levy set by a ward administrator has"
                                                + " no basis in county finance legislation, duplicates the market"
                                                + " fees that clause 10(3) already applies to maintenance and invites"
                                                + " extortion."),
                                new Row(
                                        "Clause 15(2) (Relocation of street traders)",
                                        "Replace “fourteen days'” with “ninety days'” and require consultation with the"
                                                + " affected traders and their associations.",
                                        "Fourteen days is not enough to find a new site or to sell perishable stock."
                                                + " Consultation gives effect to the right to fair administrative"
                                                + " action."),
                                new Row(
                                        "Clause 21 (Seizure of goods)",
                                        "Require a receipt listing the goods seized, and the return of perishable goods"
                                                + " within twenty-four hours.",
                                        "Seizure without receipts is the most common complaint in our forums; seized"
                                                + " vegetables and fish rot long before the thirty days expire."),
                                new Row(
                                        "Clause 12(1) (Reservation of trading spaces for persons with disabilities)",
                                        "Raise the reservation from five to ten per cent.",
                                        "Five per cent is below the share of traders with disabilities recorded in our"
                                                + " forums and leaves no room for growth."),
                                new Row(
                                        "Clause 6(2)(b) (Market committees)",
                                        "Provide for a representative of youth traders.",
                                        "Young people are the majority of street traders but have no seat on market"
                                                + " committees."))),
                        new Heading("4. Conclusions"),
                        new Para("We urge the Committee to adopt these amendments and to hold a public hearing in"
                                + " Nairobi before the Committee of the whole House considers the Bill."),
                        new Para("Kind regards,"),
                        new Para("Naliaka Chebet, Programme Lead, Soko Haki Trust")));
    }

    private static Memo lakeBasin() {
        return new Memo(
                "memo-02",
                "lake-basin-market-women-network",
                Format.PDF,
                "en",
                "2026-04-06",
                "email",
                "Akinyi Owuor",
                "Lake Basin Market Women Network",
                "community-based-organisation",
                "Kisumu",
                "support-with-amendments",
                List.of(5, 10, 15, 21),
                new Contact("info@lbmwn.example.org", "+254 700 000 202", "P.O. Box 00000-40100, Kisumu"),
                "Submission on the County Markets and Street Trading Bill, 2026",
                List.of(
                        new Para("To: " + TO),
                        new Para("From: Lake Basin Market Women Network, Kisumu."),
                        new Para("Date: 6th April, 2026"),
                        new Heading("Who we are"),
                        new Para("The Lake Basin Market Women Network brings together thirty-two groups of women who"
                                + " sell fish, vegetables and second-hand clothes in the markets of Kisumu, Homa Bay and"
                                + " Siaya. Most of our members trade with young children beside them."),
                        new Heading("Our recommendations"),
                        new Para("1. Clause 5(2)(c) should require every new market to have a safe space for"
                                + " children and breastfeeding mothers, not only to consider the needs of persons"
                                + " trading with young children."),
                        new Para("2. Clause 10(2) should require separate and lockable toilets for women, and clean"
                                + " water at every fish section."),
                        new Para("3. Clause 15 should forbid relocations at night, on public holidays and in heavy"
                                + " rain. In 2025 our members lost their stock when stalls were demolished at night."),
                        new Para("4. Clause 21(2) should require fish and other perishable goods to be returned within"
                                + " twenty-four hours. Keeping fish for thirty days is the same as destroying it."),
                        new Heading("Conclusion"),
                        new Para("We support the Bill and ask the Committee to make these amendments so that it"
                                + " protects the women who feed our towns."),
                        new Para("Akinyi Owuor, Coordinator, Lake Basin Market Women Network")));
    }

    private static Memo mwanaisha() {
        return new Memo(
                "memo-03",
                "mwanaisha-juma",
                Format.TXT,
                "sw",
                "2026-04-06",
                "web",
                "Mwanaisha Juma",
                null,
                "individual",
                "Mombasa",
                "oppose",
                List.of(9, 15, 21, 22),
                new Contact("mwanaisha.juma@example.com", "+254 700 000 303", "S.L.P. 00000-80100, Mombasa"),
                "Maoni kuhusu Mswada wa Masoko ya Kaunti na Biashara ya Mitaani, 2026",
                List.of(
                        new Para("KWA: Karani wa Bunge la Kitaifa, Majengo ya Bunge, Nairobi."),
                        new Para("KUTOKA: Mwanaisha Juma, mfanyabiashara wa mboga, Soko la Marikiti, Mombasa."),
                        new Para("TAREHE: 6 Aprili 2026"),
                        new Para("KUHUSU: Maoni kuhusu Mswada wa Masoko ya Kaunti na Biashara ya Mitaani, 2026"),
                        new Para("Mimi ni mfanyabiashara wa mboga na matunda katika Soko la Marikiti kwa miaka kumi"
                                + " na mbili. Nimesoma Mswada huu na ninaupinga kama ulivyo sasa kwa sababu"
                                + " vifungu vifuatavyo vinawaumiza wafanyabiashara wadogo."),
                        new Para("Kifungu cha 9: Tayari tunalipa ada ya soko kila siku. Kuwaruhusu wasimamizi wa wadi"
                                + " kutoza ushuru mwingine ni kutuongezea mzigo na kufungua mlango wa rushwa."
                                + " Napendekeza kifungu hiki kiondolewe."),
                        new Para("Kifungu cha 15: Notisi ya siku kumi na nne haitoshi. Mfanyabiashara anahitaji muda"
                                + " wa kutafuta mahali pengine na kuuza bidhaa alizonazo. Napendekeza notisi ya siku"
                                + " tisini, na wafanyabiashara washauriwe kabla ya kuhamishwa."),
                        new Para("Kifungu cha 21: Askari wa kaunti huchukua bidhaa zetu bila kutupa risiti. Mboga na"
                                + " matunda huoza ndani ya siku moja au mbili. Napendekeza risiti itolewe kila mara na"
                                + " bidhaa zinazoharibika zirudishwe ndani ya saa ishirini na nne."),
                        new Para("Kifungu cha 22: Faini ya shilingi laki moja ni kubwa mno kwa mfanyabiashara mdogo"
                                + " ambaye faida yake ni shilingi mia tatu kwa siku. Napendekeza faini ipunguzwe na"
                                + " kifungo cha jela kiondolewe."),
                        new Para("Naunga mkono nia ya kutambua biashara ya mitaani, lakini Mswada ubadilishwe kwanza."),
                        new Para("Wako mwaminifu,"),
                        new Para("Mwanaisha Juma")));
    }

    private static Memo milimani() {
        return new Memo(
                "memo-04",
                "milimani-estate-residents-association",
                Format.TXT,
                "en",
                "2026-04-08",
                "email",
                "Peter Kiprono Langat",
                "Milimani Estate Residents Association",
                "residents-association",
                "Nakuru",
                "support",
                List.of(11, 14, 22),
                new Contact(
                        "secretary@milimani-residents.example.org", "+254 700 000 404", "P.O. Box 00000-20100, Nakuru"),
                "Views of the Milimani Estate Residents Association on the County Markets and Street Trading Bill,"
                        + " 2026",
                List.of(
                        new Para("To: " + TO),
                        new Para("From: The Secretary, Milimani Estate Residents Association, Nakuru."),
                        new Para("Date: 8th April, 2026"),
                        new Para("The Association supports the Bill. For years the pavements leading to our estate"
                                + " have been blocked by traders, and pedestrians, especially children going to school"
                                + " and persons using wheelchairs, are forced to walk on the road."),
                        new Para("We particularly support clause 14, which keeps street trading away from the"
                                + " entrances of schools and hospitals and off the road carriageway, and clause 11,"
                                + " which requires the views of residents to be considered when trading zones are"
                                + " designated."),
                        new Para("We ask the Committee to keep the penalties in clause 22 as they are. Without"
                                + " firm penalties the county will not be able to keep pavements clear."),
                        new Para("Yours faithfully,"),
                        new Para("Peter Kiprono Langat, Secretary")));
    }

    private static Memo retailers() {
        return new Memo(
                "memo-05",
                "federation-of-town-centre-retailers",
                Format.DOCX,
                "en",
                "2026-04-09",
                "upload",
                "Daniel Mutiso Kilonzo",
                "Federation of Town Centre Retailers",
                "business-association",
                "Uasin Gishu",
                "oppose",
                List.of(3, 11, 17, 22),
                new Contact("policy@ftcr.example.org", "+254 700 000 505", "P.O. Box 00000-30100, Eldoret"),
                SUBJECT,
                List.of(
                        new Para("To: " + TO),
                        new Para("From: Federation of Town Centre Retailers, Eldoret."),
                        new Para("Date: 9th April, 2026"),
                        new Para("Subject: " + SUBJECT),
                        new Heading("1. Summary"),
                        new Para("The Federation represents shops and supermarkets in the town centres of Eldoret,"
                                + " Kitale and Iten. Our members pay rent, single business permits and taxes. We oppose"
                                + " the Bill in its present form because it allows untaxed trading in front of licensed"
                                + " premises."),
                        new Heading("2. Recommendations"),
                        new Table(List.of(
                                new Row(
                                        "Clause 11(2)",
                                        "Add a paragraph requiring the county to consider the interests of licensed"
                                                + " businesses, and forbid trading zones within fifty metres of a"
                                                + " licensed shop.",
                                        "Traders selling identical goods at the shop door take customers from"
                                                + " businesses that pay rent and taxes."),
                                new Row(
                                        "Clause 17",
                                        "Limit trading permits to six months and require proof of tax registration.",
                                        "Permits without a time limit create permanent structures on public land."),
                                new Row(
                                        "Clause 22",
                                        "Raise the maximum fine to two hundred thousand shillings.",
                                        "The present penalty does not deter repeat offenders."),
                                new Row(
                                        "Clause 3(b)",
                                        "Replace “recognise street trading as a legitimate means of livelihood” with"
                                                + " “regulate street trading”.",
                                        "The objects of the Act should be regulatory."))),
                        new Heading("3. Conclusion"),
                        new Para("We ask the Committee to amend the Bill as proposed, or to defer it until county"
                                + " governments have completed the survey of traders."),
                        new Para("Daniel Mutiso Kilonzo, Chairman, Federation of Town Centre Retailers")));
    }

    private static Memo machakos() {
        return new Memo(
                "memo-06",
                "citizen-machakos",
                Format.TXT,
                "en",
                "2026-04-10",
                "web",
                "Joseph Mwendwa Nzioka",
                null,
                "individual",
                "Machakos",
                "general-comment",
                List.of(10),
                new Contact("j.nzioka@example.com", "+254 700 000 606", null),
                "Comment on markets",
                List.of(
                        new Para("Habari. I am a boda boda rider and my wife sells vegetables at the Machakos"
                                + " market."),
                        new Para("The problem is not the law, it is that the money we pay is not used for the"
                                + " market. There is no shade, the toilets are locked most of the day and when it rains"
                                + " the whole market is mud."),
                        new Para("Clause 10 says thirty per cent of market fees will go to maintenance. Please make"
                                + " sure the county publishes how much was collected and how it was spent, every year,"
                                + " at the market itself."),
                        new Para("Asanteni.")));
    }
}
