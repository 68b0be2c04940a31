package org.maoni.memorandum;

/** The kind of organisation that submitted a memorandum, as counted in the participation report. */
public enum OrganisationType {
    CSO,
    PRIVATE_SECTOR,
    PUBLIC_BODY,
    ACADEMIC,
    OTHER
}
