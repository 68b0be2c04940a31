// Clerk's panel on a bill page: the current call for memoranda and the forms that open, extend, close or withdraw it.
// Emits `participation-change` {body} (the POST /api/bills/{id}/participation body).

import { Component, define } from '../../lib/component.js';
import { html } from '../../lib/html.js';
import { problemErrors } from '../../lib/memorandum.js';
import { callBody, formatDateTime, toLocalInput } from '../../lib/review.js';

const CHANNELS = ['WEB_FORM', 'UPLOAD', 'EMAIL', 'API'];
const ACTIVE = new Set(['SCHEDULED', 'OPEN']);

function input(id, name, label, { type = 'text', value = '', required = false, error = '', attrs = '' } = {}) {
  return html`<div class="field ${error ? 'field--error' : ''}">
    <label for="${id}">${label}${required ? html` <span class="field__required">*</span>` : ''}</label>
    ${error ? html`<p class="field__error" id="${id}-error">${error}</p>` : ''}
    <input id="${id}" name="${name}" type="${type}" value="${value}" ${required ? html`aria-required="true"` : ''} ${attrs}
      aria-invalid="${error ? 'true' : 'false'}" ${error ? html`aria-describedby="${id}-error"` : ''} />
  </div>`;
}

function reason(t, errors, prefix) {
  return html`<div class="field">
    <label for="${prefix}-reason">${t('call.reason')}</label>
    <textarea id="${prefix}-reason" name="reason" rows="2">${''}</textarea>
    ${errors.get('reason') ? html`<p class="field__error">${errors.get('reason').join(' ')}</p>` : ''}
  </div>`;
}

/** Markup for {t, bill, call, problem, busy, notice, confirming (CLOSE or WITHDRAW awaiting confirmation)}. */
export function participationCallTemplate({ t, bill, call, problem, busy, notice, confirming }) {
  const errors = problem ? problemErrors(problem) : new Map();
  const first = (name) => (errors.get(name) ?? []).join(' ');
  const versions = (bill.versions ?? []).map((version) => version.number);
  const latest = versions.length ? Math.max(...versions) : 1;
  const active = call && ACTIVE.has(call.status);
  const submit = (label, action) => html`<button type="submit" name="action" value="${action}" ${busy ? html`disabled` : ''}>${label}</button>`;
  return html`<section class="participation-call" aria-labelledby="call-title">
    <h2 id="call-title">${t('call.heading')}</h2>
    ${notice ? html`<p class="participation-call__notice" role="status">${notice}</p>` : ''}
    ${problem ? html`<div class="error-summary" role="alert" tabindex="-1"><p>${problem.detail || problem.title}</p></div>` : ''}
    ${call
      ? html`<dl class="participation-call__facts">
          <div><dt>${t('call.status')}</dt><dd>${t(`callStatus.${call.status}`)}</dd></div>
          <div><dt>${t('call.version')}</dt><dd>${call.version}</dd></div>
          <div><dt>${t('call.opensAt')}</dt><dd>${formatDateTime(call.opensAt, t.lang)}</dd></div>
          <div><dt>${t('call.closesAt')}</dt><dd>${formatDateTime(call.closesAt, t.lang)}</dd></div>
          <div><dt>${t('call.channels')}</dt><dd>${(call.channels ?? []).map((channel) => t(`channel.${channel}`)).join(', ')}</dd></div>
        </dl>`
      : html`<p>${t('call.none')}</p>`}
    ${active
      ? html`<form class="review-form" data-form="extend" novalidate>
            <h3>${t('call.extend')}</h3>
            ${input('call-extend-closes', 'closesAt', t('call.newClosesAt'), { type: 'datetime-local', value: toLocalInput(call.closesAt), required: true, error: first('closesAt') })}
            ${reason(t, errors, 'call-extend')} ${submit(t('call.extendSubmit'), 'EXTEND')}
          </form>
          <form class="review-form" data-form="close" novalidate>
            <h3>${t('call.closeOrWithdraw')}</h3>
            ${reason(t, errors, 'call-close')} ${submit(t('call.closeSubmit'), 'CLOSE')} ${submit(t('call.withdrawSubmit'), 'WITHDRAW')}
            ${confirming
              ? html`<div class="participation-call__confirm" role="alertdialog" aria-labelledby="call-confirm-title">
                  <h4 id="call-confirm-title" tabindex="-1">${t(`call.confirm.${confirming}`)}</h4>
                  <button type="button" data-action="confirm">${t('call.confirmYes')}</button>
                  <button type="button" class="button--secondary" data-action="cancel">${t('call.confirmNo')}</button>
                </div>`
              : ''}
          </form>`
      : html`<form class="review-form" data-form="open" novalidate>
          <h3>${t('call.open')}</h3>
          <div class="field">
            <label for="call-version">${t('call.version')}</label>
            <select id="call-version" name="version">
              ${versions.map((number) => html`<option value="${number}" ${number === latest ? html`selected` : ''}>${t('version.number', { number })}</option>`)}
            </select>
          </div>
          <div class="field ${first('notice') ? 'field--error' : ''}">
            <label for="call-notice">${t('call.notice')} <span class="field__required">*</span></label>
            ${first('notice') ? html`<p class="field__error" id="call-notice-error">${first('notice')}</p>` : ''}
            <textarea id="call-notice" name="notice" rows="4" aria-required="true">${''}</textarea>
          </div>
          ${input('call-opens', 'opensAt', t('call.opensAt'), { type: 'datetime-local', required: true, error: first('opensAt') })}
          ${input('call-closes', 'closesAt', t('call.closesAt'), { type: 'datetime-local', required: true, error: first('closesAt') })}
          <fieldset class="field">
            <legend>${t('call.channels')}</legend>
            ${CHANNELS.map(
              (channel) => html`<div class="memo-form__radio">
                <input type="checkbox" id="call-channel-${channel}" name="channels" value="${channel}" checked />
                <label for="call-channel-${channel}">${t(`channel.${channel}`)}</label>
              </div>`,
            )}
          </fieldset>
          ${input('call-days', 'responseWorkingDays', t('call.responseWorkingDays'), { type: 'number', value: '21', required: true, error: first('responseWorkingDays'), attrs: html`min="1" max="365" inputmode="numeric"` })}
          ${submit(t('call.openSubmit'), 'OPEN')}
        </form>`}
  </section>`;
}

/** The `<participation-call>` element; closing the call and withdrawing the bill are confirmed first. */
export class ParticipationCall extends Component {
  #confirming = null;
  #reason = '';

  constructor() {
    super();
    this.addEventListener('click', (event) => {
      const button = event.target instanceof Element ? event.target.closest('button[data-action]') : null;
      if (button?.dataset.action === 'confirm') {
        const action = this.#confirming;
        this.#confirming = null;
        this.emit('participation-change', { body: callBody(action, { reason: this.#reason }) });
      } else if (button?.dataset.action === 'cancel') {
        const action = this.#confirming;
        this.#confirming = null;
        this.update();
        this.querySelector(`button[value="${action}"]`)?.focus();
      }
    });
    this.addEventListener('submit', (event) => {
      event.preventDefault();
      const form = event.target;
      const action = event.submitter?.value ?? (form.dataset.form === 'open' ? 'OPEN' : form.dataset.form === 'extend' ? 'EXTEND' : 'CLOSE');
      const values = new FormData(form);
      if (action === 'CLOSE' || action === 'WITHDRAW') {
        this.#confirming = action;
        this.#reason = String(values.get('reason') ?? '');
        this.update();
        this.querySelector('#call-close-reason').value = this.#reason;
        this.querySelector('#call-confirm-title')?.focus();
        return;
      }
      const body = callBody(action, {
        version: values.get('version'),
        notice: values.get('notice'),
        opensAt: values.get('opensAt'),
        closesAt: values.get('closesAt'),
        channels: values.getAll('channels'),
        responseWorkingDays: values.get('responseWorkingDays'),
        reason: values.get('reason'),
      });
      this.emit('participation-change', { body });
    });
  }

  template(data) {
    return participationCallTemplate({ ...data, confirming: this.#confirming });
  }

  rendered(data) {
    if (data.problem) {
      this.querySelector('.error-summary')?.focus();
    }
  }
}

define('participation-call', ParticipationCall);
