// Staff panel: what the parser made of a version, checked against the bill's own arrangement of
// clauses (score, counts, clauses missing or extra, warnings grouped by kind and linked to their provisions).

import { Component, define } from '../../lib/component.js';
import { formatPercent } from '../../lib/format.js';
import { html } from '../../lib/html.js';
import { provisionHref } from '../../lib/router.js';
import { citation, pathTo } from '../../lib/tree.js';

// Groups this small are shown open; larger ones (the same finding for every clause) start folded.
const OPEN_GROUP_LIMIT = 3;

function list(items) {
  return html`<ul class="parse-report__items">
    ${items.map((item) => html`<li>${item}</li>`)}
  </ul>`;
}

/** Warnings grouped by code, in order of first appearance. */
export function groupWarnings(warnings) {
  const groups = new Map();
  for (const warning of Array.isArray(warnings) ? warnings : []) {
    if (!warning || typeof warning !== 'object') {
      continue;
    }
    const code = String(warning.code ?? '');
    if (!groups.has(code)) {
      groups.set(code, []);
    }
    groups.get(code).push(warning);
  }
  return [...groups.entries()].map(([code, items]) => ({ code, items }));
}

function warningItem(ctx, warning) {
  const path = warning.eId ? pathTo(ctx.provisions, warning.eId) : [];
  const name = path.length ? citation(path, ctx.t) : warning.eId;
  return html`<li>
    ${warning.message}
    ${warning.eId
      ? html`<a href="${provisionHref(ctx.billId, ctx.version, warning.eId)}">${ctx.t('report.goTo', { eId: name })}</a>`
      : ''}
  </li>`;
}

/** Markup for {t, billId, version (number), report, provisions (to name linked provisions)}. */
export function parseReportTemplate({ t, billId, version, report, provisions = [] }) {
  const heading = html`<h2>${t('report.heading')}</h2>`;
  if (!report) {
    return html`${heading}
      <p>${t('report.none')}</p>`;
  }
  const ctx = { t, billId, version, provisions };
  const missing = Array.isArray(report.missing) ? report.missing : [];
  const extra = Array.isArray(report.extra) ? report.extra : [];
  const warnings = Array.isArray(report.warnings) ? report.warnings : [];
  const weak = typeof report.score === 'number' && report.score < 0.9;
  return html`${heading}
    <p class="parse-report__score ${weak ? 'parse-report__score--weak' : ''}">
      ${t('report.score', { score: formatPercent(report.score, t.lang) })}
    </p>
    <dl class="parse-report__counts">
      <div><dt>${t('report.arrangementClauses')}</dt><dd>${report.arrangementClauses}</dd></div>
      <div><dt>${t('report.bodyClauses')}</dt><dd>${report.bodyClauses}</dd></div>
      <div><dt>${t('report.matchedClauses')}</dt><dd>${report.matchedClauses}</dd></div>
    </dl>
    ${missing.length ? html`<h3>${t('report.missing', { count: missing.length })}</h3>${list(missing)}` : ''}
    ${extra.length ? html`<h3>${t('report.extra', { count: extra.length })}</h3>${list(extra)}` : ''}
    ${warnings.length
      ? html`<h3>${t('report.warnings', { count: warnings.length })}</h3>
          ${groupWarnings(warnings).map(
            ({ code, items }) => html`<details class="parse-report__group" ${items.length <= OPEN_GROUP_LIMIT ? html`open` : ''}>
              <summary><code>${code}</code> (${t('report.warningGroup', { count: items.length })})</summary>
              <ul class="parse-report__items">
                ${items.map((warning) => warningItem(ctx, warning))}
              </ul>
            </details>`,
          )}`
      : html`<p>${t('report.noWarnings')}</p>`}`;
}

/** The `<parse-report>` element. */
export class ParseReport extends Component {
  template(data) {
    return parseReportTemplate(data);
  }
}

define('parse-report', ParseReport);
