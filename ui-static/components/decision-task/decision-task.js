// Committee decisions on one memorandum's proposals, grouped by the clause they concern (in the bill's order): for
// each proposal a decision and the reasons, both required. Emits `task-complete` {id, body} with the
// Task_DecideProposals body.

import { Component, define } from '../../lib/component.js';
import { html } from '../../lib/html.js';
import { clauseOptions, problemErrors } from '../../lib/memorandum.js';
import { DECISIONS, decisionBody, groupByClause, validateDecisions } from '../../lib/review.js';

/** Markup for {t, memorandum, problem, busy} with the rows being edited, the clause labels and client errors. */
export function decisionTaskTemplate({ t, memorandum, problem, busy, rows, options, errors }) {
  const proposals = memorandum?.proposals ?? [];
  const indexOf = new Map(proposals.map((proposal, index) => [proposal.id, index]));
  const groups = groupByClause(proposals, options.map((option) => option.eId));
  const label = (eId) => options.find((option) => option.eId === eId)?.label ?? eId;
  const shown = errors.size ? errors : problem ? problemErrors(problem) : new Map();
  return html`
    ${problem || errors.size
      ? html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="decide-error-title">
          <h2 id="decide-error-title" class="error-summary__title">${t('form.errorTitle')}</h2>
          ${problem ? html`<p>${problem.detail || problem.title}</p>` : ''}
          <ul>
            ${[...shown].map(([path, messages]) => {
              const match = /^decisions\[(\d+)\]\.(\w+)$/.exec(path);
              return match
                ? html`<li><a href="#decide-${match[2]}-${match[1]}">${t('memo.proposalNumber', { number: Number(match[1]) + 1 })}: ${messages.map((m) => t.has(m) ? t(m) : m).join(' ')}</a></li>`
                : html`<li>${messages.join(' ')}</li>`;
            })}
          </ul>
        </div>`
      : ''}
    <form class="review-form" data-form="decide" novalidate>
      ${groups.map(
        (group) => html`<section class="decision-task__group">
          <h2>${group.eId ? label(group.eId) : t('decide.wholeBill')}</h2>
          ${group.proposals.map((proposal) => {
            const index = indexOf.get(proposal.id);
            const row = rows[index];
            const decisionError = shown.get(`decisions[${index}].decision`);
            const reasonsError = shown.get(`decisions[${index}].reasons`);
            const text = (messages) => messages.map((m) => (t.has(m) ? t(m) : m)).join(' ');
            return html`<fieldset class="decision-task__proposal">
              <legend>${t('memo.proposalNumber', { number: index + 1 })} — ${t(`stance.${proposal.stance}`)}</legend>
              ${proposal.proposedText ? html`<p><strong>${t('memo.proposedText')}:</strong> ${proposal.proposedText}</p>` : ''}
              ${proposal.justification ? html`<p><strong>${t('memo.justification')}:</strong> ${proposal.justification}</p>` : ''}
              <fieldset class="field ${decisionError ? 'field--error' : ''}" ${decisionError ? html`aria-describedby="decide-decision-${index}-error"` : ''}>
                <legend>${t('decide.decision')} <span class="field__required">*</span></legend>
                ${decisionError ? html`<p class="field__error" id="decide-decision-${index}-error">${text(decisionError)}</p>` : ''}
                ${DECISIONS.map(
                  (decision, position) => html`<div class="memo-form__radio">
                    <input type="radio" name="decisions[${index}].decision" value="${decision}"
                      id="${position === 0 ? `decide-decision-${index}` : `decide-decision-${index}-${position}`}"
                      ${row.decision === decision ? html`checked` : ''} />
                    <label for="${position === 0 ? `decide-decision-${index}` : `decide-decision-${index}-${position}`}">${t(`decision.${decision}`)}</label>
                  </div>`,
                )}
              </fieldset>
              <div class="field ${reasonsError ? 'field--error' : ''}">
                <label for="decide-reasons-${index}">${t('decide.reasons')} <span class="field__required">*</span></label>
                ${reasonsError ? html`<p class="field__error" id="decide-reasons-${index}-error">${text(reasonsError)}</p>` : ''}
                <textarea id="decide-reasons-${index}" name="decisions[${index}].reasons" rows="4" aria-required="true"
                  aria-invalid="${reasonsError ? 'true' : 'false'}" ${reasonsError ? html`aria-describedby="decide-reasons-${index}-error"` : ''}>${row.reasons}</textarea>
              </div>
            </fieldset>`;
          })}
        </section>`,
      )}
      <button type="submit" ${busy ? html`disabled` : ''}>${busy ? t('task.busy') : t('decide.submit')}</button>
    </form>
  `;
}

/** The `<decision-task>` element; it keeps the decisions being written across re-renders. */
export class DecisionTask extends Component {
  #rows = [];
  #rowsFor = null;
  #errors = new Map();

  constructor() {
    super();
    const edit = (event) => {
      const match = /^decisions\[(\d+)\]\.(\w+)$/.exec(event.target?.name ?? '');
      const row = match ? this.#rows[Number(match[1])] : null;
      if (row && !(event.target.type === 'radio' && !event.target.checked)) {
        row[match[2]] = event.target.value;
      }
    };
    this.addEventListener('input', edit);
    this.addEventListener('change', edit);
    this.addEventListener('submit', (event) => {
      event.preventDefault();
      event.stopPropagation();
      this.#errors = validateDecisions(this.#rows);
      if (this.#errors.size) {
        this.data = { ...this.data, problem: null };
        return;
      }
      this.emit('task-complete', { id: this.data.task.id, body: decisionBody(this.#rows) });
    });
  }

  template(data) {
    if (this.#rowsFor !== data.memorandum) {
      this.#rows = (data.memorandum?.proposals ?? []).map((proposal) => ({
        proposalId: proposal.id,
        decision: proposal.decision?.decision ?? '',
        reasons: proposal.decision?.reasons ?? '',
      }));
      this.#rowsFor = data.memorandum;
      this.#errors = new Map();
    }
    const options = clauseOptions(data.provisions ?? [], data.t);
    return decisionTaskTemplate({ ...data, rows: this.#rows, options, errors: this.#errors });
  }

  rendered(data) {
    if (data.problem || this.#errors.size) {
      this.querySelector('.error-summary')?.focus();
    }
  }
}

define('decision-task', DecisionTask);
