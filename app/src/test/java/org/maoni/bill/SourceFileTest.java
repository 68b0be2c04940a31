package org.maoni.bill;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SourceFileTest {

    @Test
    void keepsOnlyASafeFileName() {
        assertThat(new SourceFile("../../etc/passwd", new byte[0]).fileName()).isEqualTo("passwd");
        assertThat(new SourceFile("C:\\Users\\clerk\\Bill.pdf", new byte[0]).fileName())
                .isEqualTo("Bill.pdf");
        assertThat(new SourceFile("bill\u0000.pdf\n", new byte[0]).fileName()).isEqualTo("bill.pdf");
        assertThat(new SourceFile("   ", new byte[0]).fileName()).isEqualTo("document");
        assertThat(new SourceFile(null, new byte[0]).fileName()).isEqualTo("document");
        assertThat(new SourceFile("Mswada wa Masoko 🙂.docx", new byte[0]).fileName())
                .isEqualTo("Mswada wa Masoko 🙂.docx");
        assertThat(new SourceFile("x".repeat(400) + ".pdf", new byte[0]).fileName())
                .hasSize(255)
                .endsWith(".pdf");
    }
}
