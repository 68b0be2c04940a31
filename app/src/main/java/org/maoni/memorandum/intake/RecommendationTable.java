package org.maoni.memorandum.intake;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.regex.Pattern;
import org.maoni.bill.ingest.TextBlock;

/**
 * One recommendations table found in a memorandum's text blocks: where it is ({@code headerBlock} to
 * {@code lastBlock}, indexes into the blocks, inclusive), its header cells, and its data rows as
 * {@link ProposedChange}s. {@link #find} recognises headers such as "Bill Section | Proposed Change to the Section |
 * Rationale", "Clause | Proposed amendment | Justification", "Provision | Comment" or "Kifungu | Pendekezo | Sababu",
 * in tab-separated rows (as the extractor renders Word tables) and in plain text with " | " between cells.
 */
public record RecommendationTable(int headerBlock, int lastBlock, List<String> header, List<ProposedChange> changes) {

    /** A header or data cell longer than this is prose, not a table cell one could name a column by. */
    private static final int MAX_HEADER_CELL = 60;

    /** How many rows in a row may have lost all their tabs (one-cell rows) inside a Word table. */
    private static final int MAX_TABLESS_ROWS = 3;

    private static final Pattern PIPE_CELLS = Pattern.compile("\\s*\\|\\s*");
    private static final Pattern RULE = Pattern.compile("[\\s|:+=-]*");

    public RecommendationTable {
        header = List.copyOf(header);
        changes = List.copyOf(changes);
    }

    /** The column a header cell names. */
    enum Column {
        REFERENCE,
        PROPOSAL,
        RATIONALE,
        /** "Comment", "Views": the proposal where there is no proposal column, else the rationale. */
        COMMENT,
        /** Serial numbers, the bill's current text and anything else that is not carried over. */
        OTHER
    }

    /** Every recommendations table in the blocks, in document order. */
    public static List<RecommendationTable> find(List<TextBlock> blocks) {
        Objects.requireNonNull(blocks, "blocks");
        List<RecommendationTable> tables = new ArrayList<>();
        int i = 0;
        while (i < blocks.size()) {
            String text = blocks.get(i).text();
            Separator sep = Separator.of(text);
            List<Column> columns = sep == null ? null : header(sep.split(text));
            if (columns == null) {
                i++;
                continue;
            }
            int end = i;
            List<ProposedChange> rows = new ArrayList<>();
            int j = i + 1;
            while (j < blocks.size()) {
                String row = blocks.get(j).text();
                if (row.isBlank()) {
                    j++;
                    continue;
                }
                if (sep == Separator.PIPE && RULE.matcher(row).matches() && row.contains("-")) {
                    end = j++;
                    continue;
                }
                Separator rowSep = Separator.of(row);
                if (rowSep != sep) {
                    // a Word row whose cells after the first are empty loses its tabs: it is a row only when the
                    // table goes on after it
                    int k = j + 1;
                    while (k < blocks.size()
                            && k <= j + MAX_TABLESS_ROWS
                            && Separator.of(blocks.get(k).text()) == null) {
                        k++;
                    }
                    String next = k < blocks.size() ? blocks.get(k).text() : "";
                    boolean inside = sep == Separator.TAB
                            && rowSep == null
                            && Separator.of(next) == Separator.TAB
                            && header(Separator.TAB.split(next)) == null;
                    if (!inside) {
                        break;
                    }
                }
                List<String> cells = rowSep == null ? List.of(row.strip()) : sep.split(row);
                List<Column> repeated = header(cells);
                if (repeated != null) {
                    if (!repeated.equals(columns)) {
                        break; // the next table
                    }
                    // a header repeated at the top of the next page
                    end = j++;
                    continue;
                }
                int empty = columns.indexOf(Column.REFERENCE) + 1;
                if (sep == Separator.TAB
                        && cells.size() + empty <= columns.size()
                        && !looksLikeReference(cells.get(0))) {
                    // Word rows lose their leading tabs too: a short row that does not start with a reference is
                    // the continuation of the row above, its cells up to the reference empty
                    List<String> shifted = new ArrayList<>();
                    for (int e = 0; e < empty; e++) {
                        shifted.add("");
                    }
                    shifted.addAll(cells);
                    cells = shifted;
                }
                ProposedChange change = change(columns, cells, j);
                if (change.reference().isEmpty() && !rows.isEmpty()) {
                    ProposedChange last = rows.remove(rows.size() - 1);
                    change = new ProposedChange(
                            last.reference(),
                            join(last.proposedText(), change.proposedText()),
                            join(last.rationale(), change.rationale()),
                            last.row());
                }
                rows.add(change);
                end = j++;
            }
            // a row that says nothing (a group heading such as "PART III" spanning the table) is not a proposal
            rows.removeIf(r -> r.proposedText().isEmpty() && r.rationale().isEmpty());
            tables.add(new RecommendationTable(i, end, sep.split(text), rows));
            i = end + 1;
        }
        return tables;
    }

    private static final Pattern REFERENCE_START = Pattern.compile("(?iu)\\W*(?:(?:clauses?|cl|sections?|secs?|ss?"
            + "|sub-?clauses?|sub-?sections?|paragraphs?|paras?|sub-?paragraphs?|parts?|schedules?|divisions?|kifungu"
            + "|vifungu|sehemu|jedwali|aya|ibara|new|insert|proposed new|long title|preamble|interpretation"
            + "|definitions?|first|second|third|fourth|fifth|general|the (?:whole|entire|bill|schedule|long title"
            + "|preamble|first|second|third)|whole|entire|[ivxl]+)\\b|[0-9]|\\().*");

    /** Whether a cell starts the way a reference does: a unit word, a number or a known phrase. */
    static boolean looksLikeReference(String cell) {
        return REFERENCE_START.matcher(cell).matches();
    }

    private static ProposedChange change(List<Column> columns, List<String> cells, int block) {
        boolean hasProposal = columns.contains(Column.PROPOSAL);
        String reference = "";
        String proposal = "";
        String rationale = "";
        for (int c = 0; c < cells.size(); c++) {
            String cell = cells.get(c).strip();
            // cells beyond the header's columns belong to the last column (a row with a tab inside a cell)
            Column column = columns.get(Math.min(c, columns.size() - 1));
            switch (column) {
                case REFERENCE -> reference = join(reference, cell);
                case PROPOSAL -> proposal = join(proposal, cell);
                case RATIONALE -> rationale = join(rationale, cell);
                case COMMENT -> {
                    if (hasProposal) {
                        rationale = join(rationale, cell);
                    } else {
                        proposal = join(proposal, cell);
                    }
                }
                case OTHER -> {}
            }
        }
        return new ProposedChange(reference, proposal, rationale, block);
    }

    private static String join(String a, String b) {
        if (a.isEmpty()) {
            return b;
        }
        return b.isEmpty() ? a : a + " " + b;
    }

    /** The columns of a header row, or null when the row is not a recommendations header. */
    static List<Column> header(List<String> cells) {
        if (cells.size() < 2) {
            return null;
        }
        List<Column> columns = new ArrayList<>();
        for (String cell : cells) {
            if (cell.length() > MAX_HEADER_CELL) {
                return null;
            }
            columns.add(column(cell));
        }
        int references =
                (int) columns.stream().filter(c -> c == Column.REFERENCE).count();
        boolean says = columns.contains(Column.PROPOSAL) || columns.contains(Column.COMMENT);
        if (references != 1 || !says) {
            return null;
        }
        // a header has no cell that is not a column name: data rows such as "Clause 5 | Delete" are not headers
        for (int c = 0; c < cells.size(); c++) {
            if (columns.get(c) == Column.OTHER && !otherColumn(cells.get(c))) {
                return null;
            }
            if (columns.get(c) == Column.REFERENCE && cells.get(c).matches(".*[0-9].*")) {
                return null;
            }
        }
        return columns;
    }

    static Column column(String cell) {
        String c = Normalizer.normalize(cell, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}/ ]", " ")
                .replaceAll("\\s+", " ")
                .strip();
        if (c.isEmpty()) {
            return Column.OTHER;
        }
        if (c.matches(".*\\b(rationale|justifications?|reasons?|reasoning|explanation|sababu|maelezo|why)\\b.*")) {
            return Column.RATIONALE;
        }
        if (c.matches(".*\\b(current|existing|original|present|text of the|bill text|as drafted|ilivyo)\\b.*")
                && !c.matches(".*\\b(proposed|change|amendment)\\b.*")) {
            return Column.OTHER;
        }
        if (c.matches(".*\\b(proposed|proposal|proposals|propose|recommendations?|amendments?|change|changes|suggested"
                + "|suggestion|suggestions|pendekezo|mapendekezo|marekebisho|badiliko|mabadiliko)\\b.*")) {
            return Column.PROPOSAL;
        }
        if (c.matches(".*\\b(comments?|views?|observations?|submissions?|remarks?|maoni)\\b.*")) {
            return Column.COMMENT;
        }
        if (c.matches(".*\\b(section|sections|clause|clauses|provision|provisions|article|reference|part|kifungu"
                + "|vifungu|sehemu|ibara)\\b.*")) {
            return Column.REFERENCE;
        }
        return Column.OTHER;
    }

    /** Column names that may stand beside the recognised ones: serial numbers and the bill's current wording. */
    private static boolean otherColumn(String cell) {
        String c = cell.toLowerCase(Locale.ROOT)
                .replaceAll("[^\\p{L}\\p{N}/# ]", " ")
                .strip();
        return c.isEmpty()
                || c.matches("(s ?/ ?no|no|nos|number|#|item|ref|sn|s n|nambari|na)")
                || column(cell) == Column.OTHER
                        && c.matches(".*\\b(current|existing|original|present|text|ilivyo)\\b.*");
    }

    /** How a row's cells are separated. */
    enum Separator {
        TAB,
        PIPE;

        static Separator of(String text) {
            if (text.indexOf('\t') >= 0) {
                return TAB;
            }
            if (text.contains(" | ") || text.startsWith("|") && text.endsWith("|") && text.length() > 2) {
                return PIPE;
            }
            return null;
        }

        List<String> split(String text) {
            if (this == TAB) {
                return List.of(text.split("\t", -1)).stream().map(String::strip).toList();
            }
            String t = text.strip();
            if (t.startsWith("|")) {
                t = t.substring(1);
            }
            if (t.endsWith("|")) {
                t = t.substring(0, t.length() - 1);
            }
            return List.of(PIPE_CELLS.split(t, -1)).stream().map(String::strip).toList();
        }
    }
}
