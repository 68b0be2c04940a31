// A bill's reports page for staff: downloads of the committee matrix of every version (DOCX, CSV, JSON, HTML), the
// participation report (JSON, HTML) and the open data, the participation dashboard, and the public hearings held, which
// clerks record here. Emits `hearing-record` {body} with the POST /api/bills/{id}/hearings body.

import { Component, define } from '../../lib/component.js';
import { html } from '../../lib/html.js';
import { COUNTIES, problemErrors } from '../../lib/memorandum.js';
import { OPEN_DATA, matrixApi, matrixPath, participationApi } from '../../lib/reports.js';
import { versionPath } from '../../lib/router.js';
import { participationDashboardTemplate } from '../participation-dashboard/participation-dashboard.js';

function field(name, label, control, errors) {
  const messages = errors.get(name);
  return html`<div class="field ${messages ? 'field--error' : ''}">
    <label for="hearing-${name}">${label}</label>
    ${messages ? html`<p class="field__error" id="hearing-${name}-error">${messages.join(' ')}</p>` : ''}
    ${control(messages ? html`aria-invalid="true" aria-describedby="hearing-${name}-error"` : html`aria-invalid="false"`)}
  </div>`;
}

function hearingForm(t, problem, busy, values) {
  const errors = problem ? problemErrors(problem) : new Map();
  return html`<form class="reports-page__hearing" data-form="hearing" novalidate aria-labelledby="reports-hearing-form">
    <h3 id="reports-hearing-form">${t('hearings.record')}</h3>
    ${problem ? html`<p class="field__error" role="alert">${problem.detail || problem.title}</p>` : ''}
    ${field('heldOn', t('hearings.date'), (aria) => html`<input type="date" id="hearing-heldOn" name="heldOn"
      value="${values.heldOn ?? ''}" required ${aria}>`, errors)}
    ${field('venue', t('hearings.venue'), (aria) => html`<input type="text" id="hearing-venue" name="venue"
      value="${values.venue ?? ''}" maxlength="300" required ${aria}>`, errors)}
    ${field('county', t('dashboard.county'), (aria) => html`<select id="hearing-county" name="county" required ${aria}>
        <option value="">${t('hearings.chooseCounty')}</option>
        ${COUNTIES.map(([value, label]) => html`<option value="${value}" ${values.county === value ? html`selected` : ''}>${label}</option>`)}
      </select>`, errors)}
    ${field('attendance', t('hearings.attendance'), (aria) => html`<input type="number" id="hearing-attendance"
      name="attendance" value="${values.attendance ?? ''}" min="0" inputmode="numeric" required ${aria}>`, errors)}
    <button type="submit" ${busy ? html`disabled` : ''}>${t('hearings.save')}</button>
  </form>`;
}

function hearingsTemplate(t, report, canRecord, problem, notice, busy, values) {
  const summary = report?.hearings;
  return html`<section aria-labelledby="reports-hearings">
    <h2 id="reports-hearings">${t('hearings.heading')}</h2>
    ${summary
      ? html`<p>${t('hearings.summary', { count: summary.hearings.length, counties: summary.counties, attendance: summary.attendance, reached: summary.countiesReachedWithMemoranda })}</p>
          ${summary.hearings.length
            ? html`<div class="reports-page__scroll" tabindex="0" role="region" aria-labelledby="reports-hearings-caption">
              <table class="participation-dashboard__table">
                <caption id="reports-hearings-caption">${t('hearings.table')}</caption>
                <thead><tr>
                  <th scope="col">${t('hearings.date')}</th><th scope="col">${t('hearings.venue')}</th>
                  <th scope="col">${t('dashboard.county')}</th><th scope="col">${t('hearings.attendance')}</th>
                </tr></thead>
                <tbody>${summary.hearings.map(
                  (h) => html`<tr><td>${h.heldOn}</td><td>${h.venue}</td><td>${h.county}</td><td>${h.attendance}</td></tr>`,
                )}</tbody>
              </table>
            </div>`
            : ''}`
      : ''}
    <div role="status" class="reports-page__notice">${notice ?? ''}</div>
    ${canRecord ? hearingForm(t, problem, busy, values) : ''}
  </section>`;
}

/** Markup for {t, bill, report, problem, session} and the hearing form's state (problem, notice, busy, values). */
export function reportsPageTemplate({ t, bill, report, problem, session, hearingProblem, hearingNotice, hearingBusy, hearingValues = {} }) {
  const lang = t.lang;
  const canRecord = (session?.roles ?? []).some((role) => role === 'CLERK' || role === 'ADMIN');
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
          ${participationDashboardTemplate({ t, lang, report })}`
      : ''}
    ${hearingsTemplate(t, report, canRecord, hearingProblem, hearingNotice, hearingBusy, hearingValues)}
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
  #hearing = {};

  constructor() {
    super();
    // what the clerk typed survives the re-render that shows a refusal
    const edit = (event) => {
      if (event.target?.closest?.('form[data-form="hearing"]') && event.target.name) {
        this.#hearing[event.target.name] = event.target.value;
      }
    };
    this.addEventListener('input', edit);
    this.addEventListener('change', edit);
    this.addEventListener('submit', (event) => {
      const form = event.target.closest('form[data-form="hearing"]');
      if (!form) {
        return;
      }
      event.preventDefault();
      event.stopPropagation();
      const value = (name) => form.elements[name].value.trim();
      const attendance = value('attendance');
      this.emit('hearing-record', {
        body: {
          heldOn: value('heldOn') || null,
          venue: value('venue'),
          county: value('county') || null,
          attendance: attendance === '' ? null : Number(attendance),
        },
      });
    });
  }

  template(data) {
    if (data.hearingSaved) {
      this.#hearing = {};
      data.hearingSaved = false;
    }
    return reportsPageTemplate({ ...data, hearingValues: this.#hearing });
  }
}

define('reports-page', ReportsPage);
