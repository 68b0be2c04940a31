package org.maoni.search.lucene;

import java.io.IOException;
import org.apache.lucene.analysis.TokenFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.PositionIncrementAttribute;

/**
 * Turns a stream of words into the pairs of adjacent words ({@code "a b"}, {@code "b c"}, ...), each at the position of
 * its first word; a gap in positions breaks a pair. A document holds the pair exactly when the two words occur next to
 * each other in it, so the pair's postings narrow a phrase search down to the documents that hold it.
 */
final class AdjacentPairsFilter extends TokenFilter {

    /** Separates the two words of a pair (the tokenizer never leaves a space inside a word). */
    static final char SEPARATOR = ' ';

    private final CharTermAttribute term = addAttribute(CharTermAttribute.class);
    private final PositionIncrementAttribute increment = addAttribute(PositionIncrementAttribute.class);
    private final StringBuilder previous = new StringBuilder();
    private boolean hasPrevious;

    AdjacentPairsFilter(TokenStream input) {
        super(input);
    }

    @Override
    public boolean incrementToken() throws IOException {
        while (input.incrementToken()) {
            boolean adjacent = hasPrevious && increment.getPositionIncrement() == 1;
            String current = term.toString();
            if (adjacent) {
                term.setEmpty().append(previous).append(SEPARATOR).append(current);
                increment.setPositionIncrement(1);
            }
            previous.setLength(0);
            previous.append(current);
            hasPrevious = true;
            if (adjacent) {
                return true;
            }
        }
        return false;
    }

    @Override
    public void reset() throws IOException {
        super.reset();
        previous.setLength(0);
        hasPrevious = false;
    }
}
