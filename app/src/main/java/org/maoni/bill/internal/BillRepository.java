package org.maoni.bill.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.Date;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.maoni.bill.Bill;
import org.maoni.bill.BillId;
import org.maoni.bill.BillStage;
import org.maoni.bill.BillVersion;
import org.maoni.bill.House;
import org.maoni.bill.ParseReport;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Bills, their versions and provision trees in the domain tables (see the Flyway migrations). */
@Repository
public class BillRepository {

    /**
     * The columns a {@link BillVersion} is read from: everything but the extracted text, a whole bill's words that
     * listing or checking a version must not drag out of the database each time.
     */
    private static final String VERSION_COLUMNS = "bill_id, version_number, label, publication_date, file_name,"
            + " media_type, file_size, file_sha256, page_count, created_at, created_by, tree_edited_at, tree_edited_by,"
            + " parse_report";

    private final JdbcClient jdbc;
    private final JdbcTemplate jdbcTemplate;
    private final ObjectMapper objectMapper;

    BillRepository(JdbcClient jdbc, JdbcTemplate jdbcTemplate, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.jdbcTemplate = jdbcTemplate;
        this.objectMapper = objectMapper;
    }

    /** Stores the bill itself (its versions are stored apart), recording who registered it. */
    public void insertBill(Bill bill, String createdBy) {
        jdbc.sql("INSERT INTO bill (id, title, house, bill_number, bill_year, gazette_supplement, sponsor, committee,"
                        + " stage, created_at, created_by) VALUES (:id, :title, :house, :num, :year, :gazette, :sponsor,"
                        + " :committee, :stage, :at, :by)")
                .param("id", bill.id().value())
                .param("title", bill.title())
                .param("house", bill.house().toString())
                .param("num", bill.billNumber())
                .param("year", bill.year())
                .param("gazette", bill.gazetteSupplement())
                .param("sponsor", bill.sponsor())
                .param("committee", bill.committee())
                .param("stage", bill.stage().name())
                .param("at", Timestamp.from(bill.createdAt()))
                .param("by", createdBy)
                .update();
    }

    public void insertVersion(BillId billId, BillVersion v, String extractedText) {
        jdbc.sql("INSERT INTO bill_version (bill_id, version_number, label, publication_date, file_name, media_type,"
                        + " file_sha256, file_size, page_count, extracted_text, parse_report, created_at, created_by)"
                        + " VALUES (:bill, :n, :label, :pub, :file, :media, :sha, :size, :pages, :text, :report, :at,"
                        + " :by)")
                .param("bill", billId.value())
                .param("n", v.number())
                .param("label", v.label())
                .param("pub", v.publicationDate() == null ? null : Date.valueOf(v.publicationDate()))
                .param("file", v.fileName())
                .param("media", v.mediaType())
                .param("sha", v.sha256())
                .param("size", v.size())
                .param("pages", v.pageCount())
                .param("text", extractedText)
                .param("report", toJson(v.parseReport()))
                .param("at", Timestamp.from(v.createdAt()))
                .param("by", v.createdBy())
                .update();
    }

    /** Stores a version's tree in document order; the version must have no provisions yet. */
    public void insertProvisions(BillId billId, int versionNumber, List<Provision> provisions) {
        List<Object[]> rows = new ArrayList<>();
        flatten(provisions, null, billId.value(), versionNumber, rows);
        jdbcTemplate.batchUpdate(
                "INSERT INTO provision (bill_id, version_number, e_id, parent_e_id, position, node_type, num, heading,"
                        + " body, wrap_up, lineage_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows);
    }

    /** Sets the lineage of the named provisions of one version. */
    public void updateLineages(BillId billId, int versionNumber, Map<String, String> lineageByEId) {
        List<Object[]> rows = new ArrayList<>();
        lineageByEId.forEach((eId, lineage) -> rows.add(new Object[] {lineage, billId.value(), versionNumber, eId}));
        jdbcTemplate.batchUpdate(
                "UPDATE provision SET lineage_id = ? WHERE bill_id = ? AND version_number = ? AND e_id = ?", rows);
    }

    /** One stored entry of the alignment of a version with the version before it. */
    public record AlignmentRow(
            String kind, List<String> oldEIds, List<String> newEIds, double similarity, boolean textChanged) {}

    public void replaceAlignment(BillId billId, int toVersion, List<AlignmentRow> rows) {
        jdbc.sql("DELETE FROM provision_alignment WHERE bill_id = :b AND to_version = :v")
                .param("b", billId.value())
                .param("v", toVersion)
                .update();
        List<Object[]> batch = new ArrayList<>();
        for (AlignmentRow r : rows) {
            batch.add(new Object[] {
                billId.value(),
                toVersion,
                batch.size(),
                r.kind(),
                String.join(" ", r.oldEIds()),
                String.join(" ", r.newEIds()),
                r.similarity(),
                r.textChanged()
            });
        }
        jdbcTemplate.batchUpdate(
                "INSERT INTO provision_alignment (bill_id, to_version, position, change_kind, old_e_ids, new_e_ids,"
                        + " similarity, text_changed) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                batch);
    }

    public List<AlignmentRow> alignment(BillId billId, int toVersion) {
        return jdbc.sql("SELECT * FROM provision_alignment WHERE bill_id = :b AND to_version = :v ORDER BY position")
                .param("b", billId.value())
                .param("v", toVersion)
                .query((rs, i) -> new AlignmentRow(
                        rs.getString("change_kind"),
                        keys(rs.getString("old_e_ids")),
                        keys(rs.getString("new_e_ids")),
                        rs.getDouble("similarity"),
                        rs.getBoolean("text_changed")))
                .list();
    }

    private static List<String> keys(String joined) {
        return joined == null || joined.isBlank() ? List.of() : List.of(joined.split(" "));
    }

    /** A clerk's correction of an alignment: link (or unlink) an old provision and a new one. */
    public record CorrectionRow(
            UUID id, int toVersion, String oldEId, String newEId, String action, String createdBy, Instant createdAt) {}

    public void insertCorrection(BillId billId, CorrectionRow c) {
        jdbc.sql("INSERT INTO alignment_correction (id, bill_id, to_version, old_e_id, new_e_id, action, created_by,"
                        + " created_at) VALUES (:id, :b, :v, :o, :n, :a, :by, :at)")
                .param("id", c.id())
                .param("b", billId.value())
                .param("v", c.toVersion())
                .param("o", c.oldEId())
                .param("n", c.newEId())
                .param("a", c.action())
                .param("by", c.createdBy())
                .param("at", Timestamp.from(c.createdAt()))
                .update();
    }

    public void deleteCorrections(BillId billId, int toVersion, String oldEId, String newEId) {
        jdbc.sql("DELETE FROM alignment_correction WHERE bill_id = :b AND to_version = :v AND old_e_id = :o"
                        + " AND new_e_id = :n")
                .param("b", billId.value())
                .param("v", toVersion)
                .param("o", oldEId)
                .param("n", newEId)
                .update();
    }

    public List<CorrectionRow> corrections(BillId billId) {
        return jdbc.sql("SELECT * FROM alignment_correction WHERE bill_id = :b ORDER BY to_version, created_at, id")
                .param("b", billId.value())
                .query((rs, i) -> new CorrectionRow(
                        rs.getObject("id", UUID.class),
                        rs.getInt("to_version"),
                        rs.getString("old_e_id"),
                        rs.getString("new_e_id"),
                        rs.getString("action"),
                        rs.getString("created_by"),
                        rs.getTimestamp("created_at").toInstant()))
                .list();
    }

    public void setParticipationVersion(BillId billId, Integer version) {
        jdbc.sql("UPDATE bill SET participation_version = :v WHERE id = :b")
                .param("v", version)
                .param("b", billId.value())
                .update();
    }

    public Optional<Integer> participationVersion(BillId billId) {
        return jdbc.sql("SELECT participation_version FROM bill WHERE id = :b")
                .param("b", billId.value())
                .query((rs, i) -> (Integer) rs.getObject(1, Integer.class))
                .optional()
                .filter(java.util.Objects::nonNull);
    }

    public void deleteProvisions(BillId billId, int versionNumber) {
        jdbc.sql("DELETE FROM provision WHERE bill_id = :bill AND version_number = :n")
                .param("bill", billId.value())
                .param("n", versionNumber)
                .update();
    }

    public void markTreeEdited(BillId billId, int versionNumber, Instant at, String by, ParseReport report) {
        jdbc.sql("UPDATE bill_version SET tree_edited_at = :at, tree_edited_by = :by, parse_report = :report"
                        + " WHERE bill_id = :bill AND version_number = :n")
                .param("at", Timestamp.from(at))
                .param("by", by)
                .param("report", toJson(report))
                .param("bill", billId.value())
                .param("n", versionNumber)
                .update();
    }

    /** Locks the bill row until the transaction ends, so concurrent version uploads number themselves in turn. */
    public boolean lockBill(BillId id) {
        return !jdbc.sql("SELECT id FROM bill WHERE id = :id FOR UPDATE")
                .param("id", id.value())
                .query((rs, i) -> rs.getObject(1))
                .list()
                .isEmpty();
    }

    public List<Bill> findAll() {
        Map<UUID, List<BillVersion>> versions = new HashMap<>();
        jdbc.sql("SELECT " + VERSION_COLUMNS + " FROM bill_version ORDER BY bill_id, version_number")
                .query(rs -> {
                    versions.computeIfAbsent(rs.getObject("bill_id", UUID.class), k -> new ArrayList<>())
                            .add(version(rs));
                });
        return jdbc.sql("SELECT * FROM bill ORDER BY created_at DESC, id")
                .query((rs, i) -> bill(rs, versions.getOrDefault(rs.getObject("id", UUID.class), List.of())))
                .list();
    }

    public Optional<Bill> find(BillId id) {
        List<BillVersion> versions = jdbc.sql(
                        "SELECT " + VERSION_COLUMNS + " FROM bill_version WHERE bill_id = :id ORDER BY version_number")
                .param("id", id.value())
                .query((rs, i) -> version(rs))
                .list();
        return jdbc.sql("SELECT * FROM bill WHERE id = :id")
                .param("id", id.value())
                .query((rs, i) -> bill(rs, versions))
                .optional();
    }

    public Optional<String> extractedText(BillId id, int number) {
        return jdbc.sql("SELECT extracted_text FROM bill_version WHERE bill_id = :id AND version_number = :n")
                .param("id", id.value())
                .param("n", number)
                .query(String.class)
                .optional();
    }

    /** The version of this bill whose original file has this SHA-256, if any. */
    public Optional<Integer> versionWithFile(BillId id, String sha256) {
        return jdbc.sql("SELECT MIN(version_number) FROM bill_version WHERE bill_id = :id AND file_sha256 = :sha")
                .param("id", id.value())
                .param("sha", sha256)
                .query((rs, i) -> (Integer) rs.getObject(1, Integer.class))
                .optional();
    }

    /** The bills whose versions include a file with this SHA-256. */
    public List<BillId> billsWithFile(String sha256) {
        return jdbc.sql("SELECT DISTINCT bill_id FROM bill_version WHERE file_sha256 = :sha")
                .param("sha", sha256)
                .query((rs, i) -> new BillId(rs.getObject(1, UUID.class)))
                .list();
    }

    public List<Provision> tree(BillId id, int number) {
        Map<String, List<ProvisionRow>> byParent = new HashMap<>();
        jdbc.sql("SELECT e_id, parent_e_id, node_type, num, heading, body, wrap_up, lineage_id FROM provision"
                        + " WHERE bill_id = :id AND version_number = :n ORDER BY position")
                .param("id", id.value())
                .param("n", number)
                .query((rs, i) -> new ProvisionRow(
                        rs.getString("e_id"),
                        rs.getString("parent_e_id"),
                        ProvisionType.valueOf(rs.getString("node_type")),
                        rs.getString("num"),
                        rs.getString("heading"),
                        rs.getString("body"),
                        rs.getString("wrap_up"),
                        rs.getString("lineage_id")))
                .list()
                .forEach(row -> byParent.computeIfAbsent(row.parent(), k -> new ArrayList<>())
                        .add(row));
        return childrenOf(null, byParent);
    }

    private record ProvisionRow(
            String eId,
            String parent,
            ProvisionType type,
            String num,
            String heading,
            String text,
            String wrapUp,
            String lineage) {}

    private static List<Provision> childrenOf(String parent, Map<String, List<ProvisionRow>> byParent) {
        List<ProvisionRow> rows = byParent.getOrDefault(parent, List.of());
        List<Provision> out = new ArrayList<>(rows.size());
        for (ProvisionRow r : rows) {
            out.add(new Provision(
                    r.eId(),
                    r.type(),
                    r.num(),
                    r.heading(),
                    r.text(),
                    r.wrapUp(),
                    childrenOf(r.eId(), byParent),
                    r.lineage()));
        }
        return out;
    }

    private static void flatten(List<Provision> nodes, String parent, UUID bill, int version, List<Object[]> rows) {
        for (Provision p : nodes) {
            rows.add(new Object[] {
                bill,
                version,
                p.eId(),
                parent,
                rows.size(),
                p.type().name(),
                p.num(),
                p.heading(),
                p.text(),
                p.wrapUp(),
                p.lineageId() != null ? p.lineageId() : UUID.randomUUID().toString()
            });
            flatten(p.children(), p.eId(), bill, version, rows);
        }
    }

    private Bill bill(ResultSet rs, List<BillVersion> versions) throws SQLException {
        return new Bill(
                new BillId(rs.getObject("id", UUID.class)),
                rs.getString("title"),
                House.fromText(rs.getString("house")).orElseThrow(),
                rs.getString("bill_number"),
                (Integer) rs.getObject("bill_year", Integer.class),
                rs.getString("gazette_supplement"),
                rs.getString("sponsor"),
                rs.getString("committee"),
                BillStage.valueOf(rs.getString("stage")),
                rs.getTimestamp("created_at").toInstant(),
                versions);
    }

    private BillVersion version(ResultSet rs) throws SQLException {
        Date pub = rs.getDate("publication_date");
        Timestamp edited = rs.getTimestamp("tree_edited_at");
        return new BillVersion(
                rs.getInt("version_number"),
                rs.getString("label"),
                pub == null ? null : pub.toLocalDate(),
                rs.getString("file_name"),
                rs.getString("media_type"),
                rs.getLong("file_size"),
                rs.getString("file_sha256"),
                rs.getInt("page_count"),
                rs.getTimestamp("created_at").toInstant(),
                rs.getString("created_by"),
                edited == null ? null : edited.toInstant(),
                rs.getString("tree_edited_by"),
                fromJson(rs.getString("parse_report")));
    }

    private String toJson(ParseReport report) {
        try {
            return objectMapper.writeValueAsString(report);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A parse report could not be written as JSON", e);
        }
    }

    private ParseReport fromJson(String json) {
        try {
            return objectMapper.readValue(json, ParseReport.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("A stored parse report is not valid JSON", e);
        }
    }
}
