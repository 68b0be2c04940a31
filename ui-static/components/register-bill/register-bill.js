// Clerk form: upload a bill's Gazette PDF or DOCX with its metadata. Emits `register-bill`
// {file, metadata}; the owner answers with data.problem (field errors appear next to the fields).

import { Component, define } from '../../lib/component.js';
import { fieldErrors } from '../../lib/api.js';
import { addError, errorSummary, field, selectField } from '../../lib/forms.js';
import { html } from '../../lib/html.js';
import { houseLabel } from '../bill-list/bill-list.js';

const PREFIX = 'register';
// The 47 counties as the API names them in "County Assembly of <county>".
export const COUNTIES = Object.freeze([
  'Mombasa', 'Kwale', 'Kilifi', 'Tana River', 'Lamu', 'Taita Taveta', 'Garissa', 'Wajir', 'Mandera', 'Marsabit',
  'Isiolo', 'Meru', 'Tharaka-Nithi', 'Embu', 'Kitui', 'Machakos', 'Makueni', 'Nyandarua', 'Nyeri', 'Kirinyaga',
  "Murang'a", 'Kiambu', 'Turkana', 'West Pokot', 'Samburu', 'Trans Nzoia', 'Uasin Gishu', 'Elgeyo-Marakwet', 'Nandi',
  'Baringo', 'Laikipia', 'Nakuru', 'Narok', 'Kajiado', 'Kericho', 'Bomet', 'Kakamega', 'Vihiga', 'Bungoma', 'Busia',
  'Siaya', 'Kisumu', 'Homa Bay', 'Migori', 'Kisii', 'Nyamira', 'Nairobi',
]);
export const STAGES = Object.freeze([
  'PUBLISHED', 'FIRST_READING', 'PUBLIC_PARTICIPATION', 'COMMITTEE', 'SECOND_READING',
  'COMMITTEE_OF_THE_WHOLE_HOUSE', 'THIRD_READING', 'PASSED', 'ASSENTED', 'WITHDRAWN', 'LAPSED',
]);
const TEXT_FIELDS = [
  'house', 'title', 'billNumber', 'year', 'gazetteSupplement', 'sponsor', 'committee', 'stage', 'versionLabel',
  'publicationDate',
];
const ACCEPT =
  '.pdf,.docx,.doc,.odt,.rtf,.txt,application/pdf,' +
  'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The metadata part of the upload: trimmed values, empty ones left out, the year as a number. */
export function metadataFrom(values) {
  const metadata = {};
  for (const name of TEXT_FIELDS) {
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

function houseOptions(t) {
  return [
    { value: '', label: t('register.houseFromDocument') },
    { value: 'National Assembly', label: houseLabel(t, 'National Assembly') },
    { value: 'Senate', label: houseLabel(t, 'Senate') },
    {
      group: t('register.countyAssemblies'),
      options: COUNTIES.map((county) => ({
        value: `County Assembly of ${county}`,
        label: houseLabel(t, `County Assembly of ${county}`),
      })),
    },
  ];
}

function stageOptions(t) {
  return [{ value: '', label: t('register.stageUnchanged') }, ...STAGES.map((stage) => ({ value: stage, label: t(`stage.${stage}`) }))];
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
    gazetteSupplement: t('register.gazetteSupplement'),
    sponsor: t('register.sponsor'),
    committee: t('register.committee'),
    stage: t('register.stage'),
    versionLabel: t('register.versionLabel'),
    publicationDate: t('register.publicationDate'),
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
      ${selectField({
        prefix: PREFIX,
        name: 'house',
        label: labels.house,
        options: houseOptions(t),
        value: values.house ?? '',
        errors,
        hint: t('register.houseHint'),
      })}
      ${text('title', { hint: t('register.titleHint') })} ${text('billNumber')}
      ${text('year', { attrs: { inputmode: 'numeric' } })} ${text('gazetteSupplement')} ${text('sponsor')}
      ${text('committee')}
      ${selectField({ prefix: PREFIX, name: 'stage', label: labels.stage, options: stageOptions(t), value: values.stage ?? '', errors })}
      ${text('versionLabel', { hint: t('register.versionLabelHint') })} ${text('publicationDate', { type: 'date' })}
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
