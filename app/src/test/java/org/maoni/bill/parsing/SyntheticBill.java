package org.maoni.bill.parsing;

import java.util.ArrayList;
import java.util.List;
import org.maoni.bill.ingest.TextBlock;

/** Generates long bills (as scanned lines or as DOCX paragraphs) for size and speed tests. */
final class SyntheticBill {

    private static final String[] WORDS = {
        "water", "roads", "health", "schools", "markets", "forests", "fisheries", "housing", "energy", "transport",
        "tourism", "sports", "culture", "trade", "labour", "land", "mining", "security", "youth", "finance"
    };

    private SyntheticBill() {}

    static String heading(int n) {
        return "Provision on " + WORDS[n % 20] + " and " + WORDS[(n / 20) % 20];
    }

    private static String roman(int n) {
        return Numbering.toRoman(n).toUpperCase(java.util.Locale.ROOT);
    }

    /** A scanned-style bill: one block per line, pages, running headers, notes printed after each page's text. */
    static List<TextBlock> scanned(int clauses) {
        List<TextBlock> out = new ArrayList<>();
        int page = 1;
        out.add(new TextBlock("Kenya Gazette Supplement No. 1 (National Assembly Bills No. 1)", null, page));
        out.add(new TextBlock("NAIROBI, 1st July, 2024", null, page));
        page++;
        out.add(new TextBlock("THE SYNTHETIC BILL, 2024", null, page));
        out.add(new TextBlock("ARRANGEMENT OF CLAUSES", null, page));
        for (int n = 1; n <= clauses; n++) {
            if ((n - 1) % 20 == 0) {
                out.add(new TextBlock("PART " + roman((n - 1) / 20 + 1) + "—GENERAL", null, page));
            }
            out.add(new TextBlock(n + "—" + heading(n) + ".", null, page));
        }
        page++;
        out.add(new TextBlock("THE SYNTHETIC BILL, 2024", null, page));
        out.add(new TextBlock("A Bill for", null, page));
        out.add(new TextBlock("AN ACT of Parliament to test the parser at length", null, page));
        out.add(new TextBlock("ENACTED by the Parliament of Kenya, as follows—", null, page));
        List<String> notes = new ArrayList<>();
        for (int n = 1; n <= clauses; n++) {
            if ((n - 1) % 20 == 0) {
                out.add(new TextBlock("PART " + roman((n - 1) / 20 + 1) + "—GENERAL", null, page));
            }
            out.add(new TextBlock(n + ". (1) The officer shall perform the duties set out", null, page));
            out.add(new TextBlock("in this section with diligence.", null, page));
            out.add(new TextBlock("(2) The officer may delegate any of those duties—", null, page));
            out.add(new TextBlock("(a) to another officer; or", null, page));
            out.add(new TextBlock("(b) to a committee.", null, page));
            String h = heading(n);
            int cut = h.indexOf(" and ");
            notes.add(h.substring(0, cut));
            notes.add(h.substring(cut + 1) + ".");
            if (n % 4 == 0 || n == clauses) {
                for (String note : notes) {
                    out.add(new TextBlock(note, null, page));
                }
                notes.clear();
                page++;
                out.add(new TextBlock(page + " The Synthetic Bill, 2024", null, page));
            }
        }
        out.add(new TextBlock("MEMORANDUM OF OBJECTS AND REASONS", null, page));
        out.add(new TextBlock("The object of this Bill is to test the parser.", null, page));
        return out;
    }

    /** A DOCX-style bill: one block per paragraph, the marginal note anchored to the clause's paragraph. */
    static List<TextBlock> docx(int clauses) {
        List<TextBlock> out = new ArrayList<>();
        out.add(TextBlock.of("Kenya Gazette Supplement No. 1 (Senate Bills No. 1)"));
        out.add(TextBlock.of("THE SYNTHETIC BILL, 2024 ARRANGEMENT OF CLAUSES"));
        for (int n = 1; n <= clauses; n += 2) {
            String line =
                    n + "—" + heading(n) + "." + (n + 1 <= clauses ? " " + (n + 1) + "—" + heading(n + 1) + "." : "");
            out.add(TextBlock.of(line));
        }
        out.add(TextBlock.of("THE SYNTHETIC BILL, 2024"));
        out.add(TextBlock.of("A Bill for"));
        out.add(TextBlock.of("AN ACT of Parliament to test the parser at length"));
        out.add(TextBlock.of("ENACTED by the Parliament of Kenya, as follows—"));
        for (int n = 1; n <= clauses; n++) {
            out.add(new TextBlock(
                    n + ".\t(1) The officer shall perform the duties set out in this section.", heading(n) + ".", 0));
            out.add(TextBlock.of("(2) The officer may delegate any of those duties to another officer."));
        }
        out.add(TextBlock.of("MEMORANDUM OF OBJECTS AND REASONS"));
        out.add(TextBlock.of("The object of this Bill is to test the parser."));
        return out;
    }
}
