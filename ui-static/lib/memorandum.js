// The memorandum form's model and rules: the empty form, the request JSON sent to POST /api/memoranda, client-side
// checks mirroring the server's, the clause picker's options and filter, and the idempotency key kept across retries.
// Pure functions, no DOM.

import { bareNum, citation, walk } from './tree.js';

/** The 47 counties in their official order, as [enum name, display name]; the API accepts the enum name. */
export const COUNTIES = Object.freeze(
  [
    'Mombasa', 'Kwale', 'Kilifi', 'Tana River', 'Lamu', 'Taita Taveta', 'Garissa', 'Wajir', 'Mandera', 'Marsabit',
    'Isiolo', 'Meru', 'Tharaka-Nithi', 'Embu', 'Kitui', 'Machakos', 'Makueni', 'Nyandarua', 'Nyeri', 'Kirinyaga',
    "Murang'a", 'Kiambu', 'Turkana', 'West Pokot', 'Samburu', 'Trans Nzoia', 'Uasin Gishu', 'Elgeyo-Marakwet',
    'Nandi', 'Baringo', 'Laikipia', 'Nakuru', 'Narok', 'Kajiado', 'Kericho', 'Bomet', 'Kakamega', 'Vihiga',
    'Bungoma', 'Busia', 'Siaya', 'Kisumu', 'Homa Bay', 'Migori', 'Kisii', 'Nyamira', 'Nairobi',
  ].map((name) => Object.freeze([name.toUpperCase().replace(/'/g, '').replace(/[^A-Z]+/g, '_'), name])),
);
export const SUBMITTER_KINDS = Object.freeze(['INDIVIDUAL', 'ORGANISATION']);
export const ORGANISATION_TYPES = Object.freeze(['CSO', 'PRIVATE_SECTOR', 'PUBLIC_BODY', 'ACADEMIC', 'OTHER']);
export const GENDERS = Object.freeze(['FEMALE', 'MALE', 'OTHER']);
export const CONSENTS = Object.freeze(['PUBLISH_NAME', 'ANONYMOUS']);
export const STANCES = Object.freeze(['SUPPORT', 'OPPOSE', 'AMEND', 'DELETE', 'INSERT']);
/** File types the intake reads, and the size limit the form announces and checks (the server has the last word). */
export const UPLOAD_EXTENSIONS = Object.freeze(['.docx', '.pdf', '.odt', '.txt']);
export const UPLOAD_ACCEPT =
  '.docx,.pdf,.odt,.txt,application/pdf,text/plain,application/vnd.oasis.opendocument.text,' +
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';
export const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
export const MAX_FILES = 10;
// The server's limits, counted as it counts them (UTF-16 code units).
export const MAX_NAME = 300;
export const MAX_EMAIL = 320;
export const MAX_PHONE = 60;
export const MAX_POSTAL = 500;
export const MAX_TEXT = 1_000_000;

const EMAIL = /^[^\s@]+@[^\s@]+$/;

/** A proposal row with nothing filled in. */
export function emptyProposal() {
  return { provision: '', stance: '', proposedText: '', justification: '' };
}

/** The form before anything is typed. */
export function emptyMemorandum() {
  return {
    kind: 'INDIVIDUAL',
    name: '',
    organisationType: '',
    county: '',
    gender: '',
    disability: '',
    email: '',
    phone: '',
    postalAddress: '',
    consent: '',
    text: '',
    proposals: [],
  };
}

function trimmed(value) {
  return typeof value === 'string' ? value.trim() : '';
}

function orNull(value) {
  const text = trimmed(value);
  return text === '' ? null : text;
}

function isBlankProposal(proposal) {
  return ['provision', 'stance', 'proposedText', 'justification'].every((key) => trimmed(proposal?.[key]) === '');
}

/**
 * The JSON body of POST /api/memoranda for a form model: trimmed text, blanks as null, optional answers left out when
 * not given, and proposal rows left entirely empty dropped.
 */
export function memorandumRequest(model, billId, version) {
  const organisation = model.kind === 'ORGANISATION';
  const submitter = {
    kind: SUBMITTER_KINDS.includes(model.kind) ? model.kind : 'INDIVIDUAL',
    name: trimmed(model.name),
    organisationType: organisation ? orNull(model.organisationType) : null,
    county: orNull(model.county),
    contact: { email: orNull(model.email), phone: orNull(model.phone), postalAddress: orNull(model.postalAddress) },
  };
  if (GENDERS.includes(model.gender)) {
    submitter.gender = model.gender;
  }
  if (model.disability === 'true' || model.disability === 'false') {
    submitter.disability = model.disability === 'true';
  }
  return {
    billId,
    version,
    channel: 'WEB_FORM',
    submitter,
    consent: orNull(model.consent),
    text: trimmed(model.text),
    proposals: (model.proposals ?? [])
      .filter((proposal) => !isBlankProposal(proposal))
      .map((proposal) => ({
        provision: orNull(proposal.provision),
        stance: orNull(proposal.stance),
        proposedText: trimmed(proposal.proposedText),
        justification: trimmed(proposal.justification),
      })),
  };
}

/** The file's extension in lower case (".docx"), or ''. */
export function extensionOf(name) {
  const match = /\.[^./\\]+$/.exec(String(name ?? ''));
  return match ? match[0].toLowerCase() : '';
}

/**
 * Client-side checks of a form model (and its chosen files, {name, size}), mirroring the server's rules: returns a Map
 * from JSON path ("submitter.name", "proposals[1].stance") to message keys. The server's answer is still shown.
 */
export function validateMemorandum(model, files = []) {
  const errors = new Map();
  const add = (path, key) => {
    if (!errors.has(path)) {
      errors.set(path, []);
    }
    errors.get(path).push(key);
  };
  const name = trimmed(model.name);
  const organisation = model.kind === 'ORGANISATION';
  // The server needs a name from organisations; a person may stay nameless, but then cannot ask to be named.
  if (!name && (organisation || model.consent === 'PUBLISH_NAME')) {
    add('submitter.name', organisation ? 'memo.error.organisationNameRequired' : 'memo.error.nameRequired');
  } else if (name.length > MAX_NAME) {
    add('submitter.name', 'memo.error.nameTooLong');
  }
  if (organisation && !ORGANISATION_TYPES.includes(model.organisationType)) {
    add('submitter.organisationType', 'memo.error.organisationTypeRequired');
  }
  const email = trimmed(model.email);
  if (email && (!EMAIL.test(email) || email.length > MAX_EMAIL)) {
    add('submitter.contact.email', 'memo.error.emailInvalid');
  }
  if (trimmed(model.phone).length > MAX_PHONE) {
    add('submitter.contact.phone', 'memo.error.phoneInvalid');
  }
  if (trimmed(model.postalAddress).length > MAX_POSTAL) {
    add('submitter.contact.postalAddress', 'memo.error.postalAddressTooLong');
  }
  if (!CONSENTS.includes(model.consent)) {
    add('consent', 'memo.error.consentRequired');
  }
  const rows = model.proposals ?? [];
  const filled = rows.filter((proposal) => !isBlankProposal(proposal));
  if (!trimmed(model.text) && filled.length === 0 && files.length === 0) {
    add('text', 'memo.error.contentRequired');
  }
  if (trimmed(model.text).length > MAX_TEXT) {
    add('text', 'memo.error.textTooLong');
  }
  rows.forEach((proposal, index) => {
    if (isBlankProposal(proposal)) {
      return;
    }
    if (!STANCES.includes(proposal.stance)) {
      add(`proposals[${index}].stance`, 'memo.error.stanceRequired');
    }
    // A change or an insertion must say what it wants: the wording, or at least the reasons.
    if (
      !['SUPPORT', 'OPPOSE', 'DELETE'].includes(proposal.stance) &&
      !trimmed(proposal.proposedText) &&
      !trimmed(proposal.justification)
    ) {
      add(`proposals[${index}].proposedText`, 'memo.error.proposedTextRequired');
    }
    for (const key of ['proposedText', 'justification']) {
      if (trimmed(proposal[key]).length > MAX_TEXT) {
        add(`proposals[${index}].${key}`, 'memo.error.textTooLong');
      }
    }
  });
  if (files.length > MAX_FILES) {
    add('files', 'memo.error.tooManyFiles');
  }
  for (const file of files) {
    if (!UPLOAD_EXTENSIONS.includes(extensionOf(file?.name))) {
      add('files', 'memo.error.fileType');
    } else if (typeof file.size === 'number' && file.size > MAX_UPLOAD_BYTES) {
      add('files', 'memo.error.fileTooLarge');
    } else if (file.size === 0) {
      add('files', 'memo.error.fileEmpty');
    }
  }
  return errors;
}

/**
 * A server field path in canonical form: "proposals[0].provision", "proposals.0.provision" and
 * "memorandum.proposals[0].provision" all become "proposals[0].provision"; a leading "memorandum." (the multipart
 * part name) is dropped.
 */
export function canonicalPath(field) {
  const parts = String(field ?? '')
    .replace(/\[(\w+)\]/g, '.$1')
    .split('.')
    .filter((part) => part !== '');
  if (parts[0] === 'memorandum' || parts[0] === 'newMemorandum') {
    parts.shift();
  }
  return parts.reduce((path, part) => (/^\d+$/.test(part) ? `${path}[${part}]` : path ? `${path}.${part}` : part), '');
}

/** The id of the form control for a JSON path within a form (`prefix` + path with punctuation as dashes). */
export function controlId(prefix, path) {
  return `${prefix}-${canonicalPath(path).replace(/[^A-Za-z0-9]+/g, '-').replace(/-$/, '')}`;
}

/** Groups a problem's field errors by canonical path (messages as the server wrote them). */
export function problemErrors(problem) {
  const errors = new Map();
  for (const error of problem?.errors ?? []) {
    const path = canonicalPath(error.field);
    if (!errors.has(path)) {
      errors.set(path, []);
    }
    errors.get(path).push(error.message || '');
  }
  return errors;
}

function fold(text) {
  return String(text ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLocaleLowerCase('en');
}

/**
 * The provisions a proposal can name, in document order: every Part, Division, clause, subclause, paragraph and
 * schedule, each with its citation ("Clause 5(2)"), heading and a search key (citation, number, heading and the
 * start of the text).
 */
export function clauseOptions(provisions, t) {
  const options = [];
  walk(provisions, (node, ancestors) => {
    if (!node.eId) {
      return;
    }
    const cite = citation([...ancestors, node], t);
    const heading = typeof node.heading === 'string' ? node.heading.trim() : '';
    const label = heading && !cite.includes(heading) ? `${cite} — ${heading}` : cite || node.eId;
    const text = typeof node.text === 'string' ? node.text.slice(0, 200) : '';
    options.push({
      eId: node.eId,
      label,
      depth: ancestors.length,
      key: fold(`${label} ${bareNum(node.num)} ${node.eId} ${text}`),
    });
  });
  return options;
}

/**
 * Options matching what was typed into the clause search: every word must appear (case and accents ignored); a bare
 * number ("5", "5(2)") also matches clauses cited by it. Empty input keeps all options. The option already chosen is
 * always kept so the select never loses it.
 */
export function filterClauses(options, query, selected = '') {
  const words = fold(query).split(/\s+/).filter(Boolean);
  if (words.length === 0) {
    return options;
  }
  return options.filter((option) => option.eId === selected || words.every((word) => option.key.includes(word)));
}

/**
 * An Idempotency-Key holder for one form: the same key is sent again after a network failure or a server error (the
 * first attempt may have been stored), and a fresh one after the server definitely answered (accepted, or refused with
 * a 4xx, which stores nothing).
 */
export function idempotencyKeeper(generate = () => crypto.randomUUID()) {
  let key = null;
  return {
    key() {
      if (key === null) {
        key = String(generate());
      }
      return key;
    },
    /** Records how the attempt ended: the HTTP status, or 0 when the network failed. */
    settled(status) {
      if ((status >= 200 && status < 300) || (status >= 400 && status < 500 && status !== 408 && status !== 429)) {
        key = null;
      }
    },
  };
}
