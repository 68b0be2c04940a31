package org.maoni.memorandum;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** What a proposal asks for, as inferred from its wording in English or Kiswahili. */
public enum Stance {
    /** Keep the provision as it is ("we support", "retain", "naunga mkono"). */
    SUPPORT,
    /** Against the provision without a replacement ("we oppose", "reject", "tunapinga"). */
    OPPOSE,
    /** Change the provision ("amend", "replace ... with", "raise", "ibadilishwe"); the default. */
    AMEND,
    /** Remove the provision ("delete", "repeal", "kiondolewe"). */
    DELETE,
    /** Add a new provision ("insert a new", "add a paragraph", "kifungu kipya"). */
    INSERT;

    private static final Pattern SUBSTITUTE = Pattern.compile(
            "\\b(replace|replaced|replacing|substitute|substituted|substituting|substitution|badilisha|ibadilishwe"
                    + "|kibadilishwe|libadilishwe)\\b");
    private static final Pattern DELETE_WORDS = Pattern.compile(
            "\\b(delete|deleted|deleting|deletion|remove|removed|removal|repeal|repealed|expunge|expunged|scrap"
                    + "|scrapped|strike out|struck out|drop the|kiondolewe|kifutwe|ifutwe|iondolewe|ondoa|futa"
                    + "|viondolewe|vifutwe)\\b");
    private static final Pattern INSERT_WORDS = Pattern.compile(
            "\\b(insert|inserted|inserting|insertion|introduce a new|introduce new|add a new|add new|new clause"
                    + "|new subclause|new sub-clause|new section|new subsection|new paragraph|new part|new schedule"
                    + "|add an? (clause|subclause|sub-clause|section|subsection|paragraph|subparagraph|definition"
                    + "|proviso)|kipya|kiongezwe|iongezwe|ziongezwe|ongeza)\\b");
    private static final Pattern OPPOSE_WORDS =
            Pattern.compile("\\b(oppose|opposes|opposed|reject|rejects|rejected|object to|objects to|disagree|against"
                    + "|(do|does|did|can) ?n[o']t support|tunapinga|ninapinga|napinga|inapinga|hatukubaliani"
                    + "|sikubaliani|ninaupinga|tunaupinga)\\b");
    private static final Pattern SUPPORT_WORDS = Pattern.compile(
            "\\b(support|supports|supported|retain|retained|endorse|endorses|agree|agrees|welcome|welcomes"
                    + "|(keep|maintain) (it|this|the) (clause|section|provision|paragraph)|no change|as drafted"
                    + "|as (it is|they are)|naunga mkono|tunaunga mkono|tunakubali|nakubali|ibaki|kibaki)\\b");
    private static final Pattern BUT =
            Pattern.compile("\\b(but|however|subject to|provided that|except|lakini|ila|isipokuwa)\\b");

    /**
     * The stance of a proposal's text; {@code insertion} (its reference names a new provision) makes it INSERT. Words
     * are weighed in this order: substitution (AMEND), deletion, insertion, opposition, support (AMEND when qualified by
     * "but" or "subject to"); anything else is AMEND.
     */
    public static Stance infer(String text, boolean insertion) {
        if (insertion) {
            return INSERT;
        }
        String t = Normalizer.normalize(text == null ? "" : text, Normalizer.Form.NFKC)
                .toLowerCase(Locale.ROOT)
                .replace('\u2019', '\'')
                .replaceAll("\\s+", " ");
        if (SUBSTITUTE.matcher(t).find()) {
            return AMEND;
        }
        if (DELETE_WORDS.matcher(t).find()) {
            return DELETE;
        }
        if (INSERT_WORDS.matcher(t).find()) {
            return INSERT;
        }
        if (OPPOSE_WORDS.matcher(t).find()) {
            return OPPOSE;
        }
        if (SUPPORT_WORDS.matcher(t).find()) {
            return BUT.matcher(t).find() ? AMEND : SUPPORT;
        }
        return AMEND;
    }
}
