package org.maoni.memorandum.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.maoni.bill.BillId;
import org.maoni.bill.County;
import org.maoni.memorandum.AttachmentInfo;
import org.maoni.memorandum.Channel;
import org.maoni.memorandum.Consent;
import org.maoni.memorandum.ContactDetails;
import org.maoni.memorandum.Decision;
import org.maoni.memorandum.Gender;
import org.maoni.memorandum.Memorandum;
import org.maoni.memorandum.MemorandumReference;
import org.maoni.memorandum.MemorandumStatus;
import org.maoni.memorandum.OrganisationType;
import org.maoni.memorandum.Proposal;
import org.maoni.memorandum.ProposalDecision;
import org.maoni.memorandum.ScreeningFlag;
import org.maoni.memorandum.Stance;
import org.maoni.memorandum.Submitter;
import org.maoni.memorandum.SubmitterKind;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Memoranda, their proposals, files and idempotency keys in the domain tables (see V5__memoranda.sql). */
@Repository
class MemorandumStore {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final TypeReference<List<ScreeningFlag>> FLAGS = new TypeReference<>() {};

    private final JdbcClient jdbc;
    private final ObjectMapper objectMapper;

    MemorandumStore(JdbcClient jdbc, ObjectMapper objectMapper) {
        this.jdbc = jdbc;
        this.objectMapper = objectMapper;
    }

    /** A memorandum row as inserted. */
    record Row(
            MemorandumReference reference,
            BillId billId,
            int version,
            long callId,
            Channel channel,
            Submitter submitter,
            Consent consent,
            String text,
            Instant receivedAt,
            LocalDate responseDue,
            boolean late,
            String tokenHash,
            String actor) {}

    /** A proposal as inserted; {@code sourceFileId} and {@code sourceRow} are set for proposals extracted from files. */
    record NewProposal(
            int position,
            String reference,
            List<String> eIds,
            boolean insertion,
            Stance stance,
            String proposedText,
            String justification,
            List<String> closest,
            Long sourceFileId,
            Integer sourceRow) {}

    /** A stored file with its content. */
    record StoredFile(long id, String fileName, String mediaType, byte[] content, String state) {}

    void insert(Row row, Instant now) {
        Submitter s = row.submitter();
        ContactDetails c = s.contact();
        jdbc.sql("INSERT INTO memorandum (reference, bill_id, version_number, call_id, channel, submitter_kind,"
                        + " submitter_name, organisation_type, county, gender, disability, contact_email, contact_phone,"
                        + " contact_postal, consent, body, received_at, response_due, late, status, overdue, token_hash,"
                        + " created_by, created_at, updated_at) VALUES (:ref, :bill, :version, :call, :channel, :kind,"
                        + " :name, :orgType, :county, :gender, :disability, :email, :phone, :postal, :consent, :body,"
                        + " :received, :due, :late, 'RECEIVED', FALSE, :token, :actor, :now, :now)")
                .param("ref", row.reference().value())
                .param("bill", row.billId().value())
                .param("version", row.version())
                .param("call", row.callId())
                .param("channel", row.channel().name())
                .param("kind", s.kind().name())
                .param("name", blankToNull(s.name()))
                .param(
                        "orgType",
                        s.organisationType() == null
                                ? null
                                : s.organisationType().name())
                .param("county", s.county() == null ? null : s.county().name())
                .param("gender", s.gender() == null ? null : s.gender().name())
                .param("disability", s.disability())
                .param("email", blankToNull(c.email()))
                .param("phone", blankToNull(c.phone()))
                .param("postal", blankToNull(c.postalAddress()))
                .param("consent", row.consent().name())
                .param("body", row.text() == null ? "" : row.text())
                .param("received", Timestamp.from(row.receivedAt()))
                .param("due", java.sql.Date.valueOf(row.responseDue()))
                .param("late", row.late())
                .param("token", row.tokenHash())
                .param("actor", row.actor())
                .param("now", Timestamp.from(now))
                .update();
    }

    long insertProposal(MemorandumReference reference, NewProposal p) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO memorandum_proposal (reference, position, provision_ref, e_ids, insertion, stance,"
                        + " proposed_text, justification, themes, closest, link_confirmed, source_file_id, source_row)"
                        + " VALUES (:ref, :pos, :provision, :eIds, :insertion, :stance, :text, :why, '[]', :closest,"
                        + " FALSE, :file, :row)")
                .param("ref", reference.value())
                .param("pos", p.position())
                .param("provision", p.reference() == null ? null : truncate(p.reference(), 500))
                .param("eIds", json(p.eIds()))
                .param("insertion", p.insertion())
                .param("stance", p.stance().name())
                .param("text", p.proposedText())
                .param("why", p.justification())
                .param("closest", json(p.closest()))
                .param("file", p.sourceFileId())
                .param("row", p.sourceRow())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    long insertFile(
            MemorandumReference reference, int position, String name, String mediaType, byte[] content, String sha) {
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO memorandum_file (reference, position, file_name, media_type, size_bytes, sha256, content,"
                        + " extraction_state) VALUES (:ref, :pos, :name, :media, :size, :sha, :content, 'PENDING')")
                .param("ref", reference.value())
                .param("pos", position)
                .param("name", truncate(name, 300))
                .param("media", mediaType)
                .param("size", (long) content.length)
                .param("sha", sha)
                .param("content", content)
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void insertIdempotency(
            String key, String requestSha, MemorandumReference reference, String receiptJson, Instant now) {
        jdbc.sql("INSERT INTO memorandum_idempotency (idempotency_key, request_sha256, reference, receipt_json,"
                        + " created_at) VALUES (:key, :sha, :ref, :receipt, :now)")
                .param("key", key)
                .param("sha", requestSha)
                .param("ref", reference.value())
                .param("receipt", receiptJson)
                .param("now", Timestamp.from(now))
                .update();
    }

    /** The request hash and stored receipt JSON for an idempotency key. */
    Optional<String[]> idempotency(String key) {
        return jdbc.sql("SELECT request_sha256, receipt_json FROM memorandum_idempotency WHERE idempotency_key = :key")
                .param("key", key)
                .query((rs, n) -> new String[] {rs.getString(1), rs.getString(2)})
                .optional();
    }

    Optional<String> tokenHash(MemorandumReference reference) {
        return jdbc.sql("SELECT token_hash FROM memorandum WHERE reference = :ref")
                .param("ref", reference.value())
                .query(String.class)
                .optional();
    }

    /** Locks the memorandum row for this transaction; false when there is none. */
    boolean lock(MemorandumReference reference) {
        return jdbc.sql("SELECT reference FROM memorandum WHERE reference = :ref FOR UPDATE")
                .param("ref", reference.value())
                .query(String.class)
                .optional()
                .isPresent();
    }

    long count() {
        return jdbc.sql("SELECT COUNT(*) FROM memorandum").query(Long.class).single();
    }

    void setStatus(MemorandumReference reference, MemorandumStatus status, String note, Instant now) {
        // responded_at keeps the first publication of the response, for the participation report's response times
        jdbc.sql(
                        "UPDATE memorandum SET status = :status, status_note = COALESCE(:note, status_note), updated_at = :now,"
                                + " responded_at = CASE WHEN :status = 'RESPONDED' THEN COALESCE(responded_at, :now)"
                                + " ELSE responded_at END WHERE reference = :ref")
                .param("status", status.name())
                .param("note", note == null ? null : truncate(note, 2000))
                .param("now", Timestamp.from(now))
                .param("ref", reference.value())
                .update();
    }

    void setOverdue(MemorandumReference reference, Instant now) {
        jdbc.sql("UPDATE memorandum SET overdue = TRUE, updated_at = :now WHERE reference = :ref")
                .param("now", Timestamp.from(now))
                .param("ref", reference.value())
                .update();
    }

    void setScreening(MemorandumReference reference, String fingerprint, List<ScreeningFlag> flags, Instant now) {
        jdbc.sql("UPDATE memorandum SET fingerprint = :fp, flags = :flags, updated_at = :now WHERE reference = :ref")
                .param("fp", fingerprint)
                .param("flags", json(flags))
                .param("now", Timestamp.from(now))
                .param("ref", reference.value())
                .update();
    }

    /** Another memorandum on the bill with the same fingerprint, the earliest first. */
    Optional<String> sameFingerprint(BillId billId, String fingerprint, MemorandumReference except) {
        return jdbc.sql("SELECT reference FROM memorandum WHERE bill_id = :bill AND fingerprint = :fp AND reference <>"
                        + " :ref ORDER BY received_at, reference FETCH FIRST 1 ROWS ONLY")
                .param("bill", billId.value())
                .param("fp", fingerprint)
                .param("ref", except.value())
                .query(String.class)
                .optional();
    }

    List<StoredFile> files(MemorandumReference reference) {
        return jdbc.sql("SELECT id, file_name, media_type, content, extraction_state FROM memorandum_file WHERE"
                        + " reference = :ref ORDER BY position")
                .param("ref", reference.value())
                .query((rs, n) -> new StoredFile(
                        rs.getLong("id"),
                        rs.getString("file_name"),
                        rs.getString("media_type"),
                        rs.getBytes("content"),
                        rs.getString("extraction_state")))
                .list();
    }

    Optional<StoredFile> file(MemorandumReference reference, long id) {
        return jdbc.sql("SELECT id, file_name, media_type, content, extraction_state FROM memorandum_file WHERE"
                        + " reference = :ref AND id = :id")
                .param("ref", reference.value())
                .param("id", id)
                .query((rs, n) -> new StoredFile(
                        rs.getLong("id"),
                        rs.getString("file_name"),
                        rs.getString("media_type"),
                        rs.getBytes("content"),
                        rs.getString("extraction_state")))
                .optional();
    }

    void fileExtracted(long fileId, boolean extracted, String note, String text) {
        jdbc.sql("UPDATE memorandum_file SET extraction_state = :state, extraction_note = :note, extracted_text = :text"
                        + " WHERE id = :id")
                .param("state", extracted ? "EXTRACTED" : "FAILED")
                .param("note", note == null ? null : truncate(note, 1000))
                .param("text", text)
                .param("id", fileId)
                .update();
    }

    boolean proposalExists(long fileId, int row) {
        return jdbc.sql("SELECT COUNT(*) FROM memorandum_proposal WHERE source_file_id = :file AND source_row = :row")
                        .param("file", fileId)
                        .param("row", row)
                        .query(Long.class)
                        .single()
                > 0;
    }

    int nextProposalPosition(MemorandumReference reference) {
        return jdbc.sql("SELECT COALESCE(MAX(position), 0) + 1 FROM memorandum_proposal WHERE reference = :ref")
                .param("ref", reference.value())
                .query(Integer.class)
                .single();
    }

    void triage(long proposalId, List<String> eIds, Stance stance, List<String> themes) {
        jdbc.sql("UPDATE memorandum_proposal SET e_ids = :eIds, stance = COALESCE(:stance, stance), themes = :themes,"
                        + " link_confirmed = TRUE WHERE id = :id")
                .param("eIds", json(eIds))
                .param("stance", stance == null ? null : stance.name())
                .param("themes", json(themes))
                .param("id", proposalId)
                .update();
    }

    void decide(long proposalId, Decision decision, String reasons, String decidedBy, Instant at) {
        jdbc.sql("UPDATE memorandum_proposal SET decision = :decision, reasons = :reasons, decided_by = :by,"
                        + " decided_at = :at WHERE id = :id")
                .param("decision", decision.name())
                .param("reasons", reasons)
                .param("by", decidedBy)
                .param("at", Timestamp.from(at))
                .param("id", proposalId)
                .update();
    }

    /** Records that the receipt was sent; false when it had been sent already. */
    boolean markSent(MemorandumReference reference, String kind) {
        return jdbc.sql(
                                "UPDATE memorandum SET receipt_sent_at = :now WHERE reference = :ref AND receipt_sent_at IS NULL")
                        .param("now", Timestamp.from(Instant.now()))
                        .param("ref", reference.value())
                        .update()
                == 1;
    }

    /** The text extracted from the memorandum's files, in file order. */
    String extractedText(MemorandumReference reference) {
        return String.join(
                "\n",
                jdbc.sql("SELECT extracted_text FROM memorandum_file WHERE reference = :ref AND extracted_text IS NOT"
                                + " NULL ORDER BY position")
                        .param("ref", reference.value())
                        .query(String.class)
                        .list());
    }

    Optional<Memorandum> find(MemorandumReference reference) {
        return jdbc.sql("SELECT * FROM memorandum WHERE reference = :ref")
                .param("ref", reference.value())
                .query((rs, n) -> memorandum(rs))
                .optional();
    }

    List<Memorandum> list(BillId billId) {
        return jdbc.sql("SELECT * FROM memorandum WHERE bill_id = :bill ORDER BY received_at DESC, reference DESC")
                .param("bill", billId.value())
                .query((rs, n) -> memorandum(rs))
                .list();
    }

    /** The e-mail and phone of a memorandum's submitter. */
    Optional<ContactDetails> contact(MemorandumReference reference) {
        return find(reference).map(m -> m.submitter().contact());
    }

    private Memorandum memorandum(ResultSet rs) throws SQLException {
        MemorandumReference reference = new MemorandumReference(rs.getString("reference"));
        Submitter submitter = new Submitter(
                SubmitterKind.valueOf(rs.getString("submitter_kind")),
                rs.getString("submitter_name"),
                enumOrNull(OrganisationType.class, rs.getString("organisation_type")),
                enumOrNull(County.class, rs.getString("county")),
                enumOrNull(Gender.class, rs.getString("gender")),
                (Boolean) rs.getObject("disability"),
                new ContactDetails(
                        rs.getString("contact_email"), rs.getString("contact_phone"), rs.getString("contact_postal")));
        String flags = rs.getString("flags");
        return new Memorandum(
                reference,
                new BillId(rs.getObject("bill_id", UUID.class)),
                rs.getInt("version_number"),
                Channel.valueOf(rs.getString("channel")),
                submitter,
                Consent.valueOf(rs.getString("consent")),
                rs.getString("body"),
                CallService.instant(rs, "received_at"),
                rs.getObject("response_due", LocalDate.class),
                rs.getBoolean("late"),
                MemorandumStatus.valueOf(rs.getString("status")),
                rs.getBoolean("overdue"),
                proposals(reference),
                attachments(reference),
                flags == null ? List.of() : read(flags, FLAGS),
                rs.getString("status_note"));
    }

    List<Proposal> proposals(MemorandumReference reference) {
        return jdbc.sql("SELECT * FROM memorandum_proposal WHERE reference = :ref ORDER BY position, id")
                .param("ref", reference.value())
                .query((rs, n) -> {
                    String decision = rs.getString("decision");
                    return new Proposal(
                            rs.getLong("id"),
                            rs.getInt("position"),
                            rs.getString("provision_ref"),
                            read(rs.getString("e_ids"), STRINGS),
                            rs.getBoolean("insertion"),
                            Stance.valueOf(rs.getString("stance")),
                            rs.getString("proposed_text"),
                            rs.getString("justification"),
                            read(rs.getString("themes"), STRINGS),
                            read(rs.getString("closest"), STRINGS),
                            rs.getBoolean("link_confirmed"),
                            decision == null
                                    ? null
                                    : new ProposalDecision(
                                            Decision.valueOf(decision),
                                            rs.getString("reasons"),
                                            rs.getString("decided_by"),
                                            CallService.instant(rs, "decided_at"),
                                            rs.getString("observation"),
                                            DecisionStore.implementation(rs)));
                })
                .list();
    }

    private List<AttachmentInfo> attachments(MemorandumReference reference) {
        return jdbc.sql("SELECT id, file_name, media_type, size_bytes, sha256, extraction_state FROM memorandum_file"
                        + " WHERE reference = :ref ORDER BY position")
                .param("ref", reference.value())
                .query((rs, n) -> new AttachmentInfo(
                        rs.getLong("id"),
                        rs.getString("file_name"),
                        rs.getString("media_type"),
                        rs.getLong("size_bytes"),
                        rs.getString("sha256"),
                        "EXTRACTED".equals(rs.getString("extraction_state"))))
                .list();
    }

    private static <E extends Enum<E>> E enumOrNull(Class<E> type, String name) {
        return name == null ? null : Enum.valueOf(type, name);
    }

    String json(Object value) {
        try {
            return objectMapper.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write JSON", e);
        }
    }

    <T> T read(String json, TypeReference<T> type) {
        try {
            return objectMapper.readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored JSON cannot be read", e);
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String truncate(String s, int max) {
        return s.length() <= max ? s : s.substring(0, max);
    }
}
