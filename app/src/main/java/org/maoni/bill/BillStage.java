package org.maoni.bill;

/** Where a bill is in the legislative process. */
public enum BillStage {
    PUBLISHED,
    FIRST_READING,
    PUBLIC_PARTICIPATION,
    COMMITTEE,
    SECOND_READING,
    COMMITTEE_OF_THE_WHOLE_HOUSE,
    THIRD_READING,
    PASSED,
    ASSENTED,
    WITHDRAWN,
    LAPSED
}
