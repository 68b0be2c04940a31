// Staff panel: what the parser made of a version, checked against the bill's own arrangement of
// clauses (score, counts, clauses missing or extra, warnings linked to their provisions).

import { Component, define } from '../../lib/component.js';
import { formatPercent } from '../../lib/format.js';
import { html } from '../../lib/html.js';
import { provisionHref } from '../../lib/router.js';

function list(items) {
  return html`<ul class="parse-report__items">
    ${items.map((item) => html`<li>${item}</li>`)}
  </ul>`;
}

/** Markup for {t, billId, version (number), report, level}. */
export function parseReportTemplate({ t, billId, version, report, level = 2 }) {
  const heading = level === 2 ? html`<h2>${t('report.heading')}</h2>` : html`<h3>${t('report.heading')}</h3>`;
  if (!report) {
    return html`${heading}
      <p>${t('report.none')}</p>`;
  }
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
          <ul class="parse-report__items">
            ${warnings.map(
              (warning) => html`<li>
                <code>${warning.code}</code> ${warning.message}
                ${warning.eId
                  ? html`<a href="${provisionHref(billId, version, warning.eId)}">${t('report.goTo', { eId: warning.eId })}</a>`
                  : ''}
              </li>`,
            )}
          </ul>`
      : html`<p>${t('report.noWarnings')}</p>`}`;
}

/** The `<parse-report>` element. */
export class ParseReport extends Component {
  template(data) {
    return parseReportTemplate(data);
  }
}

define('parse-report', ParseReport);
