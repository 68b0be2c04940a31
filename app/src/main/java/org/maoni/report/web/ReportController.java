package org.maoni.report.web;

import java.nio.charset.StandardCharsets;
import org.maoni.bill.BillId;
import org.maoni.report.internal.CommitteeMatrix;
import org.maoni.report.internal.MatrixBuilder;
import org.maoni.report.internal.MatrixFormats;
import org.maoni.report.internal.ParticipationReport;
import org.maoni.report.internal.ParticipationReportBuilder;
import org.maoni.report.internal.ParticipationReportHtml;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Staff reports on a bill: the committee matrix of a version (JSON, CSV, DOCX, HTML) and the participation report of
 * the bill's call (JSON, HTML).
 */
@RestController
@RequestMapping("/api/bills/{billId}")
@PreAuthorize("hasAnyRole('CLERK', 'COMMITTEE', 'ADMIN')")
class ReportController {

    private static final MediaType DOCX =
            MediaType.parseMediaType("application/vnd.openxmlformats-officedocument.wordprocessingml.document");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final MatrixBuilder matrices;
    private final ParticipationReportBuilder participation;

    ReportController(MatrixBuilder matrices, ParticipationReportBuilder participation) {
        this.matrices = matrices;
        this.participation = participation;
    }

    @GetMapping("/versions/{version}/committee-matrix")
    CommitteeMatrix matrix(@PathVariable BillId billId, @PathVariable int version) {
        return matrices.build(billId, version);
    }

    @GetMapping("/versions/{version}/committee-matrix.csv")
    ResponseEntity<byte[]> matrixCsv(@PathVariable BillId billId, @PathVariable int version) {
        return download(
                MatrixFormats.csv(matrices.build(billId, version)).getBytes(StandardCharsets.UTF_8),
                CSV,
                "committee-matrix-v" + version + ".csv");
    }

    @GetMapping("/versions/{version}/committee-matrix.docx")
    ResponseEntity<byte[]> matrixDocx(@PathVariable BillId billId, @PathVariable int version) {
        return download(
                MatrixFormats.docx(matrices.build(billId, version)), DOCX, "committee-matrix-v" + version + ".docx");
    }

    @GetMapping(value = "/versions/{version}/committee-matrix.html", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> matrixHtml(@PathVariable BillId billId, @PathVariable int version) {
        return html(MatrixFormats.html(matrices.build(billId, version)));
    }

    @GetMapping("/participation-report")
    ParticipationReport participationReport(@PathVariable BillId billId) {
        return participation.build(billId);
    }

    @GetMapping(value = "/participation-report.html", produces = MediaType.TEXT_HTML_VALUE)
    ResponseEntity<String> participationReportHtml(@PathVariable BillId billId) {
        return html(ParticipationReportHtml.html(participation.build(billId)));
    }

    static ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename) {
        return ResponseEntity.ok()
                .contentType(type)
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(filename)
                                .build()
                                .toString())
                .header("X-Content-Type-Options", "nosniff")
                .body(body);
    }

    private static ResponseEntity<String> html(String page) {
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, StandardCharsets.UTF_8))
                .header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
                .header("X-Content-Type-Options", "nosniff")
                .body(page);
    }
}
