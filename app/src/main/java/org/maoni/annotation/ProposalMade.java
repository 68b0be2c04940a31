package org.maoni.annotation;

import org.maoni.annotation.model.Annotation;
import org.maoni.memorandum.Receipt;

/** A proposal made on a provision: the memorandum's receipt and the annotation as its submitter may see it. */
public record ProposalMade(Receipt receipt, Annotation annotation) {}
