package org.maoni.diff;

import static org.assertj.core.api.Assertions.assertThat;
import static org.maoni.diff.DiffOp.delete;
import static org.maoni.diff.DiffOp.equal;
import static org.maoni.diff.DiffOp.insert;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class RedlineTest {

    @Test
    void inlineMarksDeletionsAndInsertionsInOneFlow() {
        TextDiff diff = new WordDiff().diff("The Authority shall publish", "The Authority may publish");

        assertThat(Redline.inline(diff)).isEqualTo("The Authority <del>shall</del><ins>may</ins> publish");
    }

    @Test
    void sideBySideMarksEachSide() {
        TextDiff diff = new WordDiff().diff("The Authority shall publish", "The Authority may publish");

        Redline.SideBySide sides = Redline.sideBySide(diff);

        assertThat(sides.oldHtml()).isEqualTo("The Authority <del>shall</del> publish");
        assertThat(sides.newHtml()).isEqualTo("The Authority <ins>may</ins> publish");
    }

    @Test
    void escapesEveryText() {
        TextDiff diff = TextDiff.of(List.of(
                equal("<b>\"A&B\"</b> "),
                delete("<script>alert('x')</script>"),
                insert("<img src=x onerror=\"alert(1)\">")));

        String inline = Redline.inline(diff);
        Redline.SideBySide sides = Redline.sideBySide(diff);

        assertThat(inline)
                .isEqualTo("&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt; "
                        + "<del>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</del>"
                        + "<ins>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</ins>");
        assertThat(sides.oldHtml())
                .isEqualTo("&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt; "
                        + "<del>&lt;script&gt;alert(&#39;x&#39;)&lt;/script&gt;</del>");
        assertThat(sides.newHtml())
                .isEqualTo(
                        "&lt;b&gt;&quot;A&amp;B&quot;&lt;/b&gt; <ins>&lt;img src=x onerror=&quot;alert(1)&quot;&gt;</ins>");
    }

    @Test
    void markupNeverLeaksFromRandomText() {
        Random random = new Random(3);
        WordDiff words = new WordDiff();
        for (int iteration = 0; iteration < 500; iteration++) {
            List<String> parts = TextSamples.pieces(random, random.nextInt(20));
            parts.add(random.nextInt(parts.size() + 1), "<script>x='1'&\"</script>");
            String before = String.join("", parts);
            String after = String.join("", TextSamples.edit(random, parts));
            TextDiff diff = words.diff(before, after);

            for (String html : List.of(
                    Redline.inline(diff),
                    Redline.sideBySide(diff).oldHtml(),
                    Redline.sideBySide(diff).newHtml())) {
                String withoutOwnTags = html.replaceAll("</?(del|ins)( class=\"whitespace\")?>", "");
                assertThat(withoutOwnTags).doesNotContain("<", ">", "\"", "'", "\u0000");
                assertThat(WordDiffTest.hasUnpairedSurrogate(html)).isFalse();
            }
            assertThat(unescape(stripTags(Redline.sideBySide(diff).newHtml())))
                    .isEqualTo(after.replace('\u0000', '\uFFFD'));
            assertThat(unescape(stripTags(Redline.sideBySide(diff).oldHtml())))
                    .isEqualTo(before.replace('\u0000', '\uFFFD'));
        }
    }

    @Test
    void whitespaceOnlyChangesAreFlaggedForStyling() {
        TextDiff diff = new WordDiff().diff("shall  publish", "shall\npublish");

        assertThat(Redline.inline(diff))
                .isEqualTo("shall<del class=\"whitespace\">  </del><ins class=\"whitespace\">\n</ins>publish");
    }

    @Test
    void nulAndUnpairedSurrogatesBecomeReplacementCharacters() {
        TextDiff diff = TextDiff.of(List.of(equal("a\u0000b"), insert("\uD83D x 😀 \uDE00")));

        assertThat(Redline.inline(diff)).isEqualTo("a\uFFFDb<ins>\uFFFD x 😀 \uFFFD</ins>");
    }

    @Test
    void emptyDiffRendersEmpty() {
        TextDiff diff = new WordDiff().diff("", "");

        assertThat(Redline.inline(diff)).isEmpty();
        assertThat(Redline.sideBySide(diff)).isEqualTo(new Redline.SideBySide("", ""));
    }

    private static String stripTags(String html) {
        return html.replaceAll("</?(del|ins)( class=\"whitespace\")?>", "");
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
