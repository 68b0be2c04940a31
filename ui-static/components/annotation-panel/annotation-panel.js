// Annotations on the bill page: for each clause and schedule a proposal count (a heat-map column that is plain text
// for screen readers) and a "Comment / propose a change" button; a dialog listing a provision's annotations with their
// stance and, once decided, the committee's decision; and a dialog with the provision's text in which the reader
// selects the words (mouse or Shift+arrows; words selected on the page beforehand are carried over) and makes a
// proposal, which becomes a memorandum through the intake. Everything loads after the page has rendered, and a failed
// or slow request leaves the bill text as it is.

import { createApi } from '../../lib/api.js';
import { Component, define } from '../../lib/component.js';
import { html } from '../../lib/html.js';
import {
  CONSENTS,
  COUNTIES,
  controlId,
  emptyMemorandum,
  memorandumRequest,
  problemErrors,
  STANCES,
  validateMemorandum,
} from '../../lib/memorandum.js';
import { formatDateTime } from '../../lib/review.js';
import { statusPath, versionPath } from '../../lib/router.js';
import { citation, pathTo } from '../../lib/tree.js';
import {
  countFor,
  fullText,
  heatLevel,
  newAnnotationId,
  proposalAnnotation,
  quoteIn,
  readAnnotation,
  versionIri,
} from '../../lib/annotation.js';

const PREFIX = 'annot';
const ANNOTATED = new Set(['SECTION', 'SCHEDULE']);
const STAFF_ROLES = ['CLERK', 'COMMITTEE', 'ADMIN'];
const id = (path) => controlId(PREFIX, path);

function isStaff(session) {
  return (session?.roles ?? []).some((role) => STAFF_ROLES.includes(role));
}

function emptyModel() {
  return { ...emptyMemorandum(), stance: '', proposedText: '', justification: '' };
}

function errorText(errors, path) {
  const messages = errors.get(path) ?? [];
  return messages.length ? html`<p class="field__error" id="${id(path)}-error">${messages.join(' ')}</p>` : '';
}

function described(errors, path, hint) {
  return [hint ? `${id(path)}-hint` : '', (errors.get(path) ?? []).length ? `${id(path)}-error` : ''].filter(Boolean).join(' ');
}

function input({ path, label, value, errors, type = 'text', autocomplete = 'off', hint, multiline = false }) {
  const messages = errors.get(path) ?? [];
  const by = described(errors, path, hint);
  const common = html`id="${id(path)}" name="${path}" aria-invalid="${messages.length ? 'true' : 'false'}"
  ${by ? html`aria-describedby="${by}"` : ''}`;
  return html`<div class="field ${messages.length ? 'field--error' : ''}">
    <label for="${id(path)}">${label}</label>
    ${hint ? html`<p class="field__hint" id="${id(path)}-hint">${hint}</p>` : ''} ${errorText(errors, path)}
    ${multiline
      ? html`<textarea ${common} rows="3">${value}</textarea>`
      : html`<input ${common} type="${type}" value="${value}" autocomplete="${autocomplete}" />`}
  </div>`;
}

function radios({ path, legend, options, value, errors, hint }) {
  const messages = errors.get(path) ?? [];
  const by = described(errors, path, hint);
  return html`<fieldset class="field annotation-panel__radios ${messages.length ? 'field--error' : ''}" ${by ? html`aria-describedby="${by}"` : ''}>
    <legend>${legend} <span class="field__required">*</span></legend>
    ${hint ? html`<p class="field__hint" id="${id(path)}-hint">${hint}</p>` : ''} ${errorText(errors, path)}
    ${options.map((option, index) => {
      const control = index === 0 ? id(path) : `${id(path)}-${index}`;
      return html`<div class="annotation-panel__radio">
        <input type="radio" name="${path}" value="${option.value}" id="${control}" ${option.value === value ? html`checked` : ''} />
        <label for="${control}">${option.label}</label>
      </div>`;
    })}
  </fieldset>`;
}

/** One annotation as a list item: stance, author and date, the words, wording, reasons, tags and decision. */
export function annotationItemTemplate(t, annotation) {
  const a = readAnnotation(annotation);
  const placement = a.placement;
  return html`<li class="annotation-panel__item">
    <p class="annotation-panel__head">
      <strong>${a.stance ? t(`stance.${a.stance}`) : a.motivation === 'tagging' ? t('annot.themes') : t(t.has(`annot.motivation.${a.motivation}`) ? `annot.motivation.${a.motivation}` : 'annot.motivation.other')}</strong>
      ${a.creator ? html`<span>${t('annot.by', { name: a.creator })}</span>` : ''}
      ${a.created ? html`<span>${formatDateTime(a.created, t.lang)}</span>` : ''}
      ${a.memorandum?.reference ? html`<span>${t('annot.memorandum', { reference: a.memorandum.reference })}</span>` : ''}
    </p>
    ${a.exact ? html`<p class="annotation-panel__quote-label">${t('annot.onWords')}</p><blockquote class="annotation-panel__quote" lang="en">${a.exact}</blockquote>` : ''}
    ${placement?.status === 'ANCHORED_WITH_CHANGES'
      ? html`<p class="annotation-panel__moved">${t('annot.status.ANCHORED_WITH_CHANGES')} <q lang="en">${placement.exact}</q></p>`
      : placement?.status === 'ORPHANED' || placement?.status === 'PENDING'
        ? html`<p class="annotation-panel__moved">${t(`annot.status.${placement.status}`)}</p>`
        : ''}
    ${a.proposedText ? html`<p><strong>${t('memo.proposedText')}:</strong> ${a.proposedText}</p>` : ''}
    ${a.justification ? html`<p><strong>${t('memo.justification')}:</strong> ${a.justification}</p>` : ''}
    ${a.comment ? html`<p>${a.comment}</p>` : ''}
    ${a.tags.length ? html`<p><strong>${t('annot.themes')}:</strong> ${a.tags.join(', ')}</p>` : ''}
    ${a.decision
      ? html`<p class="annotation-panel__decision"><strong>${t('annot.decision')}:</strong> ${t(`decision.${a.decision.decision}`)}${a.decision.reasons ? html` — ${a.decision.reasons}` : ''}</p>`
      : ''}
  </li>`;
}

/** The `<annotation-panel>` element: data {t, bill, version, provisions, session, call}. */
export class AnnotationPanel extends Component {
  #api = createApi();
  #key = null;
  #counts = null;
  #countsFailed = false;
  #open = null;
  #items = null;
  #itemsFailed = false;
  #model = emptyModel();
  #errors = new Map();
  #problem = null;
  #busy = false;
  #made = null;
  #selection = null;
  #quote = { from: 0, to: 0 };
  #focus = null;

  #onClick = (event) => {
    const button = event.target instanceof Element ? event.target.closest('[data-annotate], [data-annotations]') : null;
    if (button && this.data) {
      const eId = button.dataset.annotate ?? button.dataset.annotations;
      this.open(eId, button.dataset.annotate ? 'form' : 'list');
    }
  };

  #onSelection = () => {
    // Words selected with the mouse in a clause are kept, so that the clause's button opens the form with them.
    const selection = document.getSelection();
    if (!selection || selection.isCollapsed || !selection.rangeCount) {
      return;
    }
    const start = selection.anchorNode instanceof Element ? selection.anchorNode : selection.anchorNode?.parentElement;
    const clause = start?.closest?.('provision-tree .prov--section, provision-tree .prov--schedule');
    if (clause && !this.#open) {
      this.#selection = { eId: clause.id, text: selection.toString() };
    }
  };

  constructor() {
    super();
    // The provision's text is a textarea so that words can be selected with Shift and the arrows (a readonly one keeps
    // no caret in Chromium); every edit of it is refused instead.
    this.addEventListener('beforeinput', (event) => {
      if (event.target?.id === `${PREFIX}-text`) {
        event.preventDefault();
      }
    });
    this.addEventListener('input', (event) => {
      if (event.target?.id === `${PREFIX}-text` && this.#open) {
        const { selectionStart, selectionEnd } = event.target;
        event.target.value = fullText(this.#node(this.#open.eId));
        event.target.setSelectionRange(selectionStart, selectionEnd);
        return;
      }
      this.#onEdit(event);
    });
    this.addEventListener('change', (event) => this.#onEdit(event));
    for (const name of ['select', 'keyup', 'mouseup']) {
      this.addEventListener(name, (event) => {
        if (event.target?.id === `${PREFIX}-text`) {
          this.#readQuote(event.target);
        }
      });
    }
    this.addEventListener('submit', (event) => {
      event.preventDefault();
      event.stopPropagation();
      this.#submit();
    });
    this.addEventListener('click', (event) => {
      const action = event.target instanceof Element ? event.target.closest('[data-panel-action]')?.dataset.panelAction : null;
      if (action === 'close') {
        this.querySelector('dialog')?.close();
      } else if (action === 'propose' && this.#open) {
        this.open(this.#open.eId, 'form');
      }
    });
    // The dialog's close event does not bubble; capture it here (Escape, the close button).
    this.addEventListener('close', () => this.#closed(), true);
  }

  connectedCallback() {
    super.connectedCallback();
    document.addEventListener('click', this.#onClick);
    document.addEventListener('selectionchange', this.#onSelection);
  }

  disconnectedCallback() {
    document.removeEventListener('click', this.#onClick);
    document.removeEventListener('selectionchange', this.#onSelection);
  }

  /**
   * The count and buttons shown under a clause's or schedule's heading (the tree calls this for each provision). Until
   * the counts arrive the count is an empty placeholder; they are then written into the placeholders in place, so
   * that the tree is not drawn again and focus (a deep link's provision, a button) stays where it is.
   */
  clauseExtras(node, path) {
    const t = this.data?.t;
    if (!t || !ANNOTATED.has(node?.type)) {
      return '';
    }
    const name = citation(path, t);
    const count = this.#counts ? countFor(this.#counts, node.eId) : null;
    const showList = Boolean(count) || (count !== null && isStaff(this.data.session));
    return html`<div class="annot-extras">
      <button type="button" class="button--secondary annot-extras__button" data-annotate="${node.eId}"
        >${t('annot.propose')}<span class="visually-hidden"> ${t('annot.on', { name })}</span></button
      >
      <button type="button" class="button--secondary annot-extras__button" data-annotations="${node.eId}" ${showList ? '' : html`hidden`}
        >${t('annot.show')}<span class="visually-hidden"> ${t('annot.on', { name })}</span></button
      >
      <span class="annot-count annot-count--${heatLevel(count ?? 0, this.#max())}" data-count-for="${node.eId}" ${count === null ? html`hidden` : ''}
        ><span data-count-text>${count === null ? '' : t('annot.count', { count })}</span
        ><span class="visually-hidden"> ${t('annot.on', { name })}</span></span
      >
    </div>`;
  }

  #max() {
    return this.#counts ? Math.max(0, ...Object.keys(this.#counts).map((eId) => countFor(this.#counts, eId))) : 0;
  }

  /** Writes the counts into the tree's placeholders (text and shade only: no markup). */
  #showCounts() {
    const t = this.data?.t;
    const root = this.closest('bill-page') ?? document;
    if (!t || !this.#counts) {
      return;
    }
    const max = this.#max();
    const staff = isStaff(this.data.session);
    for (const badge of root.querySelectorAll('[data-count-for]')) {
      const eId = badge.dataset.countFor;
      const count = countFor(this.#counts, eId);
      const text = badge.querySelector('[data-count-text]');
      if (text) {
        text.textContent = t('annot.count', { count });
      }
      badge.className = `annot-count annot-count--${heatLevel(count, max)}`;
      badge.hidden = false;
      const list = root.querySelector(`[data-annotations="${CSS.escape(eId)}"]`);
      if (list) {
        list.hidden = !(count || staff);
      }
    }
  }

  /** Opens the dialog on a provision: its annotations ('list') or the proposal form ('form'). */
  open(eId, mode) {
    const node = this.#node(eId);
    if (!node) {
      return;
    }
    const previous = this.#open;
    this.#open = { eId, mode };
    if (mode === 'form' && (previous?.eId !== eId || previous?.mode !== 'form' || this.#made)) {
      this.#errors = new Map();
      this.#problem = null;
      this.#made = null;
      const text = fullText(node);
      const chosen = this.#selection?.eId === eId ? this.#selection.text.trim() : '';
      const at = chosen ? text.indexOf(chosen) : -1;
      this.#quote = at >= 0 ? { from: at, to: at + chosen.length } : { from: 0, to: 0 };
    }
    if (mode === 'list') {
      this.#items = null;
      this.#itemsFailed = false;
      this.#loadItems(eId);
    }
    this.#focus = '#annot-title';
    this.update();
  }

  template(data) {
    const { t } = data;
    const node = this.#open ? this.#node(this.#open.eId) : null;
    return html`${this.#countsFailed ? html`<p class="annotation-panel__note">${t('annot.loadFailed')}</p>` : ''}
      ${node
        ? html`<dialog class="annotation-panel__dialog" aria-labelledby="annot-title">
            ${this.#open.mode === 'form' ? this.#formTemplate(t, node) : this.#listTemplate(t, node)}
          </dialog>`
        : ''}`;
  }

  rendered(data) {
    const key = `${data.bill?.id}/${data.version}`;
    if (key !== this.#key) {
      this.#key = key;
      this.#counts = null;
      this.#countsFailed = false;
      this.#loadCounts();
    }
    const dialog = this.querySelector('dialog');
    if (dialog && !dialog.open) {
      dialog.showModal();
    }
    const textArea = this.querySelector(`#${PREFIX}-text`);
    if (textArea && this.#quote.to > this.#quote.from) {
      textArea.setSelectionRange(this.#quote.from, this.#quote.to);
    }
    if (this.#focus) {
      this.querySelector(this.#focus)?.focus();
      this.#focus = null;
    }
  }

  #node(eId) {
    const path = pathTo(this.data?.provisions ?? [], eId);
    return path?.length ? path[path.length - 1] : null;
  }

  #name(eId) {
    return citation(pathTo(this.data?.provisions ?? [], eId) ?? [], this.data.t);
  }

  async #loadCounts() {
    const { bill, version } = this.data;
    if (!bill?.id || !version) {
      return;
    }
    const key = this.#key;
    try {
      const answer = await this.#api.request(
        'GET',
        `/api/annotations/counts?bill=${encodeURIComponent(bill.id)}&version=${encodeURIComponent(version)}`,
      );
      if (key === this.#key) {
        this.#counts = answer?.counts && typeof answer.counts === 'object' ? answer.counts : {};
      }
    } catch {
      if (key === this.#key) {
        this.#countsFailed = true;
      }
    }
    if (key === this.#key && this.isConnected) {
      if (!this.#open && this.#countsFailed) {
        this.update();
      }
      this.#showCounts();
    }
  }

  async #loadItems(eId) {
    const { bill, version } = this.data;
    try {
      const answer = await this.#api.request(
        'GET',
        `/api/annotations?bill=${encodeURIComponent(bill.id)}&version=${encodeURIComponent(version)}&provision=${encodeURIComponent(eId)}`,
      );
      if (this.#open?.eId === eId) {
        this.#items = Array.isArray(answer?.first?.items) ? answer.first.items : [];
      }
    } catch {
      if (this.#open?.eId === eId) {
        this.#itemsFailed = true;
      }
    }
    if (this.#open?.eId === eId && this.#open.mode === 'list' && this.isConnected) {
      // The list is a live region: its content is announced without moving focus away from where the reader is.
      this.#focus = null;
      this.update();
    }
  }

  #listTemplate(t, node) {
    const name = this.#name(node.eId);
    const count = this.#counts ? countFor(this.#counts, node.eId) : 0;
    const items = this.#items ?? [];
    const proposals = items.filter((item) => readAnnotation(item).stance).length;
    const hidden = isStaff(this.data.session) ? 0 : Math.max(0, count - proposals);
    return html`<h2 id="annot-title" tabindex="-1">${t('annot.listHeading', { name })}</h2>
      <div id="annot-list" tabindex="-1" aria-live="polite">
        ${this.#itemsFailed
          ? html`<p role="alert">${t('annot.loadFailed')}</p>`
          : this.#items === null
            ? html`<p>${t('status.loading')}</p>`
            : html`${items.length ? html`<ul class="annotation-panel__list">${items.map((item) => annotationItemTemplate(t, item))}</ul>` : html`<p>${t('annot.none')}</p>`}
              ${hidden ? html`<p class="annotation-panel__hidden">${t('annot.hidden', { count: hidden })}</p>` : ''}`}
      </div>
      <div class="annotation-panel__actions">
        <button type="button" data-panel-action="propose">${t('annot.propose')}</button>
        <button type="button" class="button--secondary" data-panel-action="close">${t('annot.close')}</button>
      </div>`;
  }

  #formTemplate(t, node) {
    const name = this.#name(node.eId);
    const { call, version, bill } = this.data;
    const heading = html`<h2 id="annot-title" tabindex="-1">${t('annot.formHeading', { name })}</h2>`;
    const close = html`<div class="annotation-panel__actions">
      <button type="button" class="button--secondary" data-panel-action="close">${t('annot.close')}</button>
    </div>`;
    if (this.#made) {
      const receipt = this.#made;
      return html`${heading}
        <div class="annotation-panel__done" role="status">
          <p id="annot-done" tabindex="-1">${t('annot.done', { reference: receipt.reference })}</p>
          <p><label for="annot-token">${t('annot.doneToken')}</label>
            <input id="annot-token" type="text" readonly value="${receipt.receiptToken}" /></p>
          <p><a href="${statusPath(receipt.reference)}">${t('annot.statusLink', { reference: receipt.reference })}</a></p>
        </div>
        ${close}`;
    }
    if (call?.status !== 'OPEN') {
      return html`${heading}<p>${t('annot.callClosed')}</p>${close}`;
    }
    if (call.version && call.version !== version) {
      return html`${heading}<p>${t('annot.callOtherVersion', { number: call.version })}</p>
        <p><a href="${versionPath(bill.id, call.version)}">${t('annot.callOtherVersionLink', { number: call.version })}</a></p>
        ${close}`;
    }
    const model = this.#model;
    const errors = this.#errors;
    const text = fullText(node);
    const organisation = model.kind === 'ORGANISATION';
    return html`${heading}
      ${this.#problem || errors.size
        ? html`<div class="error-summary" role="alert" tabindex="-1" id="annot-errors" aria-labelledby="annot-error-title">
            <h3 id="annot-error-title" class="error-summary__title">${t('form.errorTitle')}</h3>
            ${this.#problem?.detail ? html`<p>${this.#problem.detail}</p>` : this.#problem?.status === 0 ? html`<p>${t('memo.networkFailed')}</p>` : ''}
            ${errors.size
              ? html`<ul>${[...errors].map(([path, messages]) => html`<li><a href="#${id(path)}">${messages.join(' ')}</a></li>`)}</ul>`
              : ''}
          </div>`
        : ''}
      <form class="annotation-panel__form" novalidate>
        <div class="field">
          <label for="${PREFIX}-text">${t('annot.text', { name })}</label>
          <p class="field__hint" id="${PREFIX}-text-hint">${t('annot.textHint')}</p>
          <textarea id="${PREFIX}-text" class="annotation-panel__text" aria-readonly="true" rows="6" lang="en"
            aria-describedby="${PREFIX}-text-hint ${PREFIX}-quote">${text}</textarea>
          <p id="${PREFIX}-quote" class="annotation-panel__quote-status" aria-live="polite">${this.#quoteStatus(t, text)}</p>
        </div>
        ${radios({
          path: 'proposals[0].stance',
          legend: t('memo.stance'),
          options: STANCES.map((stance) => ({ value: stance, label: t(`stance.${stance}`) })),
          value: model.stance,
          errors,
        })}
        ${input({ path: 'proposals[0].proposedText', label: t('memo.proposedText'), value: model.proposedText, errors, multiline: true, hint: t('memo.proposedTextHint') })}
        ${input({ path: 'proposals[0].justification', label: t('memo.justification'), value: model.justification, errors, multiline: true })}
        <fieldset class="annotation-panel__about">
          <legend>${t('memo.aboutYou')}</legend>
          ${radios({
            path: 'submitter.kind',
            legend: t('memo.kind'),
            options: ['INDIVIDUAL', 'ORGANISATION'].map((kind) => ({ value: kind, label: t(`memo.kind.${kind}`) })),
            value: model.kind,
            errors,
          })}
          ${input({
            path: 'submitter.name',
            label: organisation ? t('memo.organisationName') : t('memo.name'),
            value: model.name,
            errors,
            autocomplete: organisation ? 'organization' : 'name',
            hint: t('memo.nameHint'),
          })}
          ${organisation
            ? html`<div class="field">
                <label for="${id('submitter.organisationType')}">${t('memo.organisationType')}</label>
                ${errorText(errors, 'submitter.organisationType')}
                <select id="${id('submitter.organisationType')}" name="submitter.organisationType">
                  <option value="">${t('memo.choose')}</option>
                  ${['CSO', 'PRIVATE_SECTOR', 'PUBLIC_BODY', 'ACADEMIC', 'OTHER'].map(
                    (type) => html`<option value="${type}" ${type === model.organisationType ? html`selected` : ''}>${t(`orgType.${type}`)}</option>`,
                  )}
                </select>
              </div>`
            : ''}
          <div class="field">
            <label for="${id('submitter.county')}">${t('memo.county')}</label>
            <select id="${id('submitter.county')}" name="submitter.county">
              <option value="">${t('memo.notSaying')}</option>
              ${COUNTIES.map(([value, label]) => html`<option value="${value}" ${value === model.county ? html`selected` : ''}>${label}</option>`)}
            </select>
          </div>
          <p class="memo-form__private">${t('memo.contactPrivate')}</p>
          ${input({ path: 'submitter.contact.email', label: t('memo.email'), value: model.email, errors, type: 'email', autocomplete: 'email' })}
          ${input({ path: 'submitter.contact.phone', label: t('memo.phone'), value: model.phone, errors, type: 'tel', autocomplete: 'tel' })}
        </fieldset>
        ${radios({
          path: 'consent',
          legend: t('memo.consent'),
          options: CONSENTS.map((consent) => ({ value: consent, label: t(`consent.${consent}`) })),
          value: model.consent,
          errors,
          hint: t('memo.consentHint'),
        })}
        <p class="field__hint">${t('annot.becomesMemorandum')}</p>
        <div class="annotation-panel__actions">
          <button type="submit" ${this.#busy ? html`disabled` : ''}>${this.#busy ? t('annot.busy') : t('annot.submit')}</button>
          <button type="button" class="button--secondary" data-panel-action="close">${t('annot.close')}</button>
        </div>
      </form>`;
  }

  #quoteStatus(t, text) {
    const quote = quoteIn(text, this.#quote.from, this.#quote.to);
    return quote.whole ? t('annot.selectedWhole') : t('annot.selected', { text: quote.exact });
  }

  #readQuote(textArea) {
    this.#quote = { from: textArea.selectionStart ?? 0, to: textArea.selectionEnd ?? 0 };
    const status = this.querySelector(`#${PREFIX}-quote`);
    if (status) {
      status.textContent = this.#quoteStatus(this.data.t, textArea.value);
    }
  }

  #onEdit(event) {
    const target = event.target;
    if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement || target instanceof HTMLSelectElement)) {
      return;
    }
    const fields = {
      'proposals[0].stance': 'stance',
      'proposals[0].proposedText': 'proposedText',
      'proposals[0].justification': 'justification',
      'submitter.kind': 'kind',
      'submitter.name': 'name',
      'submitter.organisationType': 'organisationType',
      'submitter.county': 'county',
      'submitter.contact.email': 'email',
      'submitter.contact.phone': 'phone',
      consent: 'consent',
    };
    const field = fields[target.name];
    if (!field) {
      return;
    }
    this.#model = { ...this.#model, [field]: target.value };
    if (field === 'kind' && event.type === 'change') {
      this.#focus = `#${CSS.escape(target.id)}`;
      this.update();
    }
  }

  async #submit() {
    if (this.#busy || !this.#open) {
      return;
    }
    const { t, bill, version } = this.data;
    const eId = this.#open.eId;
    const model = this.#model;
    const request = {
      ...model,
      proposals: [{ provision: eId, stance: model.stance, proposedText: model.proposedText, justification: model.justification }],
    };
    const found = validateMemorandum(request);
    found.delete('text');
    if (found.size) {
      this.#errors = new Map([...found].map(([path, keys]) => [path, keys.map((key) => t(key))]));
      this.#problem = null;
      this.#focus = '#annot-errors';
      this.update();
      return;
    }
    const node = this.#node(eId);
    const text = fullText(node);
    const memo = memorandumRequest(request, bill.id, version);
    const body = proposalAnnotation({
      id: newAnnotationId(),
      source: versionIri(window.location.origin, bill.id, version),
      eId,
      quote: quoteIn(text, this.#quote.from, this.#quote.to),
      stance: model.stance,
      proposedText: model.proposedText,
      justification: model.justification,
      submitter: memo.submitter,
      consent: memo.consent,
    });
    this.#busy = true;
    this.#errors = new Map();
    this.#problem = null;
    this.update();
    try {
      const answer = await this.#api.request('POST', '/api/annotations', { json: body });
      this.#made = answer?.receipt ?? null;
      this.#model = emptyModel();
      this.#selection = null;
      this.#focus = '#annot-done';
    } catch (error) {
      this.#problem = error;
      this.#errors = problemErrors(error);
      this.#focus = '#annot-errors';
    }
    this.#busy = false;
    this.update();
    if (this.#made) {
      this.#key = null;
      this.rendered(this.data);
    }
  }

  #closed() {
    if (!this.#open) {
      return;
    }
    const { eId, mode } = this.#open;
    this.#open = null;
    this.#made = null;
    this.update();
    const selector = mode === 'form' ? `[data-annotate="${CSS.escape(eId)}"]` : `[data-annotations="${CSS.escape(eId)}"]`;
    (document.querySelector(selector) ?? document.querySelector(`[data-annotate="${CSS.escape(eId)}"]`))?.focus();
  }
}

define('annotation-panel', AnnotationPanel);
