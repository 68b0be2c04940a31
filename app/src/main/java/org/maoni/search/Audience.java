package org.maoni.search;

/**
 * Who is searching, which decides what a search may match and return: the public sees {@link Visibility#PUBLIC}
 * documents and their public fields only; staff (CLERK, COMMITTEE, ADMIN) see every document and its staff-only text.
 */
public enum Audience {
    PUBLIC,
    STAFF
}
