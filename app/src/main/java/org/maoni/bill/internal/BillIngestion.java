package org.maoni.bill.internal;

import org.maoni.bill.BillProblem;
import org.maoni.bill.ProvisionType;
import org.maoni.bill.SourceFile;
import org.maoni.bill.ingest.DocumentExtractor;
import org.maoni.bill.ingest.DocumentRejectedException;
import org.maoni.bill.ingest.ExtractedDocument;
import org.maoni.bill.ingest.ExtractionLimits;
import org.maoni.bill.parsing.BillParser;
import org.maoni.bill.parsing.ParsedBill;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;

/**
 * Reads an uploaded bill: extraction within the configured limits, then the Kenyan-layout parser. A file that cannot be
 * read, or that holds no clauses, becomes a {@link BillProblem} naming the reason; nothing is stored here.
 */
@Component
public class BillIngestion implements AutoCloseable {

    private final DocumentExtractor extractor;
    private final BillParser parser = new BillParser();

    BillIngestion(IngestProperties properties) {
        this.extractor = new DocumentExtractor(new ExtractionLimits(
                properties.maxFileSize().toBytes(),
                properties.maxCharacters(),
                properties.extractionTimeout(),
                properties.maxPages(),
                properties.maxConcurrent()));
    }

    /** A document read and parsed. */
    public record Ingested(ExtractedDocument document, ParsedBill parsed) {}

    public Ingested ingest(SourceFile file) {
        ExtractedDocument document;
        try {
            document = extractor.extract(file.fileName(), file.content());
        } catch (DocumentRejectedException e) {
            throw BillProblem.documentRejected(statusFor(e.reason()), e.reason().slug(), e.getMessage());
        }
        ParsedBill parsed = parser.parse(document.blocks());
        if (countSections(parsed.provisions()) == 0) {
            throw BillProblem.notABill("No numbered clauses were found in " + file.fileName()
                    + ": it does not look like a bill (expected the layout \"1. This Act may be cited as ...\").");
        }
        return new Ingested(document, parsed);
    }

    /** Stops the extraction workers when the application shuts down. */
    @Override
    public void close() {
        extractor.close();
    }

    private static long countSections(java.util.List<org.maoni.bill.Provision> nodes) {
        long n = 0;
        for (var p : nodes) {
            n += (p.type() == ProvisionType.SECTION ? 1 : 0) + countSections(p.children());
        }
        return n;
    }

    private static HttpStatus statusFor(DocumentRejectedException.Reason reason) {
        return switch (reason) {
            case TOO_LARGE -> HttpStatus.PAYLOAD_TOO_LARGE;
            case UNSUPPORTED_TYPE, TYPE_MISMATCH -> HttpStatus.UNSUPPORTED_MEDIA_TYPE;
            case BUSY -> HttpStatus.SERVICE_UNAVAILABLE;
            case EMPTY, ENCRYPTED, CORRUPT, NO_TEXT, TIMEOUT -> HttpStatus.UNPROCESSABLE_ENTITY;
        };
    }
}
