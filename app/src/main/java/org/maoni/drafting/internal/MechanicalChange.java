package org.maoni.drafting.internal;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.function.UnaryOperator;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.maoni.bill.DraftEdit;
import org.maoni.bill.Provision;
import org.maoni.bill.ProvisionType;
import org.maoni.drafting.ApplicationAction;
import org.maoni.memorandum.Proposal;

/**
 * Decides whether an accepted proposal can be applied to a draft without a drafter's judgement, and how. Amendments
 * replace the quoted words ({@code replace "X" with "Y"}, {@code substitute "Y" for "X"}) or, without two quotes, the
 * whole text of a provision that has no sub-provisions and has not changed since the proposal; deletions strike out
 * the quoted words or the provision; insertions add the quoted words after others ({@code insert "Y" after "X"}) or a
 * new provision after the one named. Anything else is refused with a reason the drafter can act on.
 */
public final class MechanicalChange {

    private static final Pattern QUOTED = Pattern.compile("[\u201C\"]([^\u201C\u201D\"]+)[\u201D\"]");
    private static final Pattern SUBSTITUTE_FOR = Pattern.compile("(?i)\\bsubstitut\\w*\\b.*\\bfor\\b");
    private static final Pattern AFTER = Pattern.compile("(?i)\\b(after|immediately after|baada ya)\\b");
    private static final Set<ProvisionType> INSERTABLE = EnumSet.of(
            ProvisionType.PART,
            ProvisionType.DIVISION,
            ProvisionType.SECTION,
            ProvisionType.SUBSECTION,
            ProvisionType.PARAGRAPH,
            ProvisionType.SUBPARAGRAPH,
            ProvisionType.SCHEDULE);

    private MechanicalChange() {}

    /** Either an edit to make ({@code action}, {@code edit}) or a refusal ({@code code}, {@code reason}). */
    public record Outcome(ApplicationAction action, DraftEdit edit, String code, String reason) {

        static Outcome apply(ApplicationAction action, DraftEdit edit) {
            return new Outcome(action, edit, null, null);
        }

        static Outcome refuse(String code, String reason) {
            return new Outcome(null, null, code, reason);
        }

        public boolean applicable() {
            return edit != null;
        }
    }

    /**
     * Plans the application of {@code proposal}. {@code original} is the provision it names as its bill version had
     * it, {@code current} the same provision (by lineage) in the draft, either null when missing; {@code numberAfter}
     * gives the number of a provision inserted after an eId of the draft.
     */
    public static Outcome plan(
            Proposal proposal, Provision original, Provision current, UnaryOperator<String> numberAfter) {
        String wording =
                proposal.proposedText() == null ? "" : proposal.proposedText().strip();
        switch (proposal.stance()) {
            case SUPPORT, OPPOSE -> {
                return Outcome.refuse(
                        "no-change-asked", "The proposal supports or opposes the provision; it asks for no wording.");
            }
            default -> {
                // The other stances change the text; go on.
            }
        }
        if (proposal.eIds().isEmpty()) {
            return Outcome.refuse(
                    "no-provision", "The proposal names no provision of the bill, so there is nowhere to apply it.");
        }
        if (proposal.eIds().size() > 1) {
            return Outcome.refuse(
                    "several-provisions",
                    "The proposal names " + proposal.eIds().size() + " provisions; apply it by hand.");
        }
        if (original == null || current == null) {
            return Outcome.refuse(
                    "provision-gone",
                    "The provision " + label(original, proposal.eIds().get(0)) + " is no longer in the draft.");
        }
        List<String> quotes = quotes(wording);
        String name = label(current, current.eId());
        return switch (proposal.stance()) {
            case DELETE ->
                quotes.isEmpty()
                        ? Outcome.apply(ApplicationAction.DELETE_PROVISION, new DraftEdit.Delete(current.eId()))
                        : replaceWords(current, quotes.get(0), "", ApplicationAction.DELETE_WORDS, name);
            case AMEND -> amend(wording, quotes, original, current, name);
            case INSERT -> insert(wording, quotes, current, name, numberAfter);
            default -> Outcome.refuse("no-change-asked", "The proposal asks for no wording.");
        };
    }

    private static Outcome amend(
            String wording, List<String> quotes, Provision original, Provision current, String name) {
        if (wording.isEmpty()) {
            return Outcome.refuse("no-wording", "The proposal gives no wording to put in.");
        }
        if (quotes.size() >= 2) {
            boolean substituteFor = SUBSTITUTE_FOR.matcher(wording).find();
            String old = substituteFor ? quotes.get(1) : quotes.get(0);
            String replacement = substituteFor ? quotes.get(0) : quotes.get(1);
            return replaceWords(current, old, replacement, ApplicationAction.REPLACE_WORDS, name);
        }
        if (!current.children().isEmpty()) {
            return Outcome.refuse(
                    "has-subprovisions",
                    "The provision " + name + " has sub-provisions; the proposal must name one of them or quote the"
                            + " words to replace.");
        }
        if (!same(original.text(), current.text()) || !same(original.heading(), current.heading())) {
            return Outcome.refuse(
                    "provision-changed",
                    "The provision " + name + " was changed in the draft since the version the proposal was made on;"
                            + " applying it would overwrite that change.");
        }
        String text = quotes.size() == 1 ? quotes.get(0) : wording;
        return Outcome.apply(
                ApplicationAction.REPLACE_TEXT, new DraftEdit.Reword(current.eId(), null, text.strip(), null));
    }

    private static Outcome insert(
            String wording, List<String> quotes, Provision current, String name, UnaryOperator<String> numberAfter) {
        if (wording.isEmpty()) {
            return Outcome.refuse("no-wording", "The proposal gives no wording to insert.");
        }
        if (quotes.size() >= 2
                && AFTER.matcher(between(wording, quotes.get(0), quotes.get(1))).find()) {
            return replaceWords(
                    current, quotes.get(1), quotes.get(1) + " " + quotes.get(0), ApplicationAction.INSERT_WORDS, name);
        }
        if (!INSERTABLE.contains(current.type())) {
            return Outcome.refuse(
                    "no-provision", "Nothing numbered can follow the " + current.type() + "; insert it by hand.");
        }
        String text = quotes.size() == 1 ? quotes.get(0) : wording;
        return Outcome.apply(
                ApplicationAction.INSERT_PROVISION,
                new DraftEdit.Insert(
                        current.eId(), null, current.type(), numberAfter.apply(current.eId()), null, text.strip()));
    }

    private static Outcome replaceWords(
            Provision current, String old, String replacement, ApplicationAction action, String name) {
        String field = null;
        String source = null;
        int found = 0;
        for (String[] candidate :
                new String[][] {{"text", current.text()}, {"wrapUp", current.wrapUp()}, {"heading", current.heading()}
                }) {
            int n = occurrences(candidate[1], old);
            if (n > 0 && field == null) {
                field = candidate[0];
                source = candidate[1];
            }
            found += n;
        }
        if (found == 0) {
            return Outcome.refuse(
                    "quote-not-found",
                    "The words \u201C" + old + "\u201D are not in the provision " + name
                            + " of the draft (its own text, before any sub-provisions).");
        }
        if (found > 1) {
            return Outcome.refuse(
                    "quote-ambiguous",
                    "The words \u201C" + old + "\u201D occur " + found + " times in the provision " + name
                            + "; apply it by hand.");
        }
        String changed = tidy(source.replace(old, replacement));
        DraftEdit edit = switch (field) {
            case "text" -> new DraftEdit.Reword(current.eId(), null, changed, null);
            case "wrapUp" -> new DraftEdit.Reword(current.eId(), null, null, changed);
            default -> new DraftEdit.Reword(current.eId(), changed, null, null);
        };
        if (changed.isBlank()) {
            return Outcome.refuse(
                    "provision-emptied",
                    "Striking out \u201C" + old + "\u201D leaves the provision " + name
                            + " without text; delete the provision instead.");
        }
        return Outcome.apply(action, edit);
    }

    /** The quoted passages of a proposal, in order (straight or curly double quotes). */
    static List<String> quotes(String text) {
        List<String> out = new ArrayList<>();
        Matcher m = QUOTED.matcher(text);
        while (m.find()) {
            if (!m.group(1).isBlank()) {
                out.add(m.group(1));
            }
        }
        return out;
    }

    private static String between(String text, String first, String second) {
        int a = text.indexOf(first);
        int b = text.indexOf(second, a + first.length());
        return a < 0 || b < 0 ? "" : text.substring(a + first.length(), b);
    }

    private static int occurrences(String text, String words) {
        if (text == null || words.isEmpty()) {
            return 0;
        }
        int count = 0;
        for (int i = text.indexOf(words); i >= 0; i = text.indexOf(words, i + words.length())) {
            count++;
        }
        return count;
    }

    /** Spaces left by struck-out words: no doubles, none before punctuation. */
    private static String tidy(String text) {
        return text.replaceAll("[ \\t]{2,}", " ")
                .replaceAll(" +([,;:.)])", "$1")
                .strip();
    }

    private static boolean same(String a, String b) {
        return normalise(a).equals(normalise(b));
    }

    private static String normalise(String s) {
        return s == null
                ? ""
                : Normalizer.normalize(s, Normalizer.Form.NFKC)
                        .replaceAll("\\s+", " ")
                        .strip();
    }

    private static String label(Provision p, String fallback) {
        if (p == null || p.num() == null || p.num().isBlank()) {
            return fallback;
        }
        return p.num().strip() + " (" + p.eId() + ")";
    }
}
