package org.maoni.report.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import org.maoni.bill.Bill;
import org.maoni.bill.BillId;
import org.maoni.bill.BillService;
import org.maoni.bill.BillVersion;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionType;
import org.maoni.memorandum.Consent;
import org.maoni.memorandum.Memorandum;
import org.maoni.memorandum.MemorandumRecord;
import org.maoni.memorandum.MemorandumStatus;
import org.maoni.memorandum.ParticipationRecords;
import org.maoni.memorandum.Proposal;
import org.maoni.memorandum.ProposalDecision;
import org.maoni.memorandum.SubmitterKind;
import org.springframework.stereotype.Component;

/**
 * Builds the committee matrix of a bill version. A proposal sits under the clause (or Part, Schedule, long title)
 * that contains the first provision it is linked to; unlinked proposals and links to provisions the version lacks go to
 * "The Bill as a whole". Identical proposals (same clause, stance and words, ignoring case and spacing) share a row.
 */
@Component
public class MatrixBuilder {

    /** The heading of the proposals on no provision in particular. */
    public static final String WHOLE_BILL = "The Bill as a whole";

    private static final Set<MemorandumStatus> LEFT_OUT =
            Set.of(MemorandumStatus.WITHDRAWN, MemorandumStatus.SET_ASIDE);

    private final BillService bills;
    private final ParticipationRecords records;

    MatrixBuilder(BillService bills, ParticipationRecords records) {
        this.bills = bills;
        this.records = records;
    }

    public CommitteeMatrix build(BillId billId, int version) {
        Bill bill = bills.get(billId);
        BillVersion v = bills.version(billId, version);
        List<Provision> tree = bills.tree(billId, version).provisions();
        Map<String, Provision> unitOf = new HashMap<>();
        List<Provision> units = new ArrayList<>();
        assignUnits(tree, null, unitOf, units);

        // unit eId (or null for the whole Bill) -> group key -> members
        Map<String, Map<String, List<Member>>> grouped = new LinkedHashMap<>();
        int count = 0;
        for (MemorandumRecord r : records.onBill(billId)) {
            Memorandum m = r.memorandum();
            if (m.version() != version || LEFT_OUT.contains(m.status())) {
                continue;
            }
            for (Proposal p : m.proposals()) {
                String unit = p.eIds().stream()
                        .map(unitOf::get)
                        .filter(Objects::nonNull)
                        .map(Provision::eId)
                        .findFirst()
                        .orElse(null);
                String key =
                        p.stance() + "\u0000" + normalise(p.proposedText()) + "\u0000" + normalise(p.justification());
                grouped.computeIfAbsent(unit, k -> new LinkedHashMap<>())
                        .computeIfAbsent(key, k -> new ArrayList<>())
                        .add(new Member(m, p));
                count++;
            }
        }
        List<CommitteeMatrix.Clause> clauses = new ArrayList<>();
        for (Provision unit : units) {
            Map<String, List<Member>> rows = grouped.get(unit.eId());
            if (rows != null) {
                clauses.add(new CommitteeMatrix.Clause(
                        unit.eId(), clean(unit.num()), unit.heading(), label(unit), rows(rows)));
            }
        }
        if (grouped.containsKey(null)) {
            clauses.add(new CommitteeMatrix.Clause(null, null, null, WHOLE_BILL, rows(grouped.get(null))));
        }
        return new CommitteeMatrix(billId, bill.title(), bill.committee(), version, v.label(), count, clauses);
    }

    private record Member(Memorandum memorandum, Proposal proposal) {}

    private List<CommitteeMatrix.Row> rows(Map<String, List<Member>> groups) {
        List<CommitteeMatrix.Row> out = new ArrayList<>();
        for (List<Member> members : groups.values()) {
            Proposal first = members.get(0).proposal();
            Memorandum source = members.get(0).memorandum();
            Set<String> organisations = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
            Set<String> memoranda = new TreeSet<>();
            int individuals = 0;
            int anonymous = 0;
            for (Member member : members) {
                Memorandum m = member.memorandum();
                if (!memoranda.add(m.reference().value())) {
                    continue;
                }
                if (m.submitter().kind() == SubmitterKind.INDIVIDUAL) {
                    individuals++;
                } else if (m.consent() == Consent.PUBLISH_NAME
                        && m.submitter().name() != null
                        && !m.submitter().name().isBlank()) {
                    organisations.add(m.submitter().name().strip());
                } else {
                    anonymous++;
                }
            }
            List<ProposalDecision> decisions =
                    members.stream().map(x -> x.proposal().decision()).toList();
            ProposalDecision shared = decisions.get(0);
            boolean same = decisions.stream().allMatch(d -> sameDecision(d, shared));
            ProposalDecision shown = same ? shared : null;
            out.add(new CommitteeMatrix.Row(
                    members.stream().map(x -> x.proposal().id()).toList(),
                    List.copyOf(memoranda),
                    List.copyOf(organisations),
                    individuals,
                    anonymous,
                    members.size(),
                    stakeholders(organisations, individuals, anonymous, members.size()),
                    first.stance(),
                    records.withoutPersonalData(source, first.proposedText()),
                    records.withoutPersonalData(source, first.justification()),
                    shown == null ? null : shown.decision(),
                    shown == null ? null : records.withoutPersonalData(source, shown.reasons()),
                    shown == null ? null : records.withoutPersonalData(source, shown.observation()),
                    shown == null ? null : shown.decidedBy(),
                    shown == null ? null : shown.decidedAt(),
                    !same,
                    shown == null ? null : shown.implementation()));
        }
        return out;
    }

    private static boolean sameDecision(ProposalDecision a, ProposalDecision b) {
        if (a == null || b == null) {
            return a == b;
        }
        return a.decision() == b.decision() && Objects.equals(a.reasons(), b.reasons());
    }

    /** "Soko Haki; Kenya Traders Alliance; 3 individuals; 1 anonymous organisation (5 identical submissions)". */
    static String stakeholders(Set<String> organisations, int individuals, int anonymous, int submissions) {
        List<String> parts = new ArrayList<>(organisations);
        if (individuals > 0) {
            parts.add(individuals + (individuals == 1 ? " individual" : " individuals"));
        }
        if (anonymous > 0) {
            parts.add(anonymous + (anonymous == 1 ? " anonymous organisation" : " anonymous organisations"));
        }
        String who = String.join("; ", parts);
        return submissions > 1 ? who + " (" + submissions + " identical submissions)" : who;
    }

    /** Maps every provision to the standalone unit (clause, Part, Schedule …) that contains it, in document order. */
    private static void assignUnits(
            List<Provision> nodes, Provision unit, Map<String, Provision> unitOf, List<Provision> units) {
        for (Provision p : nodes) {
            Provision own = ProvisionType.STANDALONE.contains(p.type()) || unit == null ? p : unit;
            if (own == p) {
                units.add(p);
            }
            unitOf.put(p.eId(), own);
            assignUnits(p.children(), own, unitOf, units);
        }
    }

    static String label(Provision p) {
        String num = clean(p.num());
        String heading = p.heading() == null ? "" : p.heading().strip();
        String name = switch (p.type()) {
            case SECTION -> "Clause " + num;
            case PART -> "Part " + num;
            case DIVISION -> "Division " + num;
            case SCHEDULE -> num.isEmpty() ? "Schedule" : num;
            case PREFACE -> "Long title";
            case PREAMBLE -> "Enacting formula";
            case OBJECTS_AND_REASONS -> "Memorandum of Objects and Reasons";
            default -> num.isEmpty() ? p.eId() : num;
        };
        return heading.isEmpty() || heading.equalsIgnoreCase(name) ? name.strip() : (name + " — " + heading).strip();
    }

    private static String clean(String num) {
        if (num == null) {
            return "";
        }
        String s = num.strip();
        return s.endsWith(".") ? s.substring(0, s.length() - 1) : s;
    }

    private static String normalise(String s) {
        return s == null ? "" : s.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
