/**
 * Bill parsing: the extractor's text blocks in, a bill version's provision tree, cover particulars and a cross-check
 * report out.
 *
 * <h2>Use</h2>
 *
 * <pre>{@code
 * BillParser parser = new BillParser(); // stateless: share one
 * ParsedBill bill = parser.parse(extractedDocument.blocks());
 * if (!BillParser.isBill(bill)) { ... } // no clause found: a warning "not-a-bill" says so
 * }</pre>
 *
 * <h2>How</h2>
 *
 * <ol>
 *   <li>Each block's text is cleaned by {@code OcrRepair}: control characters dropped, spaces normalised, OCR
 *       letter-spacing rejoined where the result is a dictionary word ({@code english-words.txt}, from SCOWL) or a word
 *       the document prints whole, never across digits.
 *   <li>{@code Boilerplate} marks stamps, running headers, page numbers and the printer's imprint; the cover (up to the
 *       arrangement or the long title) feeds {@code MetadataReader}.
 *   <li>{@code Arrangement} reads the ARRANGEMENT OF CLAUSES; {@code BodyParser} builds the tree from the enacting
 *       formula to the Memorandum, reading numbers with OCR tolerance ({@code Numbering}), keeping quoted amendments and
 *       definitions as text, and collecting marginal notes (anchored by the extractor, glued to a line, or printed
 *       apart) by their fit to the arrangement's titles.
 *   <li>{@code Reconciler} heads each clause and checks the body against the arrangement: the report's score is the
 *       share of arrangement clauses found with the right number and heading.
 * </ol>
 */
@org.springframework.modulith.NamedInterface("parsing")
package org.maoni.bill.parsing;
