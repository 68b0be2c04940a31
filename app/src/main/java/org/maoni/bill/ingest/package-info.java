/**
 * Document extraction: an uploaded file in, {@link org.maoni.bill.ingest.ExtractedDocument text blocks} out, or a
 * {@link org.maoni.bill.ingest.DocumentRejectedException rejection} with a stable reason.
 *
 * <h2>Use</h2>
 *
 * <pre>{@code
 * DocumentExtractor extractor = new DocumentExtractor(ExtractionLimits.defaults()); // share one; close() on shutdown
 * ExtractedDocument doc = extractor.extract(upload.getOriginalFilename(), upload.getBytes());
 * }</pre>
 *
 * <h2>What the blocks are</h2>
 *
 * <ul>
 *   <li><b>PDF</b>: one block per text line, in reading order by position, with its 1-based page. Marginal notes are
 *       found by position (text wholly beside the page's body column, narrow, with letters) and attached as
 *       {@code marginNote} of the body line they sit beside, usually the line that starts the clause. Running headers
 *       and page numbers stay as lines (the parser drops them). Reading is by PDFBox, the library under Tika's PDF
 *       parser, because the word positions are needed.
 *   <li><b>DOCX</b>: one block per paragraph in document order, list numbering rendered at the start ("5. ",
 *       "(a) "), marginal notes (text boxes, frames, or the narrow column of a two-column section as in PDF-to-Word
 *       conversions) attached as {@code marginNote}; one block per table row, cells separated by a tab; headers,
 *       footers, footnotes, comments, deleted and hidden text dropped. Page is 0.
 *   <li><b>DOC</b> (Word 97–2003, accepted: Tika reads it with POI), <b>ODT</b>, <b>RTF</b>, <b>HTML</b>: one block
 *       per paragraph (HTML line breaks inside a paragraph become spaces); table rows as above; no marginal notes.
 *   <li><b>Plain text</b> (UTF-8, UTF-16 with a byte-order mark, otherwise Windows-1252): one block per non-blank
 *       line.
 * </ul>
 *
 * <p>All text is normalised: NFC, control characters other than tab removed, line endings and non-breaking spaces made
 * plain, runs of spaces collapsed, ends trimmed. Blocks never contain a newline.
 *
 * <h2>Rejections</h2>
 *
 * {@link org.maoni.bill.ingest.DocumentRejectedException.Reason}: EMPTY, TOO_LARGE (bytes, pages, characters, or
 * unpacked size), UNSUPPORTED_TYPE, TYPE_MISMATCH (extension and content disagree), ENCRYPTED, CORRUPT (including zip
 * bombs and absurd nesting), NO_TEXT, TIMEOUT: all the client's problem (4xx); BUSY: too many extractions at once
 * (503, retry).
 */
@org.springframework.modulith.NamedInterface("ingest")
package org.maoni.bill.ingest;
