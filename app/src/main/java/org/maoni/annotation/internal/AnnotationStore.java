package org.maoni.annotation.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.maoni.annotation.anchoring.AnchorStatus;
import org.maoni.annotation.model.Motivation;
import org.maoni.bill.BillId;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Annotations and their anchoring in later versions, in the tables of V9__annotations.sql. */
@Repository
class AnnotationStore {

    private final JdbcClient jdbc;

    AnnotationStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /**
     * An annotation as stored: its original target (version, provision, quote, code-point position), its JSON-LD,
     * who may see it, and the memorandum proposal it is, if any.
     */
    record Row(
            String id,
            BillId billId,
            int version,
            String eId,
            Motivation motivation,
            String exact,
            String prefix,
            String suffix,
            int start,
            int end,
            String document,
            boolean staffOnly,
            String memorandumRef,
            Long proposalId,
            Instant createdAt,
            String createdBy) {}

    /** Where an annotation stands in a later version; the quote fields are null when orphaned. */
    record Anchor(
            String annotationId,
            int version,
            AnchorStatus status,
            String eId,
            String exact,
            String prefix,
            String suffix,
            Integer start,
            Integer end,
            double similarity,
            String note) {}

    void insert(Row row) {
        jdbc.sql("INSERT INTO annotation (id, bill_id, version_number, e_id, motivation, exact_text, prefix_text,"
                        + " suffix_text, start_pos, end_pos, document, staff_only, memorandum_ref, proposal_id,"
                        + " created_at, created_by) VALUES (:id, :bill, :version, :eId, :motivation, :exact, :prefix,"
                        + " :suffix, :start, :end, :document, :staffOnly, :ref, :proposal, :created, :by)")
                .param("id", row.id())
                .param("bill", row.billId().value())
                .param("version", row.version())
                .param("eId", row.eId())
                .param("motivation", row.motivation().name())
                .param("exact", row.exact())
                .param("prefix", row.prefix())
                .param("suffix", row.suffix())
                .param("start", row.start())
                .param("end", row.end())
                .param("document", row.document())
                .param("staffOnly", row.staffOnly())
                .param("ref", row.memorandumRef())
                .param("proposal", row.proposalId())
                .param("created", Timestamp.from(row.createdAt()))
                .param("by", row.createdBy())
                .update();
    }

    boolean exists(String id) {
        return jdbc.sql("SELECT COUNT(*) FROM annotation WHERE id = :id")
                        .param("id", id)
                        .query(Long.class)
                        .single()
                > 0;
    }

    /** Every annotation of a bill, oldest first. */
    List<Row> byBill(BillId billId) {
        return jdbc.sql("SELECT * FROM annotation WHERE bill_id = :bill ORDER BY created_at, id")
                .param("bill", billId.value())
                .query(AnnotationStore::row)
                .list();
    }

    Set<String> ids(BillId billId) {
        return new HashSet<>(jdbc.sql("SELECT id FROM annotation WHERE bill_id = :bill")
                .param("bill", billId.value())
                .query(String.class)
                .list());
    }

    /** The anchors of a bill's annotations, by annotation id, each list by version. */
    Map<String, List<Anchor>> anchors(BillId billId) {
        Map<String, List<Anchor>> out = new LinkedHashMap<>();
        jdbc.sql("SELECT x.* FROM annotation_anchor x JOIN annotation a ON a.id = x.annotation_id"
                        + " WHERE a.bill_id = :bill ORDER BY x.annotation_id, x.version_number")
                .param("bill", billId.value())
                .query(AnnotationStore::anchor)
                .list()
                .forEach(a -> out.computeIfAbsent(a.annotationId(), k -> new java.util.ArrayList<>())
                        .add(a));
        return out;
    }

    /** Replaces the anchors in one version of the given annotations. */
    void replaceAnchors(int version, List<Anchor> anchors, Instant now) {
        for (Anchor a : anchors) {
            jdbc.sql("DELETE FROM annotation_anchor WHERE annotation_id = :id AND version_number = :version")
                    .param("id", a.annotationId())
                    .param("version", version)
                    .update();
            jdbc.sql("INSERT INTO annotation_anchor (annotation_id, version_number, status, e_id, exact_text,"
                            + " prefix_text, suffix_text, start_pos, end_pos, similarity, note, anchored_at) VALUES"
                            + " (:id, :version, :status, :eId, :exact, :prefix, :suffix, :start, :end, :similarity,"
                            + " :note, :at)")
                    .param("id", a.annotationId())
                    .param("version", version)
                    .param("status", a.status().name())
                    .param("eId", a.eId())
                    .param("exact", a.exact())
                    .param("prefix", a.prefix())
                    .param("suffix", a.suffix())
                    .param("start", a.start())
                    .param("end", a.end())
                    .param("similarity", a.similarity())
                    .param("note", a.note() == null ? null : truncate(a.note(), 500))
                    .param("at", Timestamp.from(now))
                    .update();
        }
    }

    static String newId() {
        return UUID.randomUUID().toString();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        long proposal = rs.getLong("proposal_id");
        Long proposalId = rs.wasNull() ? null : proposal;
        return new Row(
                rs.getString("id"),
                new BillId(rs.getObject("bill_id", UUID.class)),
                rs.getInt("version_number"),
                rs.getString("e_id"),
                Motivation.valueOf(rs.getString("motivation")),
                rs.getString("exact_text"),
                rs.getString("prefix_text"),
                rs.getString("suffix_text"),
                rs.getInt("start_pos"),
                rs.getInt("end_pos"),
                rs.getString("document"),
                rs.getBoolean("staff_only"),
                rs.getString("memorandum_ref"),
                proposalId,
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"));
    }

    private static Anchor anchor(ResultSet rs, int n) throws SQLException {
        int start = rs.getInt("start_pos");
        Integer startPos = rs.wasNull() ? null : start;
        int end = rs.getInt("end_pos");
        Integer endPos = rs.wasNull() ? null : end;
        return new Anchor(
                rs.getString("annotation_id"),
                rs.getInt("version_number"),
                AnchorStatus.valueOf(rs.getString("status")),
                rs.getString("e_id"),
                rs.getString("exact_text"),
                rs.getString("prefix_text"),
                rs.getString("suffix_text"),
                startPos,
                endPos,
                rs.getDouble("similarity"),
                rs.getString("note"));
    }
}
