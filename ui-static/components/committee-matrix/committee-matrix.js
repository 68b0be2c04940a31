// The committee matrix of one bill version: clause by clause, each row (one proposal or a group of identical ones)
// with its stakeholders, proposal and justification, and, for committee members, a small inline form to decide it by
// keyboard (Tab through decision, reasons and observation; Ctrl+Enter or the button saves). Emits `matrix-decide`
// {key, body} with the POST /api/bills/{id}/decisions body.

import { Component, define } from '../../lib/component.js';
import { html } from '../../lib/html.js';
import { DECISIONS } from '../../lib/review.js';
import { matrixApi, reportsPath, rowDecisionBody, rowKey, validateRowDecision } from '../../lib/reports.js';
import { versionPath } from '../../lib/router.js';

function decisionText(t, row) {
  if (row.mixed) {
    return t('matrix.mixed');
  }
  return row.decision ? t(`decision.${row.decision}`) : t('matrix.undecided');
}

function rowForm(t, row, values, errors, busy) {
  const key = rowKey(row);
  const decisionError = errors?.get('decision');
  const reasonsError = errors?.get('reasons');
  return html`<form class="committee-matrix__form" data-key="${key}" novalidate>
    <div class="field ${decisionError ? 'field--error' : ''}">
      <label for="matrix-decision-${key}">${t('decide.decision')} <span class="field__required">*</span></label>
      ${decisionError ? html`<p class="field__error" id="matrix-decision-${key}-error">${t(decisionError)}</p>` : ''}
      <select id="matrix-decision-${key}" name="decision" aria-required="true"
        aria-invalid="${decisionError ? 'true' : 'false'}" ${decisionError ? html`aria-describedby="matrix-decision-${key}-error"` : ''}>
        <option value="">${t('matrix.choose')}</option>
        ${DECISIONS.map(
          (decision) => html`<option value="${decision}" ${values.decision === decision ? html`selected` : ''}>${t(`decision.${decision}`)}</option>`,
        )}
      </select>
    </div>
    <div class="field ${reasonsError ? 'field--error' : ''}">
      <label for="matrix-reasons-${key}">${t('decide.reasons')} <span class="field__required">*</span></label>
      ${reasonsError ? html`<p class="field__error" id="matrix-reasons-${key}-error">${t(reasonsError)}</p>` : ''}
      <textarea id="matrix-reasons-${key}" name="reasons" rows="3" aria-required="true"
        aria-invalid="${reasonsError ? 'true' : 'false'}" ${reasonsError ? html`aria-describedby="matrix-reasons-${key}-error"` : ''}>${values.reasons ?? ''}</textarea>
    </div>
    <div class="field">
      <label for="matrix-observation-${key}">${t('matrix.observation')}</label>
      <textarea id="matrix-observation-${key}" name="observation" rows="2">${values.observation ?? ''}</textarea>
    </div>
    <p class="field__hint" id="matrix-hint-${key}">${t('matrix.keyboardHint')}</p>
    <button type="submit" aria-describedby="matrix-hint-${key}" ${busy ? html`disabled` : ''}>
      ${busy ? t('task.busy') : row.proposalIds.length > 1 ? t('matrix.saveGroup', { count: row.proposalIds.length }) : t('matrix.save')}
    </button>
  </form>`;
}

/** Markup for {t, bill, version, matrix, canDecide, problem, notice, busyKey} with the values being edited per row. */
export function committeeMatrixTemplate({ t, bill, version, matrix, canDecide, problem, notice, busyKey, values, errors }) {
  let number = 0;
  return html`
    <p class="committee-matrix__back"><a href="${versionPath(bill.id, version)}">${bill.title}</a></p>
    <h1 tabindex="-1">${t('matrix.heading', { version })}</h1>
    <p>${t('matrix.summary', { count: matrix.proposalCount, clauses: matrix.clauses.length })}</p>
    <ul class="committee-matrix__downloads">
      <li><a href="${matrixApi(bill.id, version, 'docx')}" download>${t('reports.docx')}</a></li>
      <li><a href="${matrixApi(bill.id, version, 'csv')}" download>${t('reports.csv')}</a></li>
      <li><a href="${matrixApi(bill.id, version)}">${t('reports.json')}</a></li>
      <li><a href="${reportsPath(bill.id)}">${t('reports.heading')}</a></li>
    </ul>
    <div class="committee-matrix__live" role="status" aria-live="polite">${notice ?? ''}</div>
    ${problem ? html`<div class="error-summary" role="alert" tabindex="-1"><p>${problem.detail || problem.title}</p></div>` : ''}
    ${matrix.clauses.length === 0 ? html`<p>${t('matrix.empty')}</p>` : ''}
    ${matrix.clauses.map(
      (clause) => html`<section class="committee-matrix__clause" aria-labelledby="matrix-clause-${clause.eId ?? 'whole'}">
        <h2 id="matrix-clause-${clause.eId ?? 'whole'}">${clause.eId ? clause.label : t('decide.wholeBill')}</h2>
        ${clause.rows.map((row) => {
          number += 1;
          const key = rowKey(row);
          return html`<article class="committee-matrix__row" aria-labelledby="matrix-row-${key}">
            <h3 id="matrix-row-${key}">${t('matrix.row', { number })} — ${t(`stance.${row.stance}`)}</h3>
            <dl class="committee-matrix__facts">
              <div><dt>${t('matrix.stakeholders')}</dt><dd>${row.stakeholders}</dd></div>
              ${row.proposal ? html`<div><dt>${t('memo.proposedText')}</dt><dd>${row.proposal}</dd></div>` : ''}
              ${row.justification ? html`<div><dt>${t('memo.justification')}</dt><dd>${row.justification}</dd></div>` : ''}
              <div><dt>${t('decide.decision')}</dt><dd>${decisionText(t, row)}${row.reasons ? html`. ${row.reasons}` : ''}</dd></div>
              ${row.observation ? html`<div><dt>${t('matrix.observation')}</dt><dd>${row.observation}</dd></div>` : ''}
            </dl>
            ${canDecide ? rowForm(t, row, values.get(key) ?? {}, errors.get(key), busyKey === key) : ''}
          </article>`;
        })}
      </section>`,
    )}
  `;
}

/** The `<committee-matrix>` element; it keeps what members type per row across re-renders. */
export class CommitteeMatrix extends Component {
  #values = new Map();
  #errors = new Map();
  #matrix = null;

  constructor() {
    super();
    const edit = (event) => {
      const form = event.target?.closest?.('form[data-key]');
      if (!form || !event.target.name) {
        return;
      }
      const key = form.dataset.key;
      this.#values.set(key, { ...(this.#values.get(key) ?? {}), [event.target.name]: event.target.value });
    };
    this.addEventListener('input', edit);
    this.addEventListener('change', edit);
    this.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' && (event.ctrlKey || event.metaKey) && event.target?.closest?.('form[data-key]')) {
        event.preventDefault();
        event.target.closest('form[data-key]').requestSubmit();
      }
    });
    this.addEventListener('submit', (event) => {
      const form = event.target.closest('form[data-key]');
      if (!form) {
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      const key = form.dataset.key;
      const row = this.#rows().find((candidate) => rowKey(candidate) === key);
      const values = this.#values.get(key) ?? {};
      const errors = validateRowDecision(values);
      if (errors.size) {
        this.#errors.set(key, errors);
        this.data = { ...this.data, notice: null };
        const first = errors.has('decision') ? `matrix-decision-${key}` : `matrix-reasons-${key}`;
        this.querySelector(`#${first}`)?.focus();
        return;
      }
      this.#errors.delete(key);
      this.emit('matrix-decide', { key, body: rowDecisionBody(row, values) });
    });
  }

  #rows() {
    return (this.data?.matrix?.clauses ?? []).flatMap((clause) => clause.rows);
  }

  template(data) {
    if (this.#matrix !== data.matrix) {
      // A new matrix (after a save): forms start from the stored decisions, except rows still being written.
      this.#matrix = data.matrix;
      for (const row of this.#rows()) {
        const key = rowKey(row);
        if (!this.#values.has(key) || key === data.savedKey) {
          this.#values.set(key, { decision: row.decision ?? '', reasons: row.reasons ?? '', observation: row.observation ?? '' });
        }
      }
    }
    return committeeMatrixTemplate({ ...data, values: this.#values, errors: this.#errors });
  }

  rendered(data) {
    if (data.problem) {
      this.querySelector('.error-summary')?.focus();
    } else if (data.savedKey && data.focusSaved) {
      // keep the member where they were: on the next row's decision, or on this row's button
      const forms = [...this.querySelectorAll('form[data-key]')];
      const index = forms.findIndex((form) => form.dataset.key === data.savedKey);
      const next = forms[index + 1]?.querySelector('select') ?? forms[index]?.querySelector('button');
      next?.focus();
      data.focusSaved = false;
    }
  }
}

define('committee-matrix', CommitteeMatrix);
