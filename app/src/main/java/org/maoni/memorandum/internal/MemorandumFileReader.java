package org.maoni.memorandum.internal;

import java.util.List;
import org.maoni.bill.ingest.DocumentExtractor;
import org.maoni.bill.ingest.DocumentRejectedException;
import org.maoni.bill.ingest.TextBlock;

/**
 * Reads the text of a memorandum's files with the bill module's hardened extractor (size, time and character limits,
 * zip-bomb checks). A file that cannot be read is reported, never thrown: a hostile attachment must not stop a review.
 */
final class MemorandumFileReader implements AutoCloseable {

    /** What came out of one file: its text blocks, or the reason it could not be read. */
    record Result(boolean extracted, List<TextBlock> blocks, String note, boolean busy) {}

    private final DocumentExtractor extractor;

    MemorandumFileReader(DocumentExtractor extractor) {
        this.extractor = extractor;
    }

    Result read(String fileName, byte[] content) {
        try {
            return new Result(true, extractor.extract(fileName, content).blocks(), null, false);
        } catch (DocumentRejectedException e) {
            boolean busy = e.reason() == DocumentRejectedException.Reason.BUSY;
            return new Result(false, List.of(), e.reason().slug() + ": " + e.getMessage(), busy);
        } catch (RuntimeException | StackOverflowError e) {
            return new Result(false, List.of(), "corrupt: The file could not be read.", false);
        }
    }

    @Override
    public void close() {
        extractor.close();
    }
}
