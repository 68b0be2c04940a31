package org.maoni.report.internal;

import java.time.Instant;
import java.util.List;
import org.maoni.bill.BillId;
import org.maoni.memorandum.Decision;
import org.maoni.memorandum.Implementation;
import org.maoni.memorandum.Stance;

/**
 * The committee's matrix of submissions on one bill version: the clauses commented on in bill order (the Bill as a
 * whole last), each with its rows. A row is one proposal or a group of identical ones; every proposal of the version's
 * memoranda (except withdrawn or set-aside ones) is in exactly one row.
 */
public record CommitteeMatrix(
        BillId billId,
        String billTitle,
        String committee,
        int version,
        String versionLabel,
        int proposalCount,
        List<Clause> clauses) {

    public CommitteeMatrix {
        clauses = List.copyOf(clauses);
    }

    /** A clause (or other provision, or the Bill as a whole when {@code eId} is null) and its rows. */
    public record Clause(String eId, String num, String heading, String label, List<Row> rows) {

        public Clause {
            rows = List.copyOf(rows);
        }
    }

    /**
     * One row: the proposals it stands for; who made them (published organisation names, the number of individuals
     * and of anonymous organisations); {@code submissions} how many identical submissions it groups; the proposal and
     * justification; the decision when all its proposals share one ({@code mixed} when they differ).
     */
    public record Row(
            List<Long> proposalIds,
            List<String> memoranda,
            List<String> organisations,
            int individuals,
            int anonymousOrganisations,
            int submissions,
            String stakeholders,
            Stance stance,
            String proposal,
            String justification,
            Decision decision,
            String reasons,
            String observation,
            String decidedBy,
            Instant decidedAt,
            boolean mixed,
            Implementation implementation) {

        public Row {
            proposalIds = List.copyOf(proposalIds);
            memoranda = List.copyOf(memoranda);
            organisations = List.copyOf(organisations);
        }
    }
}
