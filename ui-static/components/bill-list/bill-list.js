// Home page: the bills, newest first as the API returns them, each linking to its bill page.

import { Component, define } from '../../lib/component.js';
import { humanize } from '../../lib/format.js';
import { html } from '../../lib/html.js';
import { billPath } from '../../lib/router.js';

/** A translated enum label (house, stage) with a readable fallback for values the UI does not know. */
export function enumLabel(t, group, value) {
  if (value === null || value === undefined || value === '') {
    return '';
  }
  const key = `${group}.${value}`;
  if (t.has(key)) {
    return t(key);
  }
  // Enum constants read better as words; free text (a county assembly's name) is shown as written.
  return /^[A-Z0-9_]+$/.test(String(value)) ? humanize(value) : String(value);
}

/** The House in the reader's language: "National Assembly", "Senate", "County Assembly of Nakuru" as the API writes it. */
export function houseLabel(t, house) {
  const text = typeof house === 'string' ? house.trim() : '';
  if (/^national assembly$/i.test(text)) {
    return t('house.nationalAssembly');
  }
  if (/^senate$/i.test(text)) {
    return t('house.senate');
  }
  const county = /^county assembly of (.+)$/i.exec(text);
  return county ? t('house.countyAssembly', { county: county[1] }) : text;
}

/**
 * "No. 30 of 2024" for a bare number; a number as printed ("National Assembly Bills No. 30") is kept, with the year
 * added when it does not already say it.
 */
export function billReference(t, bill) {
  const number = bill.billNumber === null || bill.billNumber === undefined ? '' : String(bill.billNumber).trim();
  const year = bill.year ? String(bill.year) : '';
  if (number && /^\d+[A-Za-z]?$/.test(number)) {
    return year ? t('bill.numberYear', { number, year }) : t('bill.number', { number });
  }
  if (number) {
    return year && !number.includes(year) ? t('bill.printedYear', { printed: number, year }) : number;
  }
  return year ? t('bill.year', { year }) : '';
}

function metaItem(term, value) {
  return value ? html`<div><dt>${term}</dt><dd>${value}</dd></div>` : '';
}

/** Markup for {t, bills}. */
export function billListTemplate({ t, bills }) {
  const list = Array.isArray(bills) ? bills : [];
  return html`
    <h1 tabindex="-1">${t('bills.heading')}</h1>
    <p class="bill-list__intro">${t('bills.intro')}</p>
    ${list.length === 0
      ? html`<p class="bill-list__empty">${t('bills.empty')}</p>`
      : html`<ul class="bill-list">
          ${list.map(
            (bill) => html`<li class="bill-list__item">
              <h2 class="bill-list__title"><a href="${billPath(bill.id)}">${bill.title || t('bill.untitled')}</a></h2>
              <dl class="bill-list__meta">
                ${metaItem(t('bill.house'), houseLabel(t, bill.house))}
                ${metaItem(t('bill.reference'), billReference(t, bill))}
                ${metaItem(t('bill.stage'), enumLabel(t, 'stage', bill.stage))}
                ${metaItem(t('bill.latestVersion'), bill.latestVersion ? String(bill.latestVersion) : '')}
              </dl>
            </li>`,
          )}
        </ul>`}
  `;
}

/** The `<bill-list>` element. */
export class BillList extends Component {
  template(data) {
    return billListTemplate(data);
  }
}

define('bill-list', BillList);
