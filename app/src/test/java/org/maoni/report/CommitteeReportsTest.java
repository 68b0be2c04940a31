package org.maoni.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.maoni.bill.Bill;
import org.maoni.bill.BillService;
import org.maoni.bill.County;
import org.maoni.bill.NewBill;
import org.maoni.bill.NewVersion;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionType;
import org.maoni.bill.SourceFile;
import org.maoni.bill.VersionComparison;
import org.maoni.calendar.KenyanCalendar;
import org.maoni.memorandum.CallsForMemoranda;
import org.maoni.memorandum.Channel;
import org.maoni.memorandum.Consent;
import org.maoni.memorandum.ContactDetails;
import org.maoni.memorandum.Decider;
import org.maoni.memorandum.Decision;
import org.maoni.memorandum.DecisionCommand;
import org.maoni.memorandum.DecisionInput;
import org.maoni.memorandum.DecisionRecord;
import org.maoni.memorandum.Decisions;
import org.maoni.memorandum.Gender;
import org.maoni.memorandum.Implementation;
import org.maoni.memorandum.Memoranda;
import org.maoni.memorandum.MemorandumProblem;
import org.maoni.memorandum.MemorandumReference;
import org.maoni.memorandum.MemorandumReview;
import org.maoni.memorandum.MemorandumStatus;
import org.maoni.memorandum.NewMemorandum;
import org.maoni.memorandum.OpenCall;
import org.maoni.memorandum.OrganisationType;
import org.maoni.memorandum.Proposal;
import org.maoni.memorandum.ProposalInput;
import org.maoni.memorandum.Stance;
import org.maoni.memorandum.Submitter;
import org.maoni.memorandum.SubmitterKind;
import org.maoni.report.internal.CommitteeMatrix;
import org.maoni.report.internal.MatrixBuilder;
import org.maoni.support.ApiClient;
import org.maoni.support.MaoniIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Decisions, the committee matrix, the participation report and open data on a copy of the demo bill with its own
 * call and memoranda, so every count is known: the rules of deciding, the matrix in every format against the data, CSV
 * cells neutralised, and personal data absent from every export.
 */
@MaoniIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class CommitteeReportsTest {

    private static final Decider COMMITTEE = new Decider("member", Set.of(Decider.COMMITTEE));
    private static final String PHONE = "0722 555 019";
    private static final String EMAIL_PREFIX = "planted.";

    @Autowired
    BillService bills;

    @Autowired
    CallsForMemoranda calls;

    @Autowired
    Memoranda memoranda;

    @Autowired
    MemorandumReview review;

    @Autowired
    Decisions decisions;

    @Autowired
    MatrixBuilder matrices;

    @Autowired
    VersionComparison comparison;

    @LocalServerPort
    int port;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String email = EMAIL_PREFIX + tag + "@example.org";
    private final String anonymousName = "Wanjiku Siri" + tag;
    private final String individualName = "Kamau Mwananchi" + tag;
    private final String organisation = "Soko Haki Traders " + tag;
    private final String nationalId =
            "ID number 2" + tag.replaceAll("[^0-9]", "").concat("1234567").substring(0, 7);
    private Bill bill;
    private Bill other;
    private String clauseA;
    private String clauseB;
    private MemorandumReference orgRef;
    private MemorandumReference anonRef;
    private MemorandumReference namedRef;
    private MemorandumReference wholeRef;
    private MemorandumReference changesRef;

    @BeforeAll
    void copyTheDemoBillAndCollectMemoranda() {
        Bill demo = bills.list().stream()
                .filter(b -> b.title().equals("The County Markets and Street Trading Bill, 2026"))
                .findFirst()
                .orElseThrow();
        bill = bills.register(
                new NewBill(
                        "Committee reports test bill " + tag,
                        null,
                        null,
                        null,
                        null,
                        null,
                        "Departmental Committee on Reports " + tag,
                        null,
                        null,
                        null),
                new SourceFile("bill-v1.docx", bills.originalFile(demo.id(), 1)),
                "test");
        bills.addVersion(
                bill.id(),
                new NewVersion("Second version", null),
                new SourceFile("bill-v2.docx", bills.originalFile(demo.id(), 2)),
                "test");
        other = bills.register(
                new NewBill("Other reports test bill " + tag, null, null, null, null, null, null, null, null, null),
                new SourceFile("other.docx", bills.originalFile(demo.id(), 1)),
                "test");
        List<String> sections = Provision.flatten(bills.tree(bill.id(), 1).provisions()).stream()
                .filter(p -> p.type() == ProvisionType.SECTION)
                .map(Provision::eId)
                .toList();
        clauseA = sections.get(2);
        clauseB = sections.get(0);
        ZonedDateTime now = ZonedDateTime.now(KenyanCalendar.NAIROBI);
        calls.open(
                new OpenCall(
                        bill.id(),
                        1,
                        "Notice of the call " + tag,
                        now.minusDays(1),
                        now.plusDays(20),
                        Set.of(Channel.values()),
                        14),
                "clerk");
        orgRef = submit(
                new Submitter(
                        SubmitterKind.ORGANISATION,
                        organisation,
                        OrganisationType.CSO,
                        County.NAIROBI,
                        null,
                        null,
                        new ContactDetails(email, PHONE, null)),
                Consent.PUBLISH_NAME,
                "Our memorandum. Call " + PHONE + " or write to " + email + ".",
                List.of(new ProposalInput(
                        clauseA, Stance.AMEND, "=HYPERLINK(\"http://evil\")", "+cmd|' /C calc'!A0 ring " + PHONE)));
        String sameWords = "Reduce the daily fee to ten shillings " + tag + ".";
        anonRef = submit(
                new Submitter(
                        SubmitterKind.INDIVIDUAL,
                        anonymousName,
                        null,
                        County.KISUMU,
                        Gender.FEMALE,
                        true,
                        new ContactDetails(email, PHONE, null)),
                Consent.ANONYMOUS,
                "I am " + anonymousName + ", " + nationalId + ". " + sameWords,
                List.of(new ProposalInput(clauseB, Stance.AMEND, sameWords, "@Traders cannot pay")));
        namedRef = submit(
                new Submitter(
                        SubmitterKind.INDIVIDUAL,
                        individualName,
                        null,
                        County.KISUMU,
                        Gender.MALE,
                        false,
                        new ContactDetails(null, "0733 555 020", null)),
                Consent.PUBLISH_NAME,
                sameWords,
                List.of(new ProposalInput(
                        clauseB, Stance.AMEND, "  " + sameWords.toUpperCase(), "@traders cannot  pay")));
        wholeRef = submit(
                new Submitter(
                        SubmitterKind.ORGANISATION,
                        "Hidden Association " + tag,
                        OrganisationType.PRIVATE_SECTOR,
                        null,
                        null,
                        null,
                        new ContactDetails(email, null, null)),
                Consent.ANONYMOUS,
                "-We oppose the whole Bill " + tag + ".",
                List.of());
        review.extract(wholeRef);
        changesRef = submit(
                new Submitter(
                        SubmitterKind.ORGANISATION,
                        "Changes Forum " + tag,
                        OrganisationType.ACADEMIC,
                        County.MOMBASA,
                        null,
                        null,
                        ContactDetails.NONE),
                Consent.PUBLISH_NAME,
                "On the changes " + tag,
                List.of(new ProposalInput(null, Stance.AMEND, "Say it better " + tag, "Clarity")));
    }

    private MemorandumReference submit(
            Submitter submitter, Consent consent, String text, List<ProposalInput> proposals) {
        return memoranda
                .submit(new NewMemorandum(
                        bill.id(), 1, Channel.API, submitter, consent, text, proposals, List.of(), null, null, null))
                .reference();
    }

    private List<Proposal> proposals(MemorandumReference ref) {
        return memoranda.find(ref).orElseThrow().proposals();
    }

    private long proposal(MemorandumReference ref) {
        return proposals(ref).get(0).id();
    }

    private ApiClient api() {
        return new ApiClient(port);
    }

    @Test
    void decisionsNeedTheCommitteeReasonsAndAProposalOfTheBillAndKeepTheirHistory() {
        long id = proposal(orgRef);
        var clerk = new Decider("clerk", Set.of("CLERK"));
        assertThatThrownBy(() -> decisions.decide(
                        bill.id(), new DecisionCommand(List.of(id), Decision.ACCEPTED, "Fine.", null, null), clerk))
                .isInstanceOfSatisfying(
                        MemorandumProblem.class, p -> assertThat(p.slug()).isEqualTo("forbidden"));
        assertThatThrownBy(() -> decisions.decide(
                        bill.id(), new DecisionCommand(List.of(id), Decision.ACCEPTED, "  ", null, null), COMMITTEE))
                .isInstanceOfSatisfying(MemorandumProblem.class, p -> {
                    assertThat(p.slug()).isEqualTo("invalid-request");
                    assertThat(p.getBody().getProperties().get("errors").toString())
                            .contains("reasons");
                });
        assertThatThrownBy(() -> decisions.decide(
                        other.id(),
                        new DecisionCommand(List.of(id), Decision.ACCEPTED, "Fine.", null, null),
                        COMMITTEE))
                .isInstanceOfSatisfying(
                        MemorandumProblem.class,
                        p -> assertThat(p.getBody()
                                        .getProperties()
                                        .get("errors")
                                        .toString())
                                .contains("proposalIds[0]"));
        assertThat(decisions.history(bill.id(), id)).isEmpty();

        decisions.decide(
                bill.id(), new DecisionCommand(List.of(id), Decision.REJECTED, "Out of order.", null, null), COMMITTEE);
        List<DecisionRecord> changed = decisions.decide(
                bill.id(),
                new DecisionCommand(
                        List.of(id), Decision.ACCEPTED_WITH_AMENDMENT, "Wording adjusted.", "A fair point.", null),
                COMMITTEE);
        assertThat(changed).singleElement().satisfies(r -> {
            assertThat(r.decidedBy()).isEqualTo("Departmental Committee on Reports " + tag);
            assertThat(r.decidedAt()).isNotNull();
            assertThat(r.recordedBy()).isEqualTo("member");
        });
        assertThat(decisions.history(bill.id(), id))
                .extracting(DecisionRecord::decision)
                .containsExactly(Decision.REJECTED, Decision.ACCEPTED_WITH_AMENDMENT);
        assertThat(proposals(orgRef).get(0).decision().observation()).isEqualTo("A fair point.");
        assertThatThrownBy(() -> decisions.history(other.id(), id))
                .isInstanceOfSatisfying(
                        MemorandumProblem.class, p -> assertThat(p.slug()).isEqualTo("proposal-not-found"));

        // "you said, we did": only a provision of a later version of the same bill
        String laterEId = Provision.flatten(bills.tree(bill.id(), 2).provisions()).stream()
                .filter(p -> p.type() == ProvisionType.SECTION)
                .map(Provision::eId)
                .findFirst()
                .orElseThrow();
        assertThatThrownBy(() ->
                        decisions.implementedBy(bill.id(), id, new Implementation(bill.id(), 1, laterEId), COMMITTEE))
                .isInstanceOf(MemorandumProblem.class);
        assertThatThrownBy(() ->
                        decisions.implementedBy(bill.id(), id, new Implementation(bill.id(), 2, "sec_9999"), COMMITTEE))
                .isInstanceOf(MemorandumProblem.class);
        decisions.implementedBy(bill.id(), id, new Implementation(bill.id(), 2, laterEId), COMMITTEE);
        assertThat(proposals(orgRef).get(0).decision().implementation())
                .isEqualTo(new Implementation(bill.id(), 2, laterEId));
        assertThat(decisions.history(bill.id(), id)).hasSize(3);

        // over HTTP: a clerk is refused with a problem detail; the history is there for staff
        ApiClient.Response refused = api().postJson(
                        "/api/bills/" + bill.id().value() + "/decisions",
                        "{\"proposalIds\":[" + id + "],\"decision\":\"NOTED\",\"reasons\":\"x\"}",
                        ApiClient.CLERK);
        assertThat(refused.status()).isEqualTo(403);
        assertThat(refused.json().path("type").asText()).isEqualTo("urn:maoni:problem:forbidden");
        ApiClient.Response history =
                api().get("/api/bills/" + bill.id().value() + "/proposals/" + id + "/decisions", ApiClient.COMMITTEE);
        assertThat(history.status()).isEqualTo(200);
        assertThat(history.json()).hasSize(3);
        assertThat(api().get("/api/bills/" + bill.id().value() + "/proposals/" + id + "/decisions")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void theMatrixHasEveryProposalOnceInBillOrderWithIdenticalOnesGroupedAndDecidedTogether() {
        CommitteeMatrix before = matrices.build(bill.id(), 1);
        CommitteeMatrix.Row group = before.clauses().stream()
                .filter(c -> clauseB.equals(c.eId()))
                .flatMap(c -> c.rows().stream())
                .findFirst()
                .orElseThrow();
        assertThat(group.submissions()).isEqualTo(2);
        assertThat(group.individuals()).isEqualTo(2);
        assertThat(group.stakeholders()).isEqualTo("2 individuals (2 identical submissions)");
        decisions.decide(
                bill.id(),
                new DecisionCommand(group.proposalIds(), Decision.REJECTED, "Fees are set by the county.", null, null),
                COMMITTEE);
        assertThat(proposals(anonRef).get(0).decision().decision()).isEqualTo(Decision.REJECTED);
        assertThat(proposals(namedRef).get(0).decision().decision()).isEqualTo(Decision.REJECTED);

        CommitteeMatrix matrix = matrices.build(bill.id(), 1);
        List<Long> all = new ArrayList<>();
        matrix.clauses().forEach(c -> c.rows().forEach(r -> all.addAll(r.proposalIds())));
        Set<Long> expected = new HashSet<>();
        for (MemorandumReference ref : List.of(orgRef, anonRef, namedRef, wholeRef, changesRef)) {
            proposals(ref).forEach(p -> expected.add(p.id()));
        }
        assertThat(all).hasSameSizeAs(expected).containsExactlyInAnyOrderElementsOf(expected);
        assertThat(matrix.proposalCount()).isEqualTo(expected.size());
        assertThat(matrix.clauses()).extracting(CommitteeMatrix.Clause::eId).containsExactly(clauseB, clauseA, null);
        assertThat(matrix.clauses().get(0).label()).startsWith("Clause 1");
        assertThat(matrix.clauses().get(2).label()).isEqualTo("The Bill as a whole");
        CommitteeMatrix.Row orgRow = matrix.clauses().get(1).rows().get(0);
        assertThat(orgRow.organisations()).containsExactly(organisation);
        assertThat(matrix.clauses().get(0).rows().get(0).decision()).isEqualTo(Decision.REJECTED);
        assertThat(matrix.clauses().get(2).rows().get(0).stakeholders()).isEqualTo("1 anonymous organisation");
    }

    @Test
    void theDocxTableMatchesTheMatrixRowByRow() throws Exception {
        CommitteeMatrix matrix = matrices.build(bill.id(), 1);
        ApiClient.Response docx =
                api().get("/api/bills/" + bill.id().value() + "/versions/1/committee-matrix.docx", ApiClient.CLERK);
        assertThat(docx.status()).isEqualTo(200);
        try (XWPFDocument doc = new XWPFDocument(new ByteArrayInputStream(docx.bytes()))) {
            assertThat(doc.getParagraphs().get(0).getText())
                    .isEqualTo("REPORT OF THE DEPARTMENTAL COMMITTEE ON REPORTS " + tag.toUpperCase());
            XWPFTable table = doc.getTables().get(0);
            List<XWPFTableRow> rows = table.getRows();
            assertThat(rows.get(0).getCell(1).getText()).isEqualTo("Stakeholder(s)");
            int at = 1;
            int n = 0;
            for (CommitteeMatrix.Clause clause : matrix.clauses()) {
                assertThat(rows.get(at++).getCell(0).getText()).isEqualTo(clause.label());
                for (CommitteeMatrix.Row row : clause.rows()) {
                    n++;
                    XWPFTableRow r = rows.get(at++);
                    assertThat(r.getCell(0).getText()).isEqualTo(String.valueOf(n));
                    assertThat(r.getCell(1).getText()).isEqualTo(row.stakeholders());
                    assertThat(r.getCell(2).getText()).endsWith(row.proposal() == null ? "" : row.proposal());
                    assertThat(r.getCell(3).getText())
                            .isEqualTo(row.justification() == null ? "" : row.justification());
                    if (row.decision() != null) {
                        assertThat(r.getCell(5).getText()).isEqualTo(decisionText(row));
                    }
                }
            }
            assertThat(rows).hasSize(at);
            String all = text(doc);
            assertNoPersonalData(all);
        }
    }

    private static String decisionText(CommitteeMatrix.Row row) {
        String name = switch (row.decision()) {
            case ACCEPTED -> "Accepted";
            case ACCEPTED_WITH_AMENDMENT -> "Accepted with amendment";
            case REJECTED -> "Rejected";
            case NOTED -> "Noted / out of scope";
        };
        return name + ". " + row.reasons();
    }

    private static String text(XWPFDocument doc) {
        StringBuilder b = new StringBuilder();
        doc.getParagraphs().forEach(p -> b.append(p.getText()).append('\n'));
        doc.getTables().forEach(t -> b.append(t.getText()).append('\n'));
        return b.toString();
    }

    @Test
    void csvCellsCannotRunAsFormulasAndNoExportCarriesPersonalData() {
        String base = "/api/bills/" + bill.id().value() + "/versions/1/committee-matrix";
        ApiClient.Response csv = api().get(base + ".csv", ApiClient.CLERK);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.contentType()).startsWith("text/csv");
        String body = csv.body();
        assertThat(body).contains("'=HYPERLINK(").contains("'+cmd").contains("'@Traders");
        for (String line : body.split("\r\n")) {
            for (String cell : line.split(",")) {
                String c = cell.startsWith("\"") ? cell.substring(1) : cell;
                assertThat(c).doesNotStartWith("=").doesNotStartWith("+").doesNotStartWith("@");
            }
        }
        assertThat(body).contains("'-We oppose the whole Bill");
        assertNoPersonalData(body);
        assertNoPersonalData(api().get(base, ApiClient.CLERK).body());
        ApiClient.Response html = api().get(base + ".html", ApiClient.CLERK);
        assertThat(html.contentType()).startsWith("text/html");
        assertThat(html.body()).contains("&quot;http://evil&quot;").doesNotContain("\"http://evil\"");
        assertNoPersonalData(html.body());
        assertThat(api().get(base + ".csv").status()).isEqualTo(401);
    }

    @Test
    void participationReportCountsTheCallsMemorandaHearingsAndResponseTimes() {
        String hearings = "/api/bills/" + bill.id().value() + "/hearings";
        String today = java.time.LocalDate.now(KenyanCalendar.NAIROBI).toString();
        String future =
                java.time.LocalDate.now(KenyanCalendar.NAIROBI).plusDays(3).toString();
        ApiClient.Response early = api().postJson(
                        hearings,
                        "{\"heldOn\":\"" + future + "\",\"venue\":\"\",\"county\":\"NYERI\",\"attendance\":-1}",
                        ApiClient.CLERK);
        assertThat(early.status()).isEqualTo(400);
        assertThat(early.json().path("errors").toString())
                .contains("heldOn")
                .contains("venue")
                .contains("attendance");
        assertThat(api().postJson(
                                hearings,
                                "{\"heldOn\":\"" + today
                                        + "\",\"venue\":\"Nyeri Hall\",\"county\":\"NYERI\",\"attendance\":120}",
                                ApiClient.COMMITTEE)
                        .status())
                .isEqualTo(403);
        ApiClient.Response held = api().postJson(
                        hearings,
                        "{\"heldOn\":\"" + today + "\",\"venue\":\"Nyeri Hall " + tag + "\",\"county\":\"NYERI\","
                                + "\"attendance\":120}",
                        ApiClient.CLERK);
        assertThat(held.status()).isEqualTo(201);
        assertThat(api().get(hearings).json()).hasSize(1);
        JsonNode report = api().get("/api/bills/" + bill.id().value() + "/participation-report", ApiClient.CLERK)
                .json();
        assertThat(report.path("memoranda").asInt()).isEqualTo(5);
        assertThat(report.path("call").path("notice").asText()).isEqualTo("Notice of the call " + tag);
        assertThat(report.path("counties").path("counties")).hasSize(47);
        assertThat(report.path("counties").path("reached").asInt()).isEqualTo(3);
        assertThat(report.path("counties").path("share").asDouble()).isEqualTo(0.064);
        assertThat(report.path("counties").path("notStated").asInt()).isEqualTo(1);
        assertThat(count(report.path("byChannel"), "API")).isEqualTo(5);
        assertThat(count(report.path("bySubmitterType"), "INDIVIDUAL")).isEqualTo(2);
        assertThat(count(report.path("bySubmitterType"), "CSO")).isEqualTo(1);
        assertThat(count(report.path("byGender"), "FEMALE")).isEqualTo(1);
        assertThat(count(report.path("byGender"), "NOT_STATED")).isEqualTo(3);
        assertThat(count(report.path("bySubmitterType"), "ACADEMIC")).isEqualTo(1);
        assertThat(count(report.path("byDisability"), "YES")).isEqualTo(1);
        assertThat(report.path("responses").path("due").asInt()).isEqualTo(5);
        assertThat(report.path("hearings").path("hearings")).hasSize(1);
        assertThat(report.path("hearings").path("attendance").asInt()).isEqualTo(120);
        assertThat(report.path("hearings").path("countiesReachedWithMemoranda").asInt())
                .isEqualTo(4);
        assertThat(report.path("responses").path("openNotYetDue").asInt()
                        + report.path("responses").path("answered").asInt())
                .isEqualTo(5);
        String html = api().get("/api/bills/" + bill.id().value() + "/participation-report.html", ApiClient.CLERK)
                .body();
        assertThat(html)
                .contains("Counties reached: 3 of 47")
                .contains("Notice of the call " + tag)
                .contains("Nyeri Hall " + tag)
                .contains("Hearings held: 1; counties: 1; attendance: 120.");
        assertNoPersonalData(html);
    }

    private static int count(JsonNode counts, String key) {
        for (JsonNode c : counts) {
            if (c.path("key").asText().equals(key)) {
                return c.path("count").asInt();
            }
        }
        throw new AssertionError("No count " + key + " in " + counts);
    }

    @Test
    void openDataHasPublishedMemorandaProposalsAndDecisionsWithoutPersonalData() {
        for (MemorandumReference ref : List.of(anonRef, wholeRef)) {
            List<DecisionInput> all = proposals(ref).stream()
                    .map(p -> new DecisionInput(p.id(), Decision.NOTED, "Noted for " + ref.value() + "."))
                    .toList();
            review.decide(ref, all, "member");
            review.enterStep(ref, MemorandumStatus.IN_DECISION);
            review.publishResponse(ref);
        }
        String memorandaJsonl = api().get("/api/open-data/memoranda.jsonl").body();
        assertThat(memorandaJsonl).contains(anonRef.value()).contains(wholeRef.value());
        assertThat(memorandaJsonl).doesNotContain(orgRef.value());
        assertThat(memorandaJsonl).contains("[name removed]").contains("[ID number removed]");
        for (String dataset : List.of("memoranda", "proposals", "decisions")) {
            for (String format : List.of("jsonl", "csv")) {
                ApiClient.Response r = api().get("/api/open-data/" + dataset + "." + format);
                assertThat(r.status()).as(dataset + "." + format).isEqualTo(200);
                assertNoPersonalData(r.body());
                assertThat(r.body()).doesNotContain("Hidden Association " + tag);
            }
        }
        assertThat(api().get("/api/open-data/decisions.csv").body()).contains("Noted for " + wholeRef.value());
        JsonNode akn = api().get("/api/open-data/akn").json();
        assertThat(akn.toString()).contains("/api/bills/" + bill.id().value() + "/versions/2/akn");
        assertThat(api().get("/api/open-data/akn.zip").contentType()).isEqualTo("application/zip");
        ApiClient.Response missing = api().get("/api/open-data/nothing.csv");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().path("type").asText()).isEqualTo("urn:maoni:problem:dataset-not-found");
    }

    @Test
    void changesAfterParticipationNameThePublishedDecisionsBehindThemAndFlagTheRest() {
        comparison.markParticipationVersion(bill.id(), 1);
        var entries = comparison.afterParticipation(bill.id()).entries();
        assertThat(entries).as("the demo bill's second version changes clauses").isNotEmpty();
        String changed = entries.get(0).change().newEIds().get(0);
        MemorandumReference ref = changesRef;
        long id = proposal(ref);
        decisions.decide(
                bill.id(),
                new DecisionCommand(
                        List.of(id),
                        Decision.ACCEPTED,
                        "Done in the next version " + tag,
                        null,
                        new Implementation(bill.id(), 2, changed)),
                COMMITTEE);
        String path = "/api/bills/" + bill.id().value() + "/after-participation/decisions";
        assertThat(api().get(path).body()).doesNotContain("Done in the next version " + tag);
        review.enterStep(ref, MemorandumStatus.IN_DECISION);
        review.publishResponse(ref);

        JsonNode report = api().get(path).json();
        JsonNode first = report.path("changes").get(0);
        assertThat(first.path("implementing").get(0).path("proposalId").asLong())
                .isEqualTo(id);
        assertThat(first.path("implementing").get(0).path("reasons").asText())
                .isEqualTo("Done in the next version " + tag);
        assertThat(first.path("unrequested").asBoolean()).isFalse();
        int flagged = 0;
        for (JsonNode c : report.path("changes")) {
            if (c.path("unrequested").asBoolean()) {
                flagged++;
                assertThat(c.path("implementing")).isEmpty();
                assertThat(c.path("askedFor")).isEmpty();
            }
        }
        assertThat(report.path("unrequested").asInt()).isEqualTo(flagged);
        assertThat(flagged).isEqualTo(report.path("changes").size() - 1);
    }

    private void assertNoPersonalData(String text) {
        assertThat(text)
                .doesNotContain(PHONE)
                .doesNotContain("0733 555 020")
                .doesNotContain(email)
                .doesNotContain(anonymousName)
                .doesNotContain(individualName)
                .doesNotContain(nationalId.substring("ID number ".length()));
        assertThat(text.getBytes(StandardCharsets.UTF_8)).isNotEmpty();
    }
}
