// Staff task inbox: my tasks or my groups' tasks, each with its memorandum or bill, when it was created and is due
// (overdue in words), who holds it, and claim / open actions. Emits `task-claim` {id}.

import { Component, define } from '../../lib/component.js';
import { html } from '../../lib/html.js';
import { formatDateTime, isTaskOverdue } from '../../lib/review.js';

const SCOPES = ['mine', 'groups'];

/** Path of the task inbox for a scope. */
export function tasksPath(scope) {
  return `/tasks?scope=${encodeURIComponent(SCOPES.includes(scope) ? scope : 'mine')}`;
}

/** Path of one task's page. */
export function taskPath(id) {
  return `/tasks/${encodeURIComponent(id)}`;
}

function taskName(t, task) {
  const key = `task.name.${task.taskKey}`;
  return t.has(key) ? t(key) : task.name || task.taskKey || t('tasks.unnamed');
}

/** Markup for {t, session, scope, tasks, problem, busyId, notice, now}. */
export function taskInboxTemplate({ t, session, scope, tasks, problem, busyId, notice, now = new Date() }) {
  const list = Array.isArray(tasks) ? tasks : [];
  return html`
    <h1 tabindex="-1">${t('tasks.heading')}</h1>
    ${notice ? html`<p class="task-inbox__notice" role="status">${notice}</p>` : ''}
    <nav class="task-inbox__scopes" aria-label="${t('tasks.scopes')}">
      <ul>
        ${SCOPES.map(
          (candidate) => html`<li><a href="${tasksPath(candidate)}" aria-current="${candidate === scope ? 'page' : 'false'}">${t(`tasks.scope.${candidate}`)}</a></li>`,
        )}
      </ul>
    </nav>
    ${problem ? html`<p class="task-inbox__problem" role="alert">${problem.detail || problem.title || t('status.error')}</p>` : ''}
    ${list.length === 0
      ? html`<p>${t(`tasks.empty.${scope}`)}</p>`
      : html`<ul class="task-inbox__list">
          ${list.map((task) => {
            const overdue = isTaskOverdue(task, now);
            const mine = task.assignee && task.assignee === session?.username;
            return html`<li class="task-inbox__task">
              <h2 class="task-inbox__name"><a href="${taskPath(task.id)}">${taskName(t, task)}</a></h2>
              <dl>
                ${task.reference || task.businessKey
                  ? html`<div><dt>${t('tasks.reference')}</dt><dd>${task.reference || task.businessKey}</dd></div>`
                  : ''}
                <div><dt>${t('tasks.created')}</dt><dd>${formatDateTime(task.created, t.lang)}</dd></div>
                ${task.due
                  ? html`<div><dt>${t('tasks.due')}</dt><dd>${formatDateTime(task.due, t.lang)}${overdue ? html` <strong class="task-inbox__overdue">(${t('tasks.overdue')})</strong>` : ''}</dd></div>`
                  : ''}
                <div><dt>${t('tasks.assignee')}</dt><dd>${mine ? t('tasks.you') : task.assignee || t('tasks.unassigned')}</dd></div>
              </dl>
              ${task.assignee
                ? ''
                : html`<button type="button" data-action="claim" data-id="${task.id}" ${busyId === task.id ? html`disabled` : ''}
                    aria-label="${t('tasks.claimNamed', { name: taskName(t, task), reference: task.reference || task.businessKey || '' })}">${t('tasks.claim')}</button>`}
            </li>`;
          })}
        </ul>`}
  `;
}

/** The `<task-inbox>` element. */
export class TaskInbox extends Component {
  constructor() {
    super();
    this.addEventListener('click', (event) => {
      const button = event.target instanceof Element ? event.target.closest('button[data-action="claim"]') : null;
      if (button) {
        this.emit('task-claim', { id: button.dataset.id });
      }
    });
  }

  template(data) {
    return taskInboxTemplate(data);
  }
}

define('task-inbox', TaskInbox);
