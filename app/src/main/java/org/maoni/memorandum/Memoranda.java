package org.maoni.memorandum;

import java.util.List;
import java.util.Optional;
import org.maoni.bill.BillId;

/**
 * Intake and lookup of memoranda. {@link #submit} validates everything first and stores nothing on bad input (a
 * {@code MemorandumProblem}, RFC 9457); it returns the receipt only after the memorandum, its files, its proposals and
 * the {@link MemorandumReceived} event are committed in one transaction. The same idempotency key returns the first
 * receipt again.
 */
public interface Memoranda {

    Receipt submit(NewMemorandum memorandum);

    /** The memorandum with personal data, for staff. */
    Optional<Memorandum> find(MemorandumReference reference);

    /** The memorandum for its submitter; a wrong token is treated exactly like an unknown reference (404). */
    Memorandum forSubmitter(MemorandumReference reference, String receiptToken);

    /** The memoranda on a bill, newest first, for staff. */
    List<Memorandum> list(BillId billId);

    /** Withdraws a memorandum on its submitter's word (reference and token); publishes {@link MemorandumWithdrawn}. */
    Memorandum withdraw(MemorandumReference reference, String receiptToken);

    /** The bytes of one of a memorandum's files, for staff; empty when the memorandum has no such file. */
    Optional<byte[]> fileContent(MemorandumReference reference, long fileId);

    /**
     * {@code text} with personal data (phone numbers, e-mail addresses, ID, passport and KRA PIN numbers) replaced by
     * placeholders such as {@code [phone removed]}, for anything shown to the public; null counts as empty.
     */
    String redact(String text);

    /** The text extracted from a memorandum's attached files, in file order; empty when there is none. */
    String attachmentsText(MemorandumReference reference);
}
