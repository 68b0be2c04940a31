package org.maoni.memorandum;

/** Where a call for memoranda is: from scheduled through the open window to the published report, or withdrawn. */
public enum CallStatus {
    /** Published, but the window opens later. */
    SCHEDULED,
    OPEN,
    /** The window closed; the clerk consolidates the submissions. */
    CLOSED,
    /** Consolidated; the committee adopts its report. */
    CONSOLIDATED,
    /** The committee adopted its report; publication follows. */
    REPORT_ADOPTED,
    PUBLISHED,
    /** The bill was withdrawn; the call ended. */
    WITHDRAWN
}
