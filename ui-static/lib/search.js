// The search page's state, kept in the address so every search can be shared: parsing and building `/search?...`,
// the matching `/api/search` request, and the API's escaped highlight snippets turned back into text and marks (pure).

/** Filters that take several values, in the order the page shows their facets. */
export const FACETS = ['type', 'billId', 'version', 'county', 'submitterType', 'stance', 'decision', 'status'];
/** Hits per page. */
export const PAGE_SIZE = 20;
/** Deepest hit the API pages to (SearchQuery.MAX_DEPTH). */
export const MAX_DEPTH = 1000;

const DATE = /^\d{4}-\d{2}-\d{2}$/;
const MAX_VALUES = 50;

function list(searchParams, name) {
  const values = [];
  for (const raw of searchParams.getAll(name)) {
    for (const part of raw.split(',')) {
      const value = part.trim();
      if (value && !values.includes(value) && values.length < MAX_VALUES) {
        values.push(value);
      }
    }
  }
  return values;
}

/**
 * The search state in an address's query: {q, filters: {facet: [values]}, provision: [eIds or lineage ids], from, to,
 * sort: 'relevance'|'date', page (from 0)}. `lineage` is accepted as another name of `provision` ("everything said
 * about this clause").
 */
export function parseSearchQuery(searchParams) {
  const filters = {};
  for (const facet of FACETS) {
    filters[facet] = list(searchParams, facet);
  }
  const provision = [...list(searchParams, 'provision'), ...list(searchParams, 'lineage')];
  const from = searchParams.get('from') ?? '';
  const to = searchParams.get('to') ?? '';
  const page = Number(searchParams.get('page') ?? '0');
  return {
    q: (searchParams.get('q') ?? '').slice(0, 1000),
    filters,
    provision: [...new Set(provision)],
    from: DATE.test(from) ? from : '',
    to: DATE.test(to) ? to : '',
    sort: searchParams.get('sort') === 'date' ? 'date' : 'relevance',
    page: Number.isInteger(page) && page >= 0 && (page + 1) * PAGE_SIZE <= MAX_DEPTH ? page : 0,
  };
}

function params(query, lineageName) {
  const out = new URLSearchParams();
  if (query.q) {
    out.set('q', query.q);
  }
  for (const facet of FACETS) {
    for (const value of query.filters?.[facet] ?? []) {
      out.append(facet, value);
    }
  }
  for (const value of query.provision ?? []) {
    out.append(lineageName, value);
  }
  if (query.from) {
    out.set('from', query.from);
  }
  if (query.to) {
    out.set('to', query.to);
  }
  if (query.sort === 'date') {
    out.set('sort', 'date');
  }
  return out;
}

/** The page's address for a search state (the first page and relevance order are left out). */
export function searchPath(query) {
  const out = params(query, 'lineage');
  if (query.page > 0) {
    out.set('page', String(query.page));
  }
  const text = out.toString();
  return text ? `/search?${text}` : '/search';
}

/** The `/api/search` request for a search state. */
export function apiSearchPath(query) {
  const out = params(query, 'provision');
  out.set('page', String(query.page ?? 0));
  out.set('size', String(PAGE_SIZE));
  return `/api/search?${out.toString()}`;
}

/** The state with one facet value switched on or off, back on the first page. */
export function toggleFilter(query, facet, value, on) {
  const current = query.filters?.[facet] ?? [];
  const next = on ? [...new Set([...current, value])] : current.filter((v) => v !== value);
  return { ...query, filters: { ...query.filters, [facet]: next }, page: 0 };
}

/** Whether any filter (facet, clause or dates) is set. */
export function hasFilters(query) {
  return (
    FACETS.some((facet) => (query.filters?.[facet] ?? []).length > 0) ||
    (query.provision ?? []).length > 0 ||
    Boolean(query.from) ||
    Boolean(query.to)
  );
}

const ENTITIES = { amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", '#x2F': '/', '#x2f': '/' };

function unescape(text) {
  return text.replace(/&(amp|lt|gt|quot|#39|#x27|#x2F|#x2f);/g, (_, name) => ENTITIES[name]);
}

/**
 * An API snippet (HTML-escaped text with `<mark>` around matches) as parts [{text, marked}] with the text unescaped,
 * so that it can be rendered again through the escaping template: no markup from the server reaches the page.
 */
export function snippetParts(snippet) {
  const parts = [];
  const source = String(snippet ?? '');
  const pattern = /<mark>([\s\S]*?)<\/mark>/g;
  let at = 0;
  for (let match = pattern.exec(source); match; match = pattern.exec(source)) {
    if (match.index > at) {
      parts.push({ text: unescape(source.slice(at, match.index)), marked: false });
    }
    parts.push({ text: unescape(match[1]), marked: true });
    at = match.index + match[0].length;
  }
  if (at < source.length) {
    parts.push({ text: unescape(source.slice(at)), marked: false });
  }
  return parts.filter((part) => part.text !== '');
}
