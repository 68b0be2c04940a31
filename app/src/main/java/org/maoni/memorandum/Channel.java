package org.maoni.memorandum;

/** How a memorandum reached the committee. */
public enum Channel {
    /** The public web form, clause by clause. */
    WEB_FORM,
    /** A DOCX, PDF, ODT or text document uploaded through the web. */
    UPLOAD,
    /** An e-mail to the Clerk ({@code .eml} or {@code .msg}) imported by a clerk, with its attachments. */
    EMAIL,
    /** A partner platform through the JSON API. */
    API
}
