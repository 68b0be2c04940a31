package org.maoni.memorandum.internal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.maoni.bill.BillId;
import org.maoni.memorandum.Consent;
import org.maoni.memorandum.Memorandum;
import org.maoni.memorandum.MemorandumRecord;
import org.maoni.memorandum.MemorandumReference;
import org.maoni.memorandum.ParticipationRecords;
import org.maoni.memorandum.Proposal;
import org.maoni.memorandum.ProposalDecision;
import org.maoni.memorandum.PublishedMemorandum;
import org.maoni.memorandum.SubmitterKind;
import org.maoni.memorandum.screening.Screener;
import org.springframework.stereotype.Service;

/**
 * Reads memoranda for reports. The open-data view is built here, where the personal data lives, so that no other
 * module has to know what to leave out: contact details, gender, disability and unpublished names are dropped and the
 * texts go through the screener's redaction.
 */
@Service
class ParticipationRecordsService implements ParticipationRecords {

    private final MemorandumStore memoranda;
    private final DecisionStore decisions;
    private final Screener screener = new Screener();

    ParticipationRecordsService(MemorandumStore memoranda, DecisionStore decisions) {
        this.memoranda = memoranda;
        this.decisions = decisions;
    }

    @Override
    public List<MemorandumRecord> onBill(BillId billId) {
        Map<String, Instant> responded = decisions.respondedAt(billId);
        List<Memorandum> newestFirst = memoranda.list(billId);
        List<MemorandumRecord> out = new ArrayList<>(newestFirst.size());
        for (int i = newestFirst.size() - 1; i >= 0; i--) {
            Memorandum m = newestFirst.get(i);
            out.add(new MemorandumRecord(m, responded.get(m.reference().value())));
        }
        return out;
    }

    @Override
    public List<PublishedMemorandum> published() {
        List<PublishedMemorandum> out = new ArrayList<>();
        for (Map.Entry<MemorandumReference, Instant> e : decisions.responded()) {
            memoranda.find(e.getKey()).ifPresent(m -> out.add(publish(m, e.getValue())));
        }
        return out;
    }

    private PublishedMemorandum publish(Memorandum m, Instant respondedAt) {
        boolean organisation = m.submitter().kind() == SubmitterKind.ORGANISATION;
        boolean named = organisation && m.consent() == Consent.PUBLISH_NAME;
        String hidden = hiddenName(m);
        return new PublishedMemorandum(
                m.reference(),
                m.billId(),
                m.version(),
                m.channel(),
                m.submitter().kind(),
                organisation ? m.submitter().organisationType() : null,
                named ? redact(m.submitter().name(), null) : null,
                organisation ? m.submitter().county() : null,
                m.receivedAt(),
                m.responseDue(),
                m.late(),
                respondedAt,
                redact(m.text(), hidden),
                m.proposals().stream().map(p -> publish(p, hidden)).toList());
    }

    private PublishedMemorandum.PublishedProposal publish(Proposal p, String hidden) {
        ProposalDecision d = p.decision();
        return new PublishedMemorandum.PublishedProposal(
                p.id(),
                p.reference(),
                p.eIds(),
                p.stance(),
                redact(p.proposedText(), hidden),
                redact(p.justification(), hidden),
                d == null
                        ? null
                        : new ProposalDecision(
                                d.decision(),
                                redact(d.reasons(), hidden),
                                d.decidedBy(),
                                d.decidedAt(),
                                redact(d.observation(), hidden),
                                d.implementation()));
    }

    @Override
    public String withoutPersonalData(Memorandum source, String text) {
        return redact(text, hiddenName(source));
    }

    /** A name that is not published must not come back through the text, where submitters often sign. */
    private static String hiddenName(Memorandum m) {
        boolean named = m.submitter().kind() == SubmitterKind.ORGANISATION && m.consent() == Consent.PUBLISH_NAME;
        return named ? null : m.submitter().name();
    }

    /** The text with phone numbers, e-mail addresses, ID numbers and the hidden name replaced by placeholders. */
    String redact(String text, String hiddenName) {
        if (text == null || text.isEmpty()) {
            return text;
        }
        String out = screener.screen(text).redactedText();
        if (hiddenName != null && hiddenName.strip().length() >= 3) {
            out = Pattern.compile(Pattern.quote(hiddenName.strip()), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                    .matcher(out)
                    .replaceAll("[name removed]");
        }
        return out;
    }
}
