package org.maoni.memorandum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.maoni.bill.Bill;
import org.maoni.bill.BillService;
import org.maoni.bill.Provision;
import org.maoni.support.MaoniIntegrationTest;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The review steps against the real database and notification outbox: each step validates its input, stores what it
 * decides, sends its message once, and does nothing more when repeated.
 */
@MaoniIntegrationTest
class MemorandumReviewTest {

    @Autowired
    Memoranda memoranda;

    @Autowired
    MemorandumReview review;

    @Autowired
    BillService bills;

    @Autowired
    JdbcClient jdbc;

    private Bill demoBill() {
        return bills.list().stream()
                .filter(b -> b.title().equals("The County Markets and Street Trading Bill, 2026"))
                .findFirst()
                .orElseThrow();
    }

    private Receipt submit(String text, List<ProposalInput> proposals, List<SubmittedFile> files) {
        return memoranda.submit(new NewMemorandum(
                demoBill().id(),
                1,
                files.isEmpty() ? Channel.API : Channel.UPLOAD,
                new Submitter(
                        SubmitterKind.INDIVIDUAL,
                        "Otieno Ouma",
                        null,
                        null,
                        null,
                        null,
                        new ContactDetails("otieno@example.org", "+254 722 000 111", null)),
                Consent.PUBLISH_NAME,
                text,
                proposals,
                files,
                null,
                null,
                null));
    }

    private long messages(MemorandumReference reference, String kind) {
        return jdbc.sql("SELECT COUNT(*) FROM outgoing_message WHERE reference = :ref AND kind = :kind")
                .param("ref", reference.value())
                .param("kind", kind)
                .query(Long.class)
                .single();
    }

    private String firstSection() {
        return Provision.flatten(bills.tree(demoBill().id(), 1).provisions()).stream()
                .map(Provision::eId)
                .filter(e -> e.startsWith("sec_"))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void demoMemorandaAreLoadedThroughIntake() {
        List<Memorandum> all = memoranda.list(demoBill().id());
        assertThat(all.size()).isGreaterThanOrEqualTo(6);
        assertThat(all.stream().map(Memorandum::channel).distinct())
                .contains(Channel.EMAIL, Channel.UPLOAD, Channel.WEB_FORM);
        assertThat(all.stream()
                        .filter(m -> "submissions@sokohaki.example.org"
                                .equals(m.submitter().contact().email())))
                .hasSize(1);
    }

    @Test
    void triageDecisionsAndResponseAreValidatedStoredAndSentOnce() {
        String eId = firstSection();
        Receipt receipt = submit(
                "Our views " + UUID.randomUUID(),
                List.of(
                        new ProposalInput(eId, Stance.AMEND, "Lower the fee.", "Traders are poor."),
                        new ProposalInput(null, Stance.SUPPORT, "", "")),
                List.of());
        MemorandumReference ref = receipt.reference();
        review.sendReceipt(ref);
        review.sendReceipt(ref);
        assertThat(messages(ref, "receipt")).isEqualTo(1);

        List<Proposal> proposals = memoranda.find(ref).orElseThrow().proposals();
        long first = proposals.get(0).id();
        long second = proposals.get(1).id();
        assertThatThrownBy(() -> review.triage(
                        ref,
                        new TriageInput(List.of(new TriageInput.ProposalTriage(first, List.of("sec_999"), null, null))),
                        "clerk"))
                .isInstanceOfSatisfying(
                        MemorandumProblem.class, p -> assertThat(p.slug()).isEqualTo("invalid-request"));
        assertThatThrownBy(() -> review.triage(
                        ref,
                        new TriageInput(List.of(new TriageInput.ProposalTriage(-5, List.of(eId), null, null))),
                        "clerk"))
                .isInstanceOf(MemorandumProblem.class);
        review.triage(
                ref,
                new TriageInput(
                        List.of(new TriageInput.ProposalTriage(first, List.of(eId), Stance.DELETE, List.of("fees")))),
                "clerk");
        Proposal triaged = memoranda.find(ref).orElseThrow().proposals().get(0);
        assertThat(triaged.linkConfirmed()).isTrue();
        assertThat(triaged.stance()).isEqualTo(Stance.DELETE);
        assertThat(triaged.themes()).containsExactly("fees");

        assertThatThrownBy(() -> review.decide(
                        ref, List.of(new DecisionInput(first, Decision.ACCEPTED, "Agreed.")), "committee"))
                .isInstanceOfSatisfying(
                        MemorandumProblem.class, p -> assertThat(p.getMessage()).isNotNull());
        assertThatThrownBy(() -> review.decide(
                        ref,
                        List.of(
                                new DecisionInput(first, Decision.ACCEPTED, "Agreed."),
                                new DecisionInput(second, Decision.NOTED, " ")),
                        "committee"))
                .isInstanceOf(MemorandumProblem.class);
        assertThatThrownBy(() -> review.publishResponse(ref)).isInstanceOf(MemorandumProblem.class);
        review.decide(
                ref,
                List.of(
                        new DecisionInput(first, Decision.ACCEPTED_WITH_AMENDMENT, "Fee lowered by half."),
                        new DecisionInput(second, Decision.NOTED, "Support noted.")),
                "chair");
        Proposal decided = memoranda.find(ref).orElseThrow().proposals().get(0);
        assertThat(decided.decision().decidedBy()).isEqualTo(demoBill().committee());
        assertThat(decided.decision().reasons()).isEqualTo("Fee lowered by half.");
        assertThat(decided.decision().decidedAt()).isNotNull();

        review.enterStep(ref, MemorandumStatus.IN_DECISION);
        review.publishResponse(ref);
        review.publishResponse(ref);
        assertThat(memoranda.find(ref).orElseThrow().status()).isEqualTo(MemorandumStatus.RESPONDED);
        assertThat(messages(ref, "response")).isEqualTo(1);
        review.enterStep(ref, MemorandumStatus.IN_TRIAGE);
        assertThat(memoranda.find(ref).orElseThrow().status()).isEqualTo(MemorandumStatus.RESPONDED);
        assertThatThrownBy(() -> memoranda.withdraw(ref, receipt.receiptToken()))
                .isInstanceOfSatisfying(
                        MemorandumProblem.class, p -> assertThat(p.slug()).isEqualTo("cannot-withdraw"));
    }

    @Test
    void screeningFlagsPersonalDataAndDuplicatesAndModerationSetsAside() {
        String text = "Call me on 0712 345 678 about the market fees " + UUID.randomUUID() + ".";
        // With a file each review waits for the extraction job (the job executor is off in tests), so this test is
        // the only one screening: a memorandum without files is screened by its workflow as soon as it is received.
        List<SubmittedFile> file = List.of(new SubmittedFile(
                "note.txt", "text/plain", "A note.".getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        Receipt a = submit(text, List.of(), file);
        Receipt b = submit(text, List.of(), file);
        List<ScreeningFlag> first = review.screen(a.reference());
        assertThat(first).extracting(ScreeningFlag::kind).contains(ScreeningFlag.Kind.PERSONAL_DATA);
        assertThat(first).extracting(ScreeningFlag::kind).doesNotContain(ScreeningFlag.Kind.DUPLICATE);
        List<ScreeningFlag> second = review.screen(b.reference());
        assertThat(second).extracting(ScreeningFlag::kind).contains(ScreeningFlag.Kind.DUPLICATE);
        assertThat(second.stream()
                        .filter(f -> f.kind() == ScreeningFlag.Kind.DUPLICATE)
                        .findFirst()
                        .orElseThrow()
                        .detail())
                .contains(a.reference().value());
        assertThat(review.screen(b.reference())).isEqualTo(second);
        assertThat(memoranda.find(b.reference()).orElseThrow().flags()).isEqualTo(second);

        review.enterStep(b.reference(), MemorandumStatus.IN_MODERATION);
        assertThatThrownBy(() -> review.moderate(b.reference(), true, " ", "clerk"))
                .isInstanceOf(MemorandumProblem.class);
        review.moderate(b.reference(), true, "An exact copy of " + a.reference() + ".", "clerk");
        review.setAside(b.reference());
        review.setAside(b.reference());
        Memorandum setAside = memoranda.find(b.reference()).orElseThrow();
        assertThat(setAside.status()).isEqualTo(MemorandumStatus.SET_ASIDE);
        assertThat(setAside.statusNote()).contains(a.reference().value());
        assertThat(messages(b.reference(), "set-aside")).isEqualTo(1);

        review.markOverdue(a.reference());
        review.markOverdue(a.reference());
        assertThat(memoranda.find(a.reference()).orElseThrow().overdue()).isTrue();
        assertThat(messages(a.reference(), "overdue")).isEqualTo(1);
    }

    @Test
    void aCorruptAttachmentIsRecordedAsNotExtracted() {
        byte[] corrupt = ("%PDF-1.7\n" + "garbage ".repeat(50)).getBytes(StandardCharsets.US_ASCII);
        Receipt receipt =
                submit("See the attachment.", List.of(), List.of(new SubmittedFile("memo.pdf", null, corrupt)));
        review.extract(receipt.reference());
        review.extract(receipt.reference());
        Memorandum m = memoranda.find(receipt.reference()).orElseThrow();
        assertThat(m.attachments()).hasSize(1);
        assertThat(m.attachments().get(0).textExtracted()).isFalse();
        // Nothing could be read from the file, so the memorandum's own words stand as one proposal on the whole Bill,
        // which the committee still answers.
        assertThat(m.proposals()).singleElement().satisfies(p -> {
            assertThat(p.reference()).isEqualTo("The Bill as a whole");
            assertThat(p.eIds()).isEmpty();
            assertThat(p.justification()).isEqualTo("See the attachment.");
        });
    }
}
