// Clerk form: upload a bill's Gazette PDF or DOCX with its metadata. Emits `register-bill`
// {file, metadata}; the owner answers with data.problem (field errors appear next to the fields).

import { Component, define } from '../../lib/component.js';
import { fieldErrors } from '../../lib/api.js';
import { addError, errorSummary, field, fieldId } from '../../lib/forms.js';
import { html } from '../../lib/html.js';

const PREFIX = 'register';
export const HOUSES = Object.freeze(['NATIONAL_ASSEMBLY', 'SENATE']);
const TEXT_FIELDS = ['title', 'billNumber', 'year', 'sponsor', 'committee', 'versionLabel'];
const ACCEPT =
  '.pdf,.docx,.doc,.odt,.rtf,.txt,application/pdf,' +
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The metadata part of the upload: trimmed values, empty ones left out, the year as a number. */
export function metadataFrom(values) {
  const metadata = {};
  for (const name of ['house', ...TEXT_FIELDS]) {
    const value = typeof values[name] === 'string' ? values[name].trim() : '';
    if (value) {
      metadata[name] = value;
    }
  }
  if (metadata.year && /^\d{4}$/.test(metadata.year)) {
    metadata.year = Number(metadata.year);
  }
  return metadata;
}

function houseSelect(t, value, errors) {
  const id = fieldId(PREFIX, 'house');
  const messages = errors?.get('house') ?? [];
  return html`<div class="field ${messages.length ? 'field--error' : ''}">
    <label for="${id}">${t('register.house')} <span class="field__required">*</span></label>
    ${messages.length ? html`<p class="field__error" id="${id}-error">${messages.join(' ')}</p>` : ''}
    <select
      id="${id}"
      name="house"
      required
      aria-required="true"
      aria-invalid="${messages.length ? 'true' : 'false'}"
      ${messages.length ? html`aria-describedby="${id}-error"` : ''}
    >
      <option value="" ${value ? '' : html`selected`}>${t('register.chooseHouse')}</option>
      ${HOUSES.map(
        (house) => html`<option value="${house}" ${value === house ? html`selected` : ''}>${t(`house.${house}`)}</option>`,
      )}
    </select>
  </div>`;
}

/** Markup for {t, session, problem, errors, busy, values}. */
export function registerBillTemplate({ t, session, problem, errors, busy, values = {} }) {
  const canRegister = (session?.roles ?? []).some((role) => role === 'CLERK' || role === 'ADMIN');
  if (!canRegister) {
    return html`
      <h1 tabindex="-1">${t('register.heading')}</h1>
      <p>${session ? t('register.notAllowed') : t('register.signInFirst')}</p>
      ${session ? '' : html`<p><a href="/signin?next=%2Fbills%2Fnew">${t('session.signIn')}</a></p>`}
    `;
  }
  const labels = {
    file: t('register.file'),
    house: t('register.house'),
    title: t('register.title'),
    billNumber: t('register.billNumber'),
    year: t('register.year'),
    sponsor: t('register.sponsor'),
    committee: t('register.committee'),
    versionLabel: t('register.versionLabel'),
  };
  const text = (name, extra = {}) =>
    field({ prefix: PREFIX, name, label: labels[name], value: values[name] ?? '', errors, ...extra });
  return html`
    <h1 tabindex="-1">${t('register.heading')}</h1>
    <p>${t('register.intro')}</p>
    ${errorSummary({ t, prefix: PREFIX, problem, errors, labels })}
    <form class="register-bill__form" novalidate>
      ${field({
        prefix: PREFIX,
        name: 'file',
        label: labels.file,
        type: 'file',
        errors,
        required: true,
        hint: t('register.fileHint'),
        attrs: { accept: ACCEPT },
      })}
      ${houseSelect(t, values.house ?? '', errors)}
      ${text('title', { hint: t('register.titleHint') })} ${text('billNumber')}
      ${text('year', { attrs: { inputmode: 'numeric' } })} ${text('sponsor')} ${text('committee')}
      ${text('versionLabel', { hint: t('register.versionLabelHint') })}
      <button type="submit" ${busy ? html`disabled` : ''}>${busy ? t('register.busy') : t('register.submit')}</button>
    </form>
  `;
}

/** The `<register-bill>` element. It keeps what was typed (and the chosen file) across re-renders. */
export class RegisterBill extends Component {
  #values = {};
  #file = null;

  constructor() {
    super();
    this.addEventListener('change', (event) => this.#remember(event.target));
    this.addEventListener('input', (event) => this.#remember(event.target));
    this.addEventListener('submit', (event) => {
      event.preventDefault();
      const t = this.data.t;
      const errors = new Map();
      if (!this.#file) {
        addError(errors, 'file', t('register.fileRequired'));
      }
      if (!this.#values.house) {
        addError(errors, 'house', t('register.houseRequired'));
      }
      const year = (this.#values.year ?? '').trim();
      if (year && !/^\d{4}$/.test(year)) {
        addError(errors, 'year', t('register.yearInvalid'));
      }
      if (errors.size) {
        this.data = { ...this.data, problem: null, errors };
        return;
      }
      this.emit('register-bill', { file: this.#file, metadata: metadataFrom(this.#values) });
    });
  }

  #remember(target) {
    if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement) || !target.name) {
      return;
    }
    if (target.type === 'file') {
      this.#file = target.files?.[0] ?? null;
    } else {
      this.#values[target.name] = target.value;
    }
  }

  template(data) {
    const errors = data.errors ?? (data.problem ? fieldErrors(data.problem) : new Map());
    return registerBillTemplate({ ...data, errors, values: this.#values });
  }

  rendered(data) {
    const input = this.querySelector('input[type="file"]');
    if (input && this.#file && typeof DataTransfer === 'function') {
      const transfer = new DataTransfer();
      transfer.items.add(this.#file);
      input.files = transfer.files;
    }
    if (data.problem || data.errors?.size) {
      this.querySelector('.error-summary')?.focus();
    }
  }
}

define('register-bill', RegisterBill);
