package org.maoni.bill.synthetic;

/**
 * How to write a bill as PDF. With {@code outerMargins} marginal notes sit in the outer margin (left on even pages,
 * right on odd pages) as in the printed Gazette; otherwise always on the right.
 */
public record PdfOptions(boolean outerMargins) {

    public static PdfOptions defaults() {
        return new PdfOptions(false);
    }
}
