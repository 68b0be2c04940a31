// History routing for the UI: path parsing and building (pure), plus link interception.

const VERSION_NUMBER = /^[1-9][0-9]{0,8}$/;

function segments(pathname) {
  const parts = String(pathname ?? '')
    .split('/')
    .filter((part) => part !== '');
  try {
    return parts.map((part) => decodeURIComponent(part));
  } catch {
    return null;
  }
}

/**
 * Maps a path to a route: home, register, bill, version, matrix (the committee matrix of a version), reports, changes,
 * history, submit (a memorandum on a bill), drafts and draft (staff's drafting screens), openCalls
 * (bills open for memoranda), receipt, memoStatus, search, tasks, task, signin or notFound. Bill ids are opaque
 * (UUIDs from the API); version numbers are positive integers.
 */
export function parseRoute(pathname) {
  const parts = segments(pathname);
  if (parts === null || parts.some((part) => part.includes('\u0000'))) {
    return { name: 'notFound' };
  }
  if (parts.length === 0 || (parts.length === 1 && (parts[0] === 'bills' || parts[0] === 'index.html'))) {
    return { name: 'home' };
  }
  if (parts.length === 1 && parts[0] === 'signin') {
    return { name: 'signin' };
  }
  if (parts.length === 1 && parts[0] === 'search') {
    return { name: 'search' };
  }
  if (parts.length === 1 && parts[0] === 'tasks') {
    return { name: 'tasks' };
  }
  if (parts.length === 2 && parts[0] === 'tasks') {
    return { name: 'task', taskId: parts[1] };
  }
  if (parts.length === 2 && parts[0] === 'memoranda' && parts[1] === 'new') {
    return { name: 'openCalls' };
  }
  if (parts.length === 2 && parts[0] === 'memoranda' && parts[1] === 'status') {
    return { name: 'memoStatus' };
  }
  if (parts.length === 3 && parts[0] === 'memoranda' && parts[2] === 'receipt' && parts[1] !== '') {
    return { name: 'receipt', reference: parts[1] };
  }
  if (parts[0] !== 'bills') {
    return { name: 'notFound' };
  }
  if (parts.length === 2 && parts[1] === 'new') {
    return { name: 'register' };
  }
  if (parts.length === 2) {
    return { name: 'bill', billId: parts[1] };
  }
  if (parts.length === 4 && parts[2] === 'versions' && VERSION_NUMBER.test(parts[3])) {
    return { name: 'version', billId: parts[1], version: Number(parts[3]) };
  }
  if (parts.length === 5 && parts[2] === 'versions' && VERSION_NUMBER.test(parts[3]) && parts[4] === 'matrix') {
    return { name: 'matrix', billId: parts[1], version: Number(parts[3]) };
  }
  if (parts.length === 3 && parts[2] === 'reports') {
    return { name: 'reports', billId: parts[1] };
  }
  if (parts.length === 3 && parts[2] === 'submit') {
    return { name: 'submit', billId: parts[1] };
  }
  if (parts.length === 3 && parts[2] === 'drafts') {
    return { name: 'drafts', billId: parts[1] };
  }
  if (parts.length === 4 && parts[2] === 'drafts' && VERSION_NUMBER.test(parts[3])) {
    return { name: 'draft', billId: parts[1], draft: Number(parts[3]) };
  }
  if (parts.length === 3 && parts[2] === 'changes') {
    return { name: 'changes', billId: parts[1] };
  }
  if (parts.length === 5 && parts[2] === 'provisions' && parts[4] === 'history' && parts[3] !== '') {
    return { name: 'history', billId: parts[1], eId: parts[3] };
  }
  return { name: 'notFound' };
}

/** Path of a bill page. */
export function billPath(billId) {
  return `/bills/${encodeURIComponent(billId)}`;
}

/** Path of one version of a bill. */
export function versionPath(billId, version) {
  return `${billPath(billId)}/versions/${encodeURIComponent(version)}`;
}

/** Stable deep link to one provision of one version. */
export function provisionHref(billId, version, eId) {
  return `${versionPath(billId, version)}#${encodeURIComponent(eId)}`;
}

/** The provision id in a location hash ("#sec_5" -> "sec_5"), or null. */
export function fragmentId(hash) {
  if (typeof hash !== 'string' || hash.length < 2 || hash[0] !== '#') {
    return null;
  }
  try {
    const id = decodeURIComponent(hash.slice(1));
    return id.includes('\u0000') ? null : id;
  } catch {
    return null;
  }
}

/** Accepts only a same-origin absolute path for redirects after sign-in; anything else means home. */
export function safeNext(candidate) {
  if (typeof candidate !== 'string' || !candidate.startsWith('/') || candidate.startsWith('//')) {
    return '/';
  }
  if (/[\\\u0000-\u001f]/.test(candidate)) {
    return '/';
  }
  return candidate;
}

/**
 * Decides whether a click on an anchor should be handled in-page: a plain primary click on a
 * same-origin link without target or download. Returns the URL to route to, or null.
 */
export function routableLink(event, anchor, currentHref) {
  if (
    !anchor ||
    event.defaultPrevented ||
    event.button !== 0 ||
    event.metaKey ||
    event.ctrlKey ||
    event.shiftKey ||
    event.altKey ||
    anchor.hasAttribute('download') ||
    (anchor.getAttribute('target') ?? '') !== '' ||
    anchor.getAttribute('rel')?.split(/\s+/).includes('external')
  ) {
    return null;
  }
  let url;
  let current;
  try {
    current = new URL(currentHref);
    url = new URL(anchor.getAttribute('href') ?? '', current);
  } catch {
    return null;
  }
  if (url.origin !== current.origin || url.pathname.startsWith('/api/')) {
    return null;
  }
  return url;
}

/** Starts routing: calls onRoute(url, {push}) for the current location, routable clicks and history moves. */
export function startRouter(onRoute, win = window) {
  win.document.addEventListener('click', (event) => {
    const anchor = event.target instanceof Element ? event.target.closest('a[href]') : null;
    const url = routableLink(event, anchor, win.location.href);
    if (url) {
      event.preventDefault();
      navigate(url.pathname + url.search + url.hash, onRoute, win);
    }
  });
  win.addEventListener('popstate', () => onRoute(new URL(win.location.href), { push: false }));
  onRoute(new URL(win.location.href), { push: false, initial: true });
  return (path) => navigate(path, onRoute, win);
}

function navigate(path, onRoute, win) {
  const url = new URL(path, win.location.href);
  if (url.href !== win.location.href) {
    win.history.pushState(null, '', url.pathname + url.search + url.hash);
  }
  onRoute(url, { push: true });
}

/** Path of the "what changed" page; `search` is a query string such as "?from=1&to=2" (lib/changes.js builds it). */
export function changesPath(billId, search = '') {
  return `${billPath(billId)}/changes${search}`;
}

/** Path of a provision's history across versions, as seen from `version` (omitted: the latest). */
export function historyPath(billId, eId, version) {
  const query = version ? `?version=${encodeURIComponent(version)}` : '';
  return `${billPath(billId)}/provisions/${encodeURIComponent(eId)}/history${query}`;
}

/** Path of the receipt page shown after a memorandum is accepted. */
export function receiptPath(reference) {
  return `/memoranda/${encodeURIComponent(reference)}/receipt`;
}

/** Path of the status lookup, optionally with the reference filled in. */
export function statusPath(reference) {
  return reference ? `/memoranda/status?reference=${encodeURIComponent(reference)}` : '/memoranda/status';
}
