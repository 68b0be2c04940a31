// One staff task: what it is about (memorandum, bill, due date, holder), claim / release, and the form that completes
// it — moderation, triage, decisions, consolidation, report adoption or escalation. Emits `task-claim` {id},
// `task-unclaim` {id} and `task-complete` {id, body}.

import { Component, define } from '../../lib/component.js';
import { html } from '../../lib/html.js';
import { formatDateTime, isTaskOverdue } from '../../lib/review.js';
import { billPath } from '../../lib/router.js';
import { tasksPath } from '../task-inbox/task-inbox.js';
import '../triage-task/triage-task.js';
import '../decision-task/decision-task.js';

function taskName(t, task) {
  const key = `task.name.${task.taskKey}`;
  return t.has(key) ? t(key) : task.name || task.taskKey || t('tasks.unnamed');
}

function textArea(id, name, label, value, { required = false, hint = '', error = '' } = {}) {
  const described = [hint ? `${id}-hint` : '', error ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field ${error ? 'field--error' : ''}">
    <label for="${id}">${label}${required ? html` <span class="field__required">*</span>` : ''}</label>
    ${hint ? html`<p class="field__hint" id="${id}-hint">${hint}</p>` : ''}
    ${error ? html`<p class="field__error" id="${id}-error">${error}</p>` : ''}
    <textarea id="${id}" name="${name}" rows="5" ${required ? html`aria-required="true"` : ''}
      aria-invalid="${error ? 'true' : 'false'}" ${described ? html`aria-describedby="${described}"` : ''}>${value ?? ''}</textarea>
  </div>`;
}

function flagsTemplate(t, memorandum) {
  const flags = Array.isArray(memorandum?.flags) ? memorandum.flags : [];
  if (flags.length === 0) {
    return html`<p>${t('moderate.noFlags')}</p>`;
  }
  return html`<h2>${t('moderate.flags')}</h2>
    <ul class="task-page__flags">
      ${flags.map((flag) => html`<li><strong>${t(`flag.${flag.kind}`)}</strong>${flag.detail ? html`: ${flag.detail}` : ''}</li>`)}
    </ul>`;
}

function memorandumText(t, memorandum) {
  if (!memorandum) {
    return '';
  }
  return html`<section class="task-page__memo" aria-labelledby="task-memo-title">
    <h2 id="task-memo-title">${t('task.memorandum', { reference: memorandum.reference })}</h2>
    ${memorandum.submitter
      ? html`<p>${t('task.submittedBy', { name: memorandum.submitter.name || t('task.anonymous') })}
          ${memorandum.consent === 'ANONYMOUS' ? html`(${t('consent.ANONYMOUS')})` : ''}</p>`
      : ''}
    ${memorandum.text ? html`<div class="task-page__text" tabindex="0">${memorandum.text}</div>` : html`<p>${t('task.noText')}</p>`}
    ${Array.isArray(memorandum.attachments) && memorandum.attachments.length
      ? html`<p>${t('task.attachments', { count: memorandum.attachments.length })}</p>`
      : ''}
  </section>`;
}

function draftLink(t, task) {
  return task.billId && task.draft
    ? html`<p><a class="button" href="${billPath(task.billId)}/drafts/${encodeURIComponent(task.draft)}">${t('draftTask.open')}</a></p>`
    : '';
}

function formFor(t, { task, memorandum, errors, busy }) {
  const submit = (label) => html`<button type="submit" ${busy ? html`disabled` : ''}>${busy ? t('task.busy') : label}</button>`;
  switch (task.taskKey) {
    case 'Task_Moderate':
      return html`${memorandumText(t, memorandum)} ${flagsTemplate(t, memorandum)}
        <form class="task-page__form" data-form="moderate" novalidate>
          <fieldset class="field">
            <legend>${t('moderate.verdict')}</legend>
            <div class="memo-form__radio"><input type="radio" id="moderate-continue" name="setAside" value="false" checked />
              <label for="moderate-continue">${t('moderate.continue')}</label></div>
            <div class="memo-form__radio"><input type="radio" id="moderate-setaside" name="setAside" value="true" />
              <label for="moderate-setaside">${t('moderate.setAside')}</label></div>
          </fieldset>
          ${textArea('moderate-note', 'note', t('moderate.note'), '', { hint: t('moderate.noteHint'), error: errors.get('note') })}
          ${submit(t('moderate.submit'))}
        </form>`;
    case 'Task_ConsolidateSubmissions':
      return html`<form class="task-page__form" data-form="consolidate" novalidate>
        <p>${t('consolidate.intro')}</p>
        ${textArea('consolidate-summary', 'summary', t('consolidate.summary'), '', { required: true, error: errors.get('summary') })}
        ${submit(t('consolidate.submit'))}
      </form>`;
    case 'Task_AdoptReport':
      return html`<form class="task-page__form" data-form="adopt" novalidate>
        <p>${t('adopt.intro')}</p>
        ${submit(t('adopt.submit'))}
      </form>`;
    case 'Task_Escalate':
      return html`${memorandumText(t, memorandum)}
        <form class="task-page__form" data-form="escalate" novalidate>
          <p>${t('escalate.intro')}</p>
          ${textArea('escalate-note', 'note', t('escalate.note'), '', { required: true, error: errors.get('note') })}
          ${submit(t('escalate.submit'))}
        </form>`;
    case 'Task_DraftVersion':
      return html`<p>${t('draftTask.intro')}</p>${draftLink(t, task)}`;
    case 'Task_LegalReview':
    case 'Task_ApproveDraft': {
      const field = task.taskKey === 'Task_LegalReview' ? 'cleared' : 'approved';
      const prefix = task.taskKey === 'Task_LegalReview' ? 'legal' : 'approve';
      return html`${draftLink(t, task)}
        <form class="task-page__form" data-form="${field}" novalidate>
          <fieldset class="field">
            <legend>${t('draftTask.verdict')}</legend>
            <div class="memo-form__radio"><input type="radio" id="${prefix}-yes" name="${field}" value="true" checked />
              <label for="${prefix}-yes">${t(`${prefix}.yes`)}</label></div>
            <div class="memo-form__radio"><input type="radio" id="${prefix}-no" name="${field}" value="false" />
              <label for="${prefix}-no">${t('draftTask.back')}</label></div>
          </fieldset>
          ${textArea(`${prefix}-note`, 'note', t('draftTask.note'), '', { hint: t('draftTask.noteHint'), error: errors.get('note') })}
          ${submit(t('draftTask.submit'))}
        </form>`;
    }
    case 'Task_Triage':
      return html`<triage-task></triage-task>`;
    case 'Task_DecideProposals':
      return html`<decision-task></decision-task>`;
    default:
      return html`<p>${t('task.unknownKind')}</p>`;
  }
}

/** Markup for {t, session, task, memorandum, problem, errors, busy}. */
export function taskPageTemplate({ t, session, task, memorandum, problem, errors: given, busy }) {
  const errors = given ?? new Map();
  const mine = task.assignee && task.assignee === session?.username;
  const overdue = isTaskOverdue(task);
  const ownForm = !['Task_Triage', 'Task_DecideProposals'].includes(task.taskKey);
  return html`
    <p class="bill-page__back"><a href="${tasksPath('mine')}">${t('task.back')}</a></p>
    <h1 tabindex="-1">${taskName(t, task)}</h1>
    <dl class="task-page__meta">
      ${task.reference || task.businessKey ? html`<div><dt>${t('tasks.reference')}</dt><dd>${task.reference || task.businessKey}</dd></div>` : ''}
      ${task.billId ? html`<div><dt>${t('receipt.bill')}</dt><dd><a href="${billPath(task.billId)}">${t('task.openBill')}</a></dd></div>` : ''}
      ${task.due ? html`<div><dt>${t('tasks.due')}</dt><dd>${formatDateTime(task.due, t.lang)}${overdue ? html` <strong class="task-inbox__overdue">(${t('tasks.overdue')})</strong>` : ''}</dd></div>` : ''}
      <div><dt>${t('tasks.assignee')}</dt><dd>${mine ? t('tasks.you') : task.assignee || t('tasks.unassigned')}</dd></div>
    </dl>
    ${ownForm && (problem || errors.size)
      ? html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="task-error-title">
          <h2 id="task-error-title" class="error-summary__title">${t('form.errorTitle')}</h2>
          ${problem ? html`<p>${problem.detail || problem.title}</p>` : ''}
          ${errors.size ? html`<ul>${[...errors].map(([, message]) => html`<li>${message}</li>`)}</ul>` : ''}
        </div>`
      : ''}
    ${mine
      ? html`${formFor(t, { task, memorandum, errors, busy })}
          <p class="task-page__release"><button type="button" class="button--secondary" data-action="unclaim">${t('task.unclaim')}</button></p>`
      : html`<p>${task.assignee ? t('task.heldBy', { name: task.assignee }) : t('task.claimFirst')}</p>
          ${task.assignee ? '' : html`<button type="button" data-action="claim" ${busy ? html`disabled` : ''}>${t('tasks.claim')}</button>`}
          ${memorandumText(t, memorandum)}`}
  `;
}

/** The `<task-page>` element; it hands the triage and decision forms their data and gathers the simple forms. */
export class TaskPage extends Component {
  constructor() {
    super();
    this.addEventListener('click', (event) => {
      const button = event.target instanceof Element ? event.target.closest('button[data-action]') : null;
      if (button?.dataset.action === 'claim') {
        this.emit('task-claim', { id: this.data.task.id });
      } else if (button?.dataset.action === 'unclaim') {
        this.emit('task-unclaim', { id: this.data.task.id });
      }
    });
    this.addEventListener('submit', (event) => {
      const form = event.target;
      if (!(form instanceof HTMLFormElement) || !['moderate', 'consolidate', 'adopt', 'escalate', 'cleared', 'approved'].includes(form.dataset.form)) {
        return;
      }
      event.preventDefault();
      const t = this.data.t;
      const values = new FormData(form);
      const errors = new Map();
      let body;
      if (form.dataset.form === 'moderate') {
        const setAside = values.get('setAside') === 'true';
        const note = String(values.get('note') ?? '').trim();
        if (setAside && !note) {
          errors.set('note', t('moderate.noteRequired'));
        }
        body = { setAside, note };
      } else if (form.dataset.form === 'consolidate') {
        const summary = String(values.get('summary') ?? '').trim();
        if (!summary) {
          errors.set('summary', t('consolidate.summaryRequired'));
        }
        body = { summary };
      } else if (form.dataset.form === 'cleared' || form.dataset.form === 'approved') {
        const passed = values.get(form.dataset.form) === 'true';
        const note = String(values.get('note') ?? '').trim();
        if (!passed && !note) {
          errors.set('note', t('draftTask.noteRequired'));
        }
        body = { [form.dataset.form]: passed, ...(note ? { note } : {}) };
      } else if (form.dataset.form === 'escalate') {
        const note = String(values.get('note') ?? '').trim();
        if (!note) {
          errors.set('note', t('escalate.noteRequired'));
        }
        body = { note };
      } else {
        body = {};
      }
      if (errors.size) {
        this.data = { ...this.data, errors, problem: null };
        return;
      }
      this.emit('task-complete', { id: this.data.task.id, body });
    });
  }

  template(data) {
    return taskPageTemplate(data);
  }

  rendered(data) {
    const child = this.querySelector('triage-task, decision-task');
    if (child) {
      child.data = {
        t: data.t,
        task: data.task,
        memorandum: data.memorandum,
        provisions: data.provisions ?? [],
        problem: data.problem,
        busy: data.busy,
      };
    } else if (data.problem || data.errors?.size) {
      this.querySelector('.error-summary')?.focus();
    }
  }
}

define('task-page', TaskPage);
