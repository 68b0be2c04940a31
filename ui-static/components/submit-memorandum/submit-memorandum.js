// Public form: a memorandum on one bill version — who is submitting, private contact details, consent, general
// comments, clause-by-clause proposals (with a searchable clause picker) and optional files. Emits
// `submit-memorandum` {request, files}; the owner answers with data.problem / data.busy.

import { Component, define } from '../../lib/component.js';
import { formatDateTime } from '../../lib/review.js';
import { html, render } from '../../lib/html.js';
import {
  clauseOptions,
  controlId,
  CONSENTS,
  COUNTIES,
  emptyMemorandum,
  emptyProposal,
  filterClauses,
  GENDERS,
  MAX_UPLOAD_BYTES,
  memorandumRequest,
  ORGANISATION_TYPES,
  problemErrors,
  STANCES,
  SUBMITTER_KINDS,
  UPLOAD_ACCEPT,
  validateMemorandum,
} from '../../lib/memorandum.js';
import { formatSize } from '../../lib/format.js';

const PREFIX = 'memo';
const id = (path) => controlId(PREFIX, path);

function messagesFor(errors, path) {
  return errors.get(path) ?? [];
}

function describedBy(path, errors, hint) {
  return [hint ? `${id(path)}-hint` : '', messagesFor(errors, path).length ? `${id(path)}-error` : '']
    .filter(Boolean)
    .join(' ');
}

function errorText(errors, path) {
  const messages = messagesFor(errors, path);
  return messages.length ? html`<p class="field__error" id="${id(path)}-error">${messages.join(' ')}</p>` : '';
}

function textControl({ path, label, value, errors, hint, type = 'text', multiline = false, required = false, autocomplete = 'off' }) {
  const messages = messagesFor(errors, path);
  const described = describedBy(path, errors, hint);
  const common = html`id="${id(path)}" name="${path}" aria-invalid="${messages.length ? 'true' : 'false'}"
  ${described ? html`aria-describedby="${described}"` : ''} ${required ? html`aria-required="true"` : ''}`;
  return html`<div class="field ${messages.length ? 'field--error' : ''}">
    <label for="${id(path)}">${label}${required ? html` <span class="field__required">*</span>` : ''}</label>
    ${hint ? html`<p class="field__hint" id="${id(path)}-hint">${hint}</p>` : ''} ${errorText(errors, path)}
    ${multiline
      ? html`<textarea ${common} rows="5">${value}</textarea>`
      : html`<input ${common} type="${type}" value="${value}" autocomplete="${autocomplete}" />`}
  </div>`;
}

function radioGroup({ path, legend, options, value, errors, hint, required = false }) {
  const messages = messagesFor(errors, path);
  const described = describedBy(path, errors, hint);
  return html`<fieldset class="field memo-form__radios ${messages.length ? 'field--error' : ''}"
    ${described ? html`aria-describedby="${described}"` : ''}>
    <legend>${legend}${required ? html` <span class="field__required">*</span>` : ''}</legend>
    ${hint ? html`<p class="field__hint" id="${id(path)}-hint">${hint}</p>` : ''} ${errorText(errors, path)}
    ${options.map(
      (option, index) => html`<div class="memo-form__radio">
        <input type="radio" name="${path}" value="${option.value}" id="${index === 0 ? id(path) : `${id(path)}-${index}`}"
          ${option.value === value ? html`checked` : ''} ${required ? html`required` : ''} />
        <label for="${index === 0 ? id(path) : `${id(path)}-${index}`}">${option.label}</label>
      </div>`,
    )}
  </fieldset>`;
}

function selectControl({ path, label, options, value, errors, hint }) {
  const messages = messagesFor(errors, path);
  const described = describedBy(path, errors, hint);
  return html`<div class="field ${messages.length ? 'field--error' : ''}">
    <label for="${id(path)}">${label}</label>
    ${hint ? html`<p class="field__hint" id="${id(path)}-hint">${hint}</p>` : ''} ${errorText(errors, path)}
    <select id="${id(path)}" name="${path}" aria-invalid="${messages.length ? 'true' : 'false'}"
      ${described ? html`aria-describedby="${described}"` : ''}>
      ${options.map((option) => html`<option value="${option.value}" ${option.value === value ? html`selected` : ''}>${option.label}</option>`)}
    </select>
  </div>`;
}

/** The <option>s of a clause picker: a "choose" prompt, then the matching provisions indented by depth. */
export function clauseOptionsTemplate(t, options, selected) {
  return html`<option value="">${options.length ? t('memo.clauseChoose') : t('memo.clauseNoMatch')}</option>
    ${options.map(
      (option) => html`<option value="${option.eId}" ${option.eId === selected ? html`selected` : ''}>${'\u00a0\u00a0'.repeat(Math.min(option.depth, 4))}${option.label}</option>`,
    )}`;
}

/** The clause picker: a search box narrowing a select of the version's provisions (both plain, labelled controls). */
export function clausePicker({ t, path, label, options, value, query = '', errors, hint }) {
  const messages = messagesFor(errors, path);
  const described = describedBy(path, errors, hint);
  const shown = filterClauses(options, query, value);
  return html`<div class="field clause-picker ${messages.length ? 'field--error' : ''}">
    <label for="${id(path)}-search">${t('memo.clauseSearch')}</label>
    <input id="${id(path)}-search" type="search" class="clause-picker__search" data-picker="${path}" value="${query}"
      autocomplete="off" aria-controls="${id(path)}" aria-describedby="${id(path)}-count" />
    <p class="field__hint" id="${id(path)}-count" aria-live="polite">${t('memo.clauseCount', { count: shown.length })}</p>
    <label for="${id(path)}">${label}</label>
    ${hint ? html`<p class="field__hint" id="${id(path)}-hint">${hint}</p>` : ''} ${errorText(errors, path)}
    <select id="${id(path)}" name="${path}" aria-invalid="${messages.length ? 'true' : 'false'}"
      ${described ? html`aria-describedby="${described}"` : ''}>
      ${clauseOptionsTemplate(t, shown, value)}
    </select>
  </div>`;
}

function closestTemplate(t, closest, options) {
  if (!closest?.length) {
    return '';
  }
  const label = (eId) => options.find((option) => option.eId === eId)?.label ?? eId;
  return html`<p class="memo-form__closest">${t('memo.closest')} ${closest.map((eId, index) => html`${index ? ', ' : ''}<span>${label(eId)}</span>`)}</p>`;
}

function proposalTemplate({ t, proposal, index, errors, options, query, closest }) {
  const path = (name) => `proposals[${index}].${name}`;
  return html`<fieldset class="memo-form__proposal" id="${id(`proposals[${index}]`)}">
    <legend>${t('memo.proposalNumber', { number: index + 1 })}</legend>
    ${clausePicker({ t, path: path('provision'), label: t('memo.clause'), options, value: proposal.provision, query, errors, hint: t('memo.clauseHint') })}
    ${closestTemplate(t, closest, options)}
    ${radioGroup({
      path: path('stance'),
      legend: t('memo.stance'),
      options: STANCES.map((stance) => ({ value: stance, label: t(`stance.${stance}`) })),
      value: proposal.stance,
      errors,
      required: true,
    })}
    ${textControl({ path: path('proposedText'), label: t('memo.proposedText'), value: proposal.proposedText, errors, hint: t('memo.proposedTextHint'), multiline: true })}
    ${textControl({ path: path('justification'), label: t('memo.justification'), value: proposal.justification, errors, multiline: true })}
    <button type="button" class="button--secondary" data-action="remove-proposal" data-index="${index}">
      ${t('memo.removeProposal', { number: index + 1 })}
    </button>
  </fieldset>`;
}

function summaryLabel(t, path) {
  const match = /^proposals\[(\d+)\]\.(\w+)$/.exec(path);
  if (match) {
    return `${t('memo.proposalNumber', { number: Number(match[1]) + 1 })}, ${t(`memo.field.${match[2]}`)}`;
  }
  const key = `memo.field.${path}`;
  return t.has(key) ? t(key) : '';
}

function errorSummaryTemplate(t, problem, errors) {
  if (!problem && errors.size === 0) {
    return '';
  }
  const items = [];
  for (const [path, messages] of errors) {
    const label = summaryLabel(t, path);
    for (const message of messages) {
      items.push(label ? html`<li><a href="#${id(path)}">${label}: ${message}</a></li>` : html`<li>${path ? `${path}: ` : ''}${message}</li>`);
    }
  }
  return html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="memo-error-title">
    <h2 id="memo-error-title" class="error-summary__title">${t('form.errorTitle')}</h2>
    ${problem?.status === 0 ? html`<p>${t('memo.networkFailed')}</p>` : problem?.detail ? html`<p>${problem.detail}</p>` : problem?.title ? html`<p>${problem.title}</p>` : ''}
    ${items.length ? html`<ul>${items}</ul>` : ''}
  </div>`;
}

/** Per-proposal `closest` suggestions from a problem: from its field errors, or a top-level list for one proposal. */
export function closestByProposal(problem) {
  const result = new Map();
  const body = problem?.body;
  for (const error of Array.isArray(body?.errors) ? body.errors : []) {
    const match = /proposals(?:\[|\.)(\d+)/.exec(String(error?.field ?? ''));
    if (match && Array.isArray(error.closest)) {
      result.set(Number(match[1]), error.closest.map(String));
    }
  }
  if (result.size === 0 && Array.isArray(body?.closest)) {
    const match = /proposals(?:\[|\.)(\d+)/.exec(JSON.stringify(body.errors ?? ''));
    result.set(match ? Number(match[1]) : 0, body.closest.map((item) => String(item?.eId ?? item)));
  }
  return result;
}

/** Markup for {t, bill, version, call, problem, errors, busy}, with the form's model and clause options. */
export function submitMemorandumTemplate({ t, bill, version, call, problem, errors, busy, model, options, queries, files }) {
  const closest = closestByProposal(problem);
  const open = call?.status === 'OPEN';
  return html`
    <p class="bill-page__back"><a href="/bills/${encodeURIComponent(bill.id)}">${bill.title || t('bill.untitled')}</a></p>
    <h1 tabindex="-1">${t('memo.heading')}</h1>
    <p>${t('memo.intro', { title: bill.title || t('bill.untitled'), version })}</p>
    ${call?.closesAt ? html`<p class="memo-form__deadline">${t('memo.closes', { date: formatDateTime(call.closesAt, t.lang) })}</p>` : ''}
    ${open
      ? ''
      : html`<p class="memo-form__notice">${t('memo.callNotOpen')}</p>
          <p><a href="/bills/${encodeURIComponent(bill.id)}">${t('memo.backToBill')}</a></p>`}
    ${open ? formTemplate({ t, problem, errors, busy, model, options, queries, files, closest }) : ''}
  `;
}

function formTemplate({ t, problem, errors, busy, model, options, queries, files, closest }) {
  const organisation = model.kind === 'ORGANISATION';
  return html`
    ${errorSummaryTemplate(t, problem, errors)}
    <form class="memo-form" novalidate>
      <p class="field__hint">${t('memo.requiredHint')}</p>
      <fieldset class="memo-form__section">
        <legend><h2>${t('memo.aboutYou')}</h2></legend>
        ${radioGroup({
          path: 'submitter.kind',
          legend: t('memo.kind'),
          options: SUBMITTER_KINDS.map((kind) => ({ value: kind, label: t(`memo.kind.${kind}`) })),
          value: model.kind,
          errors,
        })}
        ${textControl({
          path: 'submitter.name',
          label: organisation ? t('memo.organisationName') : t('memo.name'),
          value: model.name,
          errors,
          required: organisation,
          autocomplete: organisation ? 'organization' : 'name',
          hint: t('memo.nameHint'),
        })}
        ${organisation
          ? selectControl({
              path: 'submitter.organisationType',
              label: t('memo.organisationType'),
              options: [{ value: '', label: t('memo.choose') }, ...ORGANISATION_TYPES.map((type) => ({ value: type, label: t(`orgType.${type}`) }))],
              value: model.organisationType,
              errors,
            })
          : ''}
        ${selectControl({
          path: 'submitter.county',
          label: t('memo.county'),
          options: [{ value: '', label: t('memo.notSaying') }, ...COUNTIES.map(([value, label]) => ({ value, label }))],
          value: model.county,
          errors,
        })}
        ${organisation
          ? ''
          : html`${selectControl({
              path: 'submitter.gender',
              label: t('memo.gender'),
              options: [{ value: '', label: t('memo.notSaying') }, ...GENDERS.map((gender) => ({ value: gender, label: t(`gender.${gender}`) }))],
              value: model.gender,
              errors,
              hint: t('memo.optionalStatsHint'),
            })}
            ${radioGroup({
              path: 'submitter.disability',
              legend: t('memo.disability'),
              options: [
                { value: 'true', label: t('memo.yes') },
                { value: 'false', label: t('memo.no') },
                { value: '', label: t('memo.notSaying') },
              ],
              value: model.disability,
              errors,
            })}`}
      </fieldset>
      <fieldset class="memo-form__section">
        <legend><h2>${t('memo.contact')}</h2></legend>
        <p class="memo-form__private">${t('memo.contactPrivate')}</p>
        ${textControl({ path: 'submitter.contact.email', label: t('memo.email'), value: model.email, errors, type: 'email', autocomplete: 'email' })}
        ${textControl({ path: 'submitter.contact.phone', label: t('memo.phone'), value: model.phone, errors, type: 'tel', autocomplete: 'tel' })}
        ${textControl({ path: 'submitter.contact.postalAddress', label: t('memo.postalAddress'), value: model.postalAddress, errors, autocomplete: 'street-address' })}
      </fieldset>
      ${radioGroup({
        path: 'consent',
        legend: t('memo.consent'),
        options: CONSENTS.map((consent) => ({ value: consent, label: t(`consent.${consent}`) })),
        value: model.consent,
        errors,
        required: true,
        hint: t('memo.consentHint'),
      })}
      <h2>${t('memo.comments')}</h2>
      ${textControl({ path: 'text', label: t('memo.text'), value: model.text, errors, multiline: true, hint: t('memo.textHint') })}
      <h2>${t('memo.proposals')}</h2>
      <p>${t('memo.proposalsIntro')}</p>
      <div class="memo-form__proposals">
        ${model.proposals.map((proposal, index) =>
          proposalTemplate({ t, proposal, index, errors, options, query: queries[index] ?? '', closest: closest.get(index) }),
        )}
      </div>
      <button type="button" class="button--secondary" id="memo-add-proposal" data-action="add-proposal">${t('memo.addProposal')}</button>
      <h2>${t('memo.upload')}</h2>
      <div class="field ${messagesFor(errors, 'files').length ? 'field--error' : ''}">
        <label for="${id('files')}">${t('memo.files')}</label>
        <p class="field__hint" id="${id('files')}-hint">${t('memo.filesHint', { size: formatSize(MAX_UPLOAD_BYTES, t.lang) })}</p>
        ${errorText(errors, 'files')}
        <input id="${id('files')}" name="files" type="file" multiple accept="${UPLOAD_ACCEPT}"
          aria-describedby="${describedBy('files', errors, true)}" />
        ${files.length ? html`<p>${t('memo.filesChosen', { count: files.length })}</p>` : ''}
      </div>
      <button type="submit" ${busy ? html`disabled` : ''}>${busy ? t('memo.busy') : t('memo.submit')}</button>
    </form>
  `;
}

/**
 * Narrows a rendered clause picker's options to what the search box holds, in place: only the <option>s are replaced,
 * so focus and caret stay in the search box, and the choice already made is kept.
 */
export function refreshPicker(root, t, options, path, query) {
  const select = root.querySelector(`select[name="${CSS.escape(path)}"]`);
  if (!select) {
    return;
  }
  const selected = select.value;
  const shown = filterClauses(options, query, selected);
  const container = document.createElement('select');
  render(clauseOptionsTemplate(t, shown, selected), container);
  select.replaceChildren(...container.children);
  select.value = selected;
  const count = root.querySelector(`#${CSS.escape(select.id)}-count`);
  if (count) {
    count.textContent = t('memo.clauseCount', { count: shown.length });
  }
}

function setPath(model, path, value) {
  const match = /^proposals\[(\d+)\]\.(\w+)$/.exec(path);
  if (match) {
    const proposal = model.proposals[Number(match[1])];
    if (proposal) {
      proposal[match[2]] = value;
    }
    return;
  }
  const name = path.split('.').pop();
  model[name === 'kind' ? 'kind' : name] = value;
}

/** The `<submit-memorandum>` element; it keeps the model, the clause searches and the chosen files across renders. */
export class SubmitMemorandum extends Component {
  #model = emptyMemorandum();
  #queries = [];
  #files = [];
  #options = [];
  #optionsFor = null;
  #focusAfter = null;

  constructor() {
    super();
    this.addEventListener('input', (event) => this.#onInput(event));
    this.addEventListener('change', (event) => this.#onChange(event));
    this.addEventListener('click', (event) => this.#onClick(event));
    this.addEventListener('submit', (event) => {
      event.preventDefault();
      const t = this.data.t;
      const keys = validateMemorandum(this.#model, this.#files);
      if (keys.size) {
        const errors = new Map([...keys].map(([path, list]) => [path, list.map((key) => t(key))]));
        this.data = { ...this.data, problem: null, errors };
        return;
      }
      this.emit('submit-memorandum', {
        request: memorandumRequest(this.#model, this.data.bill.id, this.data.version),
        files: [...this.#files],
      });
    });
  }

  #onInput(event) {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.dataset.picker) {
      const index = Number(/\[(\d+)\]/.exec(target.dataset.picker)?.[1]);
      this.#queries[index] = target.value;
      this.#refreshPicker(target.dataset.picker, target.value);
      return;
    }
    this.#remember(target);
  }

  #onChange(event) {
    const target = event.target;
    if (target instanceof HTMLInputElement && target.type === 'file') {
      this.#files = [...(target.files ?? [])];
      return;
    }
    if (target instanceof HTMLInputElement && target.dataset.picker) {
      return;
    }
    this.#remember(target);
    // Individual and organisation ask different questions: show the right ones, keeping focus on the choice.
    if (target.name === 'submitter.kind') {
      this.#focusAfter = target.id;
      this.update();
    }
  }

  #remember(target) {
    if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement || target instanceof HTMLTextAreaElement)) {
      return;
    }
    if (!target.name || target.type === 'file' || (target.type === 'radio' && !target.checked)) {
      return;
    }
    setPath(this.#model, target.name, target.value);
  }

  #refreshPicker(path, query) {
    refreshPicker(this, this.data.t, this.#options, path, query);
  }

  #onClick(event) {
    const button = event.target instanceof Element ? event.target.closest('button[data-action]') : null;
    if (!button) {
      return;
    }
    if (button.dataset.action === 'add-proposal') {
      this.#model.proposals.push(emptyProposal());
      this.#focusAfter = `${id(`proposals[${this.#model.proposals.length - 1}].provision`)}-search`;
      this.update();
    } else if (button.dataset.action === 'remove-proposal') {
      const index = Number(button.dataset.index);
      this.#model.proposals.splice(index, 1);
      this.#queries.splice(index, 1);
      const left = this.#model.proposals.length;
      this.#focusAfter = left ? id(`proposals[${Math.min(index, left - 1)}]`) : 'memo-add-proposal';
      // The row's errors no longer line up with the rows left: drop them (the next submit checks again).
      this.data = { ...this.data, errors: null, problem: null };
    }
  }

  template(data) {
    const key = `${data.bill?.id}/${data.version}/${data.t.lang}`;
    if (this.#optionsFor !== key) {
      this.#options = clauseOptions(data.provisions ?? [], data.t);
      this.#optionsFor = key;
    }
    const errors = data.errors ?? (data.problem ? problemErrors(data.problem) : new Map());
    return submitMemorandumTemplate({
      ...data,
      errors,
      model: this.#model,
      options: this.#options,
      queries: this.#queries,
      files: this.#files,
    });
  }

  rendered(data) {
    const input = this.querySelector('input[type="file"]');
    if (input && this.#files.length && typeof DataTransfer === 'function') {
      const transfer = new DataTransfer();
      for (const file of this.#files) {
        transfer.items.add(file);
      }
      input.files = transfer.files;
    }
    if (this.#focusAfter) {
      const target = document.getElementById(this.#focusAfter);
      this.#focusAfter = null;
      if (target) {
        if (target.localName === 'fieldset') {
          target.setAttribute('tabindex', '-1');
        }
        target.focus();
        return;
      }
    }
    if ((data.problem || data.errors?.size) && !data.busy) {
      this.querySelector('.error-summary')?.focus();
    }
  }
}

define('submit-memorandum', SubmitMemorandum);
