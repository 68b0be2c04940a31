package org.maoni.report.internal;

import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;

/** The participation report as a printable HTML page: every figure in a table with a caption. */
public final class ParticipationReportHtml {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("d MMMM yyyy, HH:mm", Locale.ENGLISH);

    private ParticipationReportHtml() {}

    public static String html(ParticipationReport r) {
        StringBuilder b = new StringBuilder();
        b.append("<h1>Public participation report: ")
                .append(Html.esc(r.billTitle()))
                .append("</h1>");
        if (r.committee() != null) {
            b.append("<p>").append(Html.esc(r.committee())).append("</p>");
        }
        b.append("<h2>The call for memoranda</h2>");
        if (r.call() == null) {
            b.append("<p>No call for memoranda has been opened on this bill.</p>");
        } else {
            var c = r.call();
            b.append("<dl><dt>Version</dt><dd>").append(c.version()).append("</dd>");
            b.append("<dt>Opened</dt><dd>").append(WHEN.format(c.opensAt())).append("</dd>");
            b.append("<dt>Closes</dt><dd>").append(WHEN.format(c.closesAt())).append("</dd>");
            b.append("<dt>Channels</dt><dd>")
                    .append(Html.esc(String.join(", ", c.channels())))
                    .append("</dd>");
            b.append("<dt>Response within</dt><dd>")
                    .append(c.responseWorkingDays())
                    .append(" working days</dd>");
            b.append("<dt>Status</dt><dd>").append(Html.esc(c.status())).append("</dd>");
            b.append("<dt>Notice</dt><dd>").append(Html.esc(c.notice())).append("</dd></dl>");
        }
        b.append("<h2>Submissions</h2><p>")
                .append(r.memoranda())
                .append(" memoranda received; ")
                .append(r.late())
                .append(" late; ")
                .append(r.withdrawn())
                .append(" withdrawn; ")
                .append(r.setAside())
                .append(" set aside.</p>");
        table(b, "By channel", r.byChannel());
        b.append("<p>Counties reached: ")
                .append(r.counties().reached())
                .append(" of ")
                .append(r.counties().total())
                .append(" (")
                .append(Math.round(r.counties().share() * 100))
                .append("%); county not stated: ")
                .append(r.counties().notStated())
                .append(".</p>");
        table(b, "By county", r.counties().counties());
        table(b, "By submitter type", r.bySubmitterType());
        table(b, "By gender (where volunteered)", r.byGender());
        table(b, "By disability (where volunteered)", r.byDisability());
        var s = r.responses();
        b.append("<h2>Responses</h2><table><caption>Responses against their due dates, as of ")
                .append(s.asOf())
                .append("</caption><tbody>");
        row(b, "Responses owed", s.due());
        row(b, "Answered on time", s.answeredOnTime());
        row(b, "Answered late", s.answeredLate());
        row(b, "Open, not yet due", s.openNotYetDue());
        row(b, "Open and overdue", s.openOverdue());
        b.append("<tr><th scope=\"row\">Share answered on time</th><td>")
                .append(Math.round(s.shareOnTime() * 100))
                .append("%</td></tr>");
        b.append("<tr><th scope=\"row\">Median days to respond</th><td>")
                .append(s.medianDays() == null ? "—" : s.medianDays())
                .append("</td></tr></tbody></table>");
        var hearings = r.hearings();
        b.append("<h2>Public hearings</h2><p>Hearings held: ")
                .append(hearings.hearings().size())
                .append("; counties: ")
                .append(hearings.counties())
                .append("; attendance: ")
                .append(hearings.attendance())
                .append(". Counties reached by memoranda or hearings: ")
                .append(hearings.countiesReachedWithMemoranda())
                .append(" of ")
                .append(r.counties().total())
                .append(".</p>");
        if (!hearings.hearings().isEmpty()) {
            b.append("<table><caption>Hearings held</caption><thead><tr><th scope=\"col\">Date</th>")
                    .append("<th scope=\"col\">Venue</th><th scope=\"col\">County</th>")
                    .append("<th scope=\"col\">Attendance</th><th scope=\"col\">Notes</th></tr></thead><tbody>");
            for (var h : hearings.hearings()) {
                b.append("<tr><td>")
                        .append(h.heldOn())
                        .append("</td><td>")
                        .append(Html.esc(h.venue()))
                        .append("</td><td>")
                        .append(Html.esc(h.county()))
                        .append("</td><td>")
                        .append(h.attendance())
                        .append("</td><td>")
                        .append(Html.esc(h.notes()))
                        .append("</td></tr>");
            }
            b.append("</tbody></table>");
        }
        return Html.page("Public participation report: " + r.billTitle(), b.toString());
    }

    private static void table(StringBuilder b, String caption, List<ParticipationReport.Count> counts) {
        b.append("<table><caption>")
                .append(Html.esc(caption))
                .append("</caption><thead><tr><th scope=\"col\">Category</th><th scope=\"col\">Memoranda</th></tr>")
                .append("</thead><tbody>");
        for (ParticipationReport.Count c : counts) {
            row(b, c.label(), c.count());
        }
        b.append("</tbody></table>");
    }

    private static void row(StringBuilder b, String label, int n) {
        b.append("<tr><th scope=\"row\">")
                .append(Html.esc(label))
                .append("</th><td>")
                .append(n)
                .append("</td></tr>");
    }
}
