package org.maoni.bill;

/** The kinds of node in a bill's provision tree, named after their Akoma Ntoso elements. */
public enum ProvisionType {
    /** The long title ("A Bill for AN ACT of Parliament to ..."). */
    PREFACE,
    /** The enacting formula ("ENACTED by the Parliament of Kenya, as follows—"). */
    PREAMBLE,
    PART,
    /** A division inside a Part, where a bill has them. */
    DIVISION,
    /** A clause of the bill (a section once enacted). */
    SECTION,
    SUBSECTION,
    PARAGRAPH,
    SUBPARAGRAPH,
    SCHEDULE,
    /** The closing Memorandum of Objects and Reasons, kept as its own block. */
    OBJECTS_AND_REASONS
}
