// "Submit a memorandum" from the main navigation: the bills open for memoranda now, each with its closing time and a
// link to its form.

import { Component, define } from '../../lib/component.js';
import { html } from '../../lib/html.js';
import { formatDateTime } from '../../lib/review.js';
import { submitPath } from '../bill-page/bill-page.js';

/** Markup for {t, open: [{bill, call}]}. */
export function openCallsTemplate({ t, open }) {
  const list = Array.isArray(open) ? open : [];
  return html`
    <h1 tabindex="-1">${t('memo.heading')}</h1>
    <p>${t('openCalls.intro')}</p>
    ${list.length === 0
      ? html`<p>${t('openCalls.none')}</p>`
      : html`<ul class="open-calls">
          ${list.map(
            ({ bill, call }) => html`<li>
              <a href="${submitPath(bill.id)}">${bill.title || t('bill.untitled')}</a>
              <span class="open-calls__closes">${t('call.closesOn', { date: formatDateTime(call.closesAt, t.lang) })}</span>
            </li>`,
          )}
        </ul>`}
    <p><a href="/memoranda/status">${t('openCalls.checkInstead')}</a></p>
  `;
}

/** The `<open-calls>` element. */
export class OpenCalls extends Component {
  template(data) {
    return openCallsTemplate(data);
  }
}

define('open-calls', OpenCalls);
