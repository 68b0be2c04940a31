package org.maoni.annotation;

/**
 * Who asks for annotations: staff (CLERK, COMMITTEE, ADMIN) see everything, personal names included; the public sees
 * a memorandum's proposals only once its response is published, and never contact details or withheld names.
 * {@code username} is the staff user's name, null for the public; {@code tagger} whether the viewer may add tags.
 */
public record Viewer(boolean staff, boolean tagger, String username) {

    /** Anyone not signed in as staff. */
    public static final Viewer PUBLIC = new Viewer(false, false, null);
}
