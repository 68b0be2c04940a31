package org.maoni.calendar;

/** Where a {@link Holiday} comes from: the law's rules, per-year data, a one-off gazette notice, or the Sunday rule. */
public enum HolidayKind {
    /** Fixed by the Public Holidays Act or the Constitution: a fixed date, Easter-based, or a general-election day. */
    STATUTORY,
    /** A holiday whose date is gazetted each year (Idd-ul-Fitr, Idd-ul-Azha), taken from the configured data. */
    VARIABLE,
    /** A one-off day gazetted by the Cabinet Secretary under section 3 of the Act, taken from configuration. */
    EXTRA,
    /** The day off in place of a holiday that fell on a Sunday (section 4 of the Act). */
    SUBSTITUTE
}
