// The drafting screen for staff: a bill's drafts of its next version (start one), or one draft clause by clause with
// its workflow step, the accepted proposals to apply (or why one no longer applies) and, for clerks while it is being
// drafted, changing wording, inserting, moving, renumbering and deleting provisions. Each provision has one "Change"
// button that opens its actions, so the keyboard walks one stop per provision. Emits `draft-start` {label},
// `draft-edit` {method, path, body, eId}, `draft-apply` {proposalId} and `draft-submit` {discard}.

import { Component, define } from '../../lib/component.js';
import { html } from '../../lib/html.js';
import { billPath, versionPath } from '../../lib/router.js';
import { citation, walk } from '../../lib/tree.js';

const INSERTABLE = ['SECTION', 'SUBSECTION', 'PARAGRAPH', 'SUBPARAGRAPH', 'PART', 'DIVISION', 'SCHEDULE'];
const EDITABLE = new Set(INSERTABLE);

/** Path of a bill's drafts. */
export function draftsPath(billId) {
  return `${billPath(billId)}/drafts`;
}

/** Path of one draft's drafting screen. */
export function draftPath(billId, number) {
  return `${draftsPath(billId)}/${encodeURIComponent(number)}`;
}

/** The API path of a draft, or of something under it. */
export function draftApiPath(billId, number, rest = '') {
  return `/api/bills/${encodeURIComponent(billId)}/drafts/${encodeURIComponent(number)}${rest}`;
}

function isClerk(session) {
  return (session?.roles ?? []).some((role) => role === 'CLERK' || role === 'ADMIN');
}

/** The provisions in document order with their ancestors, siblings and position among them. */
export function flatDraft(provisions) {
  const rows = [];
  walk(provisions, (node, ancestors) => {
    const parent = ancestors.length ? ancestors[ancestors.length - 1] : null;
    const siblings = parent ? parent.children : provisions;
    rows.push({ node, ancestors, parent, siblings, index: siblings.indexOf(node) });
  });
  return rows;
}

/**
 * The move request that puts a provision one place up or down among its siblings: after the sibling before the one
 * above it, first under its parent, or after the next sibling; null when it cannot move that way.
 */
export function moveBody(row, direction) {
  if (direction === 'up') {
    if (row.index <= 0) {
      return null;
    }
    return row.index >= 2
      ? { after: row.siblings[row.index - 2].eId }
      : { after: null, parent: row.parent ? row.parent.eId : null };
  }
  if (row.index >= row.siblings.length - 1) {
    return null;
  }
  return { after: row.siblings[row.index + 1].eId };
}

function statusText(t, draft) {
  return t(`draft.status.${draft.status}`);
}

function listTemplate({ t, bill, drafts, session, busy }) {
  const open = (drafts ?? []).find((draft) => !['PUBLISHED', 'DISCARDED'].includes(draft.status));
  return html`
    <p class="bill-page__back"><a href="${billPath(bill.id)}">${bill.title || t('bill.untitled')}</a></p>
    <h1 tabindex="-1">${t('drafts.heading')}</h1>
    ${(drafts ?? []).length
      ? html`<ul class="draft-editor__drafts">
          ${drafts.map(
            (draft) => html`<li><a href="${draftPath(bill.id, draft.number)}"
              >${t('drafts.item', { number: draft.number, label: draft.label, status: statusText(t, draft) })}</a></li>`,
          )}
        </ul>`
      : html`<p>${t('drafts.none')}</p>`}
    ${isClerk(session) && !open
      ? html`<form class="draft-editor__start" data-form="start" novalidate>
          <div class="field">
            <label for="draft-label">${t('drafts.label')}</label>
            <input type="text" id="draft-label" name="label" maxlength="200" />
          </div>
          <button type="submit" ${busy ? html`disabled` : ''}>${t('drafts.start')}</button>
        </form>`
      : ''}
  `;
}

function proposalTemplate(t, item, { editable, busy }) {
  const where = item.provision || t('draft.proposal.wholeBill');
  const hidden = html`<span class="visually-hidden"> ${t('draft.proposal.of', { memorandum: item.memorandum, provision: where })}</span>`;
  let state;
  if (item.state === 'APPLIED') {
    state = html`<p class="draft-editor__applied">${t('draft.proposal.applied', { eId: item.draftEId || '' })}</p>`;
  } else if (item.state === 'APPLICABLE') {
    state = html`<p>${t(`draft.action.${item.action}`)}</p>
      ${editable
        ? html`<button type="button" data-action="apply" data-proposal="${item.proposalId}" ${busy ? html`disabled` : ''}
            >${t('draft.proposal.apply')}${hidden}</button>`
        : ''}`;
  } else {
    const code = `draft.reason.${item.reasonCode}`;
    state = html`<p class="draft-editor__reason"><strong>${t('draft.proposal.notApplicable')}</strong>
      ${t.has(code) ? t(code) : ''}</p>
      ${item.reason ? html`<p class="draft-editor__reason-detail" lang="en">${item.reason}</p>` : ''}`;
  }
  return html`<li class="draft-editor__proposal draft-editor__proposal--${String(item.state).toLowerCase()}">
    <p><strong>${t('draft.proposal.from', { memorandum: item.memorandum, provision: where })}</strong></p>
    <p>${t(`stance.${item.stance}`)} · ${t(`decision.${item.decision}`)}</p>
    ${item.proposedText ? html`<blockquote lang="en">${item.proposedText}</blockquote>` : ''}
    ${state}
  </li>`;
}

function field(id, label, control, error) {
  return html`<div class="field ${error ? 'field--error' : ''}">
    <label for="${id}">${label}</label>
    ${error ? html`<p class="field__error" id="${id}-error">${error}</p>` : ''}
    ${control}
  </div>`;
}

function actionsTemplate(t, row, local, busy) {
  const node = row.node;
  const id = `draft-${node.eId}`;
  const name = citation([...row.ancestors, node], t);
  const errors = local.errors ?? {};
  const disabled = busy ? html`disabled` : '';
  const up = moveBody(row, 'up');
  const down = moveBody(row, 'down');
  return html`<fieldset class="draft-editor__actions" data-eid="${node.eId}">
    <legend>${t('draft.form.legend', { name })}</legend>
    <form data-form="reword" data-eid="${node.eId}" novalidate>
      ${field(`${id}-heading`, t('draft.form.heading'), html`<input type="text" id="${id}-heading" name="heading" value="${node.heading ?? ''}" />`)}
      ${field(`${id}-text`, t('draft.form.text'), html`<textarea id="${id}-text" name="text" rows="4" lang="en">${node.text ?? ''}</textarea>`)}
      ${field(`${id}-wrapup`, t('draft.form.wrapUp'), html`<textarea id="${id}-wrapup" name="wrapUp" rows="2" lang="en">${node.wrapUp ?? ''}</textarea>`)}
      <button type="submit" ${disabled}>${t('draft.form.save')}</button>
    </form>
    <form data-form="renumber" data-eid="${node.eId}" novalidate>
      ${field(
        `${id}-num`,
        t('draft.form.num'),
        html`<input type="text" id="${id}-num" name="num" value="${node.num ?? ''}" maxlength="100"
          aria-invalid="${errors.num ? 'true' : 'false'}" ${errors.num ? html`aria-describedby="${id}-num-error"` : ''} />`,
        errors.num && local.form === 'renumber' ? errors.num : '',
      )}
      <button type="submit" ${disabled}>${t('draft.form.renumber')}</button>
    </form>
    <form data-form="insert" data-eid="${node.eId}" novalidate>
      <p class="draft-editor__form-title">${t('draft.form.insertAfter')}</p>
      ${field(
        `${id}-new-type`,
        t('draft.form.type'),
        html`<select id="${id}-new-type" name="type">
          ${INSERTABLE.map((type) => html`<option value="${type}" ${type === node.type ? html`selected` : ''}>${t(`draft.type.${type}`)}</option>`)}
        </select>`,
      )}
      ${field(
        `${id}-new-num`,
        t('draft.form.num'),
        html`<input type="text" id="${id}-new-num" name="num" maxlength="100"
          aria-invalid="${errors.newNum ? 'true' : 'false'}" ${errors.newNum ? html`aria-describedby="${id}-new-num-error"` : ''} />`,
        errors.newNum ?? '',
      )}
      ${field(`${id}-new-heading`, t('draft.form.heading'), html`<input type="text" id="${id}-new-heading" name="heading" />`)}
      ${field(
        `${id}-new-text`,
        t('draft.form.text'),
        html`<textarea id="${id}-new-text" name="text" rows="3" lang="en"
          aria-invalid="${errors.newText ? 'true' : 'false'}" ${errors.newText ? html`aria-describedby="${id}-new-text-error"` : ''}></textarea>`,
        errors.newText ?? '',
      )}
      <button type="submit" ${disabled}>${t('draft.form.insert')}</button>
    </form>
    <div class="draft-editor__buttons">
      <button type="button" class="button--secondary" data-action="move-up" data-eid="${node.eId}" ${up && !busy ? '' : html`disabled`}>${t('draft.form.moveUp')}</button>
      <button type="button" class="button--secondary" data-action="move-down" data-eid="${node.eId}" ${down && !busy ? '' : html`disabled`}>${t('draft.form.moveDown')}</button>
      ${local.confirmDelete
        ? html`<button type="button" class="button--warning" data-action="delete-confirm" data-eid="${node.eId}" ${disabled}>${t('draft.form.deleteConfirm')}</button>
            <button type="button" class="button--secondary" data-action="delete-cancel">${t('draft.cancel')}</button>`
        : html`<button type="button" class="button--warning" data-action="delete" data-eid="${node.eId}" ${disabled}>${t('draft.form.delete')}</button>`}
      <button type="button" class="button--secondary" data-action="close">${t('draft.form.close')}</button>
    </div>
  </fieldset>`;
}

function provisionRow(t, row, { editable, open, local, busy }) {
  const node = row.node;
  const name = citation([...row.ancestors, node], t);
  const canEdit = editable && EDITABLE.has(node.type);
  return html`<li class="draft-editor__prov draft-editor__prov--depth-${Math.min(row.ancestors.length, 4)}" id="draft-prov-${node.eId}">
    <div class="draft-editor__line">
      <p class="draft-editor__text">
        ${node.num ? html`<span class="prov__num">${node.num}</span> ` : ''}
        ${node.heading ? html`<strong>${node.heading}</strong> ` : ''}
        ${node.text ? html`<span lang="en">${node.text}</span>` : ''}
        ${node.wrapUp ? html`<span class="draft-editor__wrapup" lang="en"> ${node.wrapUp}</span>` : ''}
      </p>
      ${canEdit
        ? html`<button type="button" class="button--secondary draft-editor__change" data-action="open" data-eid="${node.eId}"
            aria-expanded="${open ? 'true' : 'false'}">${t('draft.change')}<span class="visually-hidden"> ${name}</span></button>`
        : ''}
    </div>
    ${open ? actionsTemplate(t, row, local, busy) : ''}
  </li>`;
}

function draftTemplate(data, local) {
  const { t, bill, draft, proposals, task, session, problem, notice, busy } = data;
  const editable = isClerk(session) && draft.status === 'DRAFTING';
  const rows = flatDraft(draft.provisions ?? []);
  return html`
    <p class="bill-page__back"><a href="${draftsPath(bill.id)}">${t('drafts.heading')}</a></p>
    <h1 tabindex="-1">${t('draft.heading', { number: draft.number, label: draft.label })}</h1>
    <p>${bill.title || t('bill.untitled')} · ${t('draft.base', { version: draft.baseVersion })}</p>
    <section class="draft-editor__workflow" aria-labelledby="draft-step-title">
      <h2 id="draft-step-title">${t('draft.step')}</h2>
      <p class="draft-editor__status"><strong>${statusText(t, draft)}</strong>
        ${task ? html` · ${t(`task.name.${task.taskKey}`)}${task.assignee ? html` (${task.assignee})` : ''}` : ''}</p>
      ${draft.note && draft.status !== 'PUBLISHED' ? html`<p class="draft-editor__note"><strong>${t('draft.note')}:</strong> ${draft.note}</p>` : ''}
      ${draft.publishedVersion
        ? html`<p><a href="${versionPath(bill.id, draft.publishedVersion)}">${t('draft.openVersion', { version: draft.publishedVersion })}</a></p>`
        : ''}
      ${editable
        ? html`<div class="draft-editor__buttons">
            <button type="button" data-action="submit" ${busy ? html`disabled` : ''}>${t('draft.submit')}</button>
            ${local.confirmDiscard
              ? html`<button type="button" class="button--warning" data-action="discard-confirm" ${busy ? html`disabled` : ''}>${t('draft.discardConfirm')}</button>
                  <button type="button" class="button--secondary" data-action="discard-cancel">${t('draft.cancel')}</button>`
              : html`<button type="button" class="button--secondary" data-action="discard">${t('draft.discard')}</button>`}
          </div>`
        : draft.status === 'DRAFTING'
          ? ''
          : html`<p>${t('draft.locked')}</p>`}
    </section>
    <div class="draft-editor__messages">
      ${problem
        ? html`<div class="error-summary" role="alert" tabindex="-1">
            <h2 class="error-summary__title">${t('form.errorTitle')}</h2>
            <p>${problem.detail || problem.title}</p>
          </div>`
        : ''}
      <p class="draft-editor__notice" role="status">${notice ?? ''}</p>
    </div>
    <section aria-labelledby="draft-proposals-title">
      <h2 id="draft-proposals-title">${t('draft.proposals')}</h2>
      ${(proposals ?? []).length
        ? html`<ul class="draft-editor__proposals">${proposals.map((item) => proposalTemplate(t, item, { editable, busy }))}</ul>`
        : html`<p>${t('draft.noProposals')}</p>`}
    </section>
    <section aria-labelledby="draft-clauses-title">
      <h2 id="draft-clauses-title">${t('draft.clauses')}</h2>
      ${editable
        ? html`<p><button type="button" class="button--secondary" data-action="renumber-all" ${busy ? html`disabled` : ''}>${t('draft.renumberAll')}</button></p>`
        : ''}
      <ol class="draft-editor__tree">
        ${rows.map((row) => provisionRow(t, row, { editable, open: local.open === row.node.eId, local, busy }))}
      </ol>
    </section>
  `;
}

/** Markup for the drafts list ({bill, drafts}) or one draft ({bill, draft, proposals, task}), with the local UI state. */
export function draftEditorTemplate(data, local = {}) {
  return data.draft ? draftTemplate(data, local) : listTemplate(data);
}

/** The `<draft-editor>` element; which provision is open and pending confirmations are its own state. */
export class DraftEditor extends Component {
  #local = { open: null, confirmDelete: false, confirmDiscard: false, errors: {}, form: null };
  #focus = null;
  #fallback = false;

  constructor() {
    super();
    this.addEventListener('click', (event) => this.#click(event));
    this.addEventListener('submit', (event) => this.#submit(event));
    this.addEventListener('keydown', (event) => {
      // Escape closes the open provision's actions and returns to its "Change" button.
      if (event.key === 'Escape' && this.#local.open) {
        const eId = this.#local.open;
        this.#setLocal({ open: null, confirmDelete: false, errors: {} }, `button[data-action="open"][data-eid="${CSS.escape(eId)}"]`);
      }
    });
  }

  template(data) {
    return draftEditorTemplate(data, this.#local);
  }

  set data(value) {
    // A new draft from the server (after an edit) opens the provision the edit made, or closes the actions.
    if (value?.focusEId !== undefined && value.focusEId !== null) {
      this.#local = { open: null, confirmDelete: false, confirmDiscard: false, errors: {}, form: null };
      this.#focus = `button[data-action="open"][data-eid="${CSS.escape(value.focusEId)}"]`;
      // A deleted provision, or a change of the whole draft: the heading is where the reader starts again.
      this.#fallback = true;
    } else if (value?.problem) {
      this.#focus = '.error-summary';
    }
    super.data = value;
  }

  get data() {
    return super.data;
  }

  rendered() {
    if (this.#focus) {
      const target = this.querySelector(this.#focus) ?? (this.#fallback ? this.querySelector('h1') : null);
      this.#focus = null;
      this.#fallback = false;
      target?.focus();
    }
  }

  #setLocal(changes, focus) {
    this.#local = { ...this.#local, ...changes };
    this.#focus = focus ?? null;
    this.update();
  }

  #row(eId) {
    return flatDraft(this.data.draft?.provisions ?? []).find((row) => row.node.eId === eId) ?? null;
  }

  #edit(method, rest, body, eId) {
    const { bill, draft } = this.data;
    this.emit('draft-edit', { method, path: draftApiPath(bill.id, draft.number, rest), body, eId });
  }

  #click(event) {
    const button = event.target instanceof Element ? event.target.closest('button[data-action]') : null;
    if (!button || button.disabled) {
      return;
    }
    const eId = button.dataset.eid;
    const enc = (value) => encodeURIComponent(value);
    switch (button.dataset.action) {
      case 'open':
        if (this.#local.open === eId) {
          this.#setLocal({ open: null, confirmDelete: false, errors: {} }, `button[data-action="open"][data-eid="${CSS.escape(eId)}"]`);
        } else {
          this.#setLocal({ open: eId, confirmDelete: false, errors: {}, form: null }, `#draft-${CSS.escape(eId)}-heading`);
        }
        break;
      case 'close':
        this.#setLocal({ open: null, confirmDelete: false, errors: {} }, `button[data-action="open"][data-eid="${CSS.escape(this.#local.open ?? '')}"]`);
        break;
      case 'move-up':
      case 'move-down': {
        const row = this.#row(eId);
        const body = row ? moveBody(row, button.dataset.action === 'move-up' ? 'up' : 'down') : null;
        if (body) {
          this.#edit('POST', `/provisions/${enc(eId)}/move`, body, eId);
        }
        break;
      }
      case 'delete':
        this.#setLocal({ confirmDelete: true }, 'button[data-action="delete-confirm"]');
        break;
      case 'delete-cancel':
        this.#setLocal({ confirmDelete: false }, `button[data-action="delete"][data-eid="${CSS.escape(this.#local.open ?? '')}"]`);
        break;
      case 'delete-confirm': {
        const row = this.#row(eId);
        const next = row?.siblings[row.index - 1] ?? row?.parent ?? row?.siblings[row.index + 1] ?? null;
        this.#edit('DELETE', `/provisions/${enc(eId)}`, undefined, next?.eId ?? '');
        break;
      }
      case 'renumber-all':
        this.#edit('POST', '/renumber', {}, this.#local.open ?? '');
        break;
      case 'apply':
        this.emit('draft-apply', { proposalId: Number(button.dataset.proposal) });
        break;
      case 'submit':
        this.emit('draft-submit', { discard: false });
        break;
      case 'discard':
        this.#setLocal({ confirmDiscard: true }, 'button[data-action="discard-confirm"]');
        break;
      case 'discard-cancel':
        this.#setLocal({ confirmDiscard: false }, 'button[data-action="discard"]');
        break;
      case 'discard-confirm':
        this.emit('draft-submit', { discard: true });
        break;
      default:
        break;
    }
  }

  #submit(event) {
    const form = event.target;
    if (!(form instanceof HTMLFormElement)) {
      return;
    }
    event.preventDefault();
    const t = this.data.t;
    const values = new FormData(form);
    const text = (name) => String(values.get(name) ?? '').trim();
    const eId = form.dataset.eid;
    const enc = encodeURIComponent(eId ?? '');
    switch (form.dataset.form) {
      case 'start':
        this.emit('draft-start', { label: text('label') });
        break;
      case 'reword':
        this.#edit('PUT', `/provisions/${enc}`, { heading: text('heading'), text: text('text'), wrapUp: text('wrapUp') }, eId);
        break;
      case 'renumber':
        if (!text('num')) {
          this.#setLocal({ errors: { num: t('draft.numRequired') }, form: 'renumber' }, `#draft-${CSS.escape(eId)}-num`);
          return;
        }
        this.#edit('POST', `/provisions/${enc}/renumber`, { num: text('num') }, null);
        break;
      case 'insert': {
        const errors = {};
        if (!text('num')) {
          errors.newNum = t('draft.numRequired');
        }
        if (!text('text') && !text('heading')) {
          errors.newText = t('draft.textRequired');
        }
        if (Object.keys(errors).length) {
          this.#setLocal({ errors, form: 'insert' }, `#draft-${CSS.escape(eId)}-new-${errors.newNum ? 'num' : 'text'}`);
          return;
        }
        this.#edit(
          'POST',
          '/provisions',
          { after: eId, type: String(values.get('type')), num: text('num'), heading: text('heading'), text: text('text') },
          null,
        );
        break;
      }
      default:
        break;
    }
  }
}

define('draft-editor', DraftEditor);
