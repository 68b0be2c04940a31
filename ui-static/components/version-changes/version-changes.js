// "What changed": two versions of a bill side by side in time. The reader picks the versions, sees a summary
// by change kind, filters the kinds shown, reads each changed provision as a redline (inline or side by side),
// and follows links to its history and its place in either version. Unchanged provisions are collapsed into counts.
// Below, the provisions changed after public participation (when a version is marked as the one that went out).
// Each change names the committee's published decisions behind it ("you said, we did"), or says that no proposal
// asked for it where the server flags it so.

import { Component, define } from '../../lib/component.js';
import { formatPercent } from '../../lib/format.js';
import { html } from '../../lib/html.js';
import {
  changedCount,
  changesSearch,
  FILTER_KINDS,
  groupChanges,
  hasRedline,
  headingChanged,
  numberChanged,
  provisionName,
  shownCount,
  summaryEntries,
} from '../../lib/changes.js';
import { billPath, changesPath, historyPath, provisionHref } from '../../lib/router.js';
import { redlineTemplate } from '../redline-text/redline-text.js';

export const NO_PARTICIPATION_VERSION = 'urn:maoni:problem:no-participation-version';

function versionsOf(bill) {
  return (Array.isArray(bill?.versions) ? bill.versions : []).filter((version) => Number.isInteger(version?.number));
}

/** "Version 2: Committee Stage", or "Version 2" without a label. */
export function versionName(t, bill, number) {
  const version = versionsOf(bill).find((candidate) => candidate.number === number);
  return version?.label
    ? t('version.numberLabel', { number, label: version.label })
    : t('version.number', { number });
}

/** The change kind in words (the badge never relies on its colour). */
export function kindLabel(t, kind) {
  const key = `change.kind.${kind}`;
  return t.has(key) ? t(key) : String(kind ?? '');
}

/** A kind badge: text first, colour and border only as extras. */
export function kindBadge(t, kind) {
  const modifier = String(kind ?? '').toLowerCase().replace(/[^a-z]/g, '');
  return html`<span class="change-badge change-badge--${modifier}">${kindLabel(t, kind)}</span>`;
}

/**
 * A link to the "what changed" page for the bill page: the selected version against the one before it (or the first
 * two versions when the first is selected). Nothing when the bill has fewer than two versions.
 */
export function compareLinkTemplate(t, bill, selected) {
  const numbers = versionsOf(bill)
    .map((version) => version.number)
    .sort((a, b) => a - b);
  if (numbers.length < 2) {
    return '';
  }
  const to = numbers.includes(selected) && selected !== numbers[0] ? selected : numbers[1];
  const from = numbers.filter((number) => number < to).pop();
  return html`<p class="version-changes__compare-link">
    <a href="${changesPath(bill.id, changesSearch({ from, to }))}"
      >${t('changes.linkCompare', { from: versionName(t, bill, from), to: versionName(t, bill, to) })}</a
    >
  </p>`;
}

function sideName(t, change, side) {
  const eIds = side === 'old' ? change.oldEIds : change.newEIds;
  const num = side === 'old' ? change.oldNum : change.newNum;
  return Array.isArray(eIds) && eIds.length ? provisionName(t, eIds[0], num) : '';
}

function changeTitle(t, change) {
  const name = sideName(t, change, 'new') || sideName(t, change, 'old');
  const heading = change.newHeading || change.oldHeading;
  return heading ? t('changes.nameHeading', { name, heading }) : name;
}

function placeLinks(t, billId, eIds, num, version) {
  const list = Array.isArray(eIds) ? eIds : [];
  // The change names one number per side; a split or merge has several provisions on one side, named by their eIds.
  return list.map(
    (eId) => html`<li>
      <a href="${provisionHref(billId, version, eId)}"
        >${t('changes.inVersion', { name: provisionName(t, eId, list.length === 1 ? num : eId.split('_').pop()), number: version })}</a
      >
    </li>`,
  );
}

function historyLink(t, billId, change, from, to) {
  const hasNew = Array.isArray(change.newEIds) && change.newEIds.length > 0;
  const eId = hasNew ? change.newEIds[0] : change.oldEIds?.[0];
  if (!eId) {
    return '';
  }
  const name = hasNew ? sideName(t, change, 'new') : sideName(t, change, 'old');
  return html`<li>
    <a href="${historyPath(billId, eId, hasNew ? to : from)}"
      >${t('history.link')}<span class="visually-hidden"> ${t('history.linkOf', { name })}</span></a
    >
  </li>`;
}

function changeFacts(t, change) {
  const facts = [];
  if (numberChanged(change)) {
    facts.push(html`<li>${t('changes.numberWas', { old: sideName(t, change, 'old'), new: sideName(t, change, 'new') })}</li>`);
  }
  if (headingChanged(change)) {
    facts.push(html`<li>${t('changes.headingWas', { old: change.oldHeading, new: change.newHeading })}</li>`);
  }
  if ((change.newEIds?.length ?? 0) > 1 || (change.oldEIds?.length ?? 0) > 1) {
    const names = (eIds) => (eIds ?? []).map((eId) => provisionName(t, eId, eId.split('_').pop())).join(', ');
    facts.push(html`<li>${t('changes.parts', { old: names(change.oldEIds), new: names(change.newEIds) })}</li>`);
  }
  const bothSides = (change.oldEIds?.length ?? 0) > 0 && (change.newEIds?.length ?? 0) > 0;
  if (bothSides && typeof change.similarity === 'number') {
    facts.push(html`<li>${t('changes.similarity', { percent: formatPercent(change.similarity, t.lang) })}</li>`);
  }
  if (change.approximate) {
    facts.push(html`<li>${t('changes.approximate')}</li>`);
  }
  return facts;
}

function redlineBlock(t, change, view, from, to, bill) {
  if (!hasRedline(change)) {
    return change.textChanged ? '' : html`<p class="version-changes__same">${t('changes.textSame')}</p>`;
  }
  if (view === 'side') {
    return html`<div class="version-changes__sides">
      <div class="version-changes__side">
        <p class="version-changes__side-name">${versionName(t, bill, from)}</p>
        ${redlineTemplate(t, change.operations, 'old')}
      </div>
      <div class="version-changes__side">
        <p class="version-changes__side-name">${versionName(t, bill, to)}</p>
        ${redlineTemplate(t, change.operations, 'new')}
      </div>
    </div>`;
  }
  return redlineTemplate(t, change.operations, 'inline');
}

/** The key that pairs a change of the diff with the same change in a report of decisions. */
export function changeKey(change) {
  const list = (eIds) => (Array.isArray(eIds) ? eIds.join(',') : '');
  return `${change?.kind ?? ''}|${list(change?.oldEIds)}|${list(change?.newEIds)}`;
}

/** The decisions report's entries ({change, implementing, askedFor, unrequested}) by {@link changeKey}. */
export function decisionsByChange(report) {
  const map = new Map();
  for (const entry of Array.isArray(report?.changes) ? report.changes : []) {
    if (entry?.change) {
      map.set(changeKey(entry.change), entry);
    }
  }
  return map;
}

function decisionName(t, decision) {
  const key = `decision.${decision}`;
  return t.has(key) ? t(key) : String(decision ?? '');
}

/** "Committee decision: Accepted — reasons (proposal 12 from MEM-…)" for each basis, or the unrequested note. */
export function decisionsTemplate(t, entry) {
  if (!entry) {
    return '';
  }
  const bases = [...(entry.implementing ?? []), ...(entry.askedFor ?? [])];
  if (bases.length === 0) {
    return entry.unrequested
      ? html`<p class="version-changes__unrequested">${t('changes.unrequested')}</p>`
      : '';
  }
  return html`<ul class="version-changes__decisions">
    ${bases.map(
      (basis) => html`<li class="version-changes__decision">
        ${t('changes.decision', {
          decision: decisionName(t, basis.decision),
          reasons: basis.reasons ?? '',
          proposal: basis.proposalId,
          memorandum: basis.memorandum ?? '',
        })}
      </li>`,
    )}
  </ul>`;
}

function changeTemplate(t, bill, change, { from, to, view }, decisions) {
  return html`<li class="version-changes__change">
    <h3 class="version-changes__title">${changeTitle(t, change)}</h3>
    <ul class="version-changes__facts">
      <li>${kindBadge(t, change.kind)}</li>
      ${changeFacts(t, change)}
    </ul>
    ${decisionsTemplate(t, decisions?.get(changeKey(change)))}
    ${redlineBlock(t, change, view, from, to, bill)}
    <ul class="version-changes__links">
      ${historyLink(t, bill.id, change, from, to)} ${placeLinks(t, bill.id, change.oldEIds, change.oldNum, from)}
      ${placeLinks(t, bill.id, change.newEIds, change.newNum, to)}
    </ul>
  </li>`;
}

function unchangedTemplate(t, bill, changes, to) {
  return html`<li class="version-changes__unchanged">
    <details>
      <summary>${t('changes.unchangedGroup', { count: changes.length })}</summary>
      <ul>
        ${changes.map((change) => {
          const eId = change.newEIds?.[0];
          return eId ? html`<li><a href="${provisionHref(bill.id, to, eId)}">${changeTitle(t, change)}</a></li>` : '';
        })}
      </ul>
    </details>
  </li>`;
}

function pickerTemplate(t, bill, query) {
  const versions = versionsOf(bill);
  const options = (chosen) =>
    versions.map(
      (version) =>
        html`<option value="${version.number}" ${version.number === chosen ? html`selected` : ''}>
          ${versionName(t, bill, version.number)}
        </option>`,
    );
  return html`<form class="version-changes__picker" novalidate>
    <div class="field">
      <label for="changes-from">${t('changes.from')}</label>
      <select id="changes-from" name="from">
        ${options(query.from)}
      </select>
    </div>
    <div class="field">
      <label for="changes-to">${t('changes.to')}</label>
      <select id="changes-to" name="to">
        ${options(query.to)}
      </select>
    </div>
    <button type="submit">${t('changes.compare')}</button>
  </form>`;
}

function summaryTemplate(t, bill, query, diff) {
  const entries = summaryEntries(diff.summary);
  const total = entries.reduce((sum, { count }) => sum + count, 0);
  return html`<h2>${t('changes.summaryHeading')}</h2>
    <p class="version-changes__summary-text">
      ${t('changes.summaryText', {
        count: changedCount(diff.summary),
        total,
        from: versionName(t, bill, query.from),
        to: versionName(t, bill, query.to),
      })}
    </p>
    <ul class="version-changes__summary">
      ${entries.map(({ kind, count }) => html`<li>${kindBadge(t, kind)} ${t('changes.count', { count })}</li>`)}
    </ul>`;
}

function optionsTemplate(t, query, diff) {
  const present = new Set(summaryEntries(diff.summary).map(({ kind }) => kind));
  const kinds = FILTER_KINDS.filter((kind) => present.has(kind));
  return html`<div class="version-changes__options">
    ${kinds.length
      ? html`<fieldset class="version-changes__filter">
          <legend>${t('changes.filterLegend')}</legend>
          ${kinds.map(
            (kind) => html`<div class="version-changes__check">
              <input
                type="checkbox"
                id="changes-kind-${kind}"
                name="kind"
                value="${kind}"
                ${query.kinds.includes(kind) ? html`checked` : ''}
              />
              <label for="changes-kind-${kind}">${kindLabel(t, kind)} (${diff.summary[kind]})</label>
            </div>`,
          )}
        </fieldset>`
      : ''}
    <fieldset class="version-changes__view">
      <legend>${t('changes.viewLegend')}</legend>
      <div class="version-changes__check">
        <input type="radio" id="changes-view-inline" name="view" value="inline" ${query.view !== 'side' ? html`checked` : ''} />
        <label for="changes-view-inline">${t('changes.viewInline')}</label>
      </div>
      <div class="version-changes__check">
        <input type="radio" id="changes-view-side" name="view" value="side" ${query.view === 'side' ? html`checked` : ''} />
        <label for="changes-view-side">${t('changes.viewSide')}</label>
      </div>
    </fieldset>
  </div>`;
}

/** Whether the session may name the version that went to public participation (the API allows clerks). */
export function canMarkParticipation(session) {
  return (session?.roles ?? []).some((role) => role === 'CLERK' || role === 'ADMIN');
}

function markTemplate(t, bill, after, markProblem) {
  const current = after?.participationVersion ?? null;
  return html`<form class="version-changes__mark" novalidate>
    ${markProblem
      ? html`<p class="version-changes__problem" role="alert">${markProblem.detail || markProblem.title || t('status.error')}</p>`
      : ''}
    <div class="field">
      <label for="changes-participation">${t('after.markLabel')}</label>
      <select id="changes-participation" name="version">
        <option value="" ${current === null ? html`selected` : ''}>${t('after.markNone')}</option>
        ${versionsOf(bill).map(
          (version) =>
            html`<option value="${version.number}" ${version.number === current ? html`selected` : ''}>
              ${versionName(t, bill, version.number)}
            </option>`,
        )}
      </select>
    </div>
    <button type="submit" id="changes-participation-save">${t('after.markSave')}</button>
  </form>`;
}

function afterTemplate(t, bill, after, afterProblem, session, markProblem, afterDecisions) {
  const mark = canMarkParticipation(session) ? markTemplate(t, bill, after, markProblem) : '';
  let body;
  if (afterProblem?.type === NO_PARTICIPATION_VERSION) {
    body = html`<p class="version-changes__after-none">${t('after.notMarked')}</p>`;
  } else if (afterProblem) {
    body = html`<p class="version-changes__problem" role="alert">${afterProblem.detail || afterProblem.title || t('status.error')}</p>`;
  } else if (after) {
    const entries = Array.isArray(after.entries) ? after.entries : [];
    const decided = decisionsByChange(afterDecisions);
    body = html`<p>
        ${t('after.intro', {
          participation: versionName(t, bill, after.participationVersion),
          latest: versionName(t, bill, after.latestVersion),
          threshold: formatPercent(after.similarityThreshold, t.lang),
        })}
      </p>
      ${entries.length === 0
        ? html`<p>${t('after.empty')}</p>`
        : html`<ul class="version-changes__after">
            ${entries.map(({ change, introducedIn, introducedInLabel }) => {
              const eId = change?.newEIds?.[0];
              return html`<li>
                ${kindBadge(t, change?.kind)}
                ${eId
                  ? html`<a href="${provisionHref(bill.id, after.latestVersion, eId)}">${changeTitle(t, change)}</a>`
                  : changeTitle(t, change ?? {})}
                <span class="version-changes__after-when"
                  >${introducedInLabel
                    ? t('after.introducedInLabel', { number: introducedIn, label: introducedInLabel })
                    : t('after.introducedIn', { number: introducedIn })}</span
                >
                ${eId
                  ? html`<a href="${historyPath(bill.id, eId, after.latestVersion)}"
                      >${t('history.link')}<span class="visually-hidden"> ${t('history.linkOf', { name: sideName(t, change, 'new') })}</span></a
                    >`
                  : ''}
                ${decisionsTemplate(t, decided.get(changeKey(change)))}
              </li>`;
            })}
          </ul>`}`;
  } else {
    return mark;
  }
  return html`<section class="version-changes__after-section" aria-labelledby="changes-after-heading">
    <h2 id="changes-after-heading">${t('after.heading')}</h2>
    ${body} ${mark}
  </section>`;
}

/**
 * Markup for {t, bill, query ({from, to, kinds, view, valid} from parseChangesQuery), diff, diffProblem, decisions
 * (the diff's changes with their decisions, optional), after, afterProblem, afterDecisions (optional), session,
 * markProblem}.
 */
export function versionChangesTemplate({
  t,
  bill,
  query,
  diff,
  diffProblem,
  decisions,
  after,
  afterProblem,
  afterDecisions,
  session,
  markProblem,
}) {
  const versions = versionsOf(bill);
  const title = bill.title || t('bill.untitled');
  let content;
  if (versions.length < 2) {
    content = html`<p>${t('changes.oneVersion')}</p>`;
  } else {
    const items = diff ? groupChanges(diff.changes, query.kinds) : [];
    const decided = decisionsByChange(decisions);
    content = html`${pickerTemplate(t, bill, query)}
      ${!query.valid ? html`<p class="version-changes__problem" role="alert">${t('changes.chooseTwo')}</p>` : ''}
      ${diffProblem
        ? html`<p class="version-changes__problem" role="alert">${diffProblem.detail || diffProblem.title || t('status.error')}</p>`
        : ''}
      ${diff
        ? html`${summaryTemplate(t, bill, query, diff)}
            <h2>${t('changes.listHeading')}</h2>
            ${optionsTemplate(t, query, diff)}
            <p class="version-changes__shown" role="status">${t('changes.shown', { count: shownCount(diff.changes, query.kinds) })}</p>
            <ul class="version-changes__list">
              ${items.map((item) =>
                item.type === 'unchanged'
                  ? unchangedTemplate(t, bill, item.changes, query.to)
                  : changeTemplate(t, bill, item.change, query, decided),
              )}
            </ul>`
        : ''}
      ${afterTemplate(t, bill, after, afterProblem, session, markProblem, afterDecisions)}`;
  }
  return html`<p class="version-changes__back"><a href="${billPath(bill.id)}">${title}</a></p>
    <h1 tabindex="-1">${t('changes.heading')}</h1>
    ${content}`;
}

/**
 * The `<version-changes>` element. Emits `changes-compare` {from, to}, `changes-options` {kinds, view} and, for
 * clerks, `participation-version` {version}.
 */
export class VersionChanges extends Component {
  #refocus = null;
  #listening = false;

  connectedCallback() {
    super.connectedCallback();
    if (!this.#listening) {
      this.#listening = true;
      this.addEventListener('submit', (event) => {
        if (event.target.closest('.version-changes__mark')) {
          event.preventDefault();
          const value = event.target.elements.version.value;
          this.#refocus = 'changes-participation-save';
          this.emit('participation-version', { version: value === '' ? null : Number(value) });
          return;
        }
        if (!event.target.closest('.version-changes__picker')) {
          return;
        }
        event.preventDefault();
        const form = event.target;
        this.emit('changes-compare', { from: Number(form.elements.from.value), to: Number(form.elements.to.value) });
      });
      this.addEventListener('change', (event) => {
        const input = event.target;
        if (!(input instanceof HTMLInputElement) || !input.closest('.version-changes__options')) {
          return;
        }
        const options = input.closest('.version-changes__options');
        const checked = [...options.querySelectorAll('input[name="kind"]')];
        const kinds = checked.filter((box) => box.checked).map((box) => box.value);
        // Kinds that do not occur in this comparison have no checkbox; keep them as they were in the address.
        const absent = (this.data?.query?.kinds ?? []).filter((kind) => !checked.some((box) => box.value === kind));
        const view = options.querySelector('input[name="view"]:checked')?.value ?? 'inline';
        this.#refocus = input.id;
        this.emit('changes-options', { kinds: FILTER_KINDS.filter((kind) => kinds.includes(kind) || absent.includes(kind)), view });
      });
    }
  }

  template(data) {
    return versionChangesTemplate(data);
  }

  rendered() {
    // A filter or layout change re-renders the page: keep keyboard focus on the control that was used, and refill
    // the count once the new live region is in place, so screen readers announce it.
    if (this.#refocus) {
      this.querySelector(`[id="${this.#refocus}"]`)?.focus();
      this.#refocus = null;
      const status = this.querySelector('.version-changes__shown');
      if (status) {
        const text = status.textContent;
        status.textContent = '';
        requestAnimationFrame(() => {
          status.textContent = text;
        });
      }
    }
  }
}

define('version-changes', VersionChanges);
