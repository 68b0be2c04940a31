package org.maoni.memorandum;

/** A submitter's gender, volunteered for the statutory participation report and never published per person. */
public enum Gender {
    FEMALE,
    MALE,
    OTHER
}
