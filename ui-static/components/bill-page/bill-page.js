// A bill: its metadata, its versions, a contents list, the parse report for staff, and the chosen
// version's text as a provision tree.

import { Component, define } from '../../lib/component.js';
import { formatDate, formatSize } from '../../lib/format.js';
import { html } from '../../lib/html.js';
import { billPath, provisionHref, versionPath } from '../../lib/router.js';
import { bareNum, citation, clauseOutline } from '../../lib/tree.js';
import { billReference, enumLabel, houseLabel } from '../bill-list/bill-list.js';
import '../parse-report/parse-report.js';
import '../provision-tree/provision-tree.js';
import '../annotation-panel/annotation-panel.js';
import '../participation-call/participation-call.js';
import { formatDateTime } from '../../lib/review.js';
import { compareLinkTemplate } from '../version-changes/version-changes.js';
import { matrixPath, reportsPath } from '../../lib/reports.js';

const STAFF_ROLES = ['CLERK', 'COMMITTEE', 'ADMIN'];

/** Whether the session may see staff-only panels. */
export function isStaff(session) {
  return (session?.roles ?? []).some((role) => STAFF_ROLES.includes(role));
}

function metaItem(term, value) {
  return value ? html`<div><dt>${term}</dt><dd>${value}</dd></div>` : '';
}

function versionName(t, version) {
  return version.label
    ? t('version.numberLabel', { number: version.number, label: version.label })
    : t('version.number', { number: version.number });
}

/** Where the API serves a version's original file, exactly as it was uploaded. */
export function originalFilePath(billId, number) {
  return `/api/bills/${encodeURIComponent(billId)}/versions/${encodeURIComponent(number)}/file`;
}

function versionsTemplate(t, bill, selected) {
  const versions = Array.isArray(bill.versions) ? bill.versions : [];
  return html`<h2>${t('version.heading')}</h2>
    <ol class="bill-page__versions">
      ${versions.map(
        (version) => html`<li>
          <a href="${versionPath(bill.id, version.number)}" aria-current="${version.number === selected ? 'page' : 'false'}"
            >${versionName(t, version)}</a
          >
          <span class="bill-page__version-meta">
            ${version.publicationDate
              ? html`<span>${t('version.published', { date: formatDate(version.publicationDate, t.lang) })}</span>`
              : ''}
            ${version.pageCount ? html`<span class="bill-page__pages">${t('version.pages', { count: version.pageCount })}</span>` : ''}
            ${version.fileName
              ? html`<span class="bill-page__file"
                  ><a href="${originalFilePath(bill.id, version.number)}" download
                    >${t('version.file', { name: version.fileName, size: formatSize(version.size, t.lang) })}</a
                  ></span
                >`
              : ''}
          </span>
        </li>`,
      )}
    </ol>`;
}

function contentsTemplate(t, billId, number, provisions) {
  const outline = clauseOutline(provisions);
  if (outline.length === 0) {
    return '';
  }
  return html`<nav class="bill-page__contents" aria-label="${t('contents.label', { number })}">
    <details>
      <summary>${t('contents.summary')}</summary>
      <ul>
        ${outline.map(({ node, depth }) => {
          const name = node.type === 'SECTION' && node.heading ? `${bareNum(node.num)}. ${node.heading}` : citation([node], t);
          return html`<li class="bill-page__contents-depth-${Math.min(depth, 2)}">
            <a href="${provisionHref(billId, number, node.eId)}">${name}</a>
          </li>`;
        })}
      </ul>
    </details>
  </nav>`;
}

/** Whether the session may run calls for memoranda. */
export function isClerk(session) {
  return (session?.roles ?? []).some((role) => role === 'CLERK' || role === 'ADMIN');
}

/** Path of the form for a memorandum on a bill. */
export function submitPath(billId) {
  return `/bills/${encodeURIComponent(billId)}/submit`;
}

/** The public notice of an open call for memoranda, with the link to the form; nothing when no call is open. */
export function callNoticeTemplate(t, bill, call) {
  if (!call || call.status !== 'OPEN') {
    return '';
  }
  return html`<section class="bill-page__call" aria-labelledby="bill-call-title">
    <h2 id="bill-call-title">${t('call.openHeading')}</h2>
    ${call.notice ? html`<p class="bill-page__call-notice">${call.notice}</p>` : ''}
    <p>${t('call.closesOn', { date: formatDateTime(call.closesAt, t.lang) })}</p>
    <p><a class="button" href="${submitPath(bill.id)}">${t('call.submitLink')}</a></p>
  </section>`;
}

/** Markup for {t, bill, selected (version number), version (its text or null), versionProblem, session, call}. */
export function billPageTemplate({ t, bill, selected, version, versionProblem, session, call, callProblem, callBusy, callNotice }) {
  const versions = Array.isArray(bill.versions) ? bill.versions : [];
  const selectedVersion = versions.find((candidate) => candidate.number === selected);
  const latest = versions.reduce((newest, candidate) => (!newest || candidate.number > newest.number ? candidate : newest), null);
  return html`
    <p class="bill-page__back"><a href="/">${t('bill.allBills')}</a></p>
    <h1 tabindex="-1">${bill.title || t('bill.untitled')}</h1>
    <dl class="bill-page__meta">
      ${metaItem(t('bill.house'), houseLabel(t, bill.house))}
      ${metaItem(t('bill.reference'), billReference(t, bill))}
      ${metaItem(t('bill.gazette'), bill.gazetteSupplement)} ${metaItem(t('bill.sponsor'), bill.sponsor)}
      ${metaItem(t('bill.committee'), bill.committee)} ${metaItem(t('bill.stage'), enumLabel(t, 'stage', bill.stage))}
    </dl>
    ${callNoticeTemplate(t, bill, call)}
    ${isClerk(session) ? html`<participation-call></participation-call>` : ''}
    ${versionsTemplate(t, bill, selected)}
    ${compareLinkTemplate(t, bill, selected)}
    ${isStaff(session) && selectedVersion
      ? html`<ul class="bill-page__reports">
          <li><a href="${matrixPath(bill.id, selected)}">${t('matrix.link')}</a></li>
          <li><a href="${reportsPath(bill.id)}">${t('reports.heading')}</a></li>
        </ul>`
      : ''}
    ${isStaff(session) ? html`<p class="bill-page__drafts"><a href="${billPath(bill.id)}/drafts">${t('draft.link')}</a></p>` : ''}
    ${isStaff(session) && selectedVersion ? html`<parse-report></parse-report>` : ''}
    <h2 class="bill-page__text-heading">
      ${selectedVersion ? t('version.textOf', { name: versionName(t, selectedVersion) }) : t('version.text')}
    </h2>
    ${latest && selected !== null && selected < latest.number
      ? html`<p class="bill-page__notice">
          ${t('version.notLatest')} <a href="${versionPath(bill.id, latest.number)}">${t('version.readLatest', { name: versionName(t, latest) })}</a>
        </p>`
      : ''}
    ${versionProblem
      ? html`<p class="bill-page__problem" role="alert">${versionProblem.detail || versionProblem.title || t('status.error')}</p>`
      : version
        ? html`${contentsTemplate(t, bill.id, selected, version.provisions)}<provision-tree></provision-tree
            ><annotation-panel></annotation-panel>`
        : html`<p role="status">${t('status.loading')}</p>`}
  `;
}

/** The `<bill-page>` element; it hands its children their slices of the data. */
export class BillPage extends Component {
  #drawTree() {
    const { t, bill, selected, version } = this.data ?? {};
    const tree = this.querySelector('provision-tree');
    if (!tree || !version) {
      return;
    }
    const panel = this.querySelector('annotation-panel');
    // A fault in the annotations must never cost the reader the bill's text.
    const extras = panel?.clauseExtras
      ? (node, path) => {
          try {
            return panel.clauseExtras(node, path);
          } catch {
            return '';
          }
        }
      : null;
    tree.data = { t, billId: bill.id, version: selected, provisions: version.provisions, level: 3, extras };
  }

  template(data) {
    return billPageTemplate(data);
  }

  rendered({ t, bill, selected, version, session, call, callProblem, callBusy, callNotice }) {
    const panel = this.querySelector('participation-call');
    if (panel) {
      panel.data = { t, bill, call, problem: callProblem, busy: callBusy, notice: callNotice };
    }
    const report = this.querySelector('parse-report');
    if (report) {
      const selectedVersion = (bill.versions ?? []).find((candidate) => candidate.number === selected);
      report.data = {
        t,
        billId: bill.id,
        version: selected,
        report: selectedVersion?.parseReport ?? null,
        provisions: version?.provisions ?? [],
      };
    }
    const annotations = this.querySelector('annotation-panel');
    if (annotations && version) {
      annotations.data = { t, bill, version: selected, provisions: version.provisions, session, call };
    }
    this.#drawTree();
  }
}

define('bill-page', BillPage);
