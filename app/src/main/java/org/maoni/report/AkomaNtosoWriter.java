package org.maoni.report;

import java.io.BufferedWriter;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.maoni.bill.Bill;
import org.maoni.bill.BillVersion;
import org.maoni.bill.House;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionTree;
import org.maoni.bill.ProvisionType;

/**
 * Writes one version of a bill as an Akoma Ntoso 3.0 {@code <bill>} document, valid against the OASIS schema: FRBR
 * identification under {@code /akn/ke/bill/{year}/{number}/eng@{date}}, the long title and enacting formula in the
 * preface and preamble, Parts and clauses in the body, and the Schedules and the Memorandum of Objects and Reasons as
 * attachments. Every provision keeps its {@code eId} (made unique and free of white space where a tree is not) and gets
 * its lineage {@code wId}; characters XML cannot carry are dropped. Stateless and thread-safe.
 */
public final class AkomaNtosoWriter {

    /** The Akoma Ntoso 3.0 namespace. */
    public static final String NAMESPACE = "http://docs.oasis-open.org/legaldocml/ns/akn/3.0";

    /** The media type Akoma Ntoso documents are served as. */
    public static final String MEDIA_TYPE = "application/akn+xml";

    /** The FRBR identifiers of one exported version: work and expression URIs, and this XML's manifestation URI. */
    public record FrbrUris(String work, String expression, String manifestation) {}

    private static final Set<ProvisionType> ATTACHED =
            EnumSet.of(ProvisionType.SCHEDULE, ProvisionType.OBJECTS_AND_REASONS);
    private static final Set<ProvisionType> BEFORE_BODY = EnumSet.of(ProvisionType.PREFACE, ProvisionType.PREAMBLE);
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    public AkomaNtosoWriter() {}

    /** The work, expression and manifestation URIs the document for this version carries. */
    public FrbrUris uris(Bill bill, ProvisionTree tree) {
        String expression = FrbrNaming.expressionUri(
                bill, FrbrNaming.expressionDate(bill, tree).date());
        return new FrbrUris(FrbrNaming.workUri(bill), expression, expression + ".akn");
    }

    /** The document with each provision's {@code eId} as its {@code wId}. */
    public String write(Bill bill, ProvisionTree tree) {
        return write(bill, tree, Map.of());
    }

    /**
     * The document; {@code wIds} maps a provision's {@code eId} to its lineage id across versions, and a provision
     * missing from it (or a null map) uses its {@code eId}.
     */
    public String write(Bill bill, ProvisionTree tree, Map<String, String> wIds) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try {
            write(bill, tree, wIds, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Writes the document to {@code out} in UTF-8; {@code out} is flushed, not closed. A bill with neither a
     * publication nor a creation date cannot be named and is refused with an {@link IllegalArgumentException}.
     */
    public void write(Bill bill, ProvisionTree tree, Map<String, String> wIds, OutputStream out) throws IOException {
        Objects.requireNonNull(bill, "bill");
        Objects.requireNonNull(tree, "tree");
        Writer writer = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        try {
            // The JDK's own StAX writer, whatever else is on the class path, so escaping is always the one tested; a
            // factory per document because StAX factories do not promise thread safety.
            XMLStreamWriter xml = XMLOutputFactory.newDefaultFactory().createXMLStreamWriter(writer);
            new Export(bill, tree, wIds == null ? Map.of() : wIds, uris(bill, tree), new IndentingXml(xml)).write(xml);
            xml.flush();
        } catch (XMLStreamException e) {
            throw new IOException("Could not write the Akoma Ntoso document", e);
        }
        writer.write('\n');
        writer.flush();
    }

    /** One export: the ids chosen for the provisions and meta elements, and the writing itself. */
    private static final class Export {

        private final Bill bill;
        private final ProvisionTree tree;
        private final Map<String, String> wIds;
        private final FrbrUris uris;
        private final IndentingXml out;
        private final Map<Provision, String> eIds = new IdentityHashMap<>();
        private final Set<String> usedIds = new HashSet<>();
        private String maoni;
        private String house;
        private String manifested;

        Export(Bill bill, ProvisionTree tree, Map<String, String> wIds, FrbrUris uris, IndentingXml out) {
            this.bill = bill;
            this.tree = tree;
            this.wIds = wIds;
            this.uris = uris;
            this.out = out;
            assignIds(tree.provisions());
        }

        /** Provisions first, so that they keep their own eIds and the meta elements' ids give way to them. */
        private void assignIds(List<Provision> nodes) {
            for (Provision p : nodes) {
                String base = XmlText.token(p.eId());
                eIds.put(p, unique(base.isEmpty() ? p.type().name().toLowerCase(Locale.ROOT) : base));
                assignIds(p.children());
            }
        }

        private String unique(String base) {
            String id = base;
            for (int n = 2; !usedIds.add(id); n++) {
                id = base + "_" + n;
            }
            return id;
        }

        void write(XMLStreamWriter xml) throws XMLStreamException {
            xml.writeStartDocument("UTF-8", "1.0");
            out.start("akomaNtoso");
            xml.writeDefaultNamespace(NAMESPACE);
            out.start("bill");
            out.attribute("name", "bill");
            meta();
            List<Provision> top = tree.provisions();
            preface(top.stream().filter(p -> p.type() == ProvisionType.PREFACE).toList());
            preamble(
                    top.stream().filter(p -> p.type() == ProvisionType.PREAMBLE).toList());
            body(top.stream()
                    .filter(p -> !BEFORE_BODY.contains(p.type()) && !ATTACHED.contains(p.type()))
                    .toList());
            attachments(top.stream().filter(p -> ATTACHED.contains(p.type())).toList());
            out.end();
            out.end();
            xml.writeEndDocument();
        }

        private void meta() throws XMLStreamException {
            maoni = unique("maoni");
            house = unique(houseId(bill.house()));
            FrbrNaming.Dated workDate = FrbrNaming.workDate(bill);
            FrbrNaming.Dated expressionDate = FrbrNaming.expressionDate(bill, tree);
            Instant changed = FrbrNaming.manifestationTime(bill, tree);
            manifested =
                    changed != null ? changed.toString() : expressionDate.date().toString();

            out.start("meta");
            out.start("identification");
            out.attribute("source", "#" + maoni);

            out.start("FRBRWork");
            out.empty("FRBRthis", "value", uris.work() + "/!main");
            out.empty("FRBRuri", "value", uris.work());
            out.empty("FRBRdate", "date", workDate.date().toString(), "name", dateName(workDate));
            out.empty("FRBRauthor", "href", "#" + house);
            out.empty("FRBRcountry", "value", FrbrNaming.COUNTRY);
            out.empty("FRBRnumber", "value", FrbrNaming.number(bill), "showAs", bill.billNumber());
            if (XmlText.line(bill.title()) != null) {
                out.empty("FRBRname", "value", bill.title());
            }
            out.end();

            out.start("FRBRExpression");
            out.empty("FRBRthis", "value", uris.expression() + "/!main");
            out.empty("FRBRuri", "value", uris.expression());
            out.empty("FRBRdate", "date", expressionDate.date().toString(), "name", dateName(expressionDate));
            out.empty("FRBRauthor", "href", "#" + house);
            out.empty("FRBRversionNumber", "value", Integer.toString(tree.number()));
            out.empty("FRBRlanguage", "language", FrbrNaming.LANGUAGE);
            out.end();

            out.start("FRBRManifestation");
            out.empty("FRBRthis", "value", uris.expression() + "/!main.xml");
            out.empty("FRBRuri", "value", uris.manifestation());
            out.empty("FRBRdate", "date", manifested, "name", "transform");
            out.empty("FRBRauthor", "href", "#" + maoni);
            out.empty("FRBRformat", "value", MEDIA_TYPE);
            out.end();
            out.end();

            publication();
            List<BillVersion> history = bill.versions().stream()
                    .filter(v -> v.number() <= tree.number())
                    .sorted(Comparator.comparingInt(BillVersion::number))
                    .toList();
            List<String> events = new ArrayList<>();
            String original = history.isEmpty() ? null : unique("original");
            if (!history.isEmpty()) {
                out.start("lifecycle");
                out.attribute("source", "#" + maoni);
                for (BillVersion v : history) {
                    String event = unique("version_" + v.number());
                    events.add(event);
                    out.empty(
                            "eventRef",
                            "date",
                            FrbrNaming.versionDate(bill, v).date().toString(),
                            "source",
                            "#" + original,
                            "type",
                            v == history.get(0) ? "generation" : "amendment",
                            "refersTo",
                            "#" + event);
                }
                out.end();
            }

            out.start("references");
            out.attribute("source", "#" + maoni);
            if (original != null) {
                BillVersion first = history.get(0);
                out.empty(
                        "original",
                        "eId",
                        original,
                        "href",
                        FrbrNaming.expressionUri(
                                bill, FrbrNaming.versionDate(bill, first).date()),
                        "showAs",
                        label(first));
            }
            for (int i = 0; i < history.size(); i++) {
                BillVersion v = history.get(i);
                out.empty(
                        "TLCEvent",
                        "eId",
                        events.get(i),
                        "href",
                        "/ontology/event/" + FrbrNaming.COUNTRY + "/bill/" + slug(label(v)),
                        "showAs",
                        label(v));
            }
            out.empty(
                    "TLCOrganization",
                    "eId",
                    house,
                    "href",
                    "/ontology/organization/" + FrbrNaming.COUNTRY + "/" + houseId(bill.house()),
                    "showAs",
                    bill.house() == null ? "Unknown house" : bill.house().toString());
            out.empty("TLCOrganization", "eId", maoni, "href", "/ontology/organization/maoni", "showAs", "Maoni");
            out.end();
            out.end();
        }

        /** The Gazette Supplement a bill's first version was published in. */
        private void publication() throws XMLStreamException {
            String supplement = XmlText.line(bill.gazetteSupplement());
            boolean first = FrbrNaming.firstVersion(bill)
                    .map(v -> v.number() == tree.number())
                    .orElse(false);
            FrbrNaming.Dated date = FrbrNaming.expressionDate(bill, tree);
            if (supplement == null || !first || !date.published()) {
                return;
            }
            Matcher number = DIGITS.matcher(supplement);
            out.empty(
                    "publication",
                    "date",
                    date.date().toString(),
                    "name",
                    "kenyaGazetteSupplement",
                    "showAs",
                    supplement,
                    "number",
                    number.find() ? number.group() : null);
        }

        private static String dateName(FrbrNaming.Dated date) {
            return date.published() ? "publication" : "registration";
        }

        private String label(BillVersion v) {
            String label = XmlText.line(v.label());
            return label != null ? label : "Version " + v.number();
        }

        private static String slug(String text) {
            String folded = FrbrNaming.fold(text).replace(' ', '-');
            return folded.isEmpty() ? "version" : folded;
        }

        private static String houseId(House house) {
            if (house == null) {
                return "house";
            }
            return switch (house.kind()) {
                case NATIONAL_ASSEMBLY -> "national-assembly";
                case SENATE -> "senate";
                case COUNTY_ASSEMBLY -> "county-assembly-" + slug(house.county().displayName());
            };
        }

        private void preface(List<Provision> longTitles) throws XMLStreamException {
            String number = XmlText.line(bill.billNumber());
            String title = XmlText.line(bill.title());
            if (number == null && title == null && longTitles.isEmpty()) {
                return;
            }
            out.start("preface");
            if (number != null) {
                out.text("p", "docNumber", number);
            }
            if (title != null) {
                out.text("p", "docTitle", title);
            }
            for (Provision p : longTitles) {
                out.start("longTitle");
                ids(p);
                blocks(p);
                out.end();
            }
            out.end();
        }

        private void preamble(List<Provision> formulas) throws XMLStreamException {
            if (formulas.isEmpty()) {
                return;
            }
            out.start("preamble");
            for (Provision p : formulas) {
                out.start("formula");
                out.attribute("name", "enactingText");
                ids(p);
                blocks(p);
                out.end();
            }
            out.end();
        }

        private void body(List<Provision> provisions) throws XMLStreamException {
            out.start("body");
            if (provisions.isEmpty()) {
                // The schema wants at least one element in a body; a tree without clauses still exports.
                out.empty("hcontainer", "name", "noProvisions");
            }
            for (Provision p : provisions) {
                hierarchy(p);
            }
            out.end();
        }

        /**
         * A provision as a hierarchical element: {@code content} when it is a leaf, else {@code intro}, its children
         * and {@code wrapUp}, each paragraph of text a {@code p}.
         */
        private void hierarchy(Provision p) throws XMLStreamException {
            String element = element(p.type());
            out.start(element);
            if (element.equals("hcontainer")) {
                out.attribute("name", containerName(p.type()));
            }
            ids(p);
            numAndHeading(p);
            List<String> text = XmlText.lines(p.text());
            List<String> wrapUp = XmlText.lines(p.wrapUp());
            if (p.children().isEmpty() && wrapUp.isEmpty()) {
                if (!text.isEmpty()) {
                    paragraphs("content", text);
                }
            } else {
                if (!text.isEmpty()) {
                    paragraphs("intro", text);
                }
                for (Provision child : p.children()) {
                    hierarchy(child);
                }
                if (!wrapUp.isEmpty()) {
                    paragraphs("wrapUp", wrapUp);
                }
            }
            out.end();
        }

        private static String element(ProvisionType type) {
            return switch (type) {
                case PART -> "part";
                case DIVISION -> "division";
                case SECTION -> "section";
                case SUBSECTION -> "subsection";
                case PARAGRAPH -> "paragraph";
                case SUBPARAGRAPH -> "subparagraph";
                // Only where a tree nests them oddly: the schema has no such elements inside a hierarchy.
                case PREFACE, PREAMBLE, SCHEDULE, OBJECTS_AND_REASONS -> "hcontainer";
            };
        }

        private static String containerName(ProvisionType type) {
            return switch (type) {
                case PREFACE -> "longTitle";
                case PREAMBLE -> "enactingFormula";
                case SCHEDULE -> "schedule";
                case OBJECTS_AND_REASONS -> "objectsAndReasons";
                default -> type.name().toLowerCase(Locale.ROOT);
            };
        }

        private void paragraphs(String element, List<String> lines) throws XMLStreamException {
            out.start(element);
            for (String line : lines) {
                out.text("p", line);
            }
            out.end();
        }

        /**
         * A provision where only blocks may stand (long title, enacting formula): its number and heading and text as
         * paragraphs, its children as nested {@code blockContainer}s, so no provision is lost.
         */
        private void blocks(Provision p) throws XMLStreamException {
            String label = XmlText.line(
                    String.join(" ", nonNull(p.num()), nonNull(p.heading())).strip());
            if (label != null) {
                out.text("p", label);
            }
            blockContent(p);
        }

        private void blockContent(Provision p) throws XMLStreamException {
            for (String line : XmlText.lines(p.text())) {
                out.text("p", line);
            }
            for (Provision child : p.children()) {
                out.start("blockContainer");
                ids(child);
                numAndHeading(child);
                boolean any = !XmlText.lines(child.text()).isEmpty()
                        || !child.children().isEmpty()
                        || !XmlText.lines(child.wrapUp()).isEmpty();
                if (any) {
                    blockContent(child);
                } else {
                    out.empty("p");
                }
                out.end();
            }
            for (String line : XmlText.lines(p.wrapUp())) {
                out.text("p", line);
            }
        }

        private void attachments(List<Provision> attached) throws XMLStreamException {
            if (attached.isEmpty()) {
                return;
            }
            out.start("attachments");
            for (Provision p : attached) {
                out.start("attachment");
                ids(p);
                numAndHeading(p);
                out.start("doc");
                out.attribute("name", p.type() == ProvisionType.SCHEDULE ? "schedule" : "objectsAndReasons");
                componentMeta(eIds.get(p));
                out.start("mainBody");
                List<String> text = XmlText.lines(p.text());
                List<String> wrapUp = XmlText.lines(p.wrapUp());
                for (String line : text) {
                    out.text("p", line);
                }
                for (Provision child : p.children()) {
                    hierarchy(child);
                }
                for (String line : wrapUp) {
                    out.text("p", line);
                }
                if (text.isEmpty() && wrapUp.isEmpty() && p.children().isEmpty()) {
                    // A main body must hold something; an empty Schedule is still listed.
                    out.empty("p");
                }
                out.end();
                out.end();
                out.end();
            }
            out.end();
        }

        /** The identification of an attached document: the bill's URIs with the component's name after "!". */
        private void componentMeta(String component) throws XMLStreamException {
            FrbrNaming.Dated workDate = FrbrNaming.workDate(bill);
            FrbrNaming.Dated expressionDate = FrbrNaming.expressionDate(bill, tree);
            out.start("meta");
            out.start("identification");
            out.attribute("source", "#" + maoni);
            out.start("FRBRWork");
            out.empty("FRBRthis", "value", uris.work() + "/!" + component);
            out.empty("FRBRuri", "value", uris.work());
            out.empty("FRBRdate", "date", workDate.date().toString(), "name", dateName(workDate));
            out.empty("FRBRauthor", "href", "#" + house);
            out.empty("FRBRcountry", "value", FrbrNaming.COUNTRY);
            out.end();
            out.start("FRBRExpression");
            out.empty("FRBRthis", "value", uris.expression() + "/!" + component);
            out.empty("FRBRuri", "value", uris.expression());
            out.empty("FRBRdate", "date", expressionDate.date().toString(), "name", dateName(expressionDate));
            out.empty("FRBRauthor", "href", "#" + house);
            out.empty("FRBRlanguage", "language", FrbrNaming.LANGUAGE);
            out.end();
            out.start("FRBRManifestation");
            out.empty("FRBRthis", "value", uris.expression() + "/!" + component + ".xml");
            out.empty("FRBRuri", "value", uris.manifestation());
            out.empty("FRBRdate", "date", manifested, "name", "transform");
            out.empty("FRBRauthor", "href", "#" + maoni);
            out.end();
            out.end();
            out.end();
        }

        private void ids(Provision p) throws XMLStreamException {
            String eId = eIds.get(p);
            String wId = XmlText.token(wIds.get(p.eId()));
            out.attribute("eId", eId);
            out.attribute("wId", wId.isEmpty() ? eId : wId);
        }

        private void numAndHeading(Provision p) throws XMLStreamException {
            String num = XmlText.line(p.num());
            String heading = XmlText.line(p.heading());
            if (num != null) {
                out.text("num", num);
            }
            if (heading != null) {
                out.text("heading", heading);
            }
        }

        private static String nonNull(String s) {
            return s == null ? "" : s;
        }
    }
}
