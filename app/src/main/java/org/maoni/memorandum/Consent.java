package org.maoni.memorandum;

/** What the submitter agreed to: publish their name with the memorandum, or publish it anonymously. */
public enum Consent {
    PUBLISH_NAME,
    ANONYMOUS
}
