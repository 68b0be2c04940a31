package org.maoni.memorandum;

/**
 * One clause-by-clause proposal as submitted: {@code provision} is an eId of the bill version (from the clause picker)
 * or a reference as a person writes it ("Clause 5(2)(a)", "section 12", "Part III"); null or blank for the bill as a
 * whole.
 */
public record ProposalInput(String provision, Stance stance, String proposedText, String justification) {}
