package org.maoni.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.maoni.report.AknFixtures.node;
import static org.maoni.report.AknFixtures.wrapped;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.maoni.bill.Bill;
import org.maoni.bill.House;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionTree;
import org.maoni.bill.ProvisionType;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

class AkomaNtosoWriterTest {

    private static final String ODD = "a < b && c > d ]]> \"quoted\" 'single' <![CDATA[x]]> <!-- no -->";
    private static final String SWAHILI =
            "Kila mfanyabiashara atalipa ada ya soko — “ushuru” wa kila siku 🧺🇰🇪👩🏾‍🌾.";
    private static final String RTL = "النص العربي\u200F mixed with English \u202Eevil\u202C";

    private final AkomaNtosoWriter writer = new AkomaNtosoWriter();

    /** A tree with every kind of node, deep nesting, definitions, wrap-up text and odd characters. */
    static List<Provision> everyKind() {
        return List.of(
                node(
                        "preface",
                        ProvisionType.PREFACE,
                        null,
                        null,
                        "A Bill for\nAN ACT of Parliament to provide for county markets; and for connected purposes"),
                node("preamble", ProvisionType.PREAMBLE, null, null, "ENACTED by the Parliament of Kenya, as follows—"),
                node(
                        "part_I",
                        ProvisionType.PART,
                        "PART I",
                        "PRELIMINARY",
                        null,
                        node(
                                "sec_1",
                                ProvisionType.SECTION,
                                "1.",
                                "Short title",
                                "This Act may be cited as the County Markets Act, 2026."),
                        node(
                                "sec_2",
                                ProvisionType.SECTION,
                                "2.",
                                "Interpretation",
                                "In this Act—\n“market” means a place for trade;\n\n   “trader” means a person who"
                                        + " trades;\r\n“county” has the meaning in Article 6;")),
                node(
                        "part_II",
                        ProvisionType.PART,
                        "PART II",
                        "ADMINISTRATION",
                        null,
                        node(
                                "part_II__dvs_1",
                                ProvisionType.DIVISION,
                                "Division 1",
                                "Market committees",
                                null,
                                node(
                                        "sec_3",
                                        ProvisionType.SECTION,
                                        "3.",
                                        "Market committees",
                                        null,
                                        node(
                                                "sec_3__subsec_1",
                                                ProvisionType.SUBSECTION,
                                                "(1)",
                                                null,
                                                "Each county government shall—",
                                                node(
                                                        "sec_3__subsec_1__para_a",
                                                        ProvisionType.PARAGRAPH,
                                                        "(a)",
                                                        null,
                                                        "establish a market committee; and"),
                                                wrapped(
                                                        "sec_3__subsec_1__para_b",
                                                        ProvisionType.PARAGRAPH,
                                                        "(b)",
                                                        "appoint—",
                                                        "who shall serve for three years.",
                                                        node(
                                                                "sec_3__subsec_1__para_b__subpara_i",
                                                                ProvisionType.SUBPARAGRAPH,
                                                                "(i)",
                                                                null,
                                                                "a chairperson;"),
                                                        node(
                                                                "sec_3__subsec_1__para_b__subpara_ii",
                                                                ProvisionType.SUBPARAGRAPH,
                                                                "(ii)",
                                                                null,
                                                                "four members,"))),
                                        node("sec_3__subsec_2", ProvisionType.SUBSECTION, "(2)", "", null))),
                        node("sec_4", ProvisionType.SECTION, "4.", null, null),
                        node("sec_5", ProvisionType.SECTION, "5.", "Ada za soko", SWAHILI),
                        node("sec_6", ProvisionType.SECTION, "6.", "Escaping <&> ]]>", ODD),
                        node("sec_7", ProvisionType.SECTION, "7.", "قانون الأسواق", RTL),
                        node(
                                "sec_8",
                                ProvisionType.SECTION,
                                "8.\u0007",
                                "Tab\there\u0000",
                                "Bad\u0000 char\u0001s\u000B next line\fpage\uFFFE\uD800 end\uDFFF")),
                node(
                        "sched_1",
                        ProvisionType.SCHEDULE,
                        "FIRST SCHEDULE",
                        "(s. 3)",
                        "FEES PAYABLE",
                        node(
                                "sched_1__para_1",
                                ProvisionType.PARAGRAPH,
                                "1.",
                                null,
                                "Daily fees—",
                                node("sched_1__para_1__subpara_a", ProvisionType.SUBPARAGRAPH, "(a)", null, "KSh 50;"),
                                node(
                                        "sched_1__para_1__subpara_b",
                                        ProvisionType.SUBPARAGRAPH,
                                        "(b)",
                                        null,
                                        "KSh 100."))),
                node("sched_2", ProvisionType.SCHEDULE, "SECOND SCHEDULE", null, null),
                node(
                        "objectsAndReasons",
                        ProvisionType.OBJECTS_AND_REASONS,
                        null,
                        "MEMORANDUM OF OBJECTS AND REASONS",
                        "Statement of the Objects and Reasons for the Bill\nThe principal object of this Bill is to"
                                + " regulate county markets."));
    }

    private static Bill demoBill() {
        return AknFixtures.nationalBill(AknFixtures.version(1, "First Reading", LocalDate.of(2026, 3, 13)));
    }

    private String export(Bill bill, List<Provision> provisions) {
        return writer.write(bill, AknFixtures.tree(bill, bill.latestVersion(), provisions));
    }

    private static Map<String, Element> byEId(Document doc) {
        return AknSchema.withEId(doc).stream()
                .collect(Collectors.toMap(e -> e.getAttribute("eId"), Function.identity()));
    }

    private static List<String> paragraphs(Element parent, String container) {
        Element c = (Element) parent.getElementsByTagNameNS(AkomaNtosoWriter.NAMESPACE, container)
                .item(0);
        List<String> out = new ArrayList<>();
        var ps = c.getElementsByTagNameNS(AkomaNtosoWriter.NAMESPACE, "p");
        for (int i = 0; i < ps.getLength(); i++) {
            if (ps.item(i).getParentNode() == c) {
                out.add(ps.item(i).getTextContent());
            }
        }
        return out;
    }

    private static String child(Element parent, String name) {
        var nodes = parent.getElementsByTagNameNS(AkomaNtosoWriter.NAMESPACE, name);
        return nodes.getLength() == 0 ? null : nodes.item(0).getTextContent();
    }

    private static void assertEachEIdOnce(Document doc, List<Provision> provisions) {
        List<String> exported =
                AknSchema.withEId(doc).stream().map(e -> e.getAttribute("eId")).toList();
        for (String eId : AknFixtures.eIds(provisions)) {
            assertThat(exported).as("eId %s", eId).containsOnlyOnce(eId);
        }
        assertThat(exported).doesNotHaveDuplicates();
    }

    @Test
    void everyKindOfNodeIsValidAkomaNtoso() {
        String xml = export(demoBill(), everyKind());
        assertThat(AknSchema.problems(xml)).isEmpty();
        assertThat(xml)
                .startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<akomaNtoso xmlns=\""
                        + AkomaNtosoWriter.NAMESPACE + "\">");
        assertThat(xml).endsWith("</akomaNtoso>\n");
    }

    @Test
    void everyProvisionAppearsExactlyOnceWithItsEIdAsWId() {
        List<Provision> tree = everyKind();
        Document doc = AknSchema.parse(export(demoBill(), tree));
        assertEachEIdOnce(doc, tree);
        Map<String, Element> byEId = byEId(doc);
        for (String eId : AknFixtures.eIds(tree)) {
            assertThat(byEId.get(eId).getAttribute("wId")).isEqualTo(eId);
        }
    }

    @Test
    void provisionTypesBecomeTheirAkomaNtosoElements() {
        Map<String, Element> e = byEId(AknSchema.parse(export(demoBill(), everyKind())));
        assertThat(e.get("preface").getLocalName()).isEqualTo("longTitle");
        assertThat(e.get("preface").getParentNode().getLocalName()).isEqualTo("preface");
        assertThat(e.get("preamble").getLocalName()).isEqualTo("formula");
        assertThat(e.get("preamble").getAttribute("name")).isEqualTo("enactingText");
        assertThat(e.get("preamble").getParentNode().getLocalName()).isEqualTo("preamble");
        assertThat(e.get("part_I").getLocalName()).isEqualTo("part");
        assertThat(e.get("part_I").getParentNode().getLocalName()).isEqualTo("body");
        assertThat(e.get("part_II__dvs_1").getLocalName()).isEqualTo("division");
        assertThat(e.get("sec_3").getLocalName()).isEqualTo("section");
        assertThat(e.get("sec_3__subsec_1").getLocalName()).isEqualTo("subsection");
        assertThat(e.get("sec_3__subsec_1__para_b").getLocalName()).isEqualTo("paragraph");
        assertThat(e.get("sec_3__subsec_1__para_b__subpara_ii").getLocalName()).isEqualTo("subparagraph");
        for (String attached : List.of("sched_1", "sched_2", "objectsAndReasons")) {
            assertThat(e.get(attached).getLocalName()).isEqualTo("attachment");
            assertThat(e.get(attached).getParentNode().getLocalName()).isEqualTo("attachments");
        }
        assertThat(e.get("sched_1__para_1").getLocalName()).isEqualTo("paragraph");
        assertThat(e.get("sched_1__para_1").getParentNode().getLocalName()).isEqualTo("mainBody");
        Element memo = (Element) e.get("objectsAndReasons")
                .getElementsByTagNameNS(AkomaNtosoWriter.NAMESPACE, "doc")
                .item(0);
        assertThat(memo.getAttribute("name")).isEqualTo("objectsAndReasons");
        assertThat(child(e.get("objectsAndReasons"), "heading")).isEqualTo("MEMORANDUM OF OBJECTS AND REASONS");
        assertThat(child(e.get("sched_1"), "num")).isEqualTo("FIRST SCHEDULE");
    }

    @Test
    void leavesHoldContentAndParentsIntroChildrenAndWrapUp() {
        Map<String, Element> e = byEId(AknSchema.parse(export(demoBill(), everyKind())));
        assertThat(paragraphs(e.get("sec_2"), "content"))
                .containsExactly(
                        "In this Act—",
                        "“market” means a place for trade;",
                        "“trader” means a person who trades;",
                        "“county” has the meaning in Article 6;");
        Element b = e.get("sec_3__subsec_1__para_b");
        assertThat(paragraphs(b, "intro")).containsExactly("appoint—");
        assertThat(paragraphs(b, "wrapUp")).containsExactly("who shall serve for three years.");
        assertThat(paragraphs(b, "content")).containsExactly("a chairperson;");
        assertThat(child(e.get("sec_1"), "num")).isEqualTo("1.");
        assertThat(child(e.get("sec_1"), "heading")).isEqualTo("Short title");
        assertThat(child(e.get("part_I"), "heading")).isEqualTo("PRELIMINARY");
        // An empty heading and a node without text leave no empty elements behind.
        assertThat(child(e.get("sec_3__subsec_2"), "heading")).isNull();
        assertThat(e.get("sec_3__subsec_2")
                        .getElementsByTagNameNS("*", "content")
                        .getLength())
                .isZero();
        assertThat(e.get("sec_4").getElementsByTagNameNS("*", "heading").getLength())
                .isZero();
        assertThat(e.get("preface").getTextContent())
                .contains("AN ACT of Parliament to provide for county markets; and for connected purposes");
        assertThat(paragraphs(e.get("sched_1"), "mainBody")).containsExactly("FEES PAYABLE");
        assertThat(paragraphs(e.get("sched_2"), "mainBody")).containsExactly("");
        assertThat(paragraphs(e.get("objectsAndReasons"), "mainBody"))
                .containsExactly(
                        "Statement of the Objects and Reasons for the Bill",
                        "The principal object of this Bill is to regulate county markets.");
    }

    @Test
    void markupCharactersKiswahiliEmojiAndRightToLeftTextSurviveUnchanged() {
        String xml = export(demoBill(), everyKind());
        Map<String, Element> e = byEId(AknSchema.parse(xml));
        assertThat(child(e.get("sec_6"), "heading")).isEqualTo("Escaping <&> ]]>");
        assertThat(paragraphs(e.get("sec_6"), "content")).containsExactly(ODD);
        assertThat(paragraphs(e.get("sec_5"), "content")).containsExactly(SWAHILI);
        assertThat(child(e.get("sec_5"), "heading")).isEqualTo("Ada za soko");
        assertThat(paragraphs(e.get("sec_7"), "content")).containsExactly(RTL);
        assertThat(child(e.get("sec_7"), "heading")).isEqualTo("قانون الأسواق");
        assertThat(xml).doesNotContain("]]>").doesNotContain("<&>").doesNotContain("<!--");
    }

    @Test
    void charactersXmlCannotCarryAreDroppedAndBreaksSplitParagraphs() {
        String xml = export(demoBill(), everyKind());
        assertThat(xml.codePoints().allMatch(XmlText::isLegal)).isTrue();
        Element sec8 = byEId(AknSchema.parse(xml)).get("sec_8");
        assertThat(paragraphs(sec8, "content")).containsExactly("Bad chars", "next line", "page end");
        assertThat(child(sec8, "num")).isEqualTo("8.");
        assertThat(child(sec8, "heading")).isEqualTo("Tab here");
    }

    @Test
    void wIdsComeFromTheLineageMapAndDefaultToTheEId() {
        Bill bill = demoBill();
        List<Provision> tree = everyKind();
        Map<String, String> lineage = new HashMap<>();
        lineage.put("sec_5", "sec_4");
        lineage.put("sec_3__subsec_1", "lineage 7\u0000x");
        lineage.put("sec_6", "  ");
        lineage.put("sec_7", null);
        String xml = writer.write(bill, AknFixtures.tree(bill, 1, tree), lineage);
        assertThat(AknSchema.problems(xml)).isEmpty();
        Map<String, Element> e = byEId(AknSchema.parse(xml));
        assertThat(e.get("sec_5").getAttribute("wId")).isEqualTo("sec_4");
        assertThat(e.get("sec_4").getAttribute("wId")).isEqualTo("sec_4");
        assertThat(e.get("sec_3__subsec_1").getAttribute("wId")).isEqualTo("lineage_7x");
        assertThat(e.get("sec_6").getAttribute("wId")).isEqualTo("sec_6");
        assertThat(e.get("sec_7").getAttribute("wId")).isEqualTo("sec_7");
        assertThat(writer.write(bill, AknFixtures.tree(bill, 1, tree), null))
                .isEqualTo(writer.write(bill, AknFixtures.tree(bill, 1, tree)));
    }

    @Test
    void identificationCarriesTheFrbrUris() {
        Bill bill = demoBill();
        ProvisionTree tree = AknFixtures.tree(bill, 1, everyKind());
        Document doc = AknSchema.parse(writer.write(bill, tree));
        String work = "/akn/ke/bill/2026/na-12";
        String expression = work + "/eng@2026-03-13";
        assertThat(writer.uris(bill, tree))
                .isEqualTo(new AkomaNtosoWriter.FrbrUris(work, expression, expression + ".akn"));
        assertThat(AknSchema.frbr(doc, "FRBRWork", "FRBRthis", "value")).isEqualTo(work + "/!main");
        assertThat(AknSchema.frbr(doc, "FRBRWork", "FRBRuri", "value")).isEqualTo(work);
        assertThat(AknSchema.frbr(doc, "FRBRWork", "FRBRdate", "date")).isEqualTo("2026-03-13");
        assertThat(AknSchema.frbr(doc, "FRBRWork", "FRBRcountry", "value")).isEqualTo("ke");
        assertThat(AknSchema.frbr(doc, "FRBRWork", "FRBRnumber", "value")).isEqualTo("na-12");
        assertThat(AknSchema.frbr(doc, "FRBRWork", "FRBRnumber", "showAs")).isEqualTo("National Assembly Bills No. 12");
        assertThat(AknSchema.frbr(doc, "FRBRWork", "FRBRname", "value"))
                .isEqualTo("The County Markets and Street Trading Bill, 2026");
        assertThat(AknSchema.frbr(doc, "FRBRWork", "FRBRauthor", "href")).isEqualTo("#national-assembly");
        assertThat(AknSchema.frbr(doc, "FRBRExpression", "FRBRthis", "value")).isEqualTo(expression + "/!main");
        assertThat(AknSchema.frbr(doc, "FRBRExpression", "FRBRuri", "value")).isEqualTo(expression);
        assertThat(AknSchema.frbr(doc, "FRBRExpression", "FRBRdate", "name")).isEqualTo("publication");
        assertThat(AknSchema.frbr(doc, "FRBRExpression", "FRBRlanguage", "language"))
                .isEqualTo("eng");
        assertThat(AknSchema.frbr(doc, "FRBRExpression", "FRBRversionNumber", "value"))
                .isEqualTo("1");
        assertThat(AknSchema.frbr(doc, "FRBRManifestation", "FRBRuri", "value")).isEqualTo(expression + ".akn");
        assertThat(AknSchema.frbr(doc, "FRBRManifestation", "FRBRdate", "date")).isEqualTo("2026-03-15T08:30:00Z");
        assertThat(AknSchema.frbr(doc, "FRBRManifestation", "FRBRformat", "value"))
                .isEqualTo("application/akn+xml");
        assertThat(AknSchema.elements(doc, "FRBRManifestation"))
                .hasSize(4)
                .allSatisfy(m -> assertThat(m.getElementsByTagNameNS(AkomaNtosoWriter.NAMESPACE, "FRBRdate")
                                .item(0)
                                .getAttributes()
                                .getNamedItem("date")
                                .getNodeValue())
                        .isEqualTo("2026-03-15T08:30:00Z"));
        Element house = AknSchema.elements(doc, "TLCOrganization").get(0);
        assertThat(house.getAttribute("eId")).isEqualTo("national-assembly");
        assertThat(house.getAttribute("showAs")).isEqualTo("National Assembly");
        Element publication = AknSchema.elements(doc, "publication").get(0);
        assertThat(publication.getAttribute("showAs")).isEqualTo("Kenya Gazette Supplement No. 48");
        assertThat(publication.getAttribute("number")).isEqualTo("48");
        assertThat(publication.getAttribute("date")).isEqualTo("2026-03-13");
        // Each attachment is a document of its own, named after the bill's URIs.
        List<String> things = AknSchema.elements(doc, "FRBRthis").stream()
                .map(x -> x.getAttribute("value"))
                .toList();
        assertThat(things)
                .contains(work + "/!sched_1", expression + "/!sched_1", expression + "/!objectsAndReasons.xml");
        assertThat(AknSchema.elements(doc, "preface").get(0).getTextContent())
                .contains("National Assembly Bills No. 12", "The County Markets and Street Trading Bill, 2026");
    }

    @Test
    void laterVersionsListTheBillsLifecycleAndLeaveTheGazetteToTheFirst() {
        Bill bill = AknFixtures.nationalBill(
                AknFixtures.version(1, "First Reading", LocalDate.of(2026, 3, 13)),
                AknFixtures.version(2, "Committee Stage", LocalDate.of(2026, 6, 2)),
                AknFixtures.version(3, "Third Reading", null));
        String v2 = writer.write(bill, AknFixtures.tree(bill, 2, everyKind()));
        assertThat(AknSchema.problems(v2)).isEmpty();
        Document doc = AknSchema.parse(v2);
        assertThat(AknSchema.frbr(doc, "FRBRWork", "FRBRuri", "value")).isEqualTo("/akn/ke/bill/2026/na-12");
        assertThat(AknSchema.frbr(doc, "FRBRExpression", "FRBRuri", "value"))
                .isEqualTo("/akn/ke/bill/2026/na-12/eng@2026-06-02");
        assertThat(AknSchema.frbr(doc, "FRBRWork", "FRBRdate", "date")).isEqualTo("2026-03-13");
        List<Element> events = AknSchema.elements(doc, "eventRef");
        assertThat(events).extracting(x -> x.getAttribute("date")).containsExactly("2026-03-13", "2026-06-02");
        assertThat(events).extracting(x -> x.getAttribute("type")).containsExactly("generation", "amendment");
        assertThat(AknSchema.elements(doc, "TLCEvent"))
                .extracting(x -> x.getAttribute("showAs"))
                .containsExactly("First Reading", "Committee Stage");
        assertThat(AknSchema.elements(doc, "original").get(0).getAttribute("href"))
                .isEqualTo("/akn/ke/bill/2026/na-12/eng@2026-03-13");
        assertThat(AknSchema.elements(doc, "publication")).isEmpty();

        // Version 3 has no publication date: its date is the day Maoni recorded it, and says so.
        String v3 = writer.write(bill, AknFixtures.tree(bill, 3, everyKind()));
        assertThat(AknSchema.problems(v3)).isEmpty();
        Document doc3 = AknSchema.parse(v3);
        assertThat(AknSchema.frbr(doc3, "FRBRExpression", "FRBRuri", "value"))
                .isEqualTo("/akn/ke/bill/2026/na-12/eng@2026-03-25");
        assertThat(AknSchema.frbr(doc3, "FRBRExpression", "FRBRdate", "date")).isEqualTo("2026-03-25");
        assertThat(AknSchema.frbr(doc3, "FRBRExpression", "FRBRdate", "name")).isEqualTo("registration");
        assertThat(AknSchema.elements(doc3, "eventRef")).hasSize(3);
    }

    @Test
    void aTreeWithoutProvisionsStillExportsAValidDocument() {
        Bill bill = demoBill();
        String xml = export(bill, List.of());
        assertThat(AknSchema.problems(xml)).isEmpty();
        Document doc = AknSchema.parse(xml);
        assertThat(AknSchema.elements(doc, "hcontainer")).hasSize(1);
        assertThat(AknSchema.elements(doc, "attachments")).isEmpty();
        assertThat(AknSchema.elements(doc, "preamble")).isEmpty();
    }

    @Test
    void aBareBillWithoutNumberTitleOrDatesIsNamedByItsId() {
        Bill bare = new Bill(
                AknFixtures.ID, " ", House.SENATE, null, null, null, null, null, null, AknFixtures.CREATED, List.of());
        ProvisionTree tree =
                new ProvisionTree(bare.id(), 1, null, null, List.of(everyKind().get(2)));
        String xml = writer.write(bare, tree);
        assertThat(AknSchema.problems(xml)).isEmpty();
        Document doc = AknSchema.parse(xml);
        String work = "/akn/ke/bill/2026/" + AknFixtures.ID;
        assertThat(AknSchema.frbr(doc, "FRBRWork", "FRBRuri", "value")).isEqualTo(work);
        assertThat(AknSchema.frbr(doc, "FRBRExpression", "FRBRuri", "value")).isEqualTo(work + "/eng@2026-03-10");
        assertThat(AknSchema.elements(doc, "FRBRname")).isEmpty();
        assertThat(AknSchema.elements(doc, "preface")).isEmpty();
        assertThat(AknSchema.elements(doc, "lifecycle")).isEmpty();
        assertThat(AknSchema.frbr(doc, "FRBRWork", "FRBRauthor", "href")).isEqualTo("#senate");
    }

    @Test
    void duplicateBlankSpacedAndClashingEIdsAreMadeUniqueAndValid() {
        List<Provision> tree = List.of(
                node("sec_1", ProvisionType.SECTION, "1.", null, "first"),
                node("sec_1", ProvisionType.SECTION, "1.", null, "again"),
                node(" ", ProvisionType.SECTION, "2.", null, "blank id"),
                node("sec 3\t(a)", ProvisionType.SECTION, "3.", null, "spaced id"),
                node("maoni", ProvisionType.SECTION, "4.", null, "clashes with the meta id"),
                node("national-assembly", ProvisionType.SECTION, "5.", null, "clashes with the house"),
                node("sec_1_2", ProvisionType.SECTION, "6.", null, "clashes with the first duplicate's new id"));
        String xml = export(demoBill(), tree);
        assertThat(AknSchema.problems(xml)).isEmpty();
        Document doc = AknSchema.parse(xml);
        List<String> ids =
                AknSchema.withEId(doc).stream().map(x -> x.getAttribute("eId")).toList();
        assertThat(ids).doesNotHaveDuplicates().contains("sec_1", "sec_1_2", "section", "sec_3_(a)", "maoni");
        assertThat(AknSchema.elements(doc, "section")).hasSize(7);
        Element maoniOrg = AknSchema.elements(doc, "TLCOrganization").stream()
                .filter(x -> x.getAttribute("showAs").equals("Maoni"))
                .findFirst()
                .orElseThrow();
        assertThat(maoniOrg.getAttribute("eId")).isEqualTo("maoni_2");
        assertThat(AknSchema.elements(doc, "identification").get(0).getAttribute("source"))
                .isEqualTo("#maoni_2");
    }

    @Test
    void oddlyNestedTreesStayValidAndLoseNoProvision() {
        List<Provision> tree = List.of(
                node(
                        "preface",
                        ProvisionType.PREFACE,
                        "1",
                        "Long title",
                        "A Bill for an Act",
                        node("preface__x", ProvisionType.PARAGRAPH, "(a)", "h", "nested in the long title"),
                        node("preface__y", ProvisionType.PARAGRAPH, null, null, null)),
                node("preamble", ProvisionType.PREAMBLE, null, "Formula", null),
                node("preamble_2", ProvisionType.PREAMBLE, null, null, "A second formula"),
                node("para_z", ProvisionType.PARAGRAPH, "(z)", null, "a paragraph at the top"),
                wrapped("sec_1", ProvisionType.SECTION, "1.", "text", "wrap-up without children"),
                node(
                        "sec_2",
                        ProvisionType.SECTION,
                        "2.",
                        null,
                        null,
                        node("sec_2__sched", ProvisionType.SCHEDULE, "SCHEDULE", null, "inside a clause"),
                        node("sec_2__pre", ProvisionType.PREFACE, null, null, "a title inside a clause"),
                        node("sec_2__ea", ProvisionType.PREAMBLE, null, null, null),
                        node("sec_2__oar", ProvisionType.OBJECTS_AND_REASONS, null, null, "memo")),
                node(
                        "objectsAndReasons",
                        ProvisionType.OBJECTS_AND_REASONS,
                        null,
                        null,
                        null,
                        node("objectsAndReasons__sec_1", ProvisionType.SECTION, "1.", "Object", "To regulate.")),
                node(
                        "sched_1",
                        ProvisionType.SCHEDULE,
                        null,
                        null,
                        null,
                        node(
                                "sched_1__part_1",
                                ProvisionType.PART,
                                "PART 1",
                                null,
                                null,
                                node("sched_1__part_1__sec_1", ProvisionType.SECTION, "1.", null, "A rule"))));
        String xml = export(demoBill(), tree);
        assertThat(AknSchema.problems(xml)).isEmpty();
        Document doc = AknSchema.parse(xml);
        assertEachEIdOnce(doc, tree);
        Map<String, Element> e = byEId(doc);
        assertThat(e.get("preface__x").getLocalName()).isEqualTo("blockContainer");
        assertThat(e.get("sec_2__sched").getLocalName()).isEqualTo("hcontainer");
        assertThat(e.get("sec_2__sched").getAttribute("name")).isEqualTo("schedule");
        assertThat(paragraphs(e.get("sec_1"), "wrapUp")).containsExactly("wrap-up without children");
        assertThat(paragraphs(e.get("sec_1"), "intro")).containsExactly("text");
        assertThat(e.get("para_z").getParentNode().getLocalName()).isEqualTo("body");
    }

    @Test
    void deepNestingIsWrittenWithoutLoss() {
        Provision leaf = node("d_40", ProvisionType.SUBPARAGRAPH, "(40)", null, "bottom");
        for (int depth = 39; depth >= 1; depth--) {
            leaf = node("d_" + depth, ProvisionType.SUBPARAGRAPH, "(" + depth + ")", null, "level " + depth, leaf);
        }
        List<Provision> tree = List.of(node(
                "sec_1",
                ProvisionType.SECTION,
                "1.",
                "Deep",
                null,
                node("sec_1__para_a", ProvisionType.PARAGRAPH, "(a)", null, null, leaf)));
        String xml = export(demoBill(), tree);
        assertThat(AknSchema.problems(xml)).isEmpty();
        Document doc = AknSchema.parse(xml);
        assertEachEIdOnce(doc, tree);
        assertThat(AknSchema.elements(doc, "subparagraph")).hasSize(40);
        assertThat(xml).contains("\n" + "  ".repeat(44) + "<subparagraph eId=\"d_40\"");
    }

    @Test
    void theSameInputAlwaysGivesTheSameBytesOnEveryOutput() throws Exception {
        Bill bill = demoBill();
        ProvisionTree tree = AknFixtures.tree(bill, 1, everyKind());
        String once = writer.write(bill, tree);
        assertThat(new AkomaNtosoWriter().write(bill, tree)).isEqualTo(once);
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        writer.write(bill, tree, Map.of(), bytes);
        assertThat(bytes.toByteArray()).isEqualTo(once.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void theSchemaCatchesWhatAWrongWriterWouldProduce() {
        String xml = export(demoBill(), everyKind());
        assertThat(AknSchema.problems(xml.replace("eId=\"sec_2\"", "eId=\"sec_1\"")))
                .anyMatch(p -> p.contains("sec_1"));
        assertThat(AknSchema.problems(
                        xml.replaceFirst("<wrapUp>", "<content>").replaceFirst("</wrapUp>", "</content>")))
                .isNotEmpty();
        assertThat(AknSchema.problems(xml.replace("<FRBRcountry value=\"ke\"/>", "")))
                .isNotEmpty();
        assertThat(AknSchema.problems(xml.replace("</body>", "<p>loose</p></body>")))
                .isNotEmpty();
        assertThat(AknSchema.problems(xml.replace("<akomaNtoso xmlns=\"", "<akomaNtoso xmlns=\"urn:x:")))
                .isNotEmpty();
    }

    /** Any UTF-16 text at all, lone surrogates and controls included, weighted towards the awkward characters. */
    private static String randomText(Random random) {
        char[] awkward = {
            '<', '>', '&', ']', '"', '\'', '\n', '\r', '\t', ' ', '\u0000', '\u000B', '\uFFFE', '\uD83E', '\uDDFA'
        };
        StringBuilder sb = new StringBuilder();
        int length = random.nextInt(30);
        for (int i = 0; i < length; i++) {
            sb.append(random.nextBoolean() ? awkward[random.nextInt(awkward.length)] : (char) random.nextInt(0x10000));
        }
        return random.nextInt(10) == 0 ? null : sb.toString();
    }

    @Test
    void arbitraryTextInEveryFieldAlwaysGivesValidAkomaNtoso() {
        Random random = new Random(20260313);
        ProvisionType[] types = ProvisionType.values();
        for (int round = 0; round < 150; round++) {
            List<Provision> tree = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                Provision leaf = new Provision(
                        randomText(random) + "",
                        types[random.nextInt(types.length)],
                        randomText(random),
                        randomText(random),
                        randomText(random),
                        randomText(random),
                        List.of());
                tree.add(new Provision(
                        randomText(random) + "",
                        types[random.nextInt(types.length)],
                        randomText(random),
                        randomText(random),
                        randomText(random),
                        randomText(random),
                        List.of(leaf)));
            }
            Bill bill = AknFixtures.bill(
                    House.NATIONAL_ASSEMBLY,
                    randomText(random),
                    2026,
                    AknFixtures.version(1, randomText(random), LocalDate.of(2026, 3, 13)));
            Map<String, String> lineage = new HashMap<>();
            tree.forEach(p -> lineage.put(p.eId(), randomText(random)));
            String xml = writer.write(bill, AknFixtures.tree(bill, 1, tree), lineage);
            assertThat(AknSchema.problems(xml)).as("round %d", round).isEmpty();
            assertThat(AknSchema.withEId(AknSchema.parse(xml))).hasSizeGreaterThanOrEqualTo(8);
        }
    }

    @Test
    void nullsAreRefused() {
        Bill bill = demoBill();
        assertThatThrownBy(() -> writer.write(null, AknFixtures.tree(bill, 1, List.of())))
                .isInstanceOf(NullPointerException.class);
        assertThatThrownBy(() -> writer.write(bill, null)).isInstanceOf(NullPointerException.class);
    }
}
