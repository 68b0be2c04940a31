package org.maoni.bill.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class TextNormalizerAndNumberingTest {

    @Test
    void normalisesTextForStorage() {
        assertThat(TextNormalizer.normalize("a\r\nb\rc\u2028d")).isEqualTo("a\nb\nc\nd");
        assertThat(TextNormalizer.normalize("x\u0000y\u0007z\u001B\u007F\u0085w"))
                .isEqualTo("xyz\nw");
        assertThat(TextNormalizer.normalize("e\u0301")).isEqualTo("\u00e9");
        assertThat(TextNormalizer.normalize("a\u00A0b\u202Fc\u2009d")).isEqualTo("a b c d");
        assertThat(TextNormalizer.normalize("co\u00ADoperate\u200B\uFEFF")).isEqualTo("cooperate");
        assertThat(TextNormalizer.normalize("\uFB01nal")).isEqualTo("final");
        assertThat(TextNormalizer.normalize("bad\uD800surrogate")).isEqualTo("badsurrogate");
        assertThat(TextNormalizer.normalize("tab\tkept")).isEqualTo("tab\tkept");
    }

    @Test
    void normalisesBlocks() {
        assertThat(TextNormalizer.normalizeBlock("  1.\u00A0 This   Act\n cited \t"))
                .isEqualTo("1. This Act cited");
        assertThat(TextNormalizer.normalizeNote(" \u00A0 ")).isNull();
    }

    @Test
    void formatsNumbersAsWordDoes() {
        assertThat(DocxNumbering.format(4, "lowerLetter")).isEqualTo("d");
        assertThat(DocxNumbering.format(27, "lowerLetter")).isEqualTo("aa");
        assertThat(DocxNumbering.format(28, "upperLetter")).isEqualTo("BB");
        assertThat(DocxNumbering.format(14, "lowerRoman")).isEqualTo("xiv");
        assertThat(DocxNumbering.format(1999, "upperRoman")).isEqualTo("MCMXCIX");
        assertThat(DocxNumbering.format(3, "decimalZero")).isEqualTo("03");
        assertThat(DocxNumbering.format(12, "ordinal")).isEqualTo("12th");
        assertThat(DocxNumbering.format(22, "ordinal")).isEqualTo("22nd");
    }

    @Test
    void numbersHierarchicalListsWithRestartsAndOverrides() throws Exception {
        Guard guard = new Guard(10_000_000_000L, 1_000_000);
        DocxNumbering n = DocxNumbering.parse(Fixtures.utf8(Fixtures.NUMBERING), guard);

        assertThat(n.next("1", 0)).isEqualTo("1.");
        assertThat(n.next("1", 1)).isEqualTo("(a)");
        assertThat(n.next("1", 1)).isEqualTo("(b)");
        assertThat(n.next("1", 2)).isEqualTo("(i)");
        assertThat(n.next("1", 0)).isEqualTo("2.");
        assertThat(n.next("1", 1)).isEqualTo("(a)");
        // another instance of the same list with a start override restarts at 10, then continues the list
        assertThat(n.next("3", 0)).isEqualTo("10.");
        assertThat(n.next("1", 0)).isEqualTo("11.");
        assertThat(n.next("2", 0)).isEqualTo("PART I");
        assertThat(n.next("99", 0)).isNull();
        assertThat(n.next("0", 0)).isNull();
    }
}
