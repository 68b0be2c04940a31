package org.maoni.memorandum.internal;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.maoni.bill.BillId;
import org.maoni.bill.BillService;
import org.maoni.calendar.KenyanCalendar;
import org.maoni.memorandum.BillWithdrawn;
import org.maoni.memorandum.CallDeadlineChanged;
import org.maoni.memorandum.CallForMemoranda;
import org.maoni.memorandum.CallId;
import org.maoni.memorandum.CallOpened;
import org.maoni.memorandum.CallStatus;
import org.maoni.memorandum.CallsForMemoranda;
import org.maoni.memorandum.Channel;
import org.maoni.memorandum.MemorandumProblem;
import org.maoni.memorandum.OpenCall;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Calls for memoranda in the {@code participation_call} table. The stored status is the workflow's (OPEN until the
 * window is closed, then CLOSED, CONSOLIDATED, ...); SCHEDULED and an elapsed window are derived from the clock, so no
 * job is needed for the window to open.
 */
@Service
class CallService implements CallsForMemoranda {

    private static final String COLUMNS = "id, bill_id, version_number, notice, opens_at, closes_at, channels,"
            + " response_working_days, status, closed_at";

    private final JdbcClient jdbc;
    private final BillService bills;
    private final ApplicationEventPublisher events;
    private final TransactionTemplate transactions;
    private final Clock clock;

    CallService(
            JdbcClient jdbc,
            BillService bills,
            ApplicationEventPublisher events,
            TransactionTemplate transactions,
            Clock clock) {
        this.jdbc = jdbc;
        this.bills = bills;
        this.events = events;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Override
    public CallForMemoranda open(OpenCall call, String actor) {
        List<MemorandumProblem.FieldError> errors = validate(call);
        if (!errors.isEmpty()) {
            throw MemorandumProblem.invalidFields("The call for memoranda is incomplete.", errors);
        }
        bills.version(call.billId(), call.version());
        Instant now = Instant.now(clock);
        Long id = transactions.execute(tx -> {
            GeneratedKeyHolder keys = new GeneratedKeyHolder();
            try {
                jdbc.sql("INSERT INTO participation_call (bill_id, active_bill_id, version_number, notice, opens_at,"
                                + " closes_at, channels, response_working_days, status, created_at, created_by,"
                                + " updated_at, updated_by) VALUES (:bill, :bill, :version, :notice, :opens, :closes,"
                                + " :channels, :days, 'OPEN', :now, :actor, :now, :actor)")
                        .param("bill", call.billId().value())
                        .param("version", call.version())
                        .param("notice", call.notice().strip())
                        .param("opens", Timestamp.from(call.opensAt().toInstant()))
                        .param("closes", Timestamp.from(call.closesAt().toInstant()))
                        .param("channels", channels(call.channels()))
                        .param("days", call.responseWorkingDays())
                        .param("now", Timestamp.from(now))
                        .param("actor", actor)
                        .update(keys, "id");
            } catch (DuplicateKeyException e) {
                throw MemorandumProblem.conflict(
                        "call-already-open",
                        "The bill already has a call for memoranda",
                        "Bill " + call.billId() + " already has a call for memoranda that is not published or"
                                + " withdrawn; extend or close it instead.");
            }
            long newId = keys.getKey().longValue();
            events.publishEvent(
                    new CallOpened(new CallId(newId), call.billId(), call.version(), nairobi(call.closesAt())));
            return newId;
        });
        return get(new CallId(id));
    }

    /** The problems of a call before anything is stored; pure. */
    static List<MemorandumProblem.FieldError> validate(OpenCall call) {
        List<MemorandumProblem.FieldError> errors = new ArrayList<>();
        if (call.billId() == null) {
            errors.add(new MemorandumProblem.FieldError("billId", "is required"));
        }
        if (call.version() < 1) {
            errors.add(new MemorandumProblem.FieldError("version", "must be 1 or more"));
        }
        if (call.notice() == null || call.notice().isBlank()) {
            errors.add(new MemorandumProblem.FieldError("notice", "is required: the text of the public notice"));
        }
        if (call.opensAt() == null) {
            errors.add(new MemorandumProblem.FieldError("opensAt", "is required"));
        }
        if (call.closesAt() == null) {
            errors.add(new MemorandumProblem.FieldError("closesAt", "is required"));
        }
        if (call.opensAt() != null
                && call.closesAt() != null
                && !call.closesAt().isAfter(call.opensAt())) {
            errors.add(new MemorandumProblem.FieldError("closesAt", "must be after opensAt"));
        }
        if (call.channels().isEmpty()) {
            errors.add(new MemorandumProblem.FieldError("channels", "must name at least one channel"));
        }
        if (call.responseWorkingDays() < 1 || call.responseWorkingDays() > 365) {
            errors.add(new MemorandumProblem.FieldError("responseWorkingDays", "must be between 1 and 365"));
        }
        return errors;
    }

    @Override
    public CallForMemoranda extend(BillId billId, ZonedDateTime closesAt, String actor) {
        if (closesAt == null) {
            throw MemorandumProblem.invalidFields(
                    "Give the new closing time.", List.of(new MemorandumProblem.FieldError("closesAt", "is required")));
        }
        return transactions.execute(tx -> {
            CallForMemoranda call = lockActive(billId);
            requireWindowPhase(call);
            if (!closesAt.isAfter(call.closesAt())) {
                throw MemorandumProblem.invalidFields(
                        "An extension must close later than " + call.closesAt() + ".",
                        List.of(new MemorandumProblem.FieldError(
                                "closesAt", "must be after the current closing time")));
            }
            if (!closesAt.toInstant().isAfter(Instant.now(clock))) {
                throw MemorandumProblem.invalidFields(
                        "An extension must close in the future.",
                        List.of(new MemorandumProblem.FieldError("closesAt", "must be in the future")));
            }
            jdbc.sql("UPDATE participation_call SET closes_at = :closes, status = 'OPEN', closed_at = NULL,"
                            + " updated_at = :now, updated_by = :actor WHERE id = :id")
                    .param("closes", Timestamp.from(closesAt.toInstant()))
                    .param("now", Timestamp.from(Instant.now(clock)))
                    .param("actor", actor)
                    .param("id", call.id().value())
                    .update();
            events.publishEvent(new CallDeadlineChanged(call.id(), nairobi(closesAt)));
            return get(call.id());
        });
    }

    @Override
    public CallForMemoranda closeNow(BillId billId, String actor) {
        return transactions.execute(tx -> {
            CallForMemoranda call = lockActive(billId);
            requireWindowPhase(call);
            Instant now = Instant.now(clock);
            jdbc.sql("UPDATE participation_call SET closes_at = :now, status = 'CLOSED', closed_at = :now,"
                            + " updated_at = :now, updated_by = :actor WHERE id = :id")
                    .param("now", Timestamp.from(now))
                    .param("actor", actor)
                    .param("id", call.id().value())
                    .update();
            events.publishEvent(new CallDeadlineChanged(call.id(), now.atZone(KenyanCalendar.NAIROBI)));
            return get(call.id());
        });
    }

    @Override
    public CallForMemoranda withdrawBill(BillId billId, String reason, String actor) {
        if (reason == null || reason.isBlank()) {
            throw MemorandumProblem.invalidFields(
                    "Say why the bill was withdrawn.",
                    List.of(new MemorandumProblem.FieldError("reason", "is required")));
        }
        return transactions.execute(tx -> {
            CallForMemoranda call = lockActive(billId);
            Instant now = Instant.now(clock);
            jdbc.sql("UPDATE participation_call SET status = 'WITHDRAWN', active_bill_id = NULL,"
                            + " withdrawal_reason = :reason, closed_at = COALESCE(closed_at, :now), updated_at = :now,"
                            + " updated_by = :actor WHERE id = :id")
                    .param("reason", reason.strip())
                    .param("now", Timestamp.from(now))
                    .param("actor", actor)
                    .param("id", call.id().value())
                    .update();
            events.publishEvent(new BillWithdrawn(call.id(), billId, reason.strip()));
            return get(call.id());
        });
    }

    @Override
    public Optional<CallForMemoranda> current(BillId billId) {
        return jdbc
                .sql("SELECT " + COLUMNS + " FROM participation_call WHERE bill_id = :bill ORDER BY id DESC")
                .param("bill", billId.value())
                .query(this::map)
                .list()
                .stream()
                .findFirst();
    }

    @Override
    public CallForMemoranda get(CallId id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM participation_call WHERE id = :id")
                .param("id", id.value())
                .query(this::map)
                .optional()
                .orElseThrow(() -> MemorandumProblem.callNotFound("No call for memoranda has the id " + id + "."));
    }

    @Override
    public boolean closeIfDue(CallId id) {
        Boolean closed = transactions.execute(tx -> {
            Instant now = Instant.now(clock);
            int updated = jdbc.sql("UPDATE participation_call SET status = 'CLOSED', closed_at = closes_at,"
                            + " updated_at = :now, updated_by = 'system' WHERE id = :id AND status = 'OPEN'"
                            + " AND closes_at <= :now")
                    .param("now", Timestamp.from(now))
                    .param("id", id.value())
                    .update();
            if (updated == 0) {
                // already closed (a retried job) counts as done; still open means it was extended
                return !"OPEN".equals(storedStatus(id));
            }
            return true;
        });
        return Boolean.TRUE.equals(closed);
    }

    @Override
    public void consolidated(CallId id, String summary, String actor) {
        advance(id, Set.of("CLOSED"), "CONSOLIDATED", summary, actor, false);
    }

    @Override
    public void reportAdopted(CallId id, String actor) {
        advance(id, Set.of("CONSOLIDATED"), "REPORT_ADOPTED", null, actor, false);
    }

    @Override
    public void published(CallId id) {
        advance(id, Set.of("REPORT_ADOPTED"), "PUBLISHED", null, "system", true);
    }

    private void advance(CallId id, Set<String> from, String to, String summary, String actor, boolean ends) {
        transactions.executeWithoutResult(tx -> {
            String status = storedStatus(id);
            if (status.equals(to)) {
                return;
            }
            if (!from.contains(status)) {
                throw MemorandumProblem.conflict(
                        "call-status-conflict",
                        "The call is not at that step",
                        "Call " + id + " is " + status + "; it must be " + String.join(" or ", from) + " to become "
                                + to + ".");
            }
            jdbc.sql("UPDATE participation_call SET status = :to, summary = COALESCE(:summary, summary),"
                            + (ends ? " active_bill_id = NULL," : "")
                            + " updated_at = :now, updated_by = :actor WHERE id = :id")
                    .param("to", to)
                    .param("summary", summary)
                    .param("now", Timestamp.from(Instant.now(clock)))
                    .param("actor", actor == null ? "system" : actor)
                    .param("id", id.value())
                    .update();
        });
    }

    private String storedStatus(CallId id) {
        return jdbc.sql("SELECT status FROM participation_call WHERE id = :id")
                .param("id", id.value())
                .query(String.class)
                .optional()
                .orElseThrow(() -> MemorandumProblem.callNotFound("No call for memoranda has the id " + id + "."));
    }

    /** The bill's call that is neither published nor withdrawn, locked for this transaction. */
    private CallForMemoranda lockActive(BillId billId) {
        bills.get(billId);
        Long id = jdbc.sql("SELECT id FROM participation_call WHERE active_bill_id = :bill FOR UPDATE")
                .param("bill", billId.value())
                .query(Long.class)
                .optional()
                .orElseThrow(() -> MemorandumProblem.callNotFound(
                        "Bill " + billId + " has no call for memoranda that is still running."));
        return get(new CallId(id));
    }

    private void requireWindowPhase(CallForMemoranda call) {
        // an elapsed window that the workflow has not closed yet may still be extended; a closed one stays closed
        if (!"OPEN".equals(storedStatus(call.id()))) {
            throw MemorandumProblem.conflict(
                    "call-status-conflict",
                    "The window can no longer change",
                    "The call is " + call.status() + "; its window can no longer be extended or closed.");
        }
    }

    private CallForMemoranda map(ResultSet rs, int row) throws SQLException {
        Instant opens = instant(rs, "opens_at");
        Instant closes = instant(rs, "closes_at");
        String stored = rs.getString("status");
        Instant closedAt = instant(rs, "closed_at");
        Instant now = Instant.now(clock);
        CallStatus status;
        if ("OPEN".equals(stored)) {
            if (now.isBefore(opens)) {
                status = CallStatus.SCHEDULED;
            } else if (now.isBefore(closes)) {
                status = CallStatus.OPEN;
            } else {
                status = CallStatus.CLOSED;
                closedAt = closes;
            }
        } else {
            status = CallStatus.valueOf(stored);
        }
        return new CallForMemoranda(
                new CallId(rs.getLong("id")),
                new BillId(rs.getObject("bill_id", UUID.class)),
                rs.getInt("version_number"),
                rs.getString("notice"),
                opens.atZone(KenyanCalendar.NAIROBI),
                closes.atZone(KenyanCalendar.NAIROBI),
                parseChannels(rs.getString("channels")),
                rs.getInt("response_working_days"),
                status,
                closedAt);
    }

    static Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime value = rs.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    private static ZonedDateTime nairobi(ZonedDateTime time) {
        return time.withZoneSameInstant(KenyanCalendar.NAIROBI);
    }

    private static String channels(Set<Channel> channels) {
        return channels.stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    }

    private static Set<Channel> parseChannels(String text) {
        EnumSet<Channel> set = EnumSet.noneOf(Channel.class);
        Arrays.stream(text.split(","))
                .filter(s -> !s.isBlank())
                .map(Channel::valueOf)
                .forEach(set::add);
        return set;
    }
}
