package org.maoni.memorandum;

/**
 * How to reach a submitter: private personal data, shown to staff only and never in public views, search results or
 * exports. Every field may be null.
 */
public record ContactDetails(String email, String phone, String postalAddress) {

    /** No contact details at all. */
    public static final ContactDetails NONE = new ContactDetails(null, null, null);

    /** Whether at least one way to reach the submitter is given. */
    public boolean any() {
        return present(email) || present(phone) || present(postalAddress);
    }

    private static boolean present(String s) {
        return s != null && !s.isBlank();
    }
}
