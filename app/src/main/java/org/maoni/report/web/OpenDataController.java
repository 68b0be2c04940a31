package org.maoni.report.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.maoni.bill.Bill;
import org.maoni.bill.BillService;
import org.maoni.bill.BillVersion;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionTree;
import org.maoni.report.AkomaNtosoWriter;
import org.maoni.report.internal.OpenDataExport;
import org.maoni.report.internal.OpenDataExport.Dataset;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.ErrorResponseException;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Open data, public and without sign-in: published memoranda (personal data removed), their proposals and the
 * committee's decisions as JSON Lines and CSV, and the Akoma Ntoso of every bill version (a list and one zip).
 */
@RestController
@RequestMapping("/api/open-data")
class OpenDataController {

    private static final MediaType JSON_LINES = MediaType.parseMediaType("application/jsonl;charset=UTF-8");
    private static final MediaType CSV = MediaType.parseMediaType("text/csv;charset=UTF-8");

    private final OpenDataExport export;
    private final BillService bills;
    private final AkomaNtosoWriter writer = new AkomaNtosoWriter();

    OpenDataController(OpenDataExport export, BillService bills) {
        this.export = export;
        this.bills = bills;
    }

    /** One downloadable file. */
    record Download(String name, String format, String href) {}

    /** One bill version's Akoma Ntoso document. */
    record AknLink(String billId, String title, int version, String label, String href) {}

    @GetMapping
    Map<String, Object> index() {
        List<Download> files = new ArrayList<>();
        for (String name : List.of("memoranda", "proposals", "decisions")) {
            files.add(new Download(name, "jsonl", "/api/open-data/" + name + ".jsonl"));
            files.add(new Download(name, "csv", "/api/open-data/" + name + ".csv"));
        }
        files.add(new Download("akn", "zip", "/api/open-data/akn.zip"));
        return Map.of("files", files, "akn", akn());
    }

    @GetMapping("/{dataset}.jsonl")
    ResponseEntity<byte[]> jsonLines(@PathVariable String dataset) {
        return ReportController.download(
                export.jsonLines(dataset(dataset)).getBytes(StandardCharsets.UTF_8), JSON_LINES, dataset + ".jsonl");
    }

    @GetMapping("/{dataset}.csv")
    ResponseEntity<byte[]> csv(@PathVariable String dataset) {
        return ReportController.download(
                export.csv(dataset(dataset)).getBytes(StandardCharsets.UTF_8), CSV, dataset + ".csv");
    }

    @GetMapping("/akn")
    List<AknLink> akn() {
        List<AknLink> links = new ArrayList<>();
        for (Bill bill : bills.list()) {
            for (BillVersion v : bill.versions()) {
                links.add(new AknLink(
                        bill.id().value().toString(),
                        bill.title(),
                        v.number(),
                        v.label(),
                        "/api/bills/" + bill.id().value() + "/versions/" + v.number() + "/akn"));
            }
        }
        return links;
    }

    @GetMapping("/akn.zip")
    ResponseEntity<byte[]> aknZip() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes, StandardCharsets.UTF_8)) {
            for (Bill bill : bills.list()) {
                for (BillVersion v : bill.versions()) {
                    ProvisionTree tree = bills.tree(bill.id(), v.number());
                    Map<String, String> wIds = new HashMap<>();
                    for (Provision p : Provision.flatten(tree.provisions())) {
                        if (p.lineageId() != null) {
                            wIds.put(p.eId(), p.lineageId());
                        }
                    }
                    zip.putNextEntry(new ZipEntry(bill.id().value() + "/v" + v.number() + ".akn.xml"));
                    zip.write(writer.write(bill, tree, wIds).getBytes(StandardCharsets.UTF_8));
                    zip.closeEntry();
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return ReportController.download(bytes.toByteArray(), MediaType.parseMediaType("application/zip"), "akn.zip");
    }

    private static Dataset dataset(String name) {
        return switch (name) {
            case "memoranda" -> Dataset.MEMORANDA;
            case "proposals" -> Dataset.PROPOSALS;
            case "decisions" -> Dataset.DECISIONS;
            default -> {
                ProblemDetail problem = ProblemDetail.forStatusAndDetail(
                        HttpStatus.NOT_FOUND,
                        "There is no open dataset '" + name + "': memoranda, proposals or decisions.");
                problem.setType(URI.create("urn:maoni:problem:dataset-not-found"));
                problem.setTitle("No such dataset");
                throw new ErrorResponseException(HttpStatus.NOT_FOUND, problem, null);
            }
        };
    }
}
