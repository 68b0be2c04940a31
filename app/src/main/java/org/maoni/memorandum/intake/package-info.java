/**
 * Framework-free intake core: finds the recommendations tables of a memorandum's text blocks, resolves each row's
 * free-text reference ("Clause 5(2)(a)", "Kifungu cha 9", "Part III") to provisions of a bill version, and infers the
 * proposal's stance.
 *
 * <pre>{@code
 * MemorandumProposals found = new ProposalExtractor().extract(document.blocks(), version.provisions());
 * }</pre>
 */
package org.maoni.memorandum.intake;
