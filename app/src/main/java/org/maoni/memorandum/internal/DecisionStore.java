package org.maoni.memorandum.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.maoni.bill.BillId;
import org.maoni.memorandum.Decision;
import org.maoni.memorandum.DecisionRecord;
import org.maoni.memorandum.Implementation;
import org.maoni.memorandum.MemorandumReference;
import org.maoni.memorandum.MemorandumStatus;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The decision history of proposals and the current decision kept on each proposal (see V11__decision_history.sql). */
@Repository
class DecisionStore {

    private final JdbcClient jdbc;

    DecisionStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** Which memorandum and bill a proposal belongs to. */
    record Owner(long proposalId, MemorandumReference reference, BillId billId, int version, MemorandumStatus status) {}

    /** A decision as written: the history entry and the proposal's current decision. */
    record NewDecision(
            long proposalId,
            Decision decision,
            String reasons,
            String observation,
            String decidedBy,
            Instant decidedAt,
            String recordedBy,
            Implementation implementation) {}

    Optional<Owner> owner(long proposalId) {
        return jdbc.sql("SELECT p.id, m.reference, m.bill_id, m.version_number, m.status FROM memorandum_proposal p"
                        + " JOIN memorandum m ON m.reference = p.reference WHERE p.id = :id")
                .param("id", proposalId)
                .query((rs, n) -> new Owner(
                        rs.getLong(1),
                        new MemorandumReference(rs.getString(2)),
                        new BillId(rs.getObject(3, UUID.class)),
                        rs.getInt(4),
                        MemorandumStatus.valueOf(rs.getString(5))))
                .optional();
    }

    long record(NewDecision d) {
        Implementation i = d.implementation();
        jdbc.sql("UPDATE memorandum_proposal SET decision = :decision, reasons = :reasons, observation = :observation,"
                        + " decided_by = :by, decided_at = :at, implemented_bill_id = :implBill,"
                        + " implemented_version = :implVersion, implemented_e_id = :implEId WHERE id = :id")
                .param("decision", d.decision().name())
                .param("reasons", d.reasons())
                .param("observation", d.observation())
                .param("by", d.decidedBy())
                .param("at", Timestamp.from(d.decidedAt()))
                .param("implBill", i == null ? null : i.billId().value())
                .param("implVersion", i == null ? null : i.version())
                .param("implEId", i == null ? null : i.eId())
                .param("id", d.proposalId())
                .update();
        var keys = new org.springframework.jdbc.support.GeneratedKeyHolder();
        jdbc.sql("INSERT INTO proposal_decision (proposal_id, decision, reasons, observation, decided_by, decided_at,"
                        + " recorded_by, implemented_bill_id, implemented_version, implemented_e_id) VALUES (:id,"
                        + " :decision, :reasons, :observation, :by, :at, :recordedBy, :implBill, :implVersion,"
                        + " :implEId)")
                .param("id", d.proposalId())
                .param("decision", d.decision().name())
                .param("reasons", d.reasons())
                .param("observation", d.observation())
                .param("by", d.decidedBy())
                .param("at", Timestamp.from(d.decidedAt()))
                .param("recordedBy", d.recordedBy())
                .param("implBill", i == null ? null : i.billId().value())
                .param("implVersion", i == null ? null : i.version())
                .param("implEId", i == null ? null : i.eId())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    List<DecisionRecord> history(long proposalId) {
        return jdbc.sql("SELECT * FROM proposal_decision WHERE proposal_id = :id ORDER BY id")
                .param("id", proposalId)
                .query((rs, n) -> entry(rs))
                .list();
    }

    /** The time each memorandum on the bill was answered, by reference (answered ones only). */
    Map<String, Instant> respondedAt(BillId billId) {
        Map<String, Instant> out = new HashMap<>();
        jdbc.sql("SELECT reference, responded_at FROM memorandum WHERE bill_id = :bill AND responded_at IS NOT NULL")
                .param("bill", billId.value())
                .query((ResultSet rs) -> {
                    out.put(rs.getString(1), CallService.instant(rs, "responded_at"));
                });
        return out;
    }

    /** The answered memoranda of every bill with their answer time, oldest received first. */
    List<Map.Entry<MemorandumReference, Instant>> responded() {
        return jdbc.sql("SELECT reference, responded_at FROM memorandum WHERE status = 'RESPONDED'"
                        + " ORDER BY received_at, reference")
                .query((rs, n) ->
                        Map.entry(new MemorandumReference(rs.getString(1)), CallService.instant(rs, "responded_at")))
                .list();
    }

    private static DecisionRecord entry(ResultSet rs) throws SQLException {
        return new DecisionRecord(
                rs.getLong("id"),
                rs.getLong("proposal_id"),
                Decision.valueOf(rs.getString("decision")),
                rs.getString("reasons"),
                rs.getString("observation"),
                rs.getString("decided_by"),
                CallService.instant(rs, "decided_at"),
                rs.getString("recorded_by"),
                implementation(rs));
    }

    /** The implementing change stored in a row's implemented_* columns, or null. */
    static Implementation implementation(ResultSet rs) throws SQLException {
        UUID bill = rs.getObject("implemented_bill_id", UUID.class);
        if (bill == null) {
            return null;
        }
        return new Implementation(new BillId(bill), rs.getInt("implemented_version"), rs.getString("implemented_e_id"));
    }
}
