package org.maoni.memorandum.internal;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.maoni.bill.BillId;
import org.maoni.bill.BillService;
import org.maoni.bill.County;
import org.maoni.memorandum.Hearing;
import org.maoni.memorandum.Hearings;
import org.maoni.memorandum.MemorandumProblem;
import org.maoni.memorandum.MemorandumProblem.FieldError;
import org.maoni.memorandum.NewHearing;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;

/** Hearings in {@code participation_hearing} (see V12__hearings.sql); dates are Nairobi dates. */
@Service
class HearingService implements Hearings {

    private static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi");
    private static final int MAX_ATTENDANCE = 1_000_000;

    private final JdbcClient jdbc;
    private final BillService bills;
    private final Clock clock;

    HearingService(JdbcClient jdbc, BillService bills, Clock clock) {
        this.jdbc = jdbc;
        this.bills = bills;
        this.clock = clock;
    }

    @Override
    public Hearing record(BillId billId, NewHearing h, String actor) {
        bills.get(billId);
        List<FieldError> errors = new ArrayList<>();
        if (h == null) {
            throw MemorandumProblem.invalidFields(
                    "Send the hearing.", List.of(new FieldError("heldOn", "is required")));
        }
        LocalDate today = LocalDate.now(clock.withZone(NAIROBI));
        if (h.heldOn() == null) {
            errors.add(new FieldError("heldOn", "is required"));
        } else if (h.heldOn().isAfter(today)) {
            errors.add(new FieldError("heldOn", "must not be in the future: record a hearing once it is held"));
        }
        if (h.venue() == null || h.venue().isBlank()) {
            errors.add(new FieldError("venue", "is required"));
        } else if (h.venue().strip().length() > 300) {
            errors.add(new FieldError("venue", "must be at most 300 characters"));
        }
        if (h.county() == null) {
            errors.add(new FieldError("county", "is required"));
        }
        if (h.attendance() == null) {
            errors.add(new FieldError("attendance", "is required"));
        } else if (h.attendance() < 0 || h.attendance() > MAX_ATTENDANCE) {
            errors.add(new FieldError("attendance", "must be between 0 and " + MAX_ATTENDANCE));
        }
        if (h.notes() != null && h.notes().length() > 2000) {
            errors.add(new FieldError("notes", "must be at most 2000 characters"));
        }
        if (!errors.isEmpty()) {
            throw MemorandumProblem.invalidFields("The hearing was not recorded.", errors);
        }
        Instant now = Instant.now(clock);
        GeneratedKeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO participation_hearing (bill_id, held_on, venue, county, attendance, notes, recorded_by,"
                        + " recorded_at) VALUES (:bill, :on, :venue, :county, :attendance, :notes, :by, :at)")
                .param("bill", billId.value())
                .param("on", java.sql.Date.valueOf(h.heldOn()))
                .param("venue", h.venue().strip())
                .param("county", h.county().name())
                .param("attendance", h.attendance())
                .param(
                        "notes",
                        h.notes() == null || h.notes().isBlank()
                                ? null
                                : h.notes().strip())
                .param("by", actor)
                .param("at", Timestamp.from(now))
                .update(keys, "id");
        long id = keys.getKey().longValue();
        return list(billId).stream().filter(x -> x.id() == id).findFirst().orElseThrow();
    }

    @Override
    public List<Hearing> list(BillId billId) {
        return jdbc.sql("SELECT * FROM participation_hearing WHERE bill_id = :bill ORDER BY held_on, id")
                .param("bill", billId.value())
                .query((rs, n) -> new Hearing(
                        rs.getLong("id"),
                        new BillId(rs.getObject("bill_id", UUID.class)),
                        rs.getObject("held_on", LocalDate.class),
                        rs.getString("venue"),
                        County.valueOf(rs.getString("county")),
                        rs.getInt("attendance"),
                        rs.getString("notes"),
                        rs.getString("recorded_by"),
                        CallService.instant(rs, "recorded_at")))
                .list();
    }
}
