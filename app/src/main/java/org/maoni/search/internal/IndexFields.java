package org.maoni.search.internal;

import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import org.maoni.search.Audience;
import org.maoni.search.Facet;
import org.maoni.search.SearchDocument;

/**
 * The index schema both adapters share: field names, which fields each audience searches, how facets map to fields,
 * and the snippet format, so the Lucene and Elasticsearch indexes hold and answer the same.
 */
public final class IndexFields {

    public static final String ID = "id";
    public static final String GROUP = "group";
    public static final String TYPE = "type";
    public static final String VISIBILITY = "visibility";
    public static final String BILL = "billId";
    public static final String VERSION = "version";
    public static final String EID = "eId";
    public static final String LINEAGE = "lineageId";
    public static final String REFERENCE = "reference";
    public static final String COUNTY = "county";
    public static final String SUBMITTER_TYPE = "submitterType";
    public static final String STANCE = "stance";
    public static final String DECISION = "decision";
    public static final String STATUS = "status";
    public static final String DATE = "date";
    public static final String TITLE = "title";
    public static final String TEXT = "text";
    public static final String STAFF_TEXT = "staffText";

    /** Keyword fields: exact values, filterable. */
    public static final List<String> KEYWORDS = List.of(
            ID,
            GROUP,
            TYPE,
            VISIBILITY,
            BILL,
            VERSION,
            EID,
            LINEAGE,
            REFERENCE,
            COUNTY,
            SUBMITTER_TYPE,
            STANCE,
            DECISION,
            STATUS);

    public static final String MARK_OPEN = "<mark>";
    public static final String MARK_CLOSE = "</mark>";
    /** Aimed length of one highlighted passage, in characters. */
    public static final int PASSAGE_LENGTH = 160;
    /** Passages per snippet. */
    public static final int PASSAGES = 2;
    /** Passages are joined with this. */
    public static final String ELLIPSIS = " … ";
    /** Only the first this many characters of a field are highlighted (bounded cost on huge attachments). */
    public static final int MAX_HIGHLIGHT_CHARS = 100_000;

    private IndexFields() {}

    /**
     * The keyword values of a document other than its id, by field, in schema order; absent values are left out. The
     * first value of a field is the document's own ({@code eId}, {@code lineageId}); {@code EID} and {@code LINEAGE}
     * also hold the further provisions it is about. Both adapters index exactly these, so a filter or facet means the
     * same on each.
     */
    public static Map<String, List<String>> keywordValues(SearchDocument d) {
        Map<String, List<String>> values = new LinkedHashMap<>();
        put(values, GROUP, d.group());
        put(values, TYPE, d.type().name());
        put(values, VISIBILITY, d.visibility().name());
        put(values, BILL, d.billId());
        put(values, VERSION, d.version() == null ? null : d.version().toString());
        values.put(EID, distinct(d.eId(), d.alsoEIds()));
        values.put(LINEAGE, distinct(d.lineageId(), d.alsoLineageIds()));
        put(values, REFERENCE, d.reference());
        put(values, COUNTY, d.county());
        put(values, SUBMITTER_TYPE, d.submitterType());
        put(values, STANCE, d.stance());
        put(values, DECISION, d.decision());
        put(values, STATUS, d.status());
        values.values().removeIf(List::isEmpty);
        return values;
    }

    private static void put(Map<String, List<String>> values, String field, String value) {
        values.put(field, value == null ? List.of() : List.of(value));
    }

    private static List<String> distinct(String first, List<String> more) {
        LinkedHashSet<String> all = new LinkedHashSet<>();
        if (first != null) {
            all.add(first);
        }
        for (String v : more) {
            if (v != null) {
                all.add(v);
            }
        }
        return List.copyOf(all);
    }

    /** The text fields a query of this audience searches. */
    public static List<String> searchedFields(Audience audience) {
        return audience == Audience.STAFF ? List.of(TITLE, TEXT, STAFF_TEXT) : List.of(TITLE, TEXT);
    }

    /** The keyword field behind a facet. */
    public static String field(Facet facet) {
        return switch (facet) {
            case TYPE -> TYPE;
            case BILL -> BILL;
            case VERSION -> VERSION;
            case COUNTY -> COUNTY;
            case SUBMITTER_TYPE -> SUBMITTER_TYPE;
            case STANCE -> STANCE;
            case DECISION -> DECISION;
            case STATUS -> STATUS;
        };
    }

    /** The snippet of a text in which nothing was highlighted: its escaped beginning, cut at a word boundary. */
    public static String leadSnippet(String text) {
        if (text == null || text.isBlank()) {
            return "";
        }
        String t = text.strip().replaceAll("\\s+", " ");
        if (t.length() <= PASSAGE_LENGTH) {
            return escape(t);
        }
        int cut = t.lastIndexOf(' ', PASSAGE_LENGTH);
        if (cut < PASSAGE_LENGTH / 2) {
            cut = PASSAGE_LENGTH;
        }
        if (Character.isHighSurrogate(t.charAt(cut - 1))) {
            cut--;
        }
        return escape(t.substring(0, cut)) + "…";
    }

    /** HTML-escapes text (the same characters both backends' highlighters escape). */
    public static String escape(String text) {
        StringBuilder out = new StringBuilder(text.length() + 16);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#x27;");
                case '/' -> out.append("&#x2F;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
