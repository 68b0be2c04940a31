package org.maoni.memorandum;

/** The committee's decision on one proposal; every decision carries reasons. */
public enum Decision {
    ACCEPTED,
    ACCEPTED_WITH_AMENDMENT,
    REJECTED,
    NOTED
}
