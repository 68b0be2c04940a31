/**
 * Framework-free reading of e-mail files (RFC 822/MIME {@code .eml} and Outlook {@code .msg}) into a sender, subject,
 * date, plain-text body and attachments, bounded by {@link org.maoni.memorandum.mail.MailLimits} so that hostile files
 * are rejected rather than exhausting memory.
 *
 * <pre>{@code
 * MailMessage mail = new MailReader().read("memorandum.eml", bytes);
 * }</pre>
 */
package org.maoni.memorandum.mail;
