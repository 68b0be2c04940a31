// A memorandum's review as people see it: status and workflow steps in words, Nairobi dates and times, the forms that
// complete staff tasks (their request bodies and checks), and the HTTP calls that need their own headers
// (Idempotency-Key, X-Receipt-Token). Everything but the client is pure.

import { ProblemError, problemFrom, readCookie } from './api.js';

export const STATUSES = Object.freeze([
  'RECEIVED', 'IN_MODERATION', 'IN_TRIAGE', 'IN_DECISION', 'RESPONDED', 'WITHDRAWN', 'SET_ASIDE',
]);
export const DECISIONS = Object.freeze(['ACCEPTED', 'ACCEPTED_WITH_AMENDMENT', 'REJECTED', 'NOTED']);
export const STEP_STATES = Object.freeze(['done', 'active', 'pending', 'skipped']);
export const TASK_KEYS = Object.freeze([
  'Task_Moderate', 'Task_Triage', 'Task_DecideProposals', 'Task_ConsolidateSubmissions', 'Task_AdoptReport', 'Task_Escalate',
  'Task_DraftVersion', 'Task_LegalReview', 'Task_ApproveDraft',
]);
/** Statuses in which the submitter may still withdraw. */
const WITHDRAWABLE = new Set(['RECEIVED', 'IN_MODERATION', 'IN_TRIAGE', 'IN_DECISION']);
const LOCALES = { en: 'en-KE', sw: 'sw-KE' };

/** Formats an instant as date and time in Nairobi ("10 May 2026, 14:05"), '' for nothing, the input if unreadable. */
export function formatDateTime(value, lang) {
  if (value === null || value === undefined || value === '') {
    return '';
  }
  const date = new Date(String(value));
  if (Number.isNaN(date.getTime())) {
    return String(value);
  }
  return new Intl.DateTimeFormat(LOCALES[lang] ?? LOCALES.en, {
    dateStyle: 'long',
    timeStyle: 'short',
    timeZone: 'Africa/Nairobi',
  }).format(date);
}

/** The message key for a memorandum status (unknown statuses get a generic one). */
export function statusKey(status) {
  return STATUSES.includes(status) ? `memoStatus.${status}` : 'memoStatus.unknown';
}

/** Whether the submitter may still withdraw a memorandum in this status. */
export function canWithdraw(status) {
  return WITHDRAWABLE.has(status);
}

/**
 * Workflow steps ready to show: ordered as the API lists them, each with a state the UI knows (anything else is
 * "pending") and the message key naming its state in words, so state never rests on colour alone. `current` is the
 * index of the first active step, or -1.
 */
export function workflowSteps(steps) {
  const list = (Array.isArray(steps) ? steps : [])
    .filter((step) => step && typeof step === 'object')
    .map((step, index) => {
      const state = STEP_STATES.includes(step.state) ? step.state : 'pending';
      return {
        id: String(step.id ?? index),
        name: String(step.name ?? '').trim() || String(step.id ?? ''),
        state,
        stateKey: `steps.state.${state}`,
        startedAt: step.startedAt ?? null,
        endedAt: step.endedAt ?? null,
      };
    });
  return { steps: list, current: list.findIndex((step) => step.state === 'active') };
}

/** Splits comma-separated tags ("land, markets,,Ardhi") into trimmed, distinct (case-insensitive), non-empty themes. */
export function parseThemes(text) {
  const seen = new Set();
  const themes = [];
  for (const raw of String(text ?? '').split(/[,，、؛;]/)) {
    const theme = raw.replace(/\s+/g, ' ').trim();
    const key = theme.toLocaleLowerCase();
    if (theme && !seen.has(key)) {
      seen.add(key);
      themes.push(theme);
    }
  }
  return themes;
}

/** The body completing Task_Triage from rows {proposalId, eIds, stance, themes (text)}. */
export function triageBody(rows) {
  return {
    proposals: rows.map((row) => ({
      proposalId: row.proposalId,
      eIds: (row.eIds ?? []).filter((eId) => typeof eId === 'string' && eId !== ''),
      stance: row.stance,
      themes: parseThemes(row.themes),
    })),
  };
}

/** The body completing Task_DecideProposals from rows {proposalId, decision, reasons}. */
export function decisionBody(rows) {
  return {
    decisions: rows.map((row) => ({
      proposalId: row.proposalId,
      decision: row.decision,
      reasons: String(row.reasons ?? '').trim(),
    })),
  };
}

/** Checks the decision rows: every proposal needs a decision and reasons. Map of "decisions[i].field" -> keys. */
export function validateDecisions(rows) {
  const errors = new Map();
  rows.forEach((row, index) => {
    if (!DECISIONS.includes(row.decision)) {
      errors.set(`decisions[${index}].decision`, ['decide.error.decisionRequired']);
    }
    if (!String(row.reasons ?? '').trim()) {
      errors.set(`decisions[${index}].reasons`, ['decide.error.reasonsRequired']);
    }
  });
  return errors;
}

/**
 * Proposals grouped by the clause they are linked to, in the bill's order (`order` lists eIds in document order);
 * proposals on the bill as a whole or on no known clause come last, under the key ''.
 */
export function groupByClause(proposals, order = []) {
  const position = new Map(order.map((eId, index) => [eId, index]));
  const groups = new Map();
  for (const proposal of Array.isArray(proposals) ? proposals : []) {
    const eId = (proposal.eIds ?? []).find((candidate) => position.has(candidate)) ?? '';
    if (!groups.has(eId)) {
      groups.set(eId, []);
    }
    groups.get(eId).push(proposal);
  }
  return [...groups.entries()]
    .sort(([a], [b]) => (a === '' ? 1 : b === '' ? -1 : position.get(a) - position.get(b)))
    .map(([eId, items]) => ({ eId, proposals: items }));
}

/** Whether a task is overdue at `now` (its due time has passed). */
export function isTaskOverdue(task, now = new Date()) {
  const due = task?.due ? new Date(task.due) : null;
  return Boolean(due && !Number.isNaN(due.getTime()) && due.getTime() < now.getTime());
}

/** The call-for-memoranda form's body for an action (OPEN, EXTEND, CLOSE, WITHDRAW) from the form's values. */
export function callBody(action, values) {
  const body = { action };
  if (action === 'OPEN') {
    body.version = Number(values.version);
    body.notice = String(values.notice ?? '').trim();
    body.opensAt = nairobiDateTime(values.opensAt);
    body.closesAt = nairobiDateTime(values.closesAt);
    body.channels = values.channels ?? [];
    body.responseWorkingDays = Number(values.responseWorkingDays);
  } else if (action === 'EXTEND') {
    body.closesAt = nairobiDateTime(values.closesAt);
    body.reason = String(values.reason ?? '').trim();
  } else {
    body.reason = String(values.reason ?? '').trim();
  }
  return body;
}

/** A datetime-local value ("2026-05-10T17:00") as a Nairobi date-time with offset; null when empty or malformed. */
export function nairobiDateTime(local) {
  const match = /^(\d{4}-\d{2}-\d{2})T(\d{2}:\d{2})(:\d{2})?$/.exec(String(local ?? ''));
  return match ? `${match[1]}T${match[2]}${match[3] ?? ':00'}+03:00` : null;
}

/** A Nairobi date-time from the API as a datetime-local value, '' when absent. */
export function toLocalInput(value) {
  if (!value) {
    return '';
  }
  const date = new Date(String(value));
  if (Number.isNaN(date.getTime())) {
    return '';
  }
  // Nairobi has no daylight saving: UTC+3 all year.
  return new Date(date.getTime() + 3 * 3600 * 1000).toISOString().slice(0, 16);
}

/**
 * HTTP calls of the memorandum screens. They need headers the shared client does not send, so this small client
 * sends them with the same CSRF handling and turns failures into the same ProblemError (with the raw body kept as
 * `body`, for extras such as `closest`).
 */
export function createReviewApi(fetchImpl = (...args) => fetch(...args), cookies = () => document.cookie) {
  async function request(method, path, { json, body, headers: extra = {} } = {}) {
    const headers = { Accept: 'application/json, application/problem+json', ...extra };
    if (!['GET', 'HEAD', 'OPTIONS'].includes(method)) {
      if (!readCookie(cookies(), 'XSRF-TOKEN')) {
        // The first write of a page: a cheap read makes the server set the cookie.
        await fetchImpl('/api/session', { method: 'GET', credentials: 'same-origin' }).catch(() => null);
      }
      const token = readCookie(cookies(), 'XSRF-TOKEN');
      if (token) {
        headers['X-XSRF-TOKEN'] = token;
      }
    }
    let payload = body;
    if (json !== undefined) {
      headers['Content-Type'] = 'application/json';
      payload = JSON.stringify(json);
    }
    let response;
    try {
      response = await fetchImpl(path, { method, headers, body: payload, credentials: 'same-origin' });
    } catch (cause) {
      throw new ProblemError({ title: 'network', status: 0, detail: String(cause?.message ?? cause) });
    }
    let parsed = null;
    if (response.status !== 204 && /json/i.test(response.headers.get('Content-Type') ?? '')) {
      parsed = await response.json().catch(() => null);
    }
    if (!response.ok) {
      const problem = problemFrom(response.status, response.statusText, parsed);
      problem.body = parsed;
      throw problem;
    }
    return parsed;
  }

  const memo = (reference) => `/api/memoranda/${encodeURIComponent(reference)}`;
  const tokenHeader = (token) => (token ? { 'X-Receipt-Token': token } : {});
  return {
    request,
    /** POST /api/memoranda: JSON, or multipart when files are attached. */
    submitMemorandum(memorandum, files, idempotencyKey) {
      const headers = { 'Idempotency-Key': idempotencyKey };
      if (!files?.length) {
        return request('POST', '/api/memoranda', { json: memorandum, headers });
      }
      const form = new FormData();
      form.append('memorandum', new Blob([JSON.stringify(memorandum)], { type: 'application/json' }));
      for (const file of files) {
        form.append('files', file, file.name);
      }
      return request('POST', '/api/memoranda', { body: form, headers });
    },
    memorandum: (reference, token) => request('GET', memo(reference), { headers: tokenHeader(token) }),
    workflow: (reference, token) => request('GET', `${memo(reference)}/workflow`, { headers: tokenHeader(token) }),
    withdraw: (reference, token) => request('POST', `${memo(reference)}/withdraw`, { headers: tokenHeader(token) }),
    participation: (billId) => request('GET', `/api/bills/${encodeURIComponent(billId)}/participation`),
    changeCall: (billId, body) => request('POST', `/api/bills/${encodeURIComponent(billId)}/participation`, { json: body }),
    tasks: (scope) => request('GET', `/api/tasks?scope=${encodeURIComponent(scope)}`),
    task: (id) => request('GET', `/api/tasks/${encodeURIComponent(id)}`),
    claim: (id) => request('POST', `/api/tasks/${encodeURIComponent(id)}/claim`),
    unclaim: (id) => request('POST', `/api/tasks/${encodeURIComponent(id)}/unclaim`),
    complete: (id, body) => request('POST', `/api/tasks/${encodeURIComponent(id)}/complete`, { json: body }),
  };
}
