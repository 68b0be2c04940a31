// A memorandum's workflow as an ordered list: each step's name with its state in words (done, in progress, waiting,
// skipped) and its times, so the state never rests on colour alone.

import { Component, define } from '../../lib/component.js';
import { html } from '../../lib/html.js';
import { formatDateTime, workflowSteps } from '../../lib/review.js';

/** Markup for {t, steps (as the API lists them)}. */
export function workflowStepsTemplate({ t, steps }) {
  const view = workflowSteps(steps);
  if (view.steps.length === 0) {
    return html`<p>${t('steps.none')}</p>`;
  }
  return html`<ol class="workflow-steps">
    ${view.steps.map(
      (step) => html`<li class="workflow-steps__step workflow-steps__step--${step.state}"
        ${step.state === 'active' ? html`aria-current="step"` : ''}>
        <span class="workflow-steps__name">${t.has(`steps.name.${step.id}`) ? t(`steps.name.${step.id}`) : step.name}</span>
        <span class="workflow-steps__state">${t(step.stateKey)}</span>
        ${step.endedAt
          ? html`<span class="workflow-steps__time">${t('steps.endedAt', { time: formatDateTime(step.endedAt, t.lang) })}</span>`
          : step.startedAt
            ? html`<span class="workflow-steps__time">${t('steps.startedAt', { time: formatDateTime(step.startedAt, t.lang) })}</span>`
            : ''}
      </li>`,
    )}
  </ol>`;
}

/** The `<workflow-steps>` element. */
export class WorkflowSteps extends Component {
  template(data) {
    return workflowStepsTemplate(data);
  }
}

define('workflow-steps', WorkflowSteps);
