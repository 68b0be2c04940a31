package org.maoni.report;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class XmlTextTest {

    @Test
    void legalCharactersAreExactlyXmlOnesChar() {
        assertThat(XmlText.isLegal(0x0)).isFalse();
        assertThat(XmlText.isLegal(0x8)).isFalse();
        assertThat(XmlText.isLegal(0x9)).isTrue();
        assertThat(XmlText.isLegal(0xA)).isTrue();
        assertThat(XmlText.isLegal(0xB)).isFalse();
        assertThat(XmlText.isLegal(0xC)).isFalse();
        assertThat(XmlText.isLegal(0xD)).isTrue();
        assertThat(XmlText.isLegal(0x1F)).isFalse();
        assertThat(XmlText.isLegal(0x20)).isTrue();
        assertThat(XmlText.isLegal(0xD7FF)).isTrue();
        assertThat(XmlText.isLegal(0xD800)).isFalse();
        assertThat(XmlText.isLegal(0xDFFF)).isFalse();
        assertThat(XmlText.isLegal(0xE000)).isTrue();
        assertThat(XmlText.isLegal(0xFFFD)).isTrue();
        assertThat(XmlText.isLegal(0xFFFE)).isFalse();
        assertThat(XmlText.isLegal(0xFFFF)).isFalse();
        assertThat(XmlText.isLegal(0x10000)).isTrue();
        assertThat(XmlText.isLegal(0x1F9FA)).isTrue();
        assertThat(XmlText.isLegal(0x10FFFF)).isTrue();
    }

    @Test
    void illegalCharactersAndLoneSurrogatesAreDroppedPairsKept() {
        assertThat(XmlText.legal("a\u0000b\u0001c\u001Fd\uFFFEe\uFFFFf")).isEqualTo("abcdef");
        assertThat(XmlText.legal("x\uD800y\uDC00z")).isEqualTo("xyz");
        assertThat(XmlText.legal("basket 🧺 done")).isEqualTo("basket 🧺 done");
        assertThat(XmlText.legal("tab\tline\nret\r")).isEqualTo("tab\tline\nret\r");
        assertThat(XmlText.legal(null)).isEmpty();
    }

    @Test
    void linesSplitOnEveryBreakAndDropBlankOnes() {
        assertThat(XmlText.lines("one\ntwo\r\nthree\rfour\u000Bfive\fsix\u2028seven\u2029eight\u0085nine"))
                .containsExactly("one", "two", "three", "four", "five", "six", "seven", "eight", "nine");
        assertThat(XmlText.lines("  padded\t and\u00A0spaced  \n\n \t \n\u0000\n"))
                .containsExactly("padded and spaced");
        assertThat(XmlText.lines("")).isEmpty();
        assertThat(XmlText.lines(null)).isEmpty();
        assertThat(XmlText.lines("Sheria ya Masoko, 2026")).containsExactly("Sheria ya Masoko, 2026");
    }

    @Test
    void lineAndTokenFlattenText() {
        assertThat(XmlText.line(" a\nb \u0000 c ")).isEqualTo("a b c");
        assertThat(XmlText.line(" \n\t")).isNull();
        assertThat(XmlText.line(null)).isNull();
        assertThat(XmlText.token(" sec 5\t(2) ")).isEqualTo("sec_5_(2)");
        assertThat(XmlText.token("sec_5__subsec_2")).isEqualTo("sec_5__subsec_2");
        assertThat(XmlText.token("\u0000")).isEmpty();
    }
}
