package org.maoni.drafting;

/** What applying a proposal does to the draft. */
public enum ApplicationAction {
    /** The provision's own text becomes the proposed wording. */
    REPLACE_TEXT,
    /** The quoted words are replaced by the proposed ones. */
    REPLACE_WORDS,
    /** The quoted words are struck out. */
    DELETE_WORDS,
    /** The proposed words are inserted after the quoted ones. */
    INSERT_WORDS,
    /** The provision is removed with its sub-provisions. */
    DELETE_PROVISION,
    /** A new provision with the proposed wording follows the one the proposal names. */
    INSERT_PROVISION
}
