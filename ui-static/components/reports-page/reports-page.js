// A bill's reports page for staff: downloads of the committee matrix of every version (DOCX, CSV, JSON, HTML), the
// participation report (JSON, HTML) and the open data, and the participation dashboard.

import { Component, define } from '../../lib/component.js';
import { html } from '../../lib/html.js';
import { OPEN_DATA, matrixApi, matrixPath, participationApi } from '../../lib/reports.js';
import { versionPath } from '../../lib/router.js';
import { participationDashboardTemplate } from '../participation-dashboard/participation-dashboard.js';

/** Markup for {t, lang, bill, report, problem}. */
export function reportsPageTemplate({ t, bill, report, problem }) {
  const lang = t.lang;
  const versions = Array.isArray(bill.versions) ? bill.versions : [];
  return html`
    <p class="reports-page__back"><a href="${versionPath(bill.id, versions.at(-1)?.number ?? 1)}">${bill.title}</a></p>
    <h1 tabindex="-1">${t('reports.heading')}</h1>
    <h2>${t('reports.matrixHeading')}</h2>
    <ul class="reports-page__list">
      ${versions.map(
        (version) => html`<li>
          <span class="reports-page__name">${t('reports.version', { number: version.number, label: version.label ?? '' })}</span>
          <a href="${matrixPath(bill.id, version.number)}">${t('reports.openMatrix')}</a>
          <a href="${matrixApi(bill.id, version.number, 'docx')}" download>${t('reports.docx')}</a>
          <a href="${matrixApi(bill.id, version.number, 'csv')}" download>${t('reports.csv')}</a>
          <a href="${matrixApi(bill.id, version.number)}">${t('reports.json')}</a>
          <a href="${matrixApi(bill.id, version.number, 'html')}">${t('reports.html')}</a>
        </li>`,
      )}
    </ul>
    <h2>${t('reports.participationHeading')}</h2>
    <ul class="reports-page__list">
      <li>
        <a href="${participationApi(bill.id, 'html')}">${t('reports.html')}</a>
        <a href="${participationApi(bill.id)}">${t('reports.json')}</a>
      </li>
    </ul>
    ${problem ? html`<p role="alert">${problem.detail || problem.title}</p>` : ''}
    ${report
      ? html`<p>${t('reports.received', { count: report.memoranda, late: report.late })}</p>
          ${participationDashboardTemplate({ t, lang, report })}
          <p class="field__hint">${t('reports.hearingsNote')}</p>`
      : ''}
    <h2>${t('reports.openDataHeading')}</h2>
    <p>${t('reports.openDataIntro')}</p>
    <ul class="reports-page__list">
      ${OPEN_DATA.map(
        (file) => html`<li><a href="/api/open-data/${file.name}.${file.format}" download>${t(`reports.open.${file.name}`)} (${file.format.toUpperCase()})</a></li>`,
      )}
    </ul>
  `;
}

/** The `<reports-page>` element. */
export class ReportsPage extends Component {
  template(data) {
    return reportsPageTemplate(data);
  }
}

define('reports-page', ReportsPage);
