// Comparing two versions of a bill: the change kinds, the page's query (which versions, which kinds,
// which layout), the summary, grouping unchanged provisions into counts, and redline segments.
// Pure functions over the API's diff and history documents.

import { bareNum } from './tree.js';

/** Every change kind the API reports, in the order the UI lists them (the most significant first). */
export const CHANGE_KINDS = Object.freeze([
  'MODIFIED',
  'INSERTED',
  'DELETED',
  'RENUMBERED',
  'MOVED',
  'SPLIT',
  'MERGED',
  'UNCHANGED',
]);

/** The kinds a reader can filter by: everything but UNCHANGED, which is always collapsed into counts. */
export const FILTER_KINDS = Object.freeze(CHANGE_KINDS.filter((kind) => kind !== 'UNCHANGED'));

export const VIEWS = Object.freeze(['inline', 'side']);

const VERSION_NUMBER = /^[1-9][0-9]{0,8}$/;

function versionParam(value) {
  return typeof value === 'string' && VERSION_NUMBER.test(value) ? Number(value) : null;
}

/**
 * Reads the page's query: `from` and `to` (version numbers; defaults: the latest and the one before it, as the API
 * does), `kinds` (comma-separated change kinds; default all of FILTER_KINDS) and `view` ('inline' or 'side').
 * `numbers` are the bill's version numbers. `valid` is false when a version is unknown or `from` equals `to`.
 */
export function parseChangesQuery(searchParams, numbers) {
  const known = (Array.isArray(numbers) ? numbers : []).filter((n) => Number.isInteger(n)).sort((a, b) => a - b);
  const latest = known.length ? known[known.length - 1] : null;
  const rawTo = searchParams.get('to');
  const rawFrom = searchParams.get('from');
  const to = rawTo === null ? latest : versionParam(rawTo);
  let from = rawFrom === null ? null : versionParam(rawFrom);
  if (rawFrom === null && to !== null) {
    const earlier = known.filter((n) => n < to);
    from = earlier.length ? earlier[earlier.length - 1] : null;
  }
  const rawKinds = searchParams.get('kinds');
  const kinds =
    rawKinds === null
      ? [...FILTER_KINDS]
      : FILTER_KINDS.filter((kind) => rawKinds.split(',').map((part) => part.trim().toUpperCase()).includes(kind));
  const view = searchParams.get('view') === 'side' ? 'side' : 'inline';
  const valid = from !== null && to !== null && from !== to && known.includes(from) && known.includes(to);
  return { from, to, kinds, view, valid };
}

/** The query string for {from, to, kinds, view}; defaults (all kinds, inline) are left out so links stay short. */
export function changesSearch({ from, to, kinds, view }) {
  const params = new URLSearchParams();
  if (from !== null && from !== undefined) {
    params.set('from', String(from));
  }
  if (to !== null && to !== undefined) {
    params.set('to', String(to));
  }
  const chosen = FILTER_KINDS.filter((kind) => (kinds ?? FILTER_KINDS).includes(kind));
  if (chosen.length !== FILTER_KINDS.length) {
    params.set('kinds', chosen.join(','));
  }
  if (view === 'side') {
    params.set('view', 'side');
  }
  const text = params.toString();
  return text ? `?${text.replace(/%2C/g, ',')}` : '';
}

/** The summary as [{kind, count}] in CHANGE_KINDS order, without kinds that do not occur; unknown kinds come last. */
export function summaryEntries(summary) {
  const counts = summary && typeof summary === 'object' ? summary : {};
  const known = CHANGE_KINDS.filter((kind) => Number(counts[kind]) > 0).map((kind) => ({ kind, count: Number(counts[kind]) }));
  const others = Object.keys(counts)
    .filter((kind) => !CHANGE_KINDS.includes(kind) && Number(counts[kind]) > 0)
    .sort()
    .map((kind) => ({ kind, count: Number(counts[kind]) }));
  return [...known, ...others];
}

/** How many provisions changed in any way (every kind but UNCHANGED). */
export function changedCount(summary) {
  return summaryEntries(summary)
    .filter(({ kind }) => kind !== 'UNCHANGED')
    .reduce((total, { count }) => total + count, 0);
}

/**
 * The changes to show, in reading order: changes of the chosen kinds as {type: 'change', change}, and each run of
 * unchanged provisions as one {type: 'unchanged', changes}. Changes of other kinds are left out and do not break a run.
 */
export function groupChanges(changes, kinds = FILTER_KINDS) {
  const items = [];
  let run = [];
  const flush = () => {
    if (run.length) {
      items.push({ type: 'unchanged', changes: run });
      run = [];
    }
  };
  for (const change of Array.isArray(changes) ? changes : []) {
    if (!change || typeof change !== 'object') {
      continue;
    }
    if (change.kind === 'UNCHANGED') {
      run.push(change);
    } else if (kinds.includes(change.kind) || !CHANGE_KINDS.includes(change.kind)) {
      flush();
      items.push({ type: 'change', change });
    }
  }
  flush();
  return items;
}

/** How many changes of the chosen kinds there are (unchanged provisions not counted). */
export function shownCount(changes, kinds = FILTER_KINDS) {
  return groupChanges(changes, kinds).filter((item) => item.type === 'change').length;
}

/**
 * The pieces of a redline for one side: 'inline' keeps every operation, 'old' the text as it was (equal and deleted),
 * 'new' the text as it is (equal and inserted). Adjacent pieces of the same kind are merged.
 */
export function redlineSegments(operations, side = 'inline') {
  const keep = { inline: ['EQUAL', 'INSERT', 'DELETE'], old: ['EQUAL', 'DELETE'], new: ['EQUAL', 'INSERT'] }[side] ?? [];
  const segments = [];
  for (const op of Array.isArray(operations) ? operations : []) {
    if (!op || !keep.includes(op.kind) || typeof op.text !== 'string' || op.text === '') {
      continue;
    }
    const last = segments[segments.length - 1];
    if (last && last.kind === op.kind) {
      last.text += op.text;
    } else {
      segments.push({ kind: op.kind, text: op.text });
    }
  }
  return segments;
}

/** Whether a change carries a text diff worth showing. */
export function hasRedline(change) {
  return Array.isArray(change?.operations) && change.operations.some((op) => op && op.kind !== 'EQUAL');
}

/** Which kind of provision an eId names, from its last component: 'sec_5__subsec_2' -> 'SUBSECTION'. */
export function typeOfEId(eId) {
  const last = String(eId ?? '').split('__').pop();
  const prefixes = [
    ['sec_', 'SECTION'],
    ['part_', 'PART'],
    ['dvs_', 'DIVISION'],
    ['sched_', 'SCHEDULE'],
    ['subsec_', 'SUBSECTION'],
    ['para_', 'PARAGRAPH'],
    ['subpara_', 'SUBPARAGRAPH'],
  ];
  for (const [prefix, type] of prefixes) {
    if (last.startsWith(prefix)) {
      return type;
    }
  }
  return { preface: 'PREFACE', preamble: 'PREAMBLE', objectsAndReasons: 'OBJECTS_AND_REASONS' }[last] ?? null;
}

/**
 * A short name for one side of a change: "Clause 5", "Part II", "Schedule", "Long title"; the printed number when
 * the kind is unknown; '' when the side does not exist. `t` is an i18n translator.
 */
export function provisionName(t, eId, num) {
  if (!eId) {
    return '';
  }
  const bare = bareNum(num);
  switch (typeOfEId(eId)) {
    case 'SECTION':
      return bare ? t('provision.clause', { num: bare }) : t('provision.clauseUnnumbered');
    case 'PART':
      return bare ? t('provision.part', { num: bare }) : t('provision.partUnnumbered');
    case 'DIVISION':
      return bare ? t('provision.division', { num: bare }) : t('provision.divisionUnnumbered');
    case 'SCHEDULE':
      return bare && !/^schedule$/i.test(bare) ? t('provision.schedule', { num: bare }) : t('provision.scheduleUnnumbered');
    case 'PREFACE':
      return t('provision.preface');
    case 'PREAMBLE':
      return t('provision.preamble');
    case 'OBJECTS_AND_REASONS':
      return t('provision.objects');
    default:
      return bare || String(eId);
  }
}

/** Whether a change gave the provision another number (both sides numbered, and the numbers differ). */
export function numberChanged(change) {
  return Boolean(change?.oldNum && change?.newNum && bareNum(change.oldNum) !== bareNum(change.newNum));
}

/** Whether a change gave the provision another heading (both sides headed, and the headings differ). */
export function headingChanged(change) {
  return Boolean(change?.oldHeading && change?.newHeading && change.oldHeading.trim() !== change.newHeading.trim());
}

/** The step of a history for `version`, else the last step that has the provision, else null. */
export function focusStep(history, version) {
  const steps = Array.isArray(history?.steps) ? history.steps : [];
  const present = steps.filter((step) => step && step.provision);
  return (
    present.find((step) => step.version === version) ??
    (present.length ? present[present.length - 1] : null)
  );
}
