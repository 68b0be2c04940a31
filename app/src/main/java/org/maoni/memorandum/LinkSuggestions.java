package org.maoni.memorandum;

import java.util.List;

/**
 * Clause-link suggestions for a memorandum, for the clerk who triages it: each paragraph of its text (typed or
 * extracted from its files) matched to provisions of its bill version by the references it makes ("clause 5(2)",
 * "section 12", "Kifungu cha 9") and by the similarity of its words to the provisions' text. Suggestions only; nothing
 * is stored until the clerk confirms the links in the triage.
 */
public interface LinkSuggestions {

    /** The suggestions for each paragraph that has any, in the order of the text; staff only. */
    List<ParagraphLinks> suggest(MemorandumReference reference);

    /** One paragraph (its position among the memorandum's paragraphs, from 0, and its text) and its suggestions. */
    record ParagraphLinks(int paragraph, String text, List<Suggestion> suggestions) {

        public ParagraphLinks {
            suggestions = List.copyOf(suggestions);
        }
    }

    /**
     * A provision suggested for a paragraph: {@code basis} says why ({@code REFERENCE}: the paragraph names it, then
     * {@code evidence} is the words naming it; {@code SIMILARITY}: the paragraph's words resemble its text, then
     * {@code score} from 0 to 1 says how much).
     */
    record Suggestion(String eId, Basis basis, double score, String evidence) {}

    /** Why a provision is suggested. */
    enum Basis {
        REFERENCE,
        SIMILARITY
    }
}
