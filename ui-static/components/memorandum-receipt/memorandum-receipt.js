// The receipt shown once a memorandum is accepted: its reference, the receipt token (shown once, with advice to keep
// it and a copy button), the bill, when it was received and when the response is due (Nairobi time).

import { Component, define } from '../../lib/component.js';
import { formatDate } from '../../lib/format.js';
import { html } from '../../lib/html.js';
import { formatDateTime } from '../../lib/review.js';
import { billPath } from '../../lib/router.js';

/** Markup for {t, receipt, copied}. */
export function memorandumReceiptTemplate({ t, receipt, copied }) {
  return html`
    <h1 tabindex="-1">${t('receipt.heading')}</h1>
    <div class="memorandum-receipt__panel" role="status">
      <p>${t('receipt.thanks')}</p>
      <p class="memorandum-receipt__reference">
        ${t('receipt.reference')} <strong id="receipt-reference">${receipt.reference}</strong>
      </p>
    </div>
    <h2>${t('receipt.tokenHeading')}</h2>
    <p>${t('receipt.tokenAdvice')}</p>
    <p class="memorandum-receipt__token">
      <label for="receipt-token">${t('receipt.token')}</label>
      <input id="receipt-token" type="text" readonly value="${receipt.receiptToken}" />
      <button type="button" data-action="copy-token">${t('receipt.copy')}</button>
    </p>
    <p class="memorandum-receipt__copied" aria-live="polite">${copied === true ? t('receipt.copied') : copied === false ? t('receipt.copyFailed') : ''}</p>
    <dl class="memorandum-receipt__details">
      <div><dt>${t('receipt.bill')}</dt><dd><a href="${billPath(receipt.billId)}">${receipt.billTitle || t('bill.untitled')}</a>
        ${receipt.version ? html`(${t('version.number', { number: receipt.version })})` : ''}</dd></div>
      <div><dt>${t('receipt.receivedAt')}</dt><dd>${formatDateTime(receipt.receivedAt, t.lang)}</dd></div>
      <div><dt>${t('receipt.responseDue')}</dt><dd>${formatDate(receipt.responseDue, t.lang)}</dd></div>
    </dl>
    ${receipt.late ? html`<p class="memorandum-receipt__late">${t('receipt.late')}</p>` : ''}
    <p><a href="/memoranda/status?reference=${encodeURIComponent(receipt.reference)}">${t('receipt.checkStatus')}</a></p>
  `;
}

/** The `<memorandum-receipt>` element; the copy button copies the token (or selects it where copying is refused). */
export class MemorandumReceipt extends Component {
  constructor() {
    super();
    this.addEventListener('click', async (event) => {
      const button = event.target instanceof Element ? event.target.closest('[data-action="copy-token"]') : null;
      if (!button) {
        return;
      }
      let copied;
      try {
        await navigator.clipboard.writeText(this.data.receipt.receiptToken);
        copied = true;
      } catch {
        copied = false;
      }
      this.data = { ...this.data, copied };
      const input = this.querySelector('#receipt-token');
      if (!copied) {
        input?.select();
      }
      this.querySelector('[data-action="copy-token"]')?.focus();
    });
  }

  template(data) {
    return memorandumReceiptTemplate(data);
  }
}

define('memorandum-receipt', MemorandumReceipt);
