// Annotations on a bill's provisions (W3C Web Annotation JSON-LD, GET/POST /api/annotations): the provision's full
// text as the server counts it, the quote chosen in it, the request for a proposal made on the bill page, and reading
// stance, wording, reasons and decision back out of an annotation. Pure functions, no DOM.

/** The W3C Web Annotation JSON-LD context. */
export const ANNOTATION_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';
/** Akoma Ntoso naming convention that a provision's eId (the fragment) conforms to. */
export const AKN_NAMING = 'http://docs.oasis-open.org/legaldocml/akn-nc/v1.0/os/akn-nc-v1.0-os.html';
export const STANCE_PREFIX = 'urn:maoni:stance:';
/** Characters of context kept on each side of a quote, as the server keeps them. */
export const CONTEXT = 32;

function collect(node, lines) {
  const label = `${node.num ?? ''} ${node.heading ?? ''}`.trim();
  if (label) {
    lines.push(label);
  }
  if (typeof node.text === 'string' && node.text.trim()) {
    lines.push(node.text.trim());
  }
  for (const child of Array.isArray(node.children) ? node.children : []) {
    collect(child, lines);
  }
  if (typeof node.wrapUp === 'string' && node.wrapUp.trim()) {
    lines.push(node.wrapUp.trim());
  }
}

/** A provision's whole printed text as the server's Provision.fullText() gives it: one line per part. */
export function fullText(node) {
  const lines = [];
  if (node && typeof node === 'object') {
    collect(node, lines);
  }
  return lines.join('\n');
}

function codePoints(text) {
  return [...text].length;
}

/**
 * The quote chosen in a provision's text: the selection [start, end) in UTF-16 units, trimmed of surrounding white
 * space, or the whole text when nothing is selected. Positions are code points, as the server counts them.
 */
export function quoteIn(text, selectionStart = 0, selectionEnd = 0) {
  let from = Math.max(0, Math.min(selectionStart, text.length));
  let to = Math.max(from, Math.min(selectionEnd, text.length));
  while (from < to && /\s/.test(text[from])) {
    from += 1;
  }
  while (to > from && /\s/.test(text[to - 1])) {
    to -= 1;
  }
  const whole = from === to;
  if (whole) {
    from = 0;
    to = text.length;
  }
  return {
    whole,
    exact: text.slice(from, to),
    prefix: text.slice(Math.max(0, from - CONTEXT), from),
    suffix: text.slice(to, to + CONTEXT),
    start: codePoints(text.slice(0, from)),
    end: codePoints(text.slice(0, to)),
    from,
    to,
  };
}

/** A random id for a new annotation (urn:uuid), from crypto.getRandomValues (available without a secure context). */
export function newAnnotationId(random = (bytes) => crypto.getRandomValues(bytes)) {
  const bytes = random(new Uint8Array(16));
  bytes[6] = (bytes[6] & 0x0f) | 0x40;
  bytes[8] = (bytes[8] & 0x3f) | 0x80;
  const hex = [...bytes].map((b) => b.toString(16).padStart(2, '0')).join('');
  return `urn:uuid:${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** The IRI of a bill version, the source of every annotation on it. */
export function versionIri(origin, billId, version) {
  return `${origin}/api/bills/${encodeURIComponent(billId)}/versions/${encodeURIComponent(version)}`;
}

/**
 * The JSON-LD of a proposal on a provision: target (FragmentSelector naming the eId, refined once by the
 * TextQuoteSelector and once by the TextPositionSelector), the stance body, wording and reasons, and the submission
 * (submitter and consent) that the memorandum intake needs.
 */
export function proposalAnnotation({ id, source, eId, quote, stance, proposedText, justification, submitter, consent }) {
  const fragment = (refinedBy) => ({ type: 'FragmentSelector', value: eId, conformsTo: AKN_NAMING, refinedBy });
  const quoteSelector = { type: 'TextQuoteSelector', exact: quote.exact };
  if (quote.prefix) {
    quoteSelector.prefix = quote.prefix;
  }
  if (quote.suffix) {
    quoteSelector.suffix = quote.suffix;
  }
  const body = [];
  if (stance) {
    body.push({ type: 'SpecificResource', source: STANCE_PREFIX + stance.toLowerCase(), purpose: 'classifying' });
  }
  if (proposedText?.trim()) {
    body.push({ type: 'TextualBody', value: proposedText.trim(), format: 'text/plain', purpose: 'editing' });
  }
  if (justification?.trim()) {
    body.push({ type: 'TextualBody', value: justification.trim(), format: 'text/plain', purpose: 'describing' });
  }
  return {
    '@context': ANNOTATION_CONTEXT,
    id,
    type: 'Annotation',
    motivation: stance === 'SUPPORT' || stance === 'OPPOSE' ? 'commenting' : 'editing',
    body,
    target: {
      type: 'SpecificResource',
      source,
      selector: [
        fragment(quoteSelector),
        fragment({ type: 'TextPositionSelector', start: quote.start, end: quote.end }),
      ],
    },
    submission: { submitter, consent },
  };
}

function asArray(value) {
  if (value === undefined || value === null) {
    return [];
  }
  return Array.isArray(value) ? value : [value];
}

/** What an annotation says, for display: stance, comment, wording, reasons, tags, quote, creator, decision, placement. */
export function readAnnotation(annotation) {
  const bodies = asArray(annotation?.body).filter((body) => body && typeof body === 'object');
  const stanceBody = bodies.find((body) => typeof body.source === 'string' && body.source.startsWith(STANCE_PREFIX));
  const text = (purpose) => bodies.find((body) => body.type === 'TextualBody' && asArray(body.purpose).includes(purpose))?.value ?? '';
  const target = asArray(annotation?.target)[0] ?? {};
  let exact = '';
  for (const selector of asArray(target.selector)) {
    for (const refinement of asArray(selector?.refinedBy)) {
      if (refinement?.type === 'TextQuoteSelector') {
        exact = refinement.exact ?? '';
      }
    }
  }
  const creator = asArray(annotation?.creator)[0];
  return {
    id: annotation?.id ?? '',
    motivation: asArray(annotation?.motivation)[0] ?? '',
    stance: stanceBody ? stanceBody.source.slice(STANCE_PREFIX.length).toUpperCase() : '',
    comment: text('commenting') || text('questioning'),
    proposedText: text('editing'),
    justification: text('describing'),
    tags: bodies.filter((body) => asArray(body.purpose).includes('tagging')).map((body) => body.value ?? ''),
    exact,
    creator: typeof creator === 'object' ? creator?.name ?? creator?.nickname ?? '' : '',
    created: annotation?.created ?? '',
    decision: annotation?.decision ?? null,
    placement: annotation?.placement ?? null,
    memorandum: annotation?.memorandum ?? null,
  };
}

/** The proposals on a provision and everything inside it, from the counts by eId. */
export function countFor(counts, eId) {
  let total = 0;
  for (const [key, value] of Object.entries(counts ?? {})) {
    if ((key === eId || key.startsWith(`${eId}__`)) && Number.isFinite(value)) {
      total += value;
    }
  }
  return total;
}

/** The heat-map shade (0 to 4) of a count relative to the busiest provision. */
export function heatLevel(count, max) {
  if (!count || !max) {
    return 0;
  }
  return Math.max(1, Math.min(4, Math.ceil((count / max) * 4)));
}
