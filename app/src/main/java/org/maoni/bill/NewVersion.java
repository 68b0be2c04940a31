package org.maoni.bill;

import jakarta.validation.constraints.Size;
import java.time.LocalDate;

/** What a clerk says about a new version of a bill: its label ("Committee Stage", "As Passed") and publication date. */
public record NewVersion(@Size(max = 200) String label, LocalDate publicationDate) {}
