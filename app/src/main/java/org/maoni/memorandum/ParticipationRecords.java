package org.maoni.memorandum;

import java.util.List;
import org.maoni.bill.BillId;

/**
 * Read access for reports: the memoranda on a bill with when each was answered (staff, personal data included), and
 * the published memoranda of all bills with personal data removed, fit for open data.
 */
public interface ParticipationRecords {

    /** Every memorandum on the bill, oldest first, with the time its response was published (null if not yet). */
    List<MemorandumRecord> onBill(BillId billId);

    /**
     * The memoranda whose response is published, oldest first: no contact details, gender or disability; a name only
     * for an organisation that agreed to publish it; phone numbers, e-mail addresses and ID numbers in the text
     * replaced by placeholders.
     */
    List<PublishedMemorandum> published();

    /**
     * {@code text} from memorandum {@code source} fit for a report: phone numbers, e-mail addresses, ID numbers and the
     * submitter's name (unless an organisation agreed to publish it) replaced by placeholders.
     */
    String withoutPersonalData(Memorandum source, String text);
}
