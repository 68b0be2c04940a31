package org.maoni.memorandum.screening;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import org.maoni.memorandum.ScreeningFlag;

/**
 * Screens a memorandum's text for what a moderator must see before publication: personal data (redacted in the
 * report's text) and abusive or threatening language (located, never quoted). Flags never contain the values or
 * words found. Linear in the length of the text; immutable and thread-safe.
 */
public final class Screener {

    private final PersonalData personalData = new PersonalData();
    private final AbusiveLanguage abusiveLanguage = AbusiveLanguage.fromResource();

    /** Screens {@code text}; null or empty text yields no flags and an empty redacted text. */
    public ScreeningReport screen(String text) {
        if (text == null || text.isEmpty()) {
            return new ScreeningReport(List.of(), "");
        }
        List<ScreeningFlag> flags = new ArrayList<>(2);
        PersonalData.Result found = personalData.find(text);
        if (!found.spans().isEmpty()) {
            flags.add(new ScreeningFlag(ScreeningFlag.Kind.PERSONAL_DATA, found.describe()));
        }
        AbusiveLanguage.Result abuse = abusiveLanguage.find(text);
        if (abuse.count() > 0) {
            flags.add(new ScreeningFlag(ScreeningFlag.Kind.ABUSIVE_LANGUAGE, abuse.describe()));
        }
        return new ScreeningReport(flags, found.redact(text));
    }

    /** {@code text} with every personal data value found replaced by its placeholder; null yields empty. */
    public String redact(String text) {
        if (text == null || text.isEmpty()) {
            return "";
        }
        return personalData.find(text).redact(text);
    }

    /**
     * A stable hex SHA-256 of the text normalised for exact-duplicate detection: Unicode NFKC, case-folded,
     * punctuation and invisible format characters ignored, whitespace collapsed. The same memorandum pasted twice or
     * re-sent with other line breaks, capitals or punctuation gets the same fingerprint; any difference in words,
     * numbers or symbols gives another. Null counts as empty.
     */
    public static String fingerprint(String text) {
        String normalised = normaliseForFingerprint(text == null ? "" : text);
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(sha256.digest(normalised.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    static String normaliseForFingerprint(String text) {
        // upper then lower case folds "ß" with "SS" and final with medial sigma, which lower case alone does not
        String folded = Normalizer.normalize(text, Normalizer.Form.NFKC)
                .toUpperCase(Locale.ROOT)
                .toLowerCase(Locale.ROOT);
        folded = Normalizer.normalize(folded, Normalizer.Form.NFKC);
        StringBuilder out = new StringBuilder(folded.length());
        boolean gap = false;
        for (int i = 0; i < folded.length(); ) {
            int cp = folded.codePointAt(i);
            i += Character.charCount(cp);
            int type = Character.getType(cp);
            if (type == Character.FORMAT) {
                continue; // zero-width spaces, joiners and marks such as U+200F carry no words
            }
            if (Character.isWhitespace(cp)
                    || Character.isSpaceChar(cp)
                    || Character.isISOControl(cp)
                    || isPunctuation(type)) {
                gap = true;
                continue;
            }
            if (gap && !out.isEmpty()) {
                out.append(' ');
            }
            gap = false;
            out.appendCodePoint(cp);
        }
        return out.toString();
    }

    private static boolean isPunctuation(int type) {
        return type == Character.CONNECTOR_PUNCTUATION
                || type == Character.DASH_PUNCTUATION
                || type == Character.START_PUNCTUATION
                || type == Character.END_PUNCTUATION
                || type == Character.INITIAL_QUOTE_PUNCTUATION
                || type == Character.FINAL_QUOTE_PUNCTUATION
                || type == Character.OTHER_PUNCTUATION;
    }
}
