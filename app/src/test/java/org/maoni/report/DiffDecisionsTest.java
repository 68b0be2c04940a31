package org.maoni.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.maoni.bill.Bill;
import org.maoni.bill.BillService;
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
import org.maoni.memorandum.DecisionRecord;
import org.maoni.memorandum.Decisions;
import org.maoni.memorandum.Implementation;
import org.maoni.memorandum.Memoranda;
import org.maoni.memorandum.MemorandumProblem;
import org.maoni.memorandum.MemorandumReference;
import org.maoni.memorandum.MemorandumReview;
import org.maoni.memorandum.MemorandumStatus;
import org.maoni.memorandum.NewMemorandum;
import org.maoni.memorandum.OpenCall;
import org.maoni.memorandum.ProposalInput;
import org.maoni.memorandum.Stance;
import org.maoni.memorandum.Submitter;
import org.maoni.memorandum.SubmitterKind;
import org.maoni.support.ApiClient;
import org.maoni.support.MaoniIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * "You said, we did" on a copy of the demo bill's two versions: recording that a version carries a decision out (a
 * fact, recorded once, refused for what no version can carry out), and the diff of two versions with the published
 * decisions behind each change, the unrequested flag only from the participation version on, bad versions as problem
 * details and no personal data.
 */
@MaoniIntegrationTest
class DiffDecisionsTest {

    private static final Decider COMMITTEE = new Decider("member", Set.of(Decider.COMMITTEE));

    @LocalServerPort
    int port;

    @Autowired
    BillService bills;

    @Autowired
    VersionComparison comparison;

    @Autowired
    CallsForMemoranda calls;

    @Autowired
    Memoranda memoranda;

    @Autowired
    MemorandumReview review;

    @Autowired
    Decisions decisions;

    private final String tag = UUID.randomUUID().toString().substring(0, 8);
    private final String email = "diffdecisions." + tag + "@example.org";

    @Test
    void carryingOutRepeatsTheDecisionWithItsProvisionOnceAndRefusesWhatCannotBeCarriedOut() {
        Bill bill = copy();
        Bill other = copy();
        String later = firstSection(bill, 2);
        String next = Provision.flatten(bills.tree(bill.id(), 2).provisions()).stream()
                .filter(p -> p.type() == ProvisionType.SECTION && !p.eId().equals(later))
                .map(Provision::eId)
                .findFirst()
                .orElseThrow();
        MemorandumReference ref = submit(bill, firstSection(bill, 1), "Shorter wording " + tag);
        long id = memoranda.find(ref).orElseThrow().proposals().get(0).id();
        Implementation there = new Implementation(bill.id(), 2, later);

        assertThatThrownBy(() -> decisions.carriedOut(bill.id(), id, there, "drafter"))
                .isInstanceOfSatisfying(
                        MemorandumProblem.class,
                        p -> assertThat(p.getBody()
                                        .getProperties()
                                        .get("errors")
                                        .toString())
                                .contains("has no decision yet"));
        decisions.decide(
                bill.id(), new DecisionCommand(List.of(id), Decision.REJECTED, "Not needed.", null, null), COMMITTEE);
        assertThatThrownBy(() -> decisions.carriedOut(bill.id(), id, there, "drafter"))
                .isInstanceOfSatisfying(
                        MemorandumProblem.class,
                        p -> assertThat(p.getBody()
                                        .getProperties()
                                        .get("errors")
                                        .toString())
                                .contains("was not accepted"));
        DecisionRecord accepted = decisions
                .decide(
                        bill.id(),
                        new DecisionCommand(List.of(id), Decision.ACCEPTED, "Clearer " + tag, "Good point.", null),
                        COMMITTEE)
                .get(0);
        assertThatThrownBy(() -> decisions.carriedOut(other.id(), id, there, "drafter"))
                .isInstanceOfSatisfying(
                        MemorandumProblem.class, p -> assertThat(p.slug()).isEqualTo("proposal-not-found"));
        assertThatThrownBy(
                        () -> decisions.carriedOut(bill.id(), id, new Implementation(bill.id(), 1, later), "drafter"))
                .isInstanceOf(MemorandumProblem.class);
        assertThatThrownBy(() ->
                        decisions.carriedOut(bill.id(), id, new Implementation(bill.id(), 2, "sec_9999"), "drafter"))
                .isInstanceOf(MemorandumProblem.class);
        assertThatThrownBy(
                        () -> decisions.carriedOut(bill.id(), id, new Implementation(other.id(), 2, later), "drafter"))
                .isInstanceOf(MemorandumProblem.class);
        assertThatThrownBy(() -> decisions.carriedOut(bill.id(), id, there, " "))
                .isInstanceOf(MemorandumProblem.class);
        assertThat(decisions.history(bill.id(), id)).hasSize(2);

        // no committee role: it records a fact, and a redelivered event records nothing more
        DecisionRecord carried = decisions.carriedOut(bill.id(), id, there, "drafter");
        assertThat(carried.decision()).isEqualTo(Decision.ACCEPTED);
        assertThat(carried.reasons()).isEqualTo("Clearer " + tag);
        assertThat(carried.observation()).isEqualTo("Good point.");
        assertThat(carried.decidedBy()).isEqualTo(accepted.decidedBy());
        assertThat(carried.decidedAt()).isEqualTo(accepted.decidedAt());
        assertThat(carried.recordedBy()).isEqualTo("drafter");
        assertThat(carried.implementation()).isEqualTo(there);
        DecisionRecord again = decisions.carriedOut(bill.id(), id, there, "drafter");
        assertThat(again.id()).isEqualTo(carried.id());
        assertThat(decisions.history(bill.id(), id)).hasSize(3);
        assertThat(memoranda
                        .find(ref)
                        .orElseThrow()
                        .proposals()
                        .get(0)
                        .decision()
                        .implementation())
                .isEqualTo(there);

        Implementation elsewhere = new Implementation(bill.id(), 2, next);
        assertThat(decisions.carriedOut(bill.id(), id, elsewhere, "drafter").implementation())
                .isEqualTo(elsewhere);
        assertThat(decisions.history(bill.id(), id)).hasSize(4);

        review.setAside(ref);
        assertThatThrownBy(() -> decisions.carriedOut(bill.id(), id, there, "drafter"))
                .isInstanceOfSatisfying(
                        MemorandumProblem.class,
                        p -> assertThat(p.getBody()
                                        .getProperties()
                                        .get("errors")
                                        .toString())
                                .contains("set aside"));
    }

    @Test
    void theDiffNamesPublishedDecisionsAndFlagsOnlyFromTheParticipationVersionOn() {
        Bill bill = copy();
        String path = "/api/bills/" + bill.id().value() + "/diff/decisions";
        JsonNode plain = api().get(path + "?from=1&to=2").json();
        assertThat(plain.path("participationVersion").isNumber()).isFalse();
        assertThat(plain.path("changes")).isNotEmpty();
        assertThat(plain.path("unrequested").asInt()).isZero();
        JsonNode first = null;
        for (JsonNode c : plain.path("changes")) {
            assertThat(c.path("change").path("kind").asText()).isNotEqualTo("UNCHANGED");
            if (first == null
                    && c.path("change").path("kind").asText().equals("MODIFIED")
                    && c.path("change").path("newEIds").size() == 1) {
                first = c;
            }
        }
        assertThat(first).as("the demo bill's second version rewords a clause").isNotNull();
        String changedNew = first.path("change").path("newEIds").get(0).asText();
        String changedOld = first.path("change").path("oldEIds").get(0).asText();

        MemorandumReference implementing = submit(bill, changedOld, "Reword it " + tag);
        MemorandumReference asking = submit(bill, changedOld, "Say it otherwise " + tag);
        long implementingId =
                memoranda.find(implementing).orElseThrow().proposals().get(0).id();
        long askingId = memoranda.find(asking).orElseThrow().proposals().get(0).id();
        decisions.decide(
                bill.id(),
                new DecisionCommand(List.of(implementingId), Decision.ACCEPTED, "Done in version 2 " + tag, null, null),
                COMMITTEE);
        decisions.decide(
                bill.id(),
                new DecisionCommand(
                        List.of(askingId), Decision.ACCEPTED_WITH_AMENDMENT, "Partly done " + tag, null, null),
                COMMITTEE);
        decisions.carriedOut(bill.id(), implementingId, new Implementation(bill.id(), 2, changedNew), "drafter");

        // not yet published: nothing of the decisions shows
        assertThat(api().get(path + "?from=1&to=2").body())
                .doesNotContain("Done in version 2 " + tag)
                .doesNotContain("Partly done " + tag);
        for (MemorandumReference ref : List.of(implementing, asking)) {
            review.enterStep(ref, MemorandumStatus.IN_DECISION);
            review.publishResponse(ref);
        }

        comparison.markParticipationVersion(bill.id(), 2);
        JsonNode before = api().get(path + "?from=1&to=2").json();
        assertThat(before.path("unrequested").asInt())
                .as("before participation nothing was asked for")
                .isZero();
        JsonNode change = change(before, changedNew);
        assertThat(change.path("implementing"))
                .extracting(n -> n.path("proposalId").asLong())
                .containsExactly(implementingId);
        assertThat(change.path("implementing").get(0).path("reasons").asText()).isEqualTo("Done in version 2 " + tag);
        assertThat(change.path("askedFor"))
                .extracting(n -> n.path("proposalId").asLong())
                .containsExactly(askingId);

        comparison.markParticipationVersion(bill.id(), 1);
        String body = api().get(path + "?from=1&to=2").body();
        JsonNode after = api().get(path + "?from=1&to=2").json();
        int flagged = 0;
        for (JsonNode c : after.path("changes")) {
            if (c.path("unrequested").asBoolean()) {
                flagged++;
                assertThat(c.path("implementing")).isEmpty();
                assertThat(c.path("askedFor")).isEmpty();
                assertThat(c.path("change").path("kind").asText()).isNotEqualTo("RENUMBERED");
            }
        }
        assertThat(flagged).isPositive().isEqualTo(after.path("unrequested").asInt());
        assertThat(change(after, changedNew).path("unrequested").asBoolean()).isFalse();
        assertThat(body).doesNotContain(email).doesNotContain("Mwananchi " + tag);
        // the defaults compare the latest version with the one before
        assertThat(api().get(path).json().path("from").asInt()).isEqualTo(1);

        problem(path + "?from=1&to=1", 400);
        problem(path + "?from=2&to=1", 400);
        problem(path + "?from=1&to=9", 404);
        problem(path + "?from=one&to=2", 400);
        problem("/api/bills/" + UUID.randomUUID() + "/diff/decisions?from=1&to=2", 404);
    }

    private void problem(String path, int status) {
        ApiClient.Response r = api().get(path);
        assertThat(r.status()).as(path + " " + r.body()).isEqualTo(status);
        assertThat(r.json().path("type").asText()).as(path).startsWith("urn:maoni:problem:");
        assertThat(r.body()).doesNotContain("Exception");
    }

    private static JsonNode change(JsonNode report, String newEId) {
        for (JsonNode c : report.path("changes")) {
            for (JsonNode e : c.path("change").path("newEIds")) {
                if (e.asText().equals(newEId)) {
                    return c;
                }
            }
        }
        throw new AssertionError("No change to " + newEId);
    }

    private Bill copy() {
        Bill demo = bills.list().stream()
                .filter(b -> b.title().equals("The County Markets and Street Trading Bill, 2026"))
                .findFirst()
                .orElseThrow();
        Bill bill = bills.register(
                new NewBill(
                        "Diff decisions test bill " + UUID.randomUUID(),
                        null,
                        null,
                        null,
                        null,
                        null,
                        null,
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
        ZonedDateTime now = ZonedDateTime.now(KenyanCalendar.NAIROBI);
        calls.open(
                new OpenCall(
                        bill.id(),
                        1,
                        "Notice " + tag,
                        now.minusDays(1),
                        now.plusDays(20),
                        Set.of(Channel.values()),
                        14),
                "clerk");
        return bill;
    }

    private String firstSection(Bill bill, int version) {
        return Provision.flatten(bills.tree(bill.id(), version).provisions()).stream()
                .filter(p -> p.type() == ProvisionType.SECTION)
                .map(Provision::eId)
                .findFirst()
                .orElseThrow();
    }

    private MemorandumReference submit(Bill bill, String eId, String proposal) {
        return memoranda
                .submit(new NewMemorandum(
                        bill.id(),
                        1,
                        Channel.API,
                        new Submitter(
                                SubmitterKind.INDIVIDUAL,
                                "Kamau Mwananchi " + tag,
                                null,
                                null,
                                null,
                                null,
                                new ContactDetails(email, "0722 555 031", null)),
                        Consent.ANONYMOUS,
                        "My view " + tag,
                        List.of(new ProposalInput(eId, Stance.AMEND, proposal, "Clarity " + tag)),
                        List.of(),
                        null,
                        null,
                        null))
                .reference();
    }

    private ApiClient api() {
        return new ApiClient(port);
    }
}
