package org.maoni.memorandum;

import java.time.LocalDate;
import org.maoni.bill.County;

/** A clerk's record of a hearing held: date (not in the future), venue, county and attendance are required. */
public record NewHearing(LocalDate heldOn, String venue, County county, Integer attendance, String notes) {}
