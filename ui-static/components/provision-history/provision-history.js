// A provision's history: every version of the bill in order, with the provision's number, heading and text as
// that version has it (or a note that the version lacks it), and the change since its previous appearance as a
// redline. The API follows the provision by its lineage, so renumbered and moved clauses are followed too.

import { Component, define } from '../../lib/component.js';
import { html } from '../../lib/html.js';
import { focusStep, hasRedline, headingChanged, numberChanged, provisionName } from '../../lib/changes.js';
import { billPath, provisionHref } from '../../lib/router.js';
import { citation } from '../../lib/tree.js';
import { redlineTemplate } from '../redline-text/redline-text.js';
import { kindBadge } from '../version-changes/version-changes.js';

function provisionText(node, top) {
  if (!node || typeof node !== 'object') {
    return '';
  }
  const children = Array.isArray(node.children) ? node.children : [];
  const head =
    node.num || node.heading
      ? html`<span class="provision-history__num">${node.num ?? ''}</span>${node.num && node.heading ? ' ' : ''}${node.heading
            ? html`<span class="provision-history__heading">${node.heading}</span>`
            : ''}`
      : '';
  return html`<div class="provision-history__prov${top ? ' provision-history__prov--top' : ''}">
    ${head || node.text ? html`<p class="provision-history__line">${head}${head && node.text ? ' ' : ''}${node.text ?? ''}</p>` : ''}
    ${children.map((child) => provisionText(child, false))}
    ${node.wrapUp ? html`<p class="provision-history__line">${node.wrapUp}</p>` : ''}
  </div>`;
}

/** "Version 1: First Reading" from a history step's own number and label. */
function stepName(t, step) {
  return step.label
    ? t('version.numberLabel', { number: step.version, label: step.label })
    : t('version.number', { number: step.version });
}

function changeTemplate(t, step, previous) {
  const change = step.change;
  if (!change) {
    return '';
  }
  if (!previous) {
    // First appearance after version 1: the whole text above is new, so no redline repeats it.
    return html`<div class="provision-history__change">
      <p class="provision-history__since">${kindBadge(t, change.kind)} ${t('history.new')}</p>
    </div>`;
  }
  const since = stepName(t, previous);
  const facts = [];
  if (numberChanged(change)) {
    const eId = step.provision.eId;
    facts.push(
      html`<li>${t('changes.numberWas', { old: provisionName(t, eId, change.oldNum), new: provisionName(t, eId, change.newNum) })}</li>`,
    );
  }
  if (headingChanged(change)) {
    facts.push(html`<li>${t('changes.headingWas', { old: change.oldHeading, new: change.newHeading })}</li>`);
  }
  return html`<div class="provision-history__change">
    <p class="provision-history__since">${kindBadge(t, change.kind)} ${t('history.since', { version: since })}</p>
    ${facts.length ? html`<ul class="provision-history__facts">${facts}</ul>` : ''}
    ${hasRedline(change)
      ? redlineTemplate(t, change.operations, 'inline')
      : html`<p class="provision-history__same">${t('changes.textSame')}</p>`}
  </div>`;
}

function stepTemplate(t, bill, step, previous, current) {
  return html`<li class="provision-history__step${step.provision ? '' : ' provision-history__step--absent'}" ${current
      ? html`aria-current="step"`
      : ''}>
    <h2 class="provision-history__version">${stepName(t, step)}</h2>
    ${current ? html`<p class="provision-history__current">${t('history.current')}</p>` : ''}
    ${step.provision
      ? html`${provisionText(step.provision, true)} ${changeTemplate(t, step, previous)}
          <p class="provision-history__place">
            <a href="${provisionHref(bill.id, step.version, step.provision.eId)}"
              >${t('changes.inVersion', { name: citation([step.provision], t), number: step.version })}</a
            >
          </p>`
      : html`<p class="provision-history__absent">${t('history.absent')}</p>`}
  </li>`;
}

/** Markup for {t, bill, eId, version (the version the reader came from, or null), history}. */
export function provisionHistoryTemplate({ t, bill, eId, version, history }) {
  const focus = focusStep(history, version);
  const name = focus ? citation([focus.provision], t) : provisionName(t, eId, '');
  const heading = focus?.provision?.heading;
  const steps = Array.isArray(history?.steps) ? history.steps : [];
  let previous = null;
  const items = steps.map((step) => {
    const item = stepTemplate(t, bill, step, previous, step === focus);
    if (step.provision) {
      previous = step;
    }
    return item;
  });
  return html`<p class="provision-history__back"><a href="${billPath(bill.id)}">${bill.title || t('bill.untitled')}</a></p>
    <h1 tabindex="-1">${t('history.heading', { name })}</h1>
    ${heading ? html`<p class="provision-history__subtitle">${heading}</p>` : ''}
    <p>${t('history.intro')}</p>
    <ol class="provision-history__steps">
      ${items}
    </ol>`;
}

/** The `<provision-history>` element. */
export class ProvisionHistory extends Component {
  template(data) {
    return provisionHistoryTemplate(data);
  }
}

define('provision-history', ProvisionHistory);
