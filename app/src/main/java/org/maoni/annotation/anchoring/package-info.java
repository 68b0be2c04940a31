/**
 * Anchoring of text quotes in provisions: validation of a TextQuoteSelector and TextPositionSelector against a
 * provision's text, and re-anchoring across bill versions. Positions are counted in Unicode code points of the
 * provision's full text ({@link org.maoni.bill.Provision#fullText()}). Pure Java; no Spring.
 */
package org.maoni.annotation.anchoring;
