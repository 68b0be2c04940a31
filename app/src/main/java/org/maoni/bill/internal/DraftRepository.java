package org.maoni.bill.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.maoni.bill.BillId;
import org.maoni.bill.Draft;
import org.maoni.bill.DraftStatus;
import org.maoni.bill.Provision;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Drafts of bills' next versions in {@code bill_draft}, each tree stored as one JSON document. */
@Repository
public class DraftRepository {

    private static final TypeReference<List<Provision>> TREE = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ObjectMapper objectMapper;

    DraftRepository(JdbcClient jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    public int nextNumber(BillId billId) {
        return jdbc.sql("SELECT COALESCE(MAX(draft_number), 0) + 1 FROM bill_draft WHERE bill_id = :b")
                .param("b", billId.value())
                .query(Integer.class)
                .single();
    }

    public void insert(Draft d) {
        jdbc.sql("INSERT INTO bill_draft (bill_id, draft_number, base_version, label, status, note, revision, tree,"
                        + " created_at, created_by, updated_at, updated_by, published_version) VALUES (:b, :n, :base,"
                        + " :label, :status, :note, :rev, :tree, :cat, :cby, :uat, :uby, :pub)")
                .param("b", d.billId().value())
                .param("n", d.number())
                .param("base", d.baseVersion())
                .param("label", d.label())
                .param("status", d.status().name())
                .param("note", d.note())
                .param("rev", d.revision())
                .param("tree", toJson(d.provisions()))
                .param("cat", Timestamp.from(d.createdAt()))
                .param("cby", d.createdBy())
                .param("uat", Timestamp.from(d.updatedAt()))
                .param("uby", d.updatedBy())
                .param("pub", d.publishedVersion())
                .update();
    }

    /** Writes the draft's mutable fields: status, note, revision, tree, last change and published version. */
    public void update(Draft d) {
        jdbc.sql(
                        "UPDATE bill_draft SET status = :status, note = :note, revision = :rev, tree = :tree, updated_at = :uat,"
                                + " updated_by = :uby, published_version = :pub WHERE bill_id = :b AND draft_number = :n")
                .param("status", d.status().name())
                .param("note", d.note())
                .param("rev", d.revision())
                .param("tree", toJson(d.provisions()))
                .param("uat", Timestamp.from(d.updatedAt()))
                .param("uby", d.updatedBy())
                .param("pub", d.publishedVersion())
                .param("b", d.billId().value())
                .param("n", d.number())
                .update();
    }

    public Optional<Draft> find(BillId billId, int number) {
        return jdbc.sql("SELECT * FROM bill_draft WHERE bill_id = :b AND draft_number = :n")
                .param("b", billId.value())
                .param("n", number)
                .query((rs, i) -> draft(rs))
                .optional();
    }

    /** The bill's drafts, newest first. */
    public List<Draft> list(BillId billId) {
        return jdbc.sql("SELECT * FROM bill_draft WHERE bill_id = :b ORDER BY draft_number DESC")
                .param("b", billId.value())
                .query((rs, i) -> draft(rs))
                .list();
    }

    private Draft draft(ResultSet rs) throws SQLException {
        return new Draft(
                new BillId(rs.getObject("bill_id", UUID.class)),
                rs.getInt("draft_number"),
                rs.getInt("base_version"),
                rs.getString("label"),
                DraftStatus.valueOf(rs.getString("status")),
                rs.getString("note"),
                rs.getInt("revision"),
                fromJson(rs.getString("tree")),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                rs.getTimestamp("updated_at").toInstant(),
                rs.getString("updated_by"),
                (Integer) rs.getObject("published_version", Integer.class));
    }

    private String toJson(List<Provision> tree) {
        try {
            return objectMapper.writeValueAsString(tree);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A draft tree could not be written as JSON", e);
        }
    }

    private List<Provision> fromJson(String json) {
        try {
            return objectMapper.readValue(json, TREE);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored draft tree is not valid JSON", e);
        }
    }
}
