package org.maoni.memorandum.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.maoni.bill.BillId;
import org.maoni.bill.BillService;
import org.maoni.memorandum.Channel;
import org.maoni.memorandum.Consent;
import org.maoni.memorandum.ContactDetails;
import org.maoni.memorandum.MailImports;
import org.maoni.memorandum.Memoranda;
import org.maoni.memorandum.MemorandumProblem;
import org.maoni.memorandum.NewMemorandum;
import org.maoni.memorandum.Receipt;
import org.maoni.memorandum.SubmittedFile;
import org.maoni.memorandum.Submitter;
import org.maoni.memorandum.SubmitterKind;
import org.maoni.memorandum.mail.MailMessage;
import org.maoni.memorandum.mail.MailReader;
import org.maoni.memorandum.mail.MailRejectedException;
import org.springframework.stereotype.Service;

/**
 * E-mail import through the ordinary intake ({@link Memoranda#submit}): one memorandum per e-mail, each in its own
 * transaction, with an idempotency key made from the e-mail file's hash and the bill so that a re-import changes
 * nothing. Attachments that are not documents (signature images, calendar invitations) are left out and reported.
 */
@Service
class MailImportService implements MailImports {

    private final MailReader reader = new MailReader();
    private final Memoranda memoranda;
    private final BillService bills;

    MailImportService(Memoranda memoranda, BillService bills) {
        this.memoranda = memoranda;
        this.bills = bills;
    }

    @Override
    public Result importMail(BillId billId, Integer version, Consent consent, List<SubmittedFile> files, String actor) {
        bills.get(billId);
        if (files.isEmpty()) {
            throw MemorandumProblem.invalidFields(
                    "Attach at least one e-mail file (.eml or .msg).",
                    List.of(new MemorandumProblem.FieldError("files", "is empty")));
        }
        List<Receipt> receipts = new ArrayList<>();
        List<Problem> problems = new ArrayList<>();
        for (SubmittedFile file : files) {
            MailMessage mail;
            try {
                mail = reader.read(file.filename(), file.content());
            } catch (MailRejectedException e) {
                problems.add(new Problem(
                        file.filename(),
                        "urn:maoni:problem:mail-"
                                + e.reason().name().toLowerCase(Locale.ROOT).replace('_', '-'),
                        e.getMessage()));
                continue;
            }
            List<SubmittedFile> documents = new ArrayList<>();
            for (SubmittedFile attachment : mail.attachments()) {
                boolean document = FileTypes.fromFileName(attachment.filename()).isPresent()
                        && FileTypes.fromFileName(attachment.filename()).equals(FileTypes.detect(attachment.content()));
                if (document) {
                    documents.add(attachment);
                } else {
                    problems.add(new Problem(
                            file.filename() + " / " + attachment.filename(),
                            "urn:maoni:problem:attachment-skipped",
                            "The attachment " + attachment.filename() + " is not a DOCX, PDF, ODT or text document"
                                    + " and was left out; the e-mail was imported without it."));
                }
            }
            String name = present(mail.fromName()) ? mail.fromName().strip() : mail.fromAddress();
            String text = mail.bodyText().strip();
            if (present(mail.subject()) && !text.isEmpty()) {
                text = mail.subject().strip() + "\n\n" + text;
            }
            try {
                receipts.add(memoranda.submit(new NewMemorandum(
                        billId,
                        version,
                        Channel.EMAIL,
                        new Submitter(
                                SubmitterKind.INDIVIDUAL,
                                name,
                                null,
                                null,
                                null,
                                null,
                                new ContactDetails(mail.fromAddress(), null, null)),
                        consent == null ? Consent.ANONYMOUS : consent,
                        text,
                        List.of(),
                        documents,
                        mail.sentAt(),
                        "mail:" + billId + ":" + SubmissionRules.sha256(file.content()),
                        actor)));
            } catch (MemorandumProblem e) {
                String type = e.getBody().getType() == null
                        ? "about:blank"
                        : e.getBody().getType().toString();
                problems.add(new Problem(file.filename(), type, e.getBody().getDetail()));
            }
        }
        return new Result(receipts, problems);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
