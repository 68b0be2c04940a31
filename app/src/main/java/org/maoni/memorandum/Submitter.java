package org.maoni.memorandum;

import org.maoni.bill.County;

/**
 * Who submitted a memorandum. {@code name} is the person's or organisation's name; {@code organisationType} is set for
 * organisations only; {@code county}, {@code gender} and {@code disability} may be null (not volunteered);
 * {@code contact} is private.
 */
public record Submitter(
        SubmitterKind kind,
        String name,
        OrganisationType organisationType,
        County county,
        Gender gender,
        Boolean disability,
        ContactDetails contact) {

    public Submitter {
        contact = contact == null ? ContactDetails.NONE : contact;
    }
}
