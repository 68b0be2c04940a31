/**
 * Clause alignment across bill versions, word-level diffs and HTML redlines. A pure core: it depends on no other Maoni
 * module and on no framework, only on diff-match-patch.
 */
package org.maoni.diff;
