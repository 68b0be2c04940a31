// A version's text as a tree: preface and preamble, Parts and Divisions, clauses with number and
// heading, subclauses, paragraphs, schedules and the memorandum of objects and reasons. Every
// provision has id = its eId and a visible link to its own stable URL.

import { Component, define } from '../../lib/component.js';
import { html } from '../../lib/html.js';
import { historyPath, provisionHref } from '../../lib/router.js';
import { citation } from '../../lib/tree.js';

const HEADED = new Set(['PART', 'DIVISION', 'SECTION', 'SCHEDULE', 'OBJECTS_AND_REASONS']);

function heading(level, content) {
  // Below h6 the heading stays a heading for assistive technology without inventing an h7.
  switch (Math.min(level, 7)) {
    case 2:
      return html`<h2 class="prov__heading">${content}</h2>`;
    case 3:
      return html`<h3 class="prov__heading">${content}</h3>`;
    case 4:
      return html`<h4 class="prov__heading">${content}</h4>`;
    case 5:
      return html`<h5 class="prov__heading">${content}</h5>`;
    case 6:
      return html`<h6 class="prov__heading">${content}</h6>`;
    default:
      return html`<p class="prov__heading" role="heading" aria-level="${level}">${content}</p>`;
  }
}

function permalink(ctx, node, path) {
  return html`<a class="prov__link" href="${provisionHref(ctx.billId, ctx.version, node.eId)}"
    ><span aria-hidden="true">¶</span><span class="visually-hidden"
      >${ctx.t('provision.linkTo', { name: citation(path, ctx.t) })}</span
    ></a
  >`;
}

function historyLink(ctx, node, path) {
  return html`<a class="prov__history" href="${historyPath(ctx.billId, node.eId, ctx.version)}"
    >${ctx.t('history.link')}<span class="visually-hidden"> ${ctx.t('history.linkOf', { name: citation(path, ctx.t) })}</span></a
  >`;
}

// Everything said about the clause (memoranda, proposals, decisions) in every version: the search by its lineage.
function saidLink(ctx, node, path) {
  return node.lineageId
    ? html`<a class="prov__said" href="/search?lineage=${encodeURIComponent(node.lineageId)}"
        >${ctx.t('search.saidAbout')}<span class="visually-hidden"> ${ctx.t('history.linkOf', { name: citation(path, ctx.t) })}</span></a
      >`
    : '';
}

function defaultTitle(node, ctx) {
  switch (node.type) {
    case 'PART':
      return ctx.t('provision.partUnnumbered');
    case 'DIVISION':
      return ctx.t('provision.divisionUnnumbered');
    case 'SCHEDULE':
      return ctx.t('provision.scheduleUnnumbered');
    case 'OBJECTS_AND_REASONS':
      return ctx.t('provision.objects');
    default:
      return '';
  }
}

function headingContent(node, ctx) {
  const num = node.num ? html`<span class="prov__num">${node.num}</span>` : '';
  const title = node.heading || (node.num ? '' : defaultTitle(node, ctx));
  const separator = node.num && title && node.type !== 'SECTION' ? ' — ' : ' ';
  return html`${num}${num && title ? separator : ''}${title ? html`<span class="prov__title">${title}</span>` : ''}`;
}

function body(node) {
  // Bills are printed in English: screen readers must not read them with Kiswahili rules when the UI is in Kiswahili.
  return node.text ? html`<p class="prov__text" lang="en">${node.text}</p>` : '';
}

function wrapUp(node) {
  return node.wrapUp ? html`<p class="prov__wrapup">${node.wrapUp}</p>` : '';
}

function provisionTemplate(node, ctx, ancestors, level) {
  if (!node || typeof node !== 'object' || typeof node.eId !== 'string') {
    return '';
  }
  const path = [...ancestors, node];
  const type = String(node.type ?? '').toLowerCase().replace(/_/g, '-');
  const children = Array.isArray(node.children) ? node.children : [];
  if (HEADED.has(node.type)) {
    const childLevel = level + 1;
    return html`<section class="prov prov--${type}" id="${node.eId}" data-eid="${node.eId}">
      <div class="prov__head">
        ${heading(level, headingContent(node, ctx))}${permalink(ctx, node, path)}${historyLink(ctx, node, path)}${saidLink(ctx, node, path)}
      </div>
      ${ctx.extras ? ctx.extras(node, path) : ''}
      ${body(node)} ${children.map((child) => provisionTemplate(child, ctx, path, childLevel))} ${wrapUp(node)}
    </section>`;
  }
  return html`<div class="prov prov--${type}" id="${node.eId}" data-eid="${node.eId}">
    <div class="prov__line">
      ${node.num ? html`<span class="prov__num">${node.num}</span>` : ''}
      ${node.heading ? html`<span class="prov__title">${node.heading}</span>` : ''}
      ${node.text ? html`<span class="prov__text" lang="en">${node.text}</span>` : ''} ${permalink(ctx, node, path)}
    </div>
    ${children.map((child) => provisionTemplate(child, ctx, path, level))} ${wrapUp(node)}
  </div>`;
}

/**
 * Markup for {t, billId, version, provisions, level, extras}; `level` is the heading level of top provisions;
 * `extras(node, path)`, if given, adds markup under each headed provision's heading (annotation counts and actions).
 */
export function provisionTreeTemplate({ t, billId, version, provisions, level = 3, extras = null }) {
  const ctx = { t, billId, version, extras: typeof extras === 'function' ? extras : null };
  const list = Array.isArray(provisions) ? provisions : [];
  if (list.length === 0) {
    return html`<p class="prov-tree__empty">${t('provision.none')}</p>`;
  }
  return html`${list.map((node) => provisionTemplate(node, ctx, [], level))}`;
}

/** The `<provision-tree>` element. */
export class ProvisionTree extends Component {
  template(data) {
    return provisionTreeTemplate(data);
  }
}

define('provision-tree', ProvisionTree);
