package org.maoni.search.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.maoni.calendar.KenyanCalendar;
import org.maoni.memorandum.Consent;
import org.maoni.memorandum.Memorandum;
import org.maoni.memorandum.MemorandumReference;
import org.maoni.memorandum.MemorandumStatus;
import org.maoni.memorandum.Proposal;
import org.maoni.search.DocumentType;
import org.maoni.search.SearchDocument;
import org.maoni.search.Visibility;

/**
 * Turns one memorandum into search documents, all in one group: the memorandum (its text and its attachments' text),
 * one document per proposal, and one per decided proposal with the committee's reasons. They are public only once the
 * committee's response is published (status {@link MemorandumStatus#RESPONDED}, which a withdrawn or set-aside
 * memorandum never reaches); staff-only before. Every text is redacted of personal data, since even staff read contact
 * details in the memorandum module rather than through search; the submitter's name is public only with consent to
 * publish it, otherwise it goes into {@code staffText} and is removed from the public text. A proposal is indexed under
 * every provision it names, the memorandum under every provision its proposals name.
 */
final class MemorandumDocuments {

    /** What an anonymous submitter's name is replaced with in public text. */
    static final String NAME_REMOVED = "[name removed]";

    private MemorandumDocuments() {}

    /** The group holding one memorandum's documents. */
    static String group(MemorandumReference reference) {
        return "memorandum:" + reference.value();
    }

    /**
     * The documents of {@code m}. {@code attachmentsText} is the text extracted from its files (null when none),
     * {@code lineageByEId} the lineage ids of its bill version's provisions, {@code redact} removes personal data.
     */
    static List<SearchDocument> of(
            Memorandum m, String attachmentsText, Map<String, String> lineageByEId, UnaryOperator<String> redact) {
        Objects.requireNonNull(redact, "redact");
        String ref = m.reference().value();
        String group = group(m.reference());
        Visibility visibility = m.status() == MemorandumStatus.RESPONDED ? Visibility.PUBLIC : Visibility.STAFF;
        boolean namePublic = m.consent() == Consent.PUBLISH_NAME;
        String name = blankToNull(m.submitter().name());
        UnaryOperator<String> clean =
                text -> hideName(redact.apply(text == null ? "" : text), namePublic ? null : name);
        String staffText = namePublic || name == null ? "" : "Submitted by " + name;
        String billId = m.billId().toString();
        String county =
                m.submitter().county() == null ? null : m.submitter().county().displayName();
        String submitterType = m.submitter().kind().name();
        String status = m.status().name();
        LocalDate received = m.receivedAt() == null
                ? null
                : m.receivedAt().atZone(KenyanCalendar.NAIROBI).toLocalDate();

        List<SearchDocument> out = new ArrayList<>();
        Set<String> allEIds = new LinkedHashSet<>();
        m.proposals().forEach(p -> allEIds.addAll(p.eIds()));
        List<String> memoEIds = List.copyOf(allEIds);
        String body = join("\n\n", clean.apply(m.text()), clean.apply(attachmentsText));
        out.add(document(
                "memorandum:" + ref,
                group,
                DocumentType.MEMORANDUM,
                visibility,
                billId,
                m.version(),
                memoEIds,
                lineageByEId,
                ref,
                county,
                submitterType,
                null,
                null,
                status,
                received,
                "Memorandum " + ref + (namePublic && name != null ? " by " + name : ""),
                body,
                staffText));
        for (Proposal p : m.proposals()) {
            String about = p.reference() == null || p.reference().isBlank()
                    ? "the Bill as a whole"
                    : clean.apply(p.reference().strip());
            String decision =
                    p.decision() == null ? null : p.decision().decision().name();
            String stance = p.stance() == null ? null : p.stance().name();
            out.add(document(
                    "proposal:" + ref + ":" + p.id(),
                    group,
                    DocumentType.PROPOSAL,
                    visibility,
                    billId,
                    m.version(),
                    p.eIds(),
                    lineageByEId,
                    ref,
                    county,
                    submitterType,
                    stance,
                    decision,
                    status,
                    received,
                    "Proposal on " + about + " (memorandum " + ref + ")",
                    join("\n", clean.apply(p.proposedText()), clean.apply(p.justification())),
                    staffText));
            if (p.decision() != null) {
                LocalDate decided = p.decision().decidedAt() == null
                        ? received
                        : p.decision()
                                .decidedAt()
                                .atZone(KenyanCalendar.NAIROBI)
                                .toLocalDate();
                out.add(document(
                        "decision:" + ref + ":" + p.id(),
                        group,
                        DocumentType.DECISION,
                        visibility,
                        billId,
                        m.version(),
                        p.eIds(),
                        lineageByEId,
                        ref,
                        county,
                        submitterType,
                        stance,
                        decision,
                        status,
                        decided,
                        "Decision on " + about + ": "
                                + decision.replace('_', ' ').toLowerCase(Locale.ROOT) + " (memorandum " + ref + ")",
                        clean.apply(p.decision().reasons()),
                        staffText));
            }
        }
        return out;
    }

    private static SearchDocument document(
            String id,
            String group,
            DocumentType type,
            Visibility visibility,
            String billId,
            int version,
            List<String> eIds,
            Map<String, String> lineageByEId,
            String reference,
            String county,
            String submitterType,
            String stance,
            String decision,
            String status,
            LocalDate date,
            String title,
            String text,
            String staffText) {
        List<String> lineages = new ArrayList<>(new LinkedHashSet<>(
                eIds.stream().map(lineageByEId::get).filter(Objects::nonNull).toList()));
        return new SearchDocument(
                id,
                group,
                type,
                visibility,
                billId,
                version,
                eIds.isEmpty() ? null : eIds.get(0),
                lineages.isEmpty() ? null : lineages.get(0),
                reference,
                county,
                submitterType,
                stance,
                decision,
                status,
                date,
                title,
                text,
                staffText,
                eIds.size() > 1 ? eIds.subList(1, eIds.size()) : List.of(),
                lineages.size() > 1 ? lineages.subList(1, lineages.size()) : List.of());
    }

    /** Removes every occurrence of {@code name} (ignoring case and spacing), when given. */
    static String hideName(String text, String name) {
        if (name == null || text.isEmpty()) {
            return text;
        }
        String[] words = name.strip().split("\\s+");
        StringBuilder pattern = new StringBuilder();
        for (String word : words) {
            if (!pattern.isEmpty()) {
                pattern.append("\\s+");
            }
            pattern.append(Pattern.quote(word));
        }
        return Pattern.compile(pattern.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)
                .matcher(text)
                .replaceAll(Matcher.quoteReplacement(NAME_REMOVED));
    }

    private static String join(String separator, String a, String b) {
        String x = a == null ? "" : a.strip();
        String y = b == null ? "" : b.strip();
        return x.isEmpty() ? y : y.isEmpty() ? x : x + separator + y;
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
