package org.maoni.search.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.maoni.bill.BillId;
import org.maoni.bill.County;
import org.maoni.memorandum.Channel;
import org.maoni.memorandum.Consent;
import org.maoni.memorandum.ContactDetails;
import org.maoni.memorandum.Decision;
import org.maoni.memorandum.Memorandum;
import org.maoni.memorandum.MemorandumReference;
import org.maoni.memorandum.MemorandumStatus;
import org.maoni.memorandum.Proposal;
import org.maoni.memorandum.ProposalDecision;
import org.maoni.memorandum.Stance;
import org.maoni.memorandum.Submitter;
import org.maoni.memorandum.SubmitterKind;
import org.maoni.memorandum.screening.Screener;
import org.maoni.search.DocumentType;
import org.maoni.search.SearchDocument;
import org.maoni.search.Visibility;

/** How one memorandum becomes search documents, without Spring: visibility, redaction, names, provisions, facets. */
class MemorandumDocumentsTest {

    private static final Screener SCREENER = new Screener();
    private static final UnaryOperator<String> REDACT = SCREENER::redact;
    private static final BillId BILL = new BillId(UUID.fromString("00000000-0000-0000-0000-000000000042"));
    private static final Map<String, String> LINEAGES = Map.of("sec_1", "lin-1", "sec_2", "lin-2", "sec_3", "lin-3");

    private static Proposal proposal(long id, List<String> eIds, ProposalDecision decision) {
        return new Proposal(
                id,
                (int) id,
                eIds.isEmpty() ? null : "Clause " + id,
                eIds,
                false,
                Stance.OPPOSE,
                "Delete it. Call 0722 123 456.",
                "It hurts Amina Yusuf and traders.",
                List.of(),
                List.of(),
                true,
                decision);
    }

    private static Memorandum memorandum(MemorandumStatus status, Consent consent, List<Proposal> proposals) {
        return new Memorandum(
                new MemorandumReference("MEM-2026-000007"),
                BILL,
                2,
                Channel.WEB_FORM,
                new Submitter(
                        SubmitterKind.INDIVIDUAL,
                        "Amina Yusuf",
                        null,
                        County.MOMBASA,
                        null,
                        null,
                        new ContactDetails("amina@example.org", "+254 711 222 333", "P.O. Box 1 Mombasa")),
                consent,
                "I, amina  YUSUF, write to amina.y@example.com; ID number 12345678.",
                Instant.parse("2026-03-04T21:30:00Z"),
                LocalDate.of(2026, 4, 1),
                false,
                status,
                false,
                proposals,
                List.of(),
                List.of(),
                null);
    }

    private static final ProposalDecision REJECTED = new ProposalDecision(
            Decision.REJECTED,
            "Mr Otieno on 0733 444 555 disagreed.",
            "committee",
            Instant.parse("2026-05-02T08:00:00Z"));

    @Test
    void beforeTheResponseIsPublishedEverythingIsStaffOnly() {
        for (MemorandumStatus status : List.of(
                MemorandumStatus.RECEIVED,
                MemorandumStatus.IN_MODERATION,
                MemorandumStatus.IN_TRIAGE,
                MemorandumStatus.IN_DECISION,
                MemorandumStatus.WITHDRAWN,
                MemorandumStatus.SET_ASIDE)) {
            var docs = MemorandumDocuments.of(
                    memorandum(status, Consent.PUBLISH_NAME, List.of(proposal(1, List.of("sec_1"), REJECTED))),
                    null,
                    LINEAGES,
                    REDACT);
            assertThat(docs)
                    .as(status.name())
                    .extracting(SearchDocument::visibility)
                    .containsOnly(Visibility.STAFF);
        }
    }

    @Test
    void aRespondedMemorandumIsPublicWithItsProposalsAndDecisionsInOneGroup() {
        var docs = MemorandumDocuments.of(
                memorandum(
                        MemorandumStatus.RESPONDED,
                        Consent.PUBLISH_NAME,
                        List.of(proposal(1, List.of("sec_1"), REJECTED), proposal(2, List.of(), null))),
                "Attached: the traders' petition.",
                LINEAGES,
                REDACT);
        assertThat(docs)
                .extracting(SearchDocument::id)
                .containsExactly(
                        "memorandum:MEM-2026-000007",
                        "proposal:MEM-2026-000007:1",
                        "decision:MEM-2026-000007:1",
                        "proposal:MEM-2026-000007:2");
        assertThat(docs).extracting(SearchDocument::visibility).containsOnly(Visibility.PUBLIC);
        assertThat(docs).extracting(SearchDocument::group).containsOnly("memorandum:MEM-2026-000007");
        assertThat(docs)
                .extracting(SearchDocument::type)
                .containsExactly(
                        DocumentType.MEMORANDUM, DocumentType.PROPOSAL, DocumentType.DECISION, DocumentType.PROPOSAL);
        SearchDocument memo = docs.get(0);
        assertThat(memo.text()).endsWith("Attached: the traders' petition.");
        assertThat(memo.title()).isEqualTo("Memorandum MEM-2026-000007 by Amina Yusuf");
        assertThat(memo.county()).isEqualTo("Mombasa");
        assertThat(memo.submitterType()).isEqualTo("INDIVIDUAL");
        assertThat(memo.status()).isEqualTo("RESPONDED");
        // received late in the evening in Nairobi (UTC+3): the next day
        assertThat(memo.date()).isEqualTo(LocalDate.of(2026, 3, 5));
        SearchDocument decision = docs.get(2);
        assertThat(decision.decision()).isEqualTo("REJECTED");
        assertThat(decision.stance()).isEqualTo("OPPOSE");
        assertThat(decision.date()).isEqualTo(LocalDate.of(2026, 5, 2));
        assertThat(decision.title()).isEqualTo("Decision on Clause 1: rejected (memorandum MEM-2026-000007)");
        assertThat(docs.get(3).title()).startsWith("Proposal on the Bill as a whole");
        assertThat(docs.get(3).eId()).isNull();
    }

    @Test
    void personalDataIsRedactedEverywhereAndContactDetailsAreNeverIndexed() {
        var docs = MemorandumDocuments.of(
                memorandum(
                        MemorandumStatus.RESPONDED,
                        Consent.PUBLISH_NAME,
                        List.of(proposal(1, List.of("sec_1"), REJECTED))),
                "Write to petition@example.net",
                LINEAGES,
                REDACT);
        for (SearchDocument d : docs) {
            String all = String.join(" ", d.title(), d.text(), d.staffText());
            assertThat(all)
                    .doesNotContain("amina.y@example.com", "12345678", "0722 123 456", "0733 444 555")
                    .doesNotContain("petition@example.net", "amina@example.org", "711 222 333", "P.O. Box 1");
        }
        assertThat(docs.get(0).text()).contains("[e-mail removed]", "[ID number removed]");
        assertThat(docs.get(1).text()).contains("[phone removed]");
        assertThat(docs.get(2).text()).contains("[phone removed]");
    }

    @Test
    void anAnonymousSubmittersNameIsInStaffTextOnlyAndRemovedFromPublicText() {
        var docs = MemorandumDocuments.of(
                memorandum(
                        MemorandumStatus.RESPONDED,
                        Consent.ANONYMOUS,
                        List.of(proposal(1, List.of("sec_1"), REJECTED))),
                null,
                LINEAGES,
                REDACT);
        for (SearchDocument d : docs) {
            assertThat(d.title() + " " + d.text())
                    .doesNotContainIgnoringCase("amina")
                    .doesNotContainIgnoringCase("yusuf");
            assertThat(d.staffText()).isEqualTo("Submitted by Amina Yusuf");
        }
        assertThat(docs.get(0).title()).isEqualTo("Memorandum MEM-2026-000007");
        assertThat(docs.get(0).text()).startsWith("I, [name removed], write");
        assertThat(docs.get(1).text()).contains("It hurts [name removed] and traders.");

        var named = MemorandumDocuments.of(
                memorandum(MemorandumStatus.RESPONDED, Consent.PUBLISH_NAME, List.of()), null, LINEAGES, REDACT);
        assertThat(named.get(0).staffText()).isEmpty();
        assertThat(named.get(0).text()).contains("amina  YUSUF");
    }

    @Test
    void aProposalNamingSeveralProvisionsIsIndexedUnderEachWithItsLineage() {
        var docs = MemorandumDocuments.of(
                memorandum(
                        MemorandumStatus.IN_DECISION,
                        Consent.PUBLISH_NAME,
                        List.of(proposal(1, List.of("sec_1", "sec_2"), null), proposal(2, List.of("sec_3"), null))),
                null,
                LINEAGES,
                REDACT);
        SearchDocument proposal = docs.get(1);
        assertThat(proposal.eId()).isEqualTo("sec_1");
        assertThat(proposal.alsoEIds()).containsExactly("sec_2");
        assertThat(proposal.lineageId()).isEqualTo("lin-1");
        assertThat(proposal.alsoLineageIds()).containsExactly("lin-2");
        assertThat(proposal.decision()).isNull();
        assertThat(IndexFields.keywordValues(proposal))
                .containsEntry(IndexFields.EID, List.of("sec_1", "sec_2"))
                .containsEntry(IndexFields.LINEAGE, List.of("lin-1", "lin-2"));
        SearchDocument memo = docs.get(0);
        assertThat(IndexFields.keywordValues(memo).get(IndexFields.LINEAGE)).containsExactly("lin-1", "lin-2", "lin-3");
        assertThat(memo.version()).isEqualTo(2);
        assertThat(memo.billId()).isEqualTo(BILL.toString());
    }
}
