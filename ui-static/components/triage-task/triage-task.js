// Clerk's triage of one memorandum: its text beside the bill version's provisions; for each proposal the clause it
// is linked to (editable with the clause picker), its stance and its themes as comma-separated tags. Emits
// `task-complete` {id, body} with the Task_Triage body.

import { Component, define } from '../../lib/component.js';
import { html } from '../../lib/html.js';
import { clauseOptions, problemErrors, STANCES } from '../../lib/memorandum.js';
import { triageBody } from '../../lib/review.js';
import { clausePicker, refreshPicker } from '../submit-memorandum/submit-memorandum.js';
import '../provision-tree/provision-tree.js';
import '../link-suggestions/link-suggestions.js';

function rowsFrom(memorandum) {
  return (memorandum?.proposals ?? []).map((proposal) => ({
    proposalId: proposal.id,
    eIds: [...(proposal.eIds ?? [])],
    stance: proposal.stance ?? 'AMEND',
    themes: (proposal.themes ?? []).join(', '),
  }));
}

/** Markup for {t, memorandum, problem, busy} with the rows being edited and the clause options. */
export function triageTaskTemplate({ t, memorandum, problem, busy, rows, options, queries }) {
  const errors = problem ? problemErrors(problem) : new Map();
  const proposals = memorandum?.proposals ?? [];
  return html`
    ${problem
      ? html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="triage-error-title">
          <h2 id="triage-error-title" class="error-summary__title">${t('form.errorTitle')}</h2>
          <p>${problem.detail || problem.title}</p>
          ${errors.size ? html`<ul>${[...errors].map(([path, messages]) => html`<li>${path}: ${messages.join(' ')}</li>`)}</ul>` : ''}
        </div>`
      : ''}
    <div class="triage-task__layout">
      <div class="triage-task__main">
        <h2>${t('task.memorandum', { reference: memorandum?.reference ?? '' })}</h2>
        ${memorandum?.text ? html`<div class="task-page__text" tabindex="0">${memorandum.text}</div>` : html`<p>${t('task.noText')}</p>`}
        ${memorandum?.reference ? html`<link-suggestions></link-suggestions>` : ''}
        <form class="review-form" data-form="triage" novalidate>
          <h2>${t('triage.proposals')}</h2>
          ${proposals.length === 0 ? html`<p>${t('triage.noProposals')}</p>` : ''}
          ${proposals.map((proposal, index) => {
            const row = rows[index];
            return html`<fieldset class="triage-task__proposal">
              <legend>${t('memo.proposalNumber', { number: index + 1 })}${proposal.reference ? html` — ${t('triage.asWritten', { reference: proposal.reference })}` : ''}</legend>
              ${proposal.proposedText ? html`<p><strong>${t('memo.proposedText')}:</strong> ${proposal.proposedText}</p>` : ''}
              ${proposal.justification ? html`<p><strong>${t('memo.justification')}:</strong> ${proposal.justification}</p>` : ''}
              ${clausePicker({
                t,
                path: `proposals[${index}].eIds`,
                label: t('triage.clause'),
                options,
                value: row.eIds[0] ?? '',
                query: queries[index] ?? '',
                errors,
                hint: t('triage.clauseHint'),
              })}
              <div class="field">
                <label for="triage-stance-${index}">${t('memo.stance')}</label>
                <select id="triage-stance-${index}" name="proposals[${index}].stance">
                  ${STANCES.map((stance) => html`<option value="${stance}" ${stance === row.stance ? html`selected` : ''}>${t(`stance.${stance}`)}</option>`)}
                </select>
              </div>
              <div class="field">
                <label for="triage-themes-${index}">${t('triage.themes')}</label>
                <p class="field__hint" id="triage-themes-${index}-hint">${t('triage.themesHint')}</p>
                <input type="text" id="triage-themes-${index}" name="proposals[${index}].themes" value="${row.themes}"
                  aria-describedby="triage-themes-${index}-hint" autocomplete="off" />
              </div>
            </fieldset>`;
          })}
          <button type="submit" ${busy ? html`disabled` : ''}>${busy ? t('task.busy') : t('triage.submit')}</button>
        </form>
      </div>
      <aside class="triage-task__bill" aria-labelledby="triage-bill-title" tabindex="0">
        <h2 id="triage-bill-title">${t('triage.billText')}</h2>
        <provision-tree></provision-tree>
      </aside>
    </div>
  `;
}

/** The `<triage-task>` element; it keeps the edited rows across re-renders. */
export class TriageTask extends Component {
  #rows = [];
  #rowsFor = null;
  #queries = [];
  #options = [];
  #optionsFor = null;

  constructor() {
    super();
    this.addEventListener('input', (event) => this.#onEdit(event));
    this.addEventListener('change', (event) => this.#onEdit(event));
    this.addEventListener('submit', (event) => {
      event.preventDefault();
      event.stopPropagation();
      this.emit('task-complete', { id: this.data.task.id, body: triageBody(this.#rows) });
    });
    // A confirmed suggestion becomes the proposal's link; the clerk still submits the triage.
    this.addEventListener('link-suggestion', (event) => {
      const row = this.#rows[event.detail.index];
      if (row) {
        row.eIds = [event.detail.eId];
        this.update();
        this.querySelector(`[name="proposals[${event.detail.index}].eIds"]`)?.focus();
      }
    });
  }

  #onEdit(event) {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.dataset.picker) {
      const index = Number(/\[(\d+)\]/.exec(target.dataset.picker)?.[1]);
      this.#queries[index] = target.value;
      refreshPicker(this, this.data.t, this.#options, target.dataset.picker, target.value);
      return;
    }
    const match = /^proposals\[(\d+)\]\.(\w+)$/.exec(target?.name ?? '');
    const row = match ? this.#rows[Number(match[1])] : null;
    if (!row) {
      return;
    }
    if (match[2] === 'eIds') {
      row.eIds = target.value ? [target.value] : [];
    } else {
      row[match[2]] = target.value;
    }
  }

  template(data) {
    if (this.#rowsFor !== data.memorandum) {
      this.#rows = rowsFrom(data.memorandum);
      this.#rowsFor = data.memorandum;
    }
    const key = `${data.task?.id}/${data.t.lang}`;
    if (this.#optionsFor !== key) {
      this.#options = clauseOptions(data.provisions ?? [], data.t);
      this.#optionsFor = key;
    }
    return triageTaskTemplate({ ...data, rows: this.#rows, options: this.#options, queries: this.#queries });
  }

  rendered(data) {
    const links = this.querySelector('link-suggestions');
    if (links) {
      links.data = { t: data.t, reference: data.memorandum?.reference, proposals: data.memorandum?.proposals ?? [], options: this.#options };
    }
    const tree = this.querySelector('provision-tree');
    if (tree) {
      tree.data = { t: data.t, billId: data.memorandum?.billId, version: data.memorandum?.version, provisions: data.provisions ?? [], level: 3 };
    }
    if (data.problem) {
      this.querySelector('.error-summary')?.focus();
    }
  }
}

define('triage-task', TriageTask);
