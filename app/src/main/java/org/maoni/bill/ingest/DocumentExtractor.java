package org.maoni.bill.ingest;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicInteger;
import javax.xml.stream.XMLStreamException;
import org.apache.tika.exception.EncryptedDocumentException;
import org.apache.tika.exception.TikaException;
import org.apache.tika.io.TikaInputStream;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.metadata.TikaCoreProperties;
import org.apache.tika.mime.MediaType;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.parser.Parser;
import org.apache.tika.parser.html.JSoupParser;
import org.apache.tika.parser.microsoft.OfficeParser;
import org.apache.tika.parser.microsoft.rtf.RTFParser;
import org.apache.tika.parser.odf.OpenDocumentParser;
import org.apache.tika.sax.SecureContentHandler;
import org.xml.sax.SAXException;

/**
 * Turns an uploaded file into text blocks, safely. Framework-free; one instance is meant to be shared (it is
 * thread-safe) and closed on shutdown.
 *
 * <p>Accepted: PDF (one block per text line, with page numbers and marginal notes found by position), DOCX (one block
 * per paragraph with list numbering rendered and marginal notes attached; one per table row), legacy DOC, ODT, RTF,
 * HTML (one block per paragraph or line) and plain text in UTF-8 or Windows-1252 (one block per line). The type comes
 * from the bytes (Tika's detector) and must agree with the extension (see {@link TypeGate}).
 *
 * <p>Hostile files: the size is checked first; each parse runs on a small bounded pool of daemon threads and is
 * cancelled when it runs past the timeout (it stops at its next check: every XML element, glyph or page); extracted
 * text is capped; DOCX entries are inflated with zip-bomb checks and parsed by StAX without DTDs and with a depth
 * limit; ODT, RTF, HTML and DOC go through Tika's {@link SecureContentHandler} (zip-bomb ratio and nesting checks);
 * PDFs are loaded in memory only, so nothing is left in the temp directory. Text is normalised by
 * {@link TextNormalizer} (NFC, control characters removed, line endings and spaces made plain).
 */
public final class DocumentExtractor implements AutoCloseable {

    private static final AtomicInteger POOLS = new AtomicInteger();
    /** Most unpacked XML a DOCX may hold in memory (a long bill's document.xml is a few MB). */
    private static final long MAX_DOCX_XML_BYTES = 64L * 1024 * 1024;

    private final ExtractionLimits limits;
    private final ThreadPoolExecutor executor;
    /** Guards of the parses running now, cancelled on close. */
    private final java.util.Set<Guard> active = java.util.concurrent.ConcurrentHashMap.newKeySet();

    public DocumentExtractor() {
        this(ExtractionLimits.defaults());
    }

    public DocumentExtractor(ExtractionLimits limits) {
        this.limits = Objects.requireNonNull(limits, "limits");
        // load Tika's type registry here, not on a worker that a timeout may interrupt half-way
        TypeGate.init();
        int threads = limits.maxConcurrent();
        int pool = POOLS.incrementAndGet();
        AtomicInteger count = new AtomicInteger();
        ThreadFactory factory = r -> {
            Thread t = new Thread(r, "maoni-extract-" + pool + "-" + count.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
        this.executor = new ThreadPoolExecutor(
                threads,
                threads,
                30,
                TimeUnit.SECONDS,
                new ArrayBlockingQueue<>(Math.max(4, threads * 4)),
                factory,
                new ThreadPoolExecutor.AbortPolicy());
        this.executor.allowCoreThreadTimeOut(true);
    }

    public ExtractionLimits limits() {
        return limits;
    }

    /** Reads a file from disk (the name gives the extension). */
    public ExtractedDocument extract(Path path) throws DocumentRejectedException, IOException {
        long size = Files.size(path);
        if (size > limits.maxBytes()) {
            throw tooLarge();
        }
        try (InputStream in = Files.newInputStream(path)) {
            return extract(path.getFileName().toString(), in);
        }
    }

    /** Reads an upload as a stream, reading at most one byte more than the size limit. */
    public ExtractedDocument extract(String fileName, InputStream content)
            throws DocumentRejectedException, IOException {
        Objects.requireNonNull(content, "content");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        byte[] buf = new byte[65536];
        long total = 0;
        int n;
        while ((n = content.read(buf)) > 0) {
            total += n;
            if (total > limits.maxBytes()) {
                throw tooLarge();
            }
            out.write(buf, 0, n);
        }
        return extract(fileName, out.toByteArray());
    }

    /**
     * Reads an upload.
     *
     * @param fileName the name the file was uploaded under (its extension must agree with the content)
     * @throws DocumentRejectedException with the reason the file cannot be read
     */
    public ExtractedDocument extract(String fileName, byte[] content) throws DocumentRejectedException {
        if (content == null || content.length == 0) {
            throw new DocumentRejectedException(DocumentRejectedException.Reason.EMPTY, "The file is empty.");
        }
        if (content.length > limits.maxBytes()) {
            throw tooLarge();
        }
        long timeoutNanos = limits.timeout().toNanos();
        Guard guard = new Guard(timeoutNanos, limits.maxCharacters());
        Future<ExtractedDocument> future;
        try {
            future = executor.submit(() -> {
                active.add(guard);
                try {
                    return read(fileName, content, guard);
                } finally {
                    active.remove(guard);
                }
            });
        } catch (RejectedExecutionException e) {
            throw new DocumentRejectedException(
                    DocumentRejectedException.Reason.BUSY,
                    "Too many documents are being read right now. Try again in a minute.",
                    e);
        }
        try {
            return future.get(timeoutNanos, TimeUnit.NANOSECONDS);
        } catch (TimeoutException e) {
            guard.cancel();
            future.cancel(false);
            throw timeout(e);
        } catch (CancellationException e) {
            throw new DocumentRejectedException(
                    DocumentRejectedException.Reason.BUSY,
                    "Reading the document was cancelled because the service is stopping. Try again later.",
                    e);
        } catch (InterruptedException e) {
            guard.cancel();
            future.cancel(false);
            Thread.currentThread().interrupt();
            throw timeout(e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            DocumentRejectedException rejection = Guard.Abort.find(cause);
            if (rejection != null) {
                throw rejection;
            }
            if (cause instanceof OutOfMemoryError) {
                throw new DocumentRejectedException(
                        DocumentRejectedException.Reason.TOO_LARGE,
                        "The document needs more memory to read than is available.",
                        cause);
            }
            throw new DocumentRejectedException(
                    DocumentRejectedException.Reason.CORRUPT, "The document is damaged and cannot be read.", cause);
        }
    }

    /** Stops the worker threads: running parses stop at their next check, waiting ones are cancelled. */
    @Override
    public void close() {
        executor.shutdown();
        List<Runnable> waiting = new java.util.ArrayList<>();
        executor.getQueue().drainTo(waiting);
        for (Runnable r : waiting) {
            if (r instanceof Future<?> f) {
                f.cancel(false);
            }
        }
        active.forEach(Guard::cancel);
    }

    /** Extractions waiting for a worker (for tests). */
    int waiting() {
        return executor.getQueue().size();
    }

    private DocumentRejectedException tooLarge() {
        return new DocumentRejectedException(
                DocumentRejectedException.Reason.TOO_LARGE,
                "The file is larger than " + (limits.maxBytes() / (1024 * 1024)) + " MB (" + limits.maxBytes()
                        + " bytes), the largest accepted.");
    }

    private static DocumentRejectedException timeout(Exception cause) {
        return new DocumentRejectedException(
                DocumentRejectedException.Reason.TIMEOUT, "Reading the document took longer than allowed.", cause);
    }

    // ---------------------------------------------------------------- on the worker thread

    private ExtractedDocument read(String fileName, byte[] content, Guard guard) throws DocumentRejectedException {
        guard.check();
        MediaType detected;
        try {
            detected = TypeGate.detect(content);
        } catch (IOException | RuntimeException e) {
            DocumentRejectedException carried = Guard.Abort.find(e);
            if (carried != null) {
                throw carried;
            }
            throw new DocumentRejectedException(
                    DocumentRejectedException.Reason.CORRUPT, "The file's type cannot be determined.", e);
        }
        DocumentType type = TypeGate.decide(fileName, detected, content);
        guard.check();
        ExtractedDocument doc = switch (type) {
            case PDF -> new PdfExtractor(guard, limits.maxPages()).extract(content);
            case DOCX -> new ExtractedDocument(type.mediaType, docx(content, guard), 0);
            case TEXT -> new ExtractedDocument(type.mediaType, PlainText.blocks(content, guard), 0);
            default -> new ExtractedDocument(type.mediaType, tika(type, content, guard), 0);
        };
        if (doc.blocks().stream().noneMatch(b -> b.text().codePoints().anyMatch(Character::isLetterOrDigit))) {
            throw new DocumentRejectedException(
                    DocumentRejectedException.Reason.NO_TEXT, "The " + type.label + " document contains no text.");
        }
        return doc;
    }

    private List<TextBlock> docx(byte[] content, Guard guard) throws DocumentRejectedException {
        try {
            long maxInflated = Math.min(256L * 1024 * 1024, Math.max(16L * 1024 * 1024, limits.maxBytes() * 4));
            var parts = SecureZip.read(content, DocxExtractor::isTextPart, maxInflated, MAX_DOCX_XML_BYTES, guard);
            return new DocxExtractor(guard).extract(parts);
        } catch (SecureZip.ZipRejected e) {
            throw new DocumentRejectedException(
                    DocumentRejectedException.Reason.CORRUPT,
                    "The Word document is not a valid package: " + e.getMessage(),
                    e);
        } catch (SafeXml.TooDeep e) {
            throw new DocumentRejectedException(
                    DocumentRejectedException.Reason.CORRUPT, "The Word document's XML is nested absurdly deep.", e);
        } catch (IOException | XMLStreamException | RuntimeException e) {
            DocumentRejectedException carried = Guard.Abort.find(e);
            if (carried != null) {
                throw carried;
            }
            throw new DocumentRejectedException(
                    DocumentRejectedException.Reason.CORRUPT, "The Word document is damaged and cannot be read.", e);
        }
    }

    private static List<TextBlock> tika(DocumentType type, byte[] content, Guard guard)
            throws DocumentRejectedException {
        Parser parser = switch (type) {
            case ODT -> new OpenDocumentParser();
            case RTF -> new RTFParser();
            case HTML -> new JSoupParser();
            case DOC -> new OfficeParser();
            default -> throw new IllegalStateException("not a Tika type: " + type);
        };
        TikaBlockHandler handler = new TikaBlockHandler(guard);
        Metadata metadata = new Metadata();
        metadata.set(Metadata.CONTENT_TYPE, type.mediaType);
        metadata.set(TikaCoreProperties.CONTENT_TYPE_PARSER_OVERRIDE, type.mediaType);
        try (TikaInputStream tis = TikaInputStream.get(content)) {
            SecureContentHandler secure = new SecureContentHandler(handler, tis);
            secure.setMaximumDepth(200);
            try {
                parser.parse(tis, secure, metadata, new ParseContext());
            } catch (SAXException e) {
                DocumentRejectedException carried = Guard.Abort.find(e);
                if (carried != null) {
                    throw carried;
                }
                try {
                    secure.throwIfCauseOf(e);
                } catch (TikaException bomb) {
                    throw new DocumentRejectedException(
                            DocumentRejectedException.Reason.CORRUPT,
                            "The " + type.label + " document looks like a decompression bomb or is nested too deeply.",
                            bomb);
                }
                throw e;
            }
            return handler.blocks();
        } catch (EncryptedDocumentException e) {
            throw new DocumentRejectedException(
                    DocumentRejectedException.Reason.ENCRYPTED,
                    "The " + type.label + " document is protected by a password. Upload a copy without a password.",
                    e);
        } catch (IOException | SAXException | TikaException | RuntimeException e) {
            DocumentRejectedException carried = Guard.Abort.find(e);
            if (carried != null) {
                throw carried;
            }
            if (hasCause(e, org.apache.poi.EncryptedDocumentException.class)) {
                throw new DocumentRejectedException(
                        DocumentRejectedException.Reason.ENCRYPTED,
                        "The " + type.label + " document is protected by a password.",
                        e);
            }
            throw new DocumentRejectedException(
                    DocumentRejectedException.Reason.CORRUPT,
                    "The " + type.label + " document is damaged and cannot be read.",
                    e);
        }
    }

    private static boolean hasCause(Throwable t, Class<? extends Throwable> type) {
        for (Throwable c = t; c != null; c = c.getCause() == c ? null : c.getCause()) {
            if (type.isInstance(c) || c instanceof EncryptedDocumentException) {
                return true;
            }
        }
        return false;
    }
}
