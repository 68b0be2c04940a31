// Committee reports in the UI: paths of the report pages and downloads, the matrix decision form's rules, and the
// geometry of the dashboard's bar charts (pure functions, tested in the browser suite).

import { DECISIONS } from './review.js';

const bill = (billId) => `/api/bills/${encodeURIComponent(billId)}`;

/** Path of the committee matrix screen of one version. */
export function matrixPath(billId, version) {
  return `/bills/${encodeURIComponent(billId)}/versions/${encodeURIComponent(version)}/matrix`;
}

/** Path of a bill's reports page (downloads and dashboard). */
export function reportsPath(billId) {
  return `/bills/${encodeURIComponent(billId)}/reports`;
}

/** The API address of the matrix of a version in a format ('' for JSON, 'csv', 'docx', 'html'). */
export function matrixApi(billId, version, format = '') {
  return `${bill(billId)}/versions/${encodeURIComponent(version)}/committee-matrix${format ? `.${format}` : ''}`;
}

/** The API address of a bill's participation report ('' for JSON, 'html'). */
export function participationApi(billId, format = '') {
  return `${bill(billId)}/participation-report${format ? `.${format}` : ''}`;
}

/** The open-data downloads, public. */
export const OPEN_DATA = Object.freeze([
  { name: 'memoranda', format: 'jsonl' },
  { name: 'memoranda', format: 'csv' },
  { name: 'proposals', format: 'jsonl' },
  { name: 'proposals', format: 'csv' },
  { name: 'decisions', format: 'jsonl' },
  { name: 'decisions', format: 'csv' },
  { name: 'akn', format: 'zip' },
]);

/** A stable key for a matrix row (its first proposal), used for form ids and to keep focus after saving. */
export function rowKey(row) {
  return String(row?.proposalIds?.[0] ?? '');
}

/** Field errors of a row's decision form: decision and reasons are required. */
export function validateRowDecision(values) {
  const errors = new Map();
  if (!DECISIONS.includes(values?.decision)) {
    errors.set('decision', 'decide.error.decisionRequired');
  }
  if (!String(values?.reasons ?? '').trim()) {
    errors.set('reasons', 'decide.error.reasonsRequired');
  }
  return errors;
}

/** The request body of POST /api/bills/{id}/decisions for one row. */
export function rowDecisionBody(row, values) {
  const observation = String(values.observation ?? '').trim();
  return {
    proposalIds: [...(row.proposalIds ?? [])],
    decision: values.decision,
    reasons: String(values.reasons).trim(),
    ...(observation ? { observation } : {}),
  };
}

/**
 * Horizontal bars for a chart: each item {label, value} gets y, the bar width (of `width`, scaled to the largest value
 * or to `max`) and its text. Zero values keep a zero-width bar so the list stays complete.
 */
export function barLayout(items, { width = 200, barHeight = 18, gap = 6, max } = {}) {
  const top = Math.max(1, max ?? Math.max(0, ...items.map((item) => item.value)));
  return items.map((item, index) => ({
    ...item,
    y: index * (barHeight + gap),
    height: barHeight,
    width: Math.round((Math.max(0, item.value) / top) * width),
  }));
}

/** Segments of one stacked bar of total width `width`: each {key, value} gets x and width (shares of the total). */
export function stackLayout(items, width = 300) {
  const total = items.reduce((sum, item) => sum + Math.max(0, item.value), 0);
  let x = 0;
  return items.map((item) => {
    const w = total ? Math.round((Math.max(0, item.value) / total) * width) : 0;
    const segment = { ...item, x, width: w };
    x += w;
    return segment;
  });
}
