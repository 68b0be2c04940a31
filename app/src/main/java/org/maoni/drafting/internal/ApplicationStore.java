package org.maoni.drafting.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.UUID;
import org.maoni.bill.BillId;
import org.maoni.drafting.ApplicationAction;
import org.maoni.drafting.ProposalApplication;
import org.maoni.memorandum.Decision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The applications of proposals to drafts, in {@code draft_application}. */
@Repository
public class ApplicationStore {

    private final JdbcClient jdbc;

    ApplicationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    public void insert(ProposalApplication a) {
        jdbc.sql(
                        "INSERT INTO draft_application (id, bill_id, draft_number, proposal_id, memorandum_reference, decision,"
                                + " action, e_id, lineage_id, applied_by, applied_at) VALUES (:id, :b, :n, :p, :m, :d, :a, :e,"
                                + " :l, :by, :at)")
                .param("id", a.id())
                .param("b", a.billId().value())
                .param("n", a.draft())
                .param("p", a.proposalId())
                .param("m", a.memorandum())
                .param("d", a.decision().name())
                .param("a", a.action().name())
                .param("e", a.eId())
                .param("l", a.lineageId())
                .param("by", a.appliedBy())
                .param("at", Timestamp.from(a.appliedAt()))
                .update();
    }

    /** The applications made to one draft, in the order they were made. */
    public List<ProposalApplication> list(BillId billId, int draft) {
        return jdbc.sql("SELECT * FROM draft_application WHERE bill_id = :b AND draft_number = :n"
                        + " ORDER BY applied_at, id")
                .param("b", billId.value())
                .param("n", draft)
                .query((rs, i) -> application(rs))
                .list();
    }

    private static ProposalApplication application(ResultSet rs) throws SQLException {
        return new ProposalApplication(
                rs.getObject("id", UUID.class),
                new BillId(rs.getObject("bill_id", UUID.class)),
                rs.getInt("draft_number"),
                rs.getLong("proposal_id"),
                rs.getString("memorandum_reference"),
                Decision.valueOf(rs.getString("decision")),
                ApplicationAction.valueOf(rs.getString("action")),
                rs.getString("e_id"),
                rs.getString("lineage_id"),
                rs.getString("applied_by"),
                rs.getTimestamp("applied_at").toInstant());
    }
}
