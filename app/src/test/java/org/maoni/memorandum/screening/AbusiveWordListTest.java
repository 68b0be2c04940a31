package org.maoni.memorandum.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The curated list itself: every entry is found in a sentence, and the list stays modest and documented. */
class AbusiveWordListTest {

    private static List<String> entries() throws IOException {
        try (InputStream in = AbusiveLanguage.class.getResourceAsStream(AbusiveLanguage.RESOURCE)) {
            assertThat(in).as(AbusiveLanguage.RESOURCE).isNotNull();
            return Arrays.stream(new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n"))
                    .map(String::strip)
                    .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                    .toList();
        }
    }

    @Test
    void everyEntryIsFoundOnceInASentence() throws IOException {
        AbusiveLanguage language = AbusiveLanguage.fromResource();
        for (String entry : entries()) {
            String sentence = "Mheshimiwa, " + entry.toUpperCase() + "! Asante.";
            AbusiveLanguage.Result result = language.find(sentence);
            assertThat(result.count()).as(entry).isEqualTo(1);
            assertThat(result.firstOffset()).as(entry).isEqualTo("Mheshimiwa, ".length());
        }
    }

    @Test
    void entriesAreNotFoundInsideLongerWords() throws IOException {
        AbusiveLanguage language = AbusiveLanguage.fromResource();
        for (String entry : entries()) {
            String glued = "pre" + entry.replace(" ", "") + "post";
            assertThat(language.find(glued).count()).as(glued).isZero();
        }
    }

    @Test
    void theListIsModestAndExplainsItself() throws IOException {
        List<String> entries = entries();
        assertThat(entries).hasSizeBetween(30, 200).doesNotHaveDuplicates();
        try (InputStream in = AbusiveLanguage.class.getResourceAsStream(AbusiveLanguage.RESOURCE)) {
            assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8))
                    .startsWith("# ")
                    .contains("Purpose");
        }
    }
}
