package org.maoni.bill.parsing;

import java.time.LocalDate;

/**
 * What a bill's cover and title say about it, as printed; every field is null where the document does not say.
 * {@code billNumber} is e.g. "National Assembly Bills No. 30", {@code gazetteSupplement} e.g. "Kenya Gazette
 * Supplement No. 102", {@code house} e.g. "National Assembly", "Senate" or "County Assembly of Nairobi".
 */
public record BillMetadata(
        String title, String house, String billNumber, Integer year, String gazetteSupplement, LocalDate date) {}
