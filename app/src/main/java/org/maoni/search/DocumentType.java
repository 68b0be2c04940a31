package org.maoni.search;

/** What an indexed document is. */
public enum DocumentType {
    /** One provision (clause, subclause, paragraph, Part, Schedule) of one bill version. */
    PROVISION,
    /** A memorandum's own text and its attachments' text. */
    MEMORANDUM,
    /** One clause-by-clause proposal of a memorandum (proposed text and justification). */
    PROPOSAL,
    /** The committee's decision on one proposal, with its reasons. */
    DECISION
}
