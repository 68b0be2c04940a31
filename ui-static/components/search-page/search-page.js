// The search page: a query box with order and dates, facets with counts as checkbox filters, highlighted snippets and
// paging. Everything it shows is in the address (see lib/search.js), so a search can be shared.
// Emits `search-change` {query} whenever the search changes (submitted, a filter ticked, a clause filter removed).

import { Component, define } from '../../lib/component.js';
import { html } from '../../lib/html.js';
import { formatDate } from '../../lib/format.js';
import { FACETS, MAX_DEPTH, PAGE_SIZE, hasFilters, searchPath, snippetParts, toggleFilter } from '../../lib/search.js';

/** Facets whose values are codes with translated names. */
const CODED = new Set(['type', 'submitterType', 'stance', 'decision', 'status']);

function translated(t, key, fallback) {
  return t.has(key) ? t(key) : fallback;
}

/** The display name of a facet value: a translated code, a bill's title, "Version 2", or the value itself. */
export function valueLabel(t, facet, value, billTitles) {
  if (CODED.has(facet)) {
    return translated(t, `search.value.${value}`, value);
  }
  if (facet === 'billId') {
    return billTitles?.[value] || t('bill.untitled');
  }
  if (facet === 'version') {
    return t('search.versionN', { version: value });
  }
  return value;
}

function snippet(text) {
  return snippetParts(text).map((part) => (part.marked ? html`<mark>${part.text}</mark>` : part.text));
}

function facetTemplate(t, facet, counts, query, billTitles) {
  const selected = query.filters?.[facet] ?? [];
  // A selected value stays listed even when no hit has it any more, so that it can be unticked.
  const values = [...counts];
  for (const value of selected) {
    if (!values.some((count) => count.value === value)) {
      values.push({ value, count: 0 });
    }
  }
  if (values.length === 0) {
    return '';
  }
  return html`<fieldset class="search-page__facet">
    <legend>${t(`search.facet.${facet}`)}</legend>
    <ul>
      ${values.map(
        ({ value, count }) => html`<li>
          <label
            ><input
              type="checkbox"
              data-facet="${facet}"
              data-value="${value}"
              data-key="${`facet:${facet}:${value}`}"
              ${selected.includes(value) ? html`checked` : ''}
            />
            ${valueLabel(t, facet, value, billTitles)} <span class="search-page__count">(${count})</span></label
          >
        </li>`,
      )}
    </ul>
  </fieldset>`;
}

function hitTemplate(t, hit, lang) {
  const title = hit.title || t('bill.untitled');
  const meta = [
    translated(t, `search.value.${hit.type}`, hit.type),
    hit.billTitle,
    hit.version ? t('search.versionN', { version: hit.version }) : null,
    hit.reference,
    hit.county,
    hit.stance ? translated(t, `search.value.${hit.stance}`, hit.stance) : null,
    hit.decision ? translated(t, `search.value.${hit.decision}`, hit.decision) : null,
    hit.date ? formatDate(hit.date, lang) : null,
  ].filter(Boolean);
  return html`<li class="search-page__hit">
    <h2 class="search-page__hit-title">${hit.link ? html`<a href="${hit.link}">${title}</a>` : title}</h2>
    <p class="search-page__meta">${meta.join(' · ')}</p>
    ${hit.snippet ? html`<p class="search-page__snippet" lang="en">${snippet(hit.snippet)}</p>` : ''}
    ${hit.staffSnippet
      ? html`<p class="search-page__staff"><strong>${t('search.staffOnly')}</strong> ${snippet(hit.staffSnippet)}</p>`
      : ''}
  </li>`;
}

function pagingTemplate(t, query, total) {
  const reachable = Math.min(total, MAX_DEPTH);
  const pages = Math.max(1, Math.ceil(reachable / PAGE_SIZE));
  if (pages <= 1) {
    return '';
  }
  const page = query.page ?? 0;
  return html`<nav class="search-page__paging" aria-label="${t('search.paging')}">
    ${page > 0
      ? html`<a href="${searchPath({ ...query, page: page - 1 })}" rel="prev">${t('search.previous')}</a>`
      : ''}
    <span>${t('search.pageOf', { page: page + 1, pages })}</span>
    ${page + 1 < pages
      ? html`<a href="${searchPath({ ...query, page: page + 1 })}" rel="next">${t('search.next')}</a>`
      : ''}
  </nav>`;
}

/** Markup for {t, query, result, problem, billTitles, busy}. */
export function searchPageTemplate({ t, query, result, problem, billTitles, busy }) {
  const q = query ?? { q: '', filters: {}, provision: [], sort: 'relevance', page: 0 };
  const facets = result?.facets ?? {};
  const total = result?.total ?? 0;
  return html`
    <h1 tabindex="-1">${t('search.heading')}</h1>
    <form class="search-page__form" role="search" data-form="search" novalidate>
      <div class="search-page__query">
        <label for="search-q">${t('search.label')}</label>
        <input id="search-q" name="q" type="search" value="${q.q}" maxlength="1000" aria-describedby="search-hint" />
        <button type="submit" class="button">${t('search.submit')}</button>
      </div>
      <p id="search-hint" class="search-page__hint">${t('search.hint')}</p>
      <div class="search-page__options">
        <label for="search-sort">${t('search.sort')}</label>
        <select id="search-sort" name="sort" data-key="sort">
          <option value="relevance" ${q.sort !== 'date' ? html`selected` : ''}>${t('search.sortRelevance')}</option>
          <option value="date" ${q.sort === 'date' ? html`selected` : ''}>${t('search.sortDate')}</option>
        </select>
        <label for="search-from">${t('search.from')}</label>
        <input id="search-from" name="from" type="date" value="${q.from ?? ''}" />
        <label for="search-to">${t('search.to')}</label>
        <input id="search-to" name="to" type="date" value="${q.to ?? ''}" />
      </div>
    </form>
    ${(q.provision ?? []).length
      ? html`<p class="search-page__clause">
          ${t('search.aboutClause')}
          ${q.provision.map(
            (value) => html`<span class="search-page__chip"
              ><code>${value}</code>
              <button type="button" data-remove-provision="${value}" data-key="${`provision:${value}`}">
                ${t('search.removeFilter')}<span class="visually-hidden"> ${value}</span>
              </button></span
            >`,
          )}
        </p>`
      : ''}
    ${problem
      ? html`<div class="search-page__problem" role="alert">
          <p><strong>${problem.title || t('status.error')}</strong></p>
          ${problem.detail ? html`<p>${problem.detail}</p>` : ''}
        </div>`
      : ''}
    <div class="search-page__layout">
      <aside class="search-page__facets" aria-label="${t('search.filters')}">
        <h2>${t('search.filters')}</h2>
        ${FACETS.map((facet) => facetTemplate(t, facet, facets[facet] ?? [], q, billTitles))}
        ${hasFilters(q)
          ? html`<p><a href="${searchPath({ q: q.q, filters: {}, provision: [], sort: q.sort, page: 0 })}"
                >${t('search.clearFilters')}</a
              ></p>`
          : ''}
      </aside>
      <section class="search-page__results" aria-busy="${busy ? 'true' : 'false'}">
        <p id="search-count" class="search-page__total" role="status">
          ${result ? t('search.results', { count: total }) : ''}
        </p>
        ${result && total === 0 ? html`<p>${t('search.none')}</p>` : ''}
        <ol class="search-page__hits">
          ${(result?.hits ?? []).map((hit) => hitTemplate(t, hit, t.lang))}
        </ol>
        ${result ? pagingTemplate(t, q, total) : ''}
      </section>
    </div>
  `;
}

/** The `<search-page>` element. */
export class SearchPage extends Component {
  #focusKey = null;

  constructor() {
    super();
    this.addEventListener('submit', (event) => {
      if (!(event.target instanceof HTMLFormElement) || event.target.dataset.form !== 'search') {
        return;
      }
      event.preventDefault();
      const form = event.target;
      this.#focusKey = null;
      this.emit('search-change', {
        query: {
          ...this.data.query,
          q: form.elements.q.value.trim(),
          sort: form.elements.sort.value === 'date' ? 'date' : 'relevance',
          from: form.elements.from.value,
          to: form.elements.to.value,
          page: 0,
        },
      });
    });
    this.addEventListener('change', (event) => {
      const target = event.target;
      if (!(target instanceof HTMLInputElement || target instanceof HTMLSelectElement)) {
        return;
      }
      if (target instanceof HTMLInputElement && target.dataset.facet) {
        this.#focusKey = target.dataset.key;
        this.emit('search-change', {
          query: toggleFilter(this.data.query, target.dataset.facet, target.dataset.value, target.checked),
        });
      } else if (target.name === 'sort') {
        this.#focusKey = 'sort';
        this.emit('search-change', { query: { ...this.data.query, sort: target.value, page: 0 } });
      }
    });
    this.addEventListener('click', (event) => {
      const button = event.target instanceof Element ? event.target.closest('button[data-remove-provision]') : null;
      if (!button) {
        return;
      }
      const value = button.dataset.removeProvision;
      this.#focusKey = null;
      this.emit('search-change', {
        query: { ...this.data.query, provision: this.data.query.provision.filter((v) => v !== value), page: 0 },
      });
    });
  }

  template(data) {
    return searchPageTemplate(data);
  }

  update() {
    // Hits arrive after a delay on a slow line: what someone has typed since must not be drawn over.
    const box = this.querySelector('#search-q');
    const typed = box && box.value !== box.defaultValue ? box.value : null;
    const focused = box !== null && box === document.activeElement;
    super.update();
    const again = this.querySelector('#search-q');
    if (again && typed !== null) {
      again.value = typed;
    }
    if (again && focused) {
      again.focus();
    }
  }

  rendered() {
    // Re-rendering replaces the controls: keep a keyboard user on the filter they just used.
    if (this.#focusKey) {
      const again = [...this.querySelectorAll('[data-key]')].find((element) => element.dataset.key === this.#focusKey);
      again?.focus();
    }
  }
}

define('search-page', SearchPage);
