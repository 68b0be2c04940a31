package org.maoni.bill.synthetic;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SyntheticBillTest {

    @Test
    void smoke() throws Exception {
        SyntheticBill bill = SyntheticBill.generate(25, 7);
        java.nio.file.Files.write(java.nio.file.Path.of("/tmp/syn.docx"), bill.toDocx());
        java.nio.file.Files.write(
                java.nio.file.Path.of("/tmp/syn-num.docx"),
                bill.toDocx(new DocxOptions(true, DocxOptions.MarginNoteStyle.TEXT_BOX)));
        java.nio.file.Files.write(
                java.nio.file.Path.of("/tmp/syn-rp.docx"),
                bill.toDocx(new DocxOptions(false, DocxOptions.MarginNoteStyle.RIGHT_ALIGNED_PARAGRAPH)));
        java.nio.file.Files.write(java.nio.file.Path.of("/tmp/syn.pdf"), bill.toPdf());
        java.nio.file.Files.write(java.nio.file.Path.of("/tmp/syn-outer.pdf"), bill.toPdf(new PdfOptions(true)));
        org.apache.tika.Tika tika = new org.apache.tika.Tika();
        tika.setMaxStringLength(-1);
        for (String f : new String[] {"syn.docx", "syn-num.docx", "syn-rp.docx", "syn.pdf"}) {
            java.nio.file.Files.writeString(
                    java.nio.file.Path.of("/tmp/" + f + ".txt"),
                    tika.parseToString(java.nio.file.Path.of("/tmp/" + f)));
        }
        assertThat(bill.expectedClauses()).hasSize(25);
    }
}
