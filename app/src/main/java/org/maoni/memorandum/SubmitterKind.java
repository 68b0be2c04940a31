package org.maoni.memorandum;

/** Whether a memorandum speaks for one person or for an organisation. */
public enum SubmitterKind {
    INDIVIDUAL,
    ORGANISATION
}
