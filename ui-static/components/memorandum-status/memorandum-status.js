// Status lookup for submitters: reference and receipt token in, then the memorandum's current step, response due
// date, the workflow steps, the committee's decisions with reasons once it has responded, and withdrawal (confirmed
// first). Emits `memorandum-lookup` {reference, token} and `memorandum-withdraw` {reference, token}.

import { Component, define } from '../../lib/component.js';
import { formatDate } from '../../lib/format.js';
import { html } from '../../lib/html.js';
import { canWithdraw, formatDateTime, statusKey } from '../../lib/review.js';
import { billPath, provisionHref } from '../../lib/router.js';
import '../workflow-steps/workflow-steps.js';

function lookupForm(t, { reference, token, errors, busy }) {
  const item = (name, label, value, hint) => {
    const messages = errors.get(name) ?? [];
    const describedBy = [hint ? `status-${name}-hint` : '', messages.length ? `status-${name}-error` : ''].filter(Boolean).join(' ');
    return html`<div class="field ${messages.length ? 'field--error' : ''}">
      <label for="status-${name}">${label} <span class="field__required">*</span></label>
      ${hint ? html`<p class="field__hint" id="status-${name}-hint">${hint}</p>` : ''}
      ${messages.length ? html`<p class="field__error" id="status-${name}-error">${messages.join(' ')}</p>` : ''}
      <input id="status-${name}" name="${name}" type="text" value="${value ?? ''}" autocomplete="off" spellcheck="false"
        aria-required="true" aria-invalid="${messages.length ? 'true' : 'false'}" ${describedBy ? html`aria-describedby="${describedBy}"` : ''} />
    </div>`;
  };
  return html`<form class="memorandum-status__form" novalidate>
    ${item('reference', t('lookup.reference'), reference, t('lookup.referenceHint'))}
    ${item('token', t('lookup.token'), token, t('lookup.tokenHint'))}
    <button type="submit" ${busy ? html`disabled` : ''}>${busy ? t('lookup.busy') : t('lookup.lookUp')}</button>
  </form>`;
}

function decisionsTemplate(t, memorandum) {
  const proposals = Array.isArray(memorandum.proposals) ? memorandum.proposals : [];
  if (proposals.length === 0) {
    return '';
  }
  const responded = memorandum.status === 'RESPONDED';
  return html`<h2>${responded ? t('lookup.decisions') : t('lookup.proposals')}</h2>
    <ol class="memorandum-status__proposals">
      ${proposals.map(
        (proposal) => html`<li>
          <h3>
            ${(proposal.eIds ?? []).length
              ? (proposal.eIds ?? []).map(
                  (eId, index) => html`${index ? ', ' : ''}<a href="${provisionHref(memorandum.billId, memorandum.version, eId)}">${proposal.reference || eId}</a>`,
                )
              : proposal.reference || t('lookup.wholeBill')}
            — ${t(`stance.${proposal.stance}`)}
          </h3>
          ${proposal.proposedText ? html`<p><span class="memorandum-status__label">${t('memo.proposedText')}:</span> ${proposal.proposedText}</p>` : ''}
          ${proposal.decision
            ? html`<div class="memorandum-status__decision">
                <p><strong>${t('lookup.decision')}: ${t(`decision.${proposal.decision.decision}`)}</strong></p>
                <p><span class="memorandum-status__label">${t('lookup.reasons')}:</span> ${proposal.decision.reasons}</p>
                ${proposal.decision.decidedAt
                  ? html`<p class="memorandum-status__meta">${t('lookup.decidedBy', { body: proposal.decision.decidedBy || '', date: formatDate(proposal.decision.decidedAt, t.lang) })}</p>`
                  : ''}
              </div>`
            : responded
              ? ''
              : html`<p class="memorandum-status__meta">${t('lookup.noDecisionYet')}</p>`}
        </li>`,
      )}
    </ol>`;
}

function withdrawTemplate(t, { memorandum, confirming, busy }) {
  if (!canWithdraw(memorandum.status)) {
    return '';
  }
  if (!confirming) {
    return html`<p><button type="button" class="memorandum-status__withdraw" data-action="withdraw">${t('lookup.withdraw')}</button></p>`;
  }
  return html`<div class="memorandum-status__confirm" role="alertdialog" aria-labelledby="withdraw-confirm-title" aria-describedby="withdraw-confirm-text">
    <h2 id="withdraw-confirm-title" tabindex="-1">${t('lookup.withdrawConfirmTitle')}</h2>
    <p id="withdraw-confirm-text">${t('lookup.withdrawConfirm')}</p>
    <button type="button" data-action="withdraw-confirm" ${busy ? html`disabled` : ''}>${t('lookup.withdrawYes')}</button>
    <button type="button" class="button--secondary" data-action="withdraw-cancel">${t('lookup.withdrawNo')}</button>
  </div>`;
}

/** Markup for {t, reference, token, memorandum, workflow, problem, errors, busy, confirming}. */
export function memorandumStatusTemplate({ t, reference, token, memorandum, workflow, problem, errors: given, busy, confirming }) {
  const errors = given ?? new Map();
  return html`
    <h1 tabindex="-1">${t('lookup.heading')}</h1>
    <p>${t('lookup.intro')}</p>
    ${problem || errors.size
      ? html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="status-error-title">
          <h2 id="status-error-title" class="error-summary__title">${t('form.errorTitle')}</h2>
          ${problem ? html`<p>${problem.status === 404 || problem.status === 403 || problem.status === 401 ? t('lookup.notFoundOrToken') : problem.detail || problem.title}</p>` : ''}
          ${errors.size
            ? html`<ul>${[...errors].map(([name, messages]) => html`<li><a href="#status-${name}">${messages.join(' ')}</a></li>`)}</ul>`
            : ''}
        </div>`
      : ''}
    ${lookupForm(t, { reference, token, errors, busy })}
    ${memorandum
      ? html`<section class="memorandum-status__result" aria-labelledby="status-result-title">
          <h2 id="status-result-title" tabindex="-1">${t('lookup.resultHeading', { reference: memorandum.reference })}</h2>
          <dl class="memorandum-status__facts">
            <div><dt>${t('lookup.current')}</dt><dd><strong>${t(statusKey(memorandum.status))}</strong></dd></div>
            ${memorandum.statusNote ? html`<div><dt>${t('lookup.note')}</dt><dd>${memorandum.statusNote}</dd></div>` : ''}
            <div><dt>${t('receipt.bill')}</dt><dd><a href="${billPath(memorandum.billId)}">${memorandum.billTitle || t('lookup.billLink')}</a></dd></div>
            <div><dt>${t('receipt.receivedAt')}</dt><dd>${formatDateTime(memorandum.receivedAt, t.lang)}</dd></div>
            <div><dt>${t('receipt.responseDue')}</dt><dd>${formatDate(memorandum.responseDue, t.lang)}
              ${memorandum.overdue ? html`<strong class="memorandum-status__overdue"> — ${t('lookup.overdue')}</strong>` : ''}</dd></div>
          </dl>
          ${memorandum.late ? html`<p>${t('receipt.late')}</p>` : ''}
          <h2>${t('lookup.steps')}</h2>
          <workflow-steps></workflow-steps>
          ${decisionsTemplate(t, memorandum)}
          ${withdrawTemplate(t, { memorandum, confirming, busy })}
        </section>`
      : ''}
  `;
}

/** The `<memorandum-status>` element; it keeps what was typed so re-renders do not lose it. */
export class MemorandumStatus extends Component {
  #values = {};
  #focus = null;

  constructor() {
    super();
    this.addEventListener('input', (event) => {
      if (event.target instanceof HTMLInputElement && event.target.name) {
        this.#values[event.target.name] = event.target.value;
      }
    });
    this.addEventListener('submit', (event) => {
      event.preventDefault();
      const reference = (this.#values.reference ?? this.data.reference ?? '').trim();
      const token = (this.#values.token ?? this.data.token ?? '').trim();
      const errors = new Map();
      if (!reference) {
        errors.set('reference', [this.data.t('lookup.referenceRequired')]);
      }
      if (!token) {
        errors.set('token', [this.data.t('lookup.tokenRequired')]);
      }
      if (errors.size) {
        this.data = { ...this.data, errors, problem: null };
        return;
      }
      this.emit('memorandum-lookup', { reference, token });
    });
    this.addEventListener('click', (event) => {
      const button = event.target instanceof Element ? event.target.closest('button[data-action]') : null;
      if (!button) {
        return;
      }
      const { memorandum, token } = this.data;
      if (button.dataset.action === 'withdraw') {
        this.#focus = '#withdraw-confirm-title';
        this.data = { ...this.data, confirming: true };
      } else if (button.dataset.action === 'withdraw-cancel') {
        this.#focus = '.memorandum-status__withdraw';
        this.data = { ...this.data, confirming: false };
      } else if (button.dataset.action === 'withdraw-confirm') {
        this.emit('memorandum-withdraw', { reference: memorandum.reference, token });
      }
    });
  }

  template(data) {
    return memorandumStatusTemplate({
      ...data,
      reference: this.#values.reference ?? data.reference,
      token: this.#values.token ?? data.token,
    });
  }

  rendered(data) {
    const steps = this.querySelector('workflow-steps');
    if (steps) {
      steps.data = { t: data.t, steps: data.workflow ?? [] };
    }
    if (this.#focus) {
      this.querySelector(this.#focus)?.focus();
      this.#focus = null;
    } else if (data.problem || data.errors?.size) {
      this.querySelector('.error-summary')?.focus();
    } else if (data.memorandum && data.justLoaded) {
      this.querySelector('#status-result-title')?.focus();
    }
  }
}

define('memorandum-status', MemorandumStatus);
