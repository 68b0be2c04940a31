// Whole-page states that are not content: loading, not found, and API failures (problem details).

import { Component, define } from '../../lib/component.js';
import { html } from '../../lib/html.js';

/** Markup for {kind: 'loading' | 'notFound' | 'error', t, problem?}. */
export function statusTemplate({ kind, t, problem }) {
  if (kind === 'loading') {
    return html`<p class="page-status__loading" role="status">${t('status.loading')}</p>`;
  }
  if (kind === 'notFound' || problem?.status === 404) {
    return html`
      <h1 tabindex="-1">${t('status.notFound')}</h1>
      <p>${t('status.notFoundHelp')}</p>
      <p><a href="/">${t('status.backToBills')}</a></p>
    `;
  }
  const offline = problem?.status === 0;
  return html`
    <h1 tabindex="-1">${offline ? t('status.offline') : t('status.error')}</h1>
    <div class="page-status__problem" role="alert">
      ${problem?.title && !offline ? html`<p class="page-status__title">${problem.title}</p>` : ''}
      ${problem?.detail ? html`<p>${problem.detail}</p>` : ''}
      ${problem?.status ? html`<p class="page-status__code">${t('status.code', { status: problem.status })}</p>` : ''}
    </div>
    <p><a href="/">${t('status.backToBills')}</a></p>
  `;
}

/** The `<page-status>` element. */
export class PageStatus extends Component {
  template(data) {
    return statusTemplate(data);
  }
}

define('page-status', PageStatus);
