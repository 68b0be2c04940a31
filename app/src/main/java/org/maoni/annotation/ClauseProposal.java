package org.maoni.annotation;

import org.maoni.annotation.model.Annotation;
import org.maoni.memorandum.Consent;
import org.maoni.memorandum.Submitter;

/**
 * A proposal or comment made on a provision's text by a member of the public: the annotation (its target names the
 * version and provision, its bodies the comment, stance, wording and reasons) with the submitter's details and consent
 * that the memorandum intake needs; {@code idempotencyKey} makes retries safe.
 */
public record ClauseProposal(Annotation annotation, Submitter submitter, Consent consent, String idempotencyKey) {}
