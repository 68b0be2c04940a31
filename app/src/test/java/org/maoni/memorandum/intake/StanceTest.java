package org.maoni.memorandum.intake;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.maoni.memorandum.Stance;

class StanceTest {

    @ParameterizedTest(name = "{1}: {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Delete the clause.                                               | DELETE
            We propose that this clause be deleted.                          | DELETE
            Repeal paragraph (b).                                            | DELETE
            Remove the requirement for a second levy.                        | DELETE
            Napendekeza kifungu hiki kiondolewe.                             | DELETE
            Delete the words "fourteen days" and substitute "ninety days".   | AMEND
            Replace “fourteen days'” with “ninety days'”.                    | AMEND
            Amend to read "ninety days".                                     | AMEND
            Raise the reservation from five to ten per cent.                 | AMEND
            Require a receipt listing the goods seized.                      | AMEND
            Kifungu hiki kibadilishwe.                                       | AMEND
            Insert a new subclause requiring consultation.                   | INSERT
            Add a paragraph requiring the county to consider shops.          | INSERT
            Introduce a new clause on youth.                                 | INSERT
            Kiongezwe kifungu kipya kuhusu vijana.                           | INSERT
            We oppose this clause.                                           | OPPOSE
            We reject the levy entirely.                                     | OPPOSE
            We do not support this clause.                                   | OPPOSE
            We don't support it.                                             | OPPOSE
            Tunapinga kifungu hiki.                                          | OPPOSE
            We support this clause.                                          | SUPPORT
            Retain as drafted.                                               | SUPPORT
            Keep the penalties in clause 22 as they are.                     | SUPPORT
            Keep other goods for sixty days.                                 | AMEND
            Naunga mkono kifungu hiki.                                       | SUPPORT
            We support the clause but the notice should be longer.           | AMEND
            Tunaunga mkono lakini notisi iongezwe muda.                      | INSERT
            The county should publish the accounts.                          | AMEND
            ''                                                               | AMEND
            """)
    void infers(String text, Stance expected) {
        assertThat(Stance.infer(text, false)).isEqualTo(expected);
    }

    @Test
    void anInsertionReferenceIsAlwaysInsert() {
        assertThat(Stance.infer("Delete the clause.", true)).isEqualTo(Stance.INSERT);
    }

    @Test
    void oddInput() {
        assertThat(Stance.infer(null, false)).isEqualTo(Stance.AMEND);
        assertThat(Stance.infer("🙏\u0000\u200f", false)).isEqualTo(Stance.AMEND);
        assertThat(Stance.infer("DELETE", false)).isEqualTo(Stance.DELETE);
        assertThat(Stance.infer("x".repeat(1_000_000) + " delete", false)).isEqualTo(Stance.DELETE);
    }
}
