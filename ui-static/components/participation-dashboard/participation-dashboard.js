// The participation dashboard of a bill: county coverage (counties reached of 47, and memoranda per county reached)
// and response-time compliance (answered on time, late, open) as SVG charts. Every chart is an image with a title and
// description and is followed by the same figures in a table, so nothing depends on seeing the chart.

import { Component, define } from '../../lib/component.js';
import { html } from '../../lib/html.js';
import { formatPercent } from '../../lib/format.js';
import { barLayout, stackLayout } from '../../lib/reports.js';

const RESPONSE_PARTS = ['answeredOnTime', 'answeredLate', 'openNotYetDue', 'openOverdue'];

function countyChart(t, lang, counties) {
  const reached = counties.counties.filter((county) => county.count > 0);
  const bars = barLayout(reached.map((county) => ({ label: county.label, value: county.count })), { width: 160 });
  const height = Math.max(24, bars.length * 24);
  const coverage = stackLayout(
    [
      { key: 'reached', value: counties.reached },
      { key: 'notReached', value: counties.total - counties.reached },
    ],
    300,
  );
  const summary = t('dashboard.coverage', { reached: counties.reached, total: counties.total, share: formatPercent(counties.share, lang) });
  return html`<section class="participation-dashboard__chart" aria-labelledby="dash-counties">
    <h2 id="dash-counties">${t('dashboard.countiesHeading')}</h2>
    <p>${summary}</p>
    <svg class="participation-dashboard__svg" viewBox="0 0 300 24" role="img" aria-labelledby="dash-coverage-title dash-coverage-desc">
      <title id="dash-coverage-title">${t('dashboard.countiesHeading')}</title>
      <desc id="dash-coverage-desc">${summary}</desc>
      ${coverage.map(
        (segment) => html`<rect x="${segment.x}" y="0" width="${segment.width}" height="24"
          class="participation-dashboard__${segment.key}"></rect>`,
      )}
    </svg>
    ${bars.length
      ? html`<svg class="participation-dashboard__svg" viewBox="0 0 300 ${height}" role="img"
          aria-labelledby="dash-county-bars-title dash-county-bars-desc">
          <title id="dash-county-bars-title">${t('dashboard.perCounty')}</title>
          <desc id="dash-county-bars-desc">${bars.map((bar) => `${bar.label}: ${bar.value}`).join('; ')}</desc>
          ${bars.map(
            (bar) => html`<g>
              <text x="0" y="${bar.y + 14}" class="participation-dashboard__label">${bar.label}</text>
              <rect x="110" y="${bar.y}" width="${bar.width}" height="${bar.height}" class="participation-dashboard__reached"></rect>
              <text x="${116 + bar.width}" y="${bar.y + 14}" class="participation-dashboard__label">${bar.value}</text>
            </g>`,
          )}
        </svg>`
      : ''}
    <details>
      <summary>${t('dashboard.allCounties')}</summary>
      <table class="participation-dashboard__table">
        <caption>${t('dashboard.perCounty')}</caption>
        <thead><tr><th scope="col">${t('dashboard.county')}</th><th scope="col">${t('dashboard.memoranda')}</th></tr></thead>
        <tbody>
          ${counties.counties.map((county) => html`<tr><th scope="row">${county.label}</th><td>${county.count}</td></tr>`)}
          <tr><th scope="row">${t('dashboard.notStated')}</th><td>${counties.notStated}</td></tr>
        </tbody>
      </table>
    </details>
  </section>`;
}

function responseChart(t, lang, responses) {
  const parts = stackLayout(RESPONSE_PARTS.map((key) => ({ key, value: responses[key] ?? 0 })), 300);
  const summary = t('dashboard.onTime', {
    share: formatPercent(responses.shareOnTime, lang),
    onTime: responses.answeredOnTime,
    answered: responses.answered,
  });
  return html`<section class="participation-dashboard__chart" aria-labelledby="dash-responses">
    <h2 id="dash-responses">${t('dashboard.responsesHeading')}</h2>
    <p>${summary}</p>
    <svg class="participation-dashboard__svg" viewBox="0 0 300 24" role="img" aria-labelledby="dash-resp-title dash-resp-desc">
      <title id="dash-resp-title">${t('dashboard.responsesHeading')}</title>
      <desc id="dash-resp-desc">${RESPONSE_PARTS.map((key) => `${t(`dashboard.${key}`)}: ${responses[key] ?? 0}`).join('; ')}</desc>
      ${parts.map(
        (part) => html`<rect x="${part.x}" y="0" width="${part.width}" height="24" class="participation-dashboard__${part.key}"></rect>`,
      )}
    </svg>
    <table class="participation-dashboard__table">
      <caption>${t('dashboard.responsesTable', { date: responses.asOf ?? '' })}</caption>
      <thead><tr><th scope="col">${t('dashboard.state')}</th><th scope="col">${t('dashboard.memoranda')}</th></tr></thead>
      <tbody>
        ${RESPONSE_PARTS.map(
          (key) => html`<tr><th scope="row"><span class="participation-dashboard__swatch participation-dashboard__${key}" aria-hidden="true"></span>
            ${t(`dashboard.${key}`)}</th><td>${responses[key] ?? 0}</td></tr>`,
        )}
        <tr><th scope="row">${t('dashboard.medianDays')}</th><td>${responses.medianDays ?? '—'}</td></tr>
      </tbody>
    </table>
  </section>`;
}

/** Markup for {t, lang, report} (the participation report JSON). */
export function participationDashboardTemplate({ t, lang, report }) {
  if (!report) {
    return html``;
  }
  return html`<div class="participation-dashboard">
    ${countyChart(t, lang, report.counties)} ${responseChart(t, lang, report.responses)}
  </div>`;
}

/** The `<participation-dashboard>` element. */
export class ParticipationDashboard extends Component {
  template(data) {
    return participationDashboardTemplate(data);
  }
}

define('participation-dashboard', ParticipationDashboard);
