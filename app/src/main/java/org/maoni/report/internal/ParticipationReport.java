package org.maoni.report.internal;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import org.maoni.bill.BillId;

/**
 * The record that the public was heard: the call (dates, channels, notice), who took part (by channel, all 47
 * counties, submitter type, gender and disability where volunteered), the public hearings held, late submissions,
 * and whether the responses came by their due dates.
 */
public record ParticipationReport(
        BillId billId,
        String billTitle,
        String committee,
        Call call,
        int memoranda,
        int withdrawn,
        int setAside,
        int late,
        List<Count> byChannel,
        Counties counties,
        List<Count> bySubmitterType,
        List<Count> byGender,
        List<Count> byDisability,
        Responses responses,
        HearingSummary hearings,
        Instant generatedAt) {

    /** One hearing as recorded by the clerk. */
    public record HearingLine(LocalDate heldOn, String venue, String county, int attendance, String notes) {}

    /**
     * The hearings held, oldest first, their total attendance, the counties they were held in, and the counties reached
     * by memoranda or hearings together.
     */
    public record HearingSummary(
            List<HearingLine> hearings, int attendance, int counties, int countiesReachedWithMemoranda) {

        public HearingSummary {
            hearings = List.copyOf(hearings);
        }
    }

    /** The call for memoranda; null fields when the bill has had no call. */
    public record Call(
            Long id,
            int version,
            String notice,
            ZonedDateTime opensAt,
            ZonedDateTime closesAt,
            Instant closedAt,
            List<String> channels,
            int responseWorkingDays,
            String status) {}

    /** How many memoranda fall under {@code key} (a code) with its English {@code label}. */
    public record Count(String key, String label, int count) {}

    /** Every county with its count (zero included), how many were reached, the share of the 47, and "not stated". */
    public record Counties(List<Count> counties, int reached, int total, double share, int notStated) {}

    /**
     * Response times against the due dates: answered on time or late, still open before or after the due date; {@code
     * shareOnTime} is answered on time over all answered (0 when none), {@code medianDays} the median calendar days
     * from receipt to response.
     */
    public record Responses(
            int due,
            int answered,
            int answeredOnTime,
            int answeredLate,
            int openNotYetDue,
            int openOverdue,
            double shareOnTime,
            Double medianDays,
            LocalDate asOf) {}
}
