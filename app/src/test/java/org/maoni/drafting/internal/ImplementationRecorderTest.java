package org.maoni.drafting.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.maoni.bill.BillId;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionType;
import org.maoni.drafting.ApplicationAction;
import org.maoni.drafting.ProposalApplication;
import org.maoni.memorandum.Decision;

/** Which provision of a published version carries out a proposal applied to its draft. */
class ImplementationRecorderTest {

    private static final Provision SUB_1 = new Provision(
            "sec_5__subsec_1", ProvisionType.SUBSECTION, "(1)", null, "Fees are daily.", null, null, "l51");
    private static final Provision SUB_2 = new Provision(
            "sec_5__subsec_2", ProvisionType.SUBSECTION, "(2)", null, "Fees may rise.", null, null, "l52");
    private static final Provision SEC_4 =
            new Provision("sec_4", ProvisionType.SECTION, "4.", "Markets", "Markets open.", null, null, "l4");
    private static final Provision SEC_5 =
            new Provision("sec_5", ProvisionType.SECTION, "5.", "Fees", null, null, List.of(SUB_1, SUB_2), "l5");
    private static final List<Provision> BEFORE = List.of(SEC_4, SEC_5);

    /** Version 2: clause 4 deleted, clause 5 renumbered 4 without its subclause (2). */
    private static final List<Provision> AFTER = List.of(new Provision(
            "sec_4",
            ProvisionType.SECTION,
            "4.",
            "Fees",
            null,
            null,
            List.of(new Provision(
                    "sec_4__subsec_1", ProvisionType.SUBSECTION, "(1)", null, "Fees are weekly.", null, null, "l51")),
            "l5"));

    @Test
    void aChangedProvisionIsFoundByItsLineageWhateverItsNewNumber() {
        var target = ImplementationRecorder.target(
                application(ApplicationAction.REPLACE_WORDS, "sec_5__subsec_1", "l51"), BEFORE, AFTER);
        assertThat(target.eId()).isEqualTo("sec_4__subsec_1");
    }

    @Test
    void withoutALineageTheEIdIsUsed() {
        var target = ImplementationRecorder.target(
                application(ApplicationAction.REPLACE_TEXT, "sec_4", null), BEFORE, AFTER);
        assertThat(target.eId()).isEqualTo("sec_4");
        var gone = ImplementationRecorder.target(
                application(ApplicationAction.REPLACE_TEXT, "sec_9", "l9"), BEFORE, AFTER);
        assertThat(gone.eId()).isNull();
        assertThat(gone.skipped()).isNotBlank();
    }

    @Test
    void aDeletedSubclausePointsAtItsClauseAndADeletedClauseAtNothing() {
        var sub = ImplementationRecorder.target(
                application(ApplicationAction.DELETE_PROVISION, "sec_5__subsec_2", "l52"), BEFORE, AFTER);
        assertThat(sub.eId()).isEqualTo("sec_4");
        var clause = ImplementationRecorder.target(
                application(ApplicationAction.DELETE_PROVISION, "sec_4", "l4"), BEFORE, AFTER);
        assertThat(clause.eId()).as("sec_4 of version 2 is another clause").isNull();
        assertThat(clause.skipped()).contains("section");
    }

    private static ProposalApplication application(ApplicationAction action, String eId, String lineage) {
        return new ProposalApplication(
                UUID.randomUUID(),
                new BillId(UUID.randomUUID()),
                1,
                7L,
                "MEM-2026-000001",
                Decision.ACCEPTED,
                action,
                eId,
                lineage,
                "clerk",
                Instant.now());
    }
}
