package org.maoni.bill.parsing;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.tika.exception.TikaException;
import org.apache.tika.metadata.Metadata;
import org.apache.tika.parser.AutoDetectParser;
import org.apache.tika.parser.ParseContext;
import org.apache.tika.sax.ToXMLContentHandler;
import org.maoni.bill.ParseReport;
import org.maoni.bill.Provision;
import org.maoni.bill.ingest.TextBlock;
import org.xml.sax.SAXException;

/**
 * Measures the parser on a directory of real bills (PDF, DOCX): for each file, how many clauses the arrangement lists
 * ({@code arr}), how many of them the body yielded ({@code found}), how many with the right number and heading
 * ({@code match}), how many of those headings a marginal note in the body confirmed ({@code conf}; the rest were taken
 * from the arrangement), the score, the body's clause count and the cover particulars. {@code -v} also prints the
 * provision tree and the warnings; {@code -tika} extracts with plain Tika instead of the application's extractor.
 *
 * <pre>
 * ./mvnw -q -pl app test-compile dependency:build-classpath -Dmdep.outputFile=target/test.cp -Dmdep.includeScope=test
 * java -cp app/target/test-classes:app/target/classes:$(cat app/target/test.cp) \
 *     org.maoni.bill.parsing.SampleBillScores ../shared/sample-bills
 * </pre>
 *
 * <p>Blocks come from {@code org.maoni.bill.ingest.DocumentExtractor} when it is on the classpath, else from Tika's
 * XHTML (PDF: one block per text line with its page; DOCX: one per paragraph).
 */
public final class SampleBillScores {

    private SampleBillScores() {}

    public static void main(String[] args) throws Exception {
        if (args.length < 1) {
            System.err.println("usage: SampleBillScores DIR [-v] [-tika]");
            System.exit(2);
        }
        List<String> flags = List.of(args).subList(1, args.length);
        boolean verbose = flags.contains("-v");
        boolean tika = flags.contains("-tika");
        List<Path> files;
        try (Stream<Path> s = Files.list(Path.of(args[0]))) {
            files = s.filter(p -> p.toString().matches("(?i).*\\.(pdf|docx)$"))
                    .sorted()
                    .toList();
        }
        BillParser parser = new BillParser();
        System.out.printf(
                "%-62s %5s %5s %5s %5s %6s %5s %s%n",
                "file", "arr", "found", "match", "conf", "score", "body", "title");
        for (Path file : files) {
            List<TextBlock> blocks = tika ? blocks(file) : extract(file);
            long t0 = System.nanoTime();
            ParsedBill bill = parser.parse(blocks);
            long ms = (System.nanoTime() - t0) / 1_000_000;
            ParseReport r = bill.report();
            int found = r.arrangementClauses() - r.missing().size();
            int confirmed = (int) confirmedHeadings(bill);
            System.out.printf(
                    "%-62s %5d %5d %5d %5d %6.3f %5d %s | %s | %s | %s | %s | %s (%d ms)%n",
                    file.getFileName(),
                    r.arrangementClauses(),
                    r.arrangementClauses() == 0 ? 0 : found,
                    r.matchedClauses(),
                    confirmed,
                    r.score(),
                    r.bodyClauses(),
                    bill.metadata().title(),
                    bill.metadata().house(),
                    bill.metadata().billNumber(),
                    bill.metadata().gazetteSupplement(),
                    bill.metadata().year(),
                    bill.metadata().date(),
                    ms);
            if (verbose) {
                print(bill.provisions(), "  ");
                for (ParseReport.Warning w : r.warnings()) {
                    System.out.println("  ! " + w.code() + " " + w.eId() + " " + w.message());
                }
            }
        }
    }

    /** Headings that a body marginal note confirmed (the report's warnings say which disagreed). */
    private static long confirmedHeadings(ParsedBill bill) {
        long fromArrangement = bill.report().warnings().stream()
                .filter(w -> w.code().equals("heading-from-arrangement"))
                .mapToLong(
                        w -> Long.parseLong(w.message().substring(0, w.message().indexOf(' '))))
                .sum();
        long unreadable = bill.report().warnings().stream()
                .filter(w -> w.code().equals("heading-unreadable"))
                .count();
        return bill.report().matchedClauses() - fromArrangement - unreadable;
    }

    private static void print(List<Provision> provisions, String indent) {
        for (Provision p : provisions) {
            String text = p.text() == null ? "" : p.text().replace("\n", " / ");
            if (text.length() > 110) {
                text = text.substring(0, 110) + "…";
            }
            System.out.println(indent + p.eId() + " [" + p.num() + "] {" + p.heading() + "} " + text
                    + (p.wrapUp() != null ? "  WRAP: " + p.wrapUp() : ""));
            print(p.children(), indent + "  ");
        }
    }

    /**
     * Extracts blocks with the application's extractor ({@code org.maoni.bill.ingest.DocumentExtractor}) when it is on
     * the classpath, else with plain Tika ({@link #blocks(Path)}).
     */
    @SuppressWarnings("unchecked")
    static List<TextBlock> extract(Path file) throws Exception {
        Class<?> type;
        try {
            type = Class.forName("org.maoni.bill.ingest.DocumentExtractor");
        } catch (ClassNotFoundException e) {
            return blocks(file);
        }
        Object extractor = type.getConstructor().newInstance();
        try {
            Object doc = type.getMethod("extract", Path.class).invoke(extractor, file);
            return (List<TextBlock>) doc.getClass().getMethod("blocks").invoke(doc);
        } finally {
            if (extractor instanceof AutoCloseable closeable) {
                closeable.close();
            }
        }
    }

    /** Extracts blocks with Tika: PDF text lines with their page, DOCX paragraphs. */
    static List<TextBlock> blocks(Path file) throws IOException, TikaException, SAXException {
        ToXMLContentHandler handler = new ToXMLContentHandler();
        try (InputStream in = Files.newInputStream(file)) {
            new AutoDetectParser().parse(in, handler, new Metadata(), new ParseContext());
        }
        String xhtml = handler.toString();
        boolean pdf = file.toString().toLowerCase().endsWith(".pdf");
        String[] pages = pdf ? xhtml.split("<div class=\"page\">") : new String[] {xhtml};
        List<TextBlock> blocks = new ArrayList<>();
        for (int p = 0; p < pages.length; p++) {
            String s = pages[p].replaceAll("</p>|<br ?/>|</h\\d>|</li>|</td>", "\n")
                    .replaceAll("<[^>]+>", "");
            s = s.replace("&lt;", "<")
                    .replace("&gt;", ">")
                    .replace("&quot;", "\"")
                    .replace("&#39;", "'")
                    .replace("&amp;", "&");
            for (String line : s.split("\n")) {
                if (!line.isBlank()) {
                    blocks.add(new TextBlock(line, null, pdf ? Math.max(1, p) : 0));
                }
            }
        }
        return blocks;
    }
}
