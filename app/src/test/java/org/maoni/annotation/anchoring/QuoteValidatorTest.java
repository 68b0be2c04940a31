package org.maoni.annotation.anchoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.maoni.annotation.anchoring.AnchorProblem.Reason;
import org.maoni.annotation.model.ProvisionAnnotations.ProvisionTarget;
import org.maoni.annotation.model.Selector;

class QuoteValidatorTest {

    private static final String TEXT =
            "5. Licences\n(2) The Authority may issue a licence, and the Authority may revoke it.";
    private final QuoteValidator validator = new QuoteValidator();

    @Test
    void aUniqueQuoteResolvesToItsPosition() {
        AnchoredQuote q = validator.resolve("sec_5", TEXT, "issue a licence", null, null, null, null);
        assertThat(q.start()).isEqualTo(TEXT.indexOf("issue"));
        assertThat(q.end()).isEqualTo(TEXT.indexOf("issue") + "issue a licence".length());
        assertThat(q.prefix()).isEqualTo(TEXT.substring(q.start() - 32, q.start()));
        assertThat(q.suffix()).isEqualTo(", and the Authority may revoke i");
    }

    @Test
    void severalOccurrencesAreToldApartByPrefixSuffixOrPosition() {
        assertRefused(() -> validator.resolve("sec_5", TEXT, "may", null, null, null, null), Reason.AMBIGUOUS_QUOTE);
        AnchoredQuote second = validator.resolve("sec_5", TEXT, "may", "the Authority ", " revoke", null, null);
        assertThat(second.start()).isEqualTo(TEXT.lastIndexOf("may"));
        int first = TEXT.indexOf("may");
        assertThat(validator
                        .resolve("sec_5", TEXT, "may", null, null, first, first + 3)
                        .start())
                .isEqualTo(first);
    }

    @Test
    void badQuotesAndPositionsAreRefusedWithTheirReason() {
        assertRefused(() -> validator.resolve("sec_5", TEXT, "", null, null, null, null), Reason.EMPTY_QUOTE);
        assertRefused(() -> validator.resolve("sec_5", TEXT, null, null, null, null, null), Reason.EMPTY_QUOTE);
        assertRefused(() -> validator.resolve("sec_5", TEXT, "shall", null, null, null, null), Reason.QUOTE_NOT_FOUND);
        assertRefused(
                () -> validator.resolve("sec_5", TEXT, "may", "nothing like it ", null, null, null),
                Reason.QUOTE_NOT_FOUND);
        assertRefused(() -> validator.resolve("sec_5", TEXT, "may", null, null, 0, 3), Reason.SELECTORS_DISAGREE);
        assertRefused(() -> validator.resolve("sec_5", TEXT, "may", null, null, -1, 3), Reason.POSITION_OUT_OF_RANGE);
        assertRefused(() -> validator.resolve("sec_5", TEXT, "may", null, null, 5, 2), Reason.POSITION_OUT_OF_RANGE);
        assertRefused(
                () -> validator.resolve("sec_5", TEXT, "may", null, null, 0, 10_000), Reason.POSITION_OUT_OF_RANGE);
        assertRefused(() -> validator.resolve("sec_5", TEXT, "may", null, null, 3, null), Reason.POSITION_OUT_OF_RANGE);
        assertRefused(
                () -> validator.resolve("sec_5", TEXT, "m\u0000y", null, null, null, null), Reason.INVALID_CHARACTER);
        assertRefused(
                () -> validator.resolve("sec_5", TEXT, "may", "\uD83D", null, null, null), Reason.INVALID_CHARACTER);
        assertRefused(() -> validator.resolve("sec_5", "", "may", null, null, null, null), Reason.QUOTE_NOT_FOUND);
    }

    @Test
    void positionsCountCodePointsSoEmojiKiswahiliAndRtlTextAreSafe() {
        String text = "😀😀 Serikali ya kaunti 🇰🇪 مرحبا بالعالم";
        AnchoredQuote kaunti = validator.resolve("sec_1", text, "kaunti", null, null, null, null);
        assertThat(kaunti.start()).isEqualTo(text.codePointCount(0, text.indexOf("kaunti")));
        assertThat(kaunti.start()).isEqualTo(text.indexOf("kaunti") - 2);
        AnchoredQuote arabic = validator.resolve("sec_1", text, "بالعالم", null, null, null, null);
        assertThat(validator.resolve("sec_1", text, "بالعالم", null, null, arabic.start(), arabic.end()))
                .isEqualTo(arabic);
        AnchoredQuote flag = validator.resolve("sec_1", text, "🇰🇪", null, null, null, null);
        assertThat(flag.end() - flag.start()).isEqualTo(2);
        // Half of an emoji never matches, even though its code unit occurs in the text.
        assertRefused(
                () -> validator.resolve("sec_1", text, "\uDE00", null, null, null, null), Reason.INVALID_CHARACTER);
    }

    @Test
    void anAnnotationsProvisionTargetIsResolvedAgainstTheProvisionText() {
        int start = TEXT.indexOf("issue");
        ProvisionTarget target = new ProvisionTarget(
                "https://maoni.example.org/api/bills/b1/versions/1",
                "sec_5",
                new Selector.TextQuote("issue a licence", "may ", null, List.of()),
                new Selector.TextPosition(start, start + 15, List.of()));
        assertThat(validator.resolve(target, TEXT).start()).isEqualTo(start);
        ProvisionTarget shifted = new ProvisionTarget(
                target.versionIri(),
                "sec_5",
                target.quote(),
                new Selector.TextPosition(start + 1, start + 16, List.of()));
        assertRefused(() -> validator.resolve(shifted, TEXT), Reason.SELECTORS_DISAGREE);
        ProvisionTarget huge = new ProvisionTarget(
                target.versionIri(), "sec_5", target.quote(), new Selector.TextPosition(0, 1L << 40, List.of()));
        assertRefused(() -> validator.resolve(huge, TEXT), Reason.POSITION_OUT_OF_RANGE);
    }

    @Test
    void hugeTextIsHandled() {
        String text = "neno ".repeat(200_000) + "mwisho";
        AnchoredQuote q = validator.resolve("sec_1", text, "mwisho", null, null, null, null);
        assertThat(q.start()).isEqualTo(1_000_000);
    }

    private static void assertRefused(Runnable call, Reason reason) {
        assertThatThrownBy(call::run)
                .isInstanceOfSatisfying(
                        AnchorProblem.class, e -> assertThat(e.reason()).isEqualTo(reason));
    }
}
