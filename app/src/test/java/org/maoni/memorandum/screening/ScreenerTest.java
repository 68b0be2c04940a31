package org.maoni.memorandum.screening;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.maoni.memorandum.ScreeningFlag;
import org.maoni.memorandum.ScreeningFlag.Kind;

class ScreenerTest {

    private static final Screener SCREENER = new Screener();

    private static Optional<ScreeningFlag> flag(ScreeningReport report, Kind kind) {
        return report.flags().stream().filter(f -> f.kind() == kind).findFirst();
    }

    @Nested
    class PersonalDataFound {

        @ParameterizedTest(name = "[{index}] {0}")
        @CsvSource(delimiter = '|', textBlock = """
                Call me on 0712 345 678 please.                    | Call me on [phone removed] please.
                Call me on 0712345678.                             | Call me on [phone removed].
                Call me on 0712-345-678.                           | Call me on [phone removed].
                Simu: +254 712 345 678                             | Simu: [phone removed]
                Simu: +254712345678                                | Simu: [phone removed]
                Simu: +254-712-345-678                             | Simu: [phone removed]
                Simu: 254712345678                                 | Simu: [phone removed]
                Simu: +254 (0)712 345678                           | Simu: [phone removed]
                Simu: 00254 712 345 678                            | Simu: [phone removed]
                Safaricom 0110 123 456 or Airtel 0733-123-456      | Safaricom [phone removed] or Airtel [phone removed]
                New prefix: +254 110 123456                        | New prefix: [phone removed]
                (0722123456)                                       | ([phone removed])
                Write to maoni@sokohaki.or.ke today.               | Write to [e-mail removed] today.
                Write to j.doe+bills@example.co.ke.                | Write to [e-mail removed].
                <wanjiru_n@gmail.com>                              | <[e-mail removed]>
                ID No. 12345678                                    | ID No. [ID number removed]
                ID: 1234567                                        | ID: [ID number removed]
                National ID number 23456789, Nairobi               | National ID number [ID number removed], Nairobi
                id no 12345678                                     | id no [ID number removed]
                Identity card 12345678                             | Identity card [ID number removed]
                Kitambulisho nambari 12345678                      | Kitambulisho nambari [ID number removed]
                namba ya kitambulisho: 87654321                    | namba ya kitambulisho: [ID number removed]
                Passport No. AK0123456                             | Passport No. [passport number removed]
                passport number A1234567                           | passport number [passport number removed]
                Pasipoti C0123456                                  | Pasipoti [passport number removed]
                KRA PIN A123456789B                                | KRA PIN [KRA PIN removed]
                PIN: P051234567X                                   | PIN: [KRA PIN removed]
                """)
        void redacts(String text, String redacted) {
            ScreeningReport report = SCREENER.screen(text);

            assertThat(report.redactedText()).isEqualTo(redacted);
            assertThat(flag(report, Kind.PERSONAL_DATA)).isPresent();
        }

        @Test
        void saysWhatKindsAndHowManyButNotTheValues() {
            String text = "Contact: 0712 345 678, +254 733 123 456, maoni@example.org. ID No. 12345678. "
                    + "KRA PIN A123456789B.";

            ScreeningReport report = SCREENER.screen(text);

            ScreeningFlag flag = flag(report, Kind.PERSONAL_DATA).orElseThrow();
            assertThat(flag.detail())
                    .contains("2 phone numbers", "1 e-mail address", "1 ID number", "1 KRA PIN")
                    .doesNotContain("0712", "345", "733", "maoni", "example", "12345678", "A123456789B");
            assertThat(report.redactedText())
                    .isEqualTo(
                            "Contact: [phone removed], [phone removed], [e-mail removed]. ID No. [ID number removed]."
                                    + " KRA PIN [KRA PIN removed].");
        }

        @Test
        void redactionLeavesNoDigitsOfThePhoneOrId() {
            String text = "Mimi ni Mwanaisha, simu 0722 987 654, kitambulisho 29876543, barua pepe mj@x.co.ke";

            String redacted = SCREENER.screen(text).redactedText();

            assertThat(redacted).doesNotContainPattern("[0-9]").doesNotContain("mj@");
        }
    }

    @Nested
    class OrdinaryLegislativeText {

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(
                strings = {
                    "The County Markets Bill, 2026",
                    "Clause 5(2)(a) should be deleted.",
                    "section 12(3)(a) of the Act",
                    "A fine not exceeding KSh 1,000,000 or imprisonment for 12 months",
                    "Kshs. 250,000.00 and KES 10000000",
                    "Kenya Gazette Supplement No. 123 (National Assembly Bills No. 45)",
                    "Gazette Notice No. 12345 of 2026",
                    "Legal Notice No. 1234567",
                    "Bill No. 12345678 of 2026",
                    "dated 12/03/2026 and 2026-03-12",
                    "Act No. 14 of 2012, Cap. 265",
                    "Between 1 January 2026 and 31 December 2027",
                    "The population of 47,564,296 people",
                    "Paragraph 10 1234567890",
                    "The rate is 0.16 and the ratio 254:712",
                    "ISBN 9780123456789",
                    "Valid IDs are required; 12345678 people were counted",
                    "The idea is good",
                    "Article 118(1)(b) of the Constitution",
                    "Contact the Clerk of the National Assembly.",
                    "Reference KNA/DCS/2026/045",
                    "the email@ part and @handle and a@b",
                })
        void isNotFlagged(String text) {
            ScreeningReport report = SCREENER.screen(text);

            assertThat(flag(report, Kind.PERSONAL_DATA)).isEmpty();
            assertThat(report.redactedText()).isEqualTo(text);
        }
    }

    @Nested
    class AbusiveLanguageFound {

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(
                strings = {
                    "You are an idiot.",
                    "IDIOT",
                    "id1ot",
                    "1d10t",
                    "idiooooot",
                    "Idiöt",
                    "Ｉｄｉｏｔ",
                    "these m0rons in the committee",
                    "what a load of bullshit",
                    "sh1t",
                    "$hit",
                    "f*** that; fuuuuck",
                    "We will burn your offices",
                    "we   will\nburn",
                    "I will kill you",
                    "Nyinyi ni wajinga",
                    "MPUMBAVU",
                    "Tutawaua wote",
                    "wabunge ni washenzi",
                    "wewe ni fala",
                    "watu wa madoadoa",
                })
        void isFlagged(String text) {
            ScreeningReport report = SCREENER.screen(text);

            assertThat(flag(report, Kind.ABUSIVE_LANGUAGE)).as(text).isPresent();
            assertThat(report.redactedText()).isEqualTo(text);
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(
                strings = {
                    "Scunthorpe United",
                    "an assessment of the class",
                    "Atashitaka serikali mahakamani",
                    "shitake mushrooms",
                    "Tutamaliza kazi; kumaliza mapema",
                    "Skillful traders",
                    "The killing of wildlife is regulated",
                    "to kill pests in stores",
                    "Fire may burn the market; burning waste is banned",
                    "Dickens and Cockburn",
                    "fallacy and falafel",
                    "Mwanamalaya? no: Mamalayani",
                    "a fool-proof plan",
                    "the idiom and the idiotype",
                    "Moroni is a city",
                    "cocktail hour",
                    "takataka na mbwa",
                    "kukuua",
                    "0 1 3 4 5 7 2026 1,000",
                    "",
                })
        void isNotFlagged(String text) {
            assertThat(flag(SCREENER.screen(text), Kind.ABUSIVE_LANGUAGE))
                    .as(text)
                    .isEmpty();
        }

        @Test
        void saysHowManyAndWhereTheFirstIsButNotTheWords() {
            String text = "Mheshimiwa, you are an idiot and a moron. We will burn it.";

            ScreeningFlag flag =
                    flag(SCREENER.screen(text), Kind.ABUSIVE_LANGUAGE).orElseThrow();

            assertThat(flag.detail())
                    .contains("3 matches", "character " + text.indexOf("idiot"))
                    .doesNotContain("idiot", "moron", "burn");
        }
    }

    @Nested
    class OddInput {

        @Test
        void nullAndEmpty() {
            assertThat(SCREENER.screen(null)).isEqualTo(new ScreeningReport(List.of(), ""));
            assertThat(SCREENER.screen("")).isEqualTo(new ScreeningReport(List.of(), ""));
        }

        @Test
        void emojiRtlAndNul() {
            String text = "🙏🏾 مرحبا \u0000 idiot\u0000 0712\u0000345678 שלום ☎ 0712 345 678 🇰🇪";

            ScreeningReport report = SCREENER.screen(text);

            assertThat(report.flags())
                    .extracting(ScreeningFlag::kind)
                    .containsExactly(Kind.PERSONAL_DATA, Kind.ABUSIVE_LANGUAGE);
            assertThat(report.redactedText())
                    .isEqualTo("🙏🏾 مرحبا \u0000 idiot\u0000 0712\u0000345678 שלום ☎ [phone removed] 🇰🇪");
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(strings = {"0", "@", "1", "a", "a@", "+254 ", "ID ", "passport ", "A1", ". "})
        void adversarialRepetitionsFinish(String unit) {
            String text = unit.repeat(100_000);

            ScreeningReport report = SCREENER.screen(text);

            assertThat(report.redactedText()).isNotNull();
            assertThat(Screener.fingerprint(text)).hasSize(64);
        }

        @Test
        void tenMegabytesOfMixedText() {
            String chunk = "Clause 5(2)(a): KSh 1,000,000 — maoni yetu 🙂 idiot 0712 345 678 a@b.ke ID 12345678\n";
            String text = chunk.repeat(10_000_000 / chunk.length());

            ScreeningReport report = SCREENER.screen(text);

            int copies = 10_000_000 / chunk.length();
            assertThat(flag(report, Kind.ABUSIVE_LANGUAGE).orElseThrow().detail())
                    .contains(copies + " matches");
            assertThat(flag(report, Kind.PERSONAL_DATA).orElseThrow().detail())
                    .contains(copies + " phone numbers", copies + " e-mail addresses", copies + " ID numbers");
        }
    }

    @Nested
    class Fingerprint {

        private static final String MEMO = "We, the Soko Haki Trust, OPPOSE clause 5(2)(a).\n\nIt burdens traders: "
                + "KSh 1,000 per day is too much.\r\nAsanteni.";

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(
                strings = {
                    "We, the Soko Haki Trust, OPPOSE clause 5(2)(a).\n\nIt burdens traders: KSh 1,000 per day is too much.\r\n"
                            + "Asanteni.",
                    "We the Soko Haki Trust oppose clause 5 (2) (a). It burdens traders: KSh 1 000 per day is too much. "
                            + "Asanteni",
                    "  we, the soko haki trust, oppose clause 5(2)(a).   it burdens traders: ksh 1,000 per day is\ttoo much."
                            + " asanteni. ",
                    "We, the Soko Haki Trust, OPPOSE clause 5(2)(a).\u200b It burdens traders: KSh 1,000 per day is too much."
                            + "\nAsanteni!",
                    "Ｗｅ, the Soko Haki Trust, OPPOSE clause 5(2)(a). It burdens traders: KSh 1,000 per day is too much."
                            + " Asanteni.",
                    "We, the Soko Haki Trust, OPPOSE clause 5(2)(a). It burdens traders: “KSh 1,000” per day is too much."
                            + " Asanteni…",
                })
        void sameMemorandumMatches(String variant) {
            assertThat(Screener.fingerprint(variant)).isEqualTo(Screener.fingerprint(MEMO));
        }

        @ParameterizedTest(name = "[{index}] {0}")
        @ValueSource(
                strings = {
                    "We, the Soko Haki Trust, SUPPORT clause 5(2)(a). It burdens traders: KSh 1,000 per day is too much."
                            + " Asanteni.",
                    "We, the Soko Haki Trust, OPPOSE clause 5(2)(b). It burdens traders: KSh 1,000 per day is too much."
                            + " Asanteni.",
                    "We, the Soko Haki Trust, OPPOSE clause 5(2)(a). It burdens traders: KSh 10,000 per day is too much."
                            + " Asanteni.",
                    "We, the Soko Haki Trust, OPPOSE clause 5(2)(a). It burdens traders: KSh 1,000 per day is too much.",
                    "We, the Soko Haki Trust, OPPOSE clause 5(2)(a). It burdens traders: KSh 1,000 per day is too much."
                            + " Asanteni. 🙂",
                    "Wethe Soko Haki Trust, OPPOSE clause 5(2)(a). It burdens traders: KSh 1,000 per day is too much."
                            + " Asanteni.",
                })
        void differentMemorandumDoesNot(String other) {
            assertThat(Screener.fingerprint(other)).isNotEqualTo(Screener.fingerprint(MEMO));
        }

        @Test
        void isStableHexSha256() {
            assertThat(Screener.fingerprint("Habari"))
                    .isEqualTo(Screener.fingerprint("HABARI"))
                    .matches("[0-9a-f]{64}");
            // the normalised form "habari" is what is hashed, as UTF-8
            assertThat(Screener.fingerprint("  Habari! ")).isEqualTo(sha256("habari"));
            assertThat(Screener.fingerprint(null))
                    .isEqualTo(Screener.fingerprint(""))
                    .isEqualTo(sha256(""));
            assertThat(Screener.fingerprint("Straße")).isEqualTo(Screener.fingerprint("STRASSE"));
            assertThat(Screener.fingerprint("ΟΔΟΣ")).isEqualTo(Screener.fingerprint("οδος"));
        }

        private static String sha256(String s) {
            try {
                return java.util.HexFormat.of()
                        .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                                .digest(s.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            } catch (java.security.NoSuchAlgorithmException e) {
                throw new IllegalStateException(e);
            }
        }
    }
}
