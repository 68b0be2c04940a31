package org.maoni.report.internal;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.maoni.bill.Bill;
import org.maoni.bill.BillId;
import org.maoni.bill.BillService;
import org.maoni.bill.County;
import org.maoni.memorandum.CallForMemoranda;
import org.maoni.memorandum.CallsForMemoranda;
import org.maoni.memorandum.Channel;
import org.maoni.memorandum.Gender;
import org.maoni.memorandum.Hearing;
import org.maoni.memorandum.Hearings;
import org.maoni.memorandum.Memorandum;
import org.maoni.memorandum.MemorandumRecord;
import org.maoni.memorandum.MemorandumStatus;
import org.maoni.memorandum.OrganisationType;
import org.maoni.memorandum.ParticipationRecords;
import org.maoni.memorandum.SubmitterKind;
import org.springframework.stereotype.Component;

/**
 * Builds the participation report of a bill's current call from its memoranda and hearings. Withdrawn and set-aside memoranda are
 * counted as received but owe no response; a response is on time when it was published by the end of its due day
 * (Nairobi time).
 */
@Component
public class ParticipationReportBuilder {

    private static final Set<MemorandumStatus> NO_RESPONSE_OWED =
            Set.of(MemorandumStatus.WITHDRAWN, MemorandumStatus.SET_ASIDE);

    private static final ZoneId NAIROBI = ZoneId.of("Africa/Nairobi");

    private final BillService bills;
    private final CallsForMemoranda calls;
    private final ParticipationRecords records;
    private final Hearings hearings;
    private final Clock clock;

    ParticipationReportBuilder(
            BillService bills, CallsForMemoranda calls, ParticipationRecords records, Hearings hearings, Clock clock) {
        this.bills = bills;
        this.calls = calls;
        this.records = records;
        this.hearings = hearings;
        this.clock = clock;
    }

    public ParticipationReport build(BillId billId) {
        Bill bill = bills.get(billId);
        CallForMemoranda call = calls.current(billId).orElse(null);
        List<MemorandumRecord> withTimes = records.onBill(billId).stream()
                .filter(r -> call == null || r.memorandum().version() == call.version())
                .toList();
        List<Memorandum> all =
                withTimes.stream().map(MemorandumRecord::memorandum).toList();

        Map<Channel, Integer> channels = new EnumMap<>(Channel.class);
        Map<County, Integer> counties = new EnumMap<>(County.class);
        Map<Gender, Integer> genders = new EnumMap<>(Gender.class);
        Map<OrganisationType, Integer> orgTypes = new EnumMap<>(OrganisationType.class);
        int individuals = 0;
        int orgWithoutType = 0;
        int noCounty = 0;
        int noGender = 0;
        int disabled = 0;
        int notDisabled = 0;
        int noDisability = 0;
        int late = 0;
        int withdrawn = 0;
        int setAside = 0;
        for (Memorandum m : all) {
            channels.merge(m.channel(), 1, Integer::sum);
            var s = m.submitter();
            if (s.county() == null) {
                noCounty++;
            } else {
                counties.merge(s.county(), 1, Integer::sum);
            }
            if (s.gender() == null) {
                noGender++;
            } else {
                genders.merge(s.gender(), 1, Integer::sum);
            }
            if (s.disability() == null) {
                noDisability++;
            } else if (s.disability()) {
                disabled++;
            } else {
                notDisabled++;
            }
            if (s.kind() == SubmitterKind.INDIVIDUAL) {
                individuals++;
            } else if (s.organisationType() == null) {
                orgWithoutType++;
            } else {
                orgTypes.merge(s.organisationType(), 1, Integer::sum);
            }
            if (m.late()) {
                late++;
            }
            if (m.status() == MemorandumStatus.WITHDRAWN) {
                withdrawn++;
            } else if (m.status() == MemorandumStatus.SET_ASIDE) {
                setAside++;
            }
        }
        List<ParticipationReport.Count> byChannel = new ArrayList<>();
        for (Channel c : Channel.values()) {
            byChannel.add(count(c.name(), channelLabel(c), channels.getOrDefault(c, 0)));
        }
        List<ParticipationReport.Count> byCounty = new ArrayList<>();
        for (County c : County.values()) {
            byCounty.add(count(c.name(), c.displayName(), counties.getOrDefault(c, 0)));
        }
        int total = County.values().length;
        List<ParticipationReport.Count> bySubmitter = new ArrayList<>();
        bySubmitter.add(count("INDIVIDUAL", "Individuals", individuals));
        for (OrganisationType t : OrganisationType.values()) {
            bySubmitter.add(count(t.name(), organisationLabel(t), orgTypes.getOrDefault(t, 0)));
        }
        if (orgWithoutType > 0) {
            bySubmitter.add(count("ORGANISATION", "Organisations (type not given)", orgWithoutType));
        }
        List<ParticipationReport.Count> byGender = new ArrayList<>();
        for (Gender g : Gender.values()) {
            byGender.add(count(g.name(), label(g.name()), genders.getOrDefault(g, 0)));
        }
        byGender.add(count("NOT_STATED", "Not stated", noGender));
        List<ParticipationReport.Count> byDisability = List.of(
                count("YES", "Persons with disability", disabled),
                count("NO", "No disability", notDisabled),
                count("NOT_STATED", "Not stated", noDisability));
        return new ParticipationReport(
                billId,
                bill.title(),
                bill.committee(),
                call == null ? null : call(call),
                all.size(),
                withdrawn,
                setAside,
                late,
                byChannel,
                new ParticipationReport.Counties(
                        byCounty, counties.size(), total, share(counties.size(), total), noCounty),
                bySubmitter,
                byGender,
                byDisability,
                responses(withTimes),
                hearings(billId, counties.keySet()),
                Instant.now(clock));
    }

    private ParticipationReport.HearingSummary hearings(BillId billId, Set<County> memorandaCounties) {
        List<Hearing> held = hearings.list(billId);
        Set<County> hearingCounties = EnumSet.noneOf(County.class);
        held.forEach(h -> hearingCounties.add(h.county()));
        Set<County> together = EnumSet.noneOf(County.class);
        together.addAll(hearingCounties);
        together.addAll(memorandaCounties);
        return new ParticipationReport.HearingSummary(
                held.stream()
                        .map(h -> new ParticipationReport.HearingLine(
                                h.heldOn(), h.venue(), h.county().displayName(), h.attendance(), h.notes()))
                        .toList(),
                held.stream().mapToInt(Hearing::attendance).sum(),
                hearingCounties.size(),
                together.size());
    }

    private ParticipationReport.Responses responses(List<MemorandumRecord> list) {
        LocalDate today = LocalDate.now(clock.withZone(NAIROBI));
        int due = 0;
        int onTime = 0;
        int lateAnswers = 0;
        int notYetDue = 0;
        int overdue = 0;
        List<Double> days = new ArrayList<>();
        for (MemorandumRecord r : list) {
            Memorandum m = r.memorandum();
            if (NO_RESPONSE_OWED.contains(m.status())) {
                continue;
            }
            due++;
            Instant answered = r.respondedAt();
            if (answered != null) {
                LocalDate answeredOn = answered.atZone(NAIROBI).toLocalDate();
                if (answeredOn.isAfter(m.responseDue())) {
                    lateAnswers++;
                } else {
                    onTime++;
                }
                days.add(Duration.between(m.receivedAt(), answered).toMinutes() / (60.0 * 24));
            } else if (today.isAfter(m.responseDue())) {
                overdue++;
            } else {
                notYetDue++;
            }
        }
        int answered = onTime + lateAnswers;
        return new ParticipationReport.Responses(
                due, answered, onTime, lateAnswers, notYetDue, overdue, share(onTime, answered), median(days), today);
    }

    private static ParticipationReport.Call call(CallForMemoranda c) {
        return new ParticipationReport.Call(
                c.id().value(),
                c.version(),
                c.notice(),
                c.opensAt(),
                c.closesAt(),
                c.closedAt(),
                c.channels().stream().map(Enum::name).sorted().toList(),
                c.responseWorkingDays(),
                c.status().name());
    }

    private static Double median(List<Double> values) {
        if (values.isEmpty()) {
            return null;
        }
        List<Double> sorted = values.stream().sorted(Comparator.naturalOrder()).toList();
        int n = sorted.size();
        double m = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return Math.round(m * 10) / 10.0;
    }

    static double share(int part, int whole) {
        return whole == 0 ? 0 : Math.round(1000.0 * part / whole) / 1000.0;
    }

    private static ParticipationReport.Count count(String key, String label, int n) {
        return new ParticipationReport.Count(key, label, n);
    }

    static String channelLabel(Channel c) {
        return switch (c) {
            case WEB_FORM -> "Web form";
            case UPLOAD -> "Uploaded document";
            case EMAIL -> "E-mail";
            case API -> "Partner platform (API)";
        };
    }

    static String organisationLabel(OrganisationType t) {
        return switch (t) {
            case CSO -> "Civil society organisations";
            case PRIVATE_SECTOR -> "Private sector";
            case PUBLIC_BODY -> "Public bodies";
            case ACADEMIC -> "Academic institutions";
            case OTHER -> "Other organisations";
        };
    }

    private static String label(String code) {
        return code.charAt(0) + code.substring(1).toLowerCase(Locale.ROOT);
    }
}
