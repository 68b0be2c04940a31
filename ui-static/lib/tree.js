// Helpers over a version's provision tree (the API's nested Provision objects). Pure functions.

const CONTAINER_TYPES = new Set(['PART', 'DIVISION']);
const NUMBERED_INSIDE_CLAUSE = new Set(['SUBSECTION', 'PARAGRAPH', 'SUBPARAGRAPH']);

function childrenOf(node) {
  return Array.isArray(node?.children) ? node.children : [];
}

/** Visits every provision depth-first, in document order, with its ancestors (outermost first). */
export function walk(provisions, visit, ancestors = []) {
  for (const node of Array.isArray(provisions) ? provisions : []) {
    if (!node || typeof node !== 'object') {
      continue;
    }
    visit(node, ancestors);
    walk(childrenOf(node), visit, [...ancestors, node]);
  }
}

/** The chain of provisions from the top level down to the one with `eId`, or [] when absent. */
export function pathTo(provisions, eId) {
  let found = [];
  walk(provisions, (node, ancestors) => {
    if (found.length === 0 && node.eId === eId) {
      found = [...ancestors, node];
    }
  });
  return found;
}

/** The provision with `eId`, or null. */
export function findProvision(provisions, eId) {
  const path = pathTo(provisions, eId);
  return path.length ? path[path.length - 1] : null;
}

/** Counts provisions by type. */
export function countByType(provisions) {
  const counts = {};
  walk(provisions, (node) => {
    counts[node.type] = (counts[node.type] ?? 0) + 1;
  });
  return counts;
}

/** A printed number without its trailing full stop or dash: "5." -> "5", "PART II" -> "II". */
export function bareNum(num) {
  if (num === null || num === undefined) {
    return '';
  }
  return String(num)
    .trim()
    .replace(/^(?:part|division|sehemu)\s+/i, '')
    .replace(/[.\u2014\u2013-]+$/, '')
    .trim();
}

/**
 * A short human citation of the last provision in `path`, in the reader's language: "Clause
 * 5(2)(a)", "Part II", "Long title". `t` is an i18n translator.
 */
export function citation(path, t) {
  if (!Array.isArray(path) || path.length === 0) {
    return '';
  }
  const node = path[path.length - 1];
  const num = bareNum(node.num);
  switch (node.type) {
    case 'PART':
      return num ? t('provision.part', { num }) : node.heading || t('provision.partUnnumbered');
    case 'DIVISION':
      return num ? t('provision.division', { num }) : node.heading || t('provision.divisionUnnumbered');
    case 'SECTION':
      return num ? t('provision.clause', { num }) : node.heading || t('provision.clauseUnnumbered');
    case 'SCHEDULE':
      return node.heading || (num ? t('provision.schedule', { num }) : t('provision.scheduleUnnumbered'));
    case 'PREFACE':
      return t('provision.preface');
    case 'PREAMBLE':
      return t('provision.preamble');
    case 'OBJECTS_AND_REASONS':
      return t('provision.objects');
    default:
      break;
  }
  if (NUMBERED_INSIDE_CLAUSE.has(node.type)) {
    // "(2)(a)" is read after its clause: walk up to the nearest clause or schedule.
    let suffix = '';
    for (let i = path.length - 1; i >= 0; i -= 1) {
      const step = path[i];
      if (!NUMBERED_INSIDE_CLAUSE.has(step.type)) {
        const parent = citation(path.slice(0, i + 1), t);
        // "Clause 5(2)" is how clauses are cited; anything else reads better with a space.
        const joiner = step.type === 'SECTION' || !suffix ? '' : ' ';
        return parent ? `${parent}${joiner}${suffix}` : suffix;
      }
      suffix = `${bareNum(step.num) ? parenthesised(bareNum(step.num)) : ''}${suffix}`;
    }
    return suffix || t('provision.unnumbered');
  }
  return num || node.heading || t('provision.unnumbered');
}

function parenthesised(num) {
  return /^\(.*\)$/.test(num) ? num : `(${num})`;
}

/** Whether a provision starts a new heading level (Parts, Divisions, clauses, schedules, objects). */
export function isHeaded(node) {
  return CONTAINER_TYPES.has(node?.type) || ['SECTION', 'SCHEDULE', 'OBJECTS_AND_REASONS'].includes(node?.type);
}

/** The clauses of a version in order, each with its Part (for a contents list). */
export function clauseOutline(provisions) {
  const outline = [];
  walk(provisions, (node, ancestors) => {
    if (CONTAINER_TYPES.has(node.type) || node.type === 'SCHEDULE' || node.type === 'OBJECTS_AND_REASONS') {
      outline.push({ node, depth: ancestors.filter((a) => CONTAINER_TYPES.has(a.type)).length });
    } else if (node.type === 'SECTION' && !ancestors.some((a) => a.type === 'SECTION' || a.type === 'SCHEDULE')) {
      outline.push({ node, depth: ancestors.filter((a) => CONTAINER_TYPES.has(a.type)).length });
    }
  });
  return outline;
}
