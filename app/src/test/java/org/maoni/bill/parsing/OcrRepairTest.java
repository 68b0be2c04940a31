package org.maoni.bill.parsing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** Letter-spacing repair joins only into words, never inside numbers. */
class OcrRepairTest {

    private final OcrRepair repair = new OcrRepair(Set.of());

    @Test
    void rejoinsLetterSpacedWords() {
        assertThat(repair.clean("T H E  K ENY A N  G A Z E T T E")).isEqualTo("THE KENYAN GAZETTE");
        assertThat(repair.clean("The  Pensions  (Amendment)  Bil l ,  2024"))
                .isEqualTo("The Pensions (Amendment) Bill, 2024");
        assertThat(repair.clean("l i b r a r y")).isEqualTo("library");
        assertThat(repair.clean("nat i onal counci l f or")).isEqualTo("national council for");
        assertThat(repair.clean("NAI ROBI ,  7th  M ar ch ,  2024")).isEqualTo("NAIROBI, 7th March, 2024");
        assertThat(repair.clean("“ E x am i n at i o n  B o a rd ”  m ean s  t h e"))
                .isEqualTo("“Examination Board” means the");
        assertThat(repair.clean("P A R T  I I  -  P R E L I M I N A R Y")).isEqualTo("PART II - PRELIMINARY");
        assertThat(repair.clean("P A R T I I - E ST A B L I SH M E N T O F T H E I N ST I T U T E"))
                .isEqualTo("PART II - ESTABLISHMENT OF THE INSTITUTE");
    }

    @Test
    void leavesNumbersAndRealWordsAlone() {
        assertThat(repair.clean("5 19")).isEqualTo("5 19");
        assertThat(repair.clean("1,  This  AQt  may  be  cited")).isEqualTo("1, This AQt may be cited");
        assertThat(repair.clean("ENACTED  by  the  Parliament  of  Kenya,  as follows—"))
                .isEqualTo("ENACTED by the Parliament of Kenya, as follows—");
        assertThat(repair.clean("Information to be set out in an e- health database"))
                .isEqualTo("Information to be set out in an e- health database");
        assertThat(repair.clean("No.  4 2  of  20 12")).isEqualTo("No. 4 2 of 20 12");
        assertThat(repair.clean("Sheria hii itajulikana kama Sheria ya Maji"))
                .isEqualTo("Sheria hii itajulikana kama Sheria ya Maji");
    }

    @Test
    void dropsControlCharactersAndTidiesSpaces() {
        assertThat(repair.clean("a\u0000b\u0007c")).isEqualTo("abc");
        assertThat(repair.clean("\u00A0 text \t with\u2003gaps ")).isEqualTo("text with gaps");
        assertThat(repair.clean("( 1)  The  Council ,  and")).isEqualTo("(1) The Council, and");
        assertThat(repair.clean("")).isEmpty();
        assertThat(repair.clean(null)).isEmpty();
        assertThat(repair.clean("🙂 emoji stays")).isEqualTo("🙂 emoji stays");
        assertThat(repair.clean("هذا القانون")).isEqualTo("هذا القانون");
    }

    @Test
    void documentWordsHelpRejoinNames() {
        List<String> lines = List.of("Wetangula said", "Wetangula again", "and Wetangula", "W e t a n g u l a");
        OcrRepair withNames = new OcrRepair(OcrRepair.documentWords(lines));
        assertThat(withNames.clean("Weta ngula")).isEqualTo("Wetangula");
    }

    @Test
    void definitionQuotationMarksMisreadByOcrAreMended() {
        assertThat(BodyParser.mendDefinitionQuotes("4 4Chief Executive Officer” means the person"))
                .isEqualTo("“Chief Executive Officer” means the person");
        assertThat(BodyParser.mendDefinitionQuotes("President 9 9 means the President"))
                .isEqualTo("“President” means the President");
        assertThat(BodyParser.mendDefinitionQuotes("“Council 9 ? means the Council"))
                .isEqualTo("“Council” means the Council");
        assertThat(BodyParser.mendDefinitionQuotes("(6 Chairman” means the chairman"))
                .isEqualTo("“Chairman” means the chairman");
        assertThat(BodyParser.mendDefinitionQuotes("a actuary” has the meaning"))
                .isEqualTo("“actuary” has the meaning");
        assertThat(BodyParser.mendDefinitionQuotes("“levy” means the levy")).isEqualTo("“levy” means the levy");
    }

    @Test
    void numberingHelpers() {
        assertThat(Numbering.roman("iv")).isEqualTo(4);
        assertThat(Numbering.roman("iiii")).isEqualTo(-1);
        assertThat(Numbering.partRoman("HI")).isEqualTo(3);
        assertThat(Numbering.nextLetter("h")).isEqualTo("i");
        assertThat(Numbering.nextLetter("z")).isEqualTo("aa");
        assertThat(Numbering.nextSuffix("")).isEqualTo("A");
        assertThat(Numbering.nextSuffix("A")).isEqualTo("B");
        assertThat(Numbering.numeric("lA")).containsExactly(1, 1);
        assertThat(Numbering.numericSuffix("ID")).isEqualTo("D");
        assertThat(Numbering.clause("Short title.1. This Act").prefix()).isEqualTo("Short title.");
        assertThat(Numbering.clause("5 3 7")).isNull();
    }
}
