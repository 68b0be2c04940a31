package org.maoni.memorandum;

import java.util.List;
import org.maoni.bill.BillId;

/**
 * Import of e-mails to the Clerk ({@code .eml}, {@code .msg}) by staff: each e-mail becomes one memorandum of the
 * {@link Channel#EMAIL} channel (sender as submitter, the mail's date as time of receipt, its body as text, its
 * document attachments as files). An e-mail that cannot be read or accepted is reported and the others are still
 * imported; importing the same e-mail file again returns its first receipt.
 */
public interface MailImports {

    /** What became of one import: a receipt per accepted e-mail, a problem per refused one or per skipped attachment. */
    record Result(List<Receipt> receipts, List<Problem> problems) {

        public Result {
            receipts = List.copyOf(receipts);
            problems = List.copyOf(problems);
        }
    }

    /** Why one file (or one of its attachments) was not imported: a problem type as in RFC 9457 and a detail. */
    record Problem(String file, String type, String detail) {}

    /** Imports the files; {@code version} null means the version of the open call, {@code consent} null ANONYMOUS. */
    Result importMail(BillId billId, Integer version, Consent consent, List<SubmittedFile> files, String actor);
}
