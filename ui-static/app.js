// The application shell: owns the state (language, session, current view), fetches data for each
// route and hands it down to the components; components report user actions as events.

import { createApi, ProblemError } from './lib/api.js';
import { html, render } from './lib/html.js';
import {
  chooseLanguage,
  createTranslator,
  DEFAULT_LANGUAGE,
  loadCatalog,
  readStoredLanguage,
  storeLanguage,
} from './lib/i18n.js';
import { fragmentId, parseRoute, safeNext, startRouter, versionPath } from './lib/router.js';
import { changesPath } from './lib/router.js';
import { changesSearch, parseChangesQuery } from './lib/changes.js';
import './components/site-header/site-header.js';
import './components/page-status/page-status.js';
import './components/bill-list/bill-list.js';
import './components/bill-page/bill-page.js';
import './components/sign-in/sign-in.js';
import './components/register-bill/register-bill.js';
import './components/version-changes/version-changes.js';
import './components/provision-history/provision-history.js';
import './components/submit-memorandum/submit-memorandum.js';
import './components/memorandum-receipt/memorandum-receipt.js';
import './components/memorandum-status/memorandum-status.js';
import './components/task-inbox/task-inbox.js';
import './components/task-page/task-page.js';
import './components/open-calls/open-calls.js';
import './components/committee-matrix/committee-matrix.js';
import './components/reports-page/reports-page.js';
import { matrixApi, participationApi } from './lib/reports.js';
import './components/draft-editor/draft-editor.js';
import { draftApiPath, draftPath } from './components/draft-editor/draft-editor.js';
import './components/search-page/search-page.js';
import { apiSearchPath, parseSearchQuery, searchPath } from './lib/search.js';
import { createReviewApi } from './lib/review.js';
import { idempotencyKeeper } from './lib/memorandum.js';
import { receiptPath } from './lib/router.js';
import { taskPath, tasksPath } from './components/task-inbox/task-inbox.js';

const api = createApi();
const reviewApi = createReviewApi();
// Receipts of memoranda accepted in this page's life, by reference: the token is shown once and kept only in memory.
const receipts = new Map();
// One Idempotency-Key holder per memorandum form shown, so a double click or a retry after a network failure never
// creates two memoranda.
let memoKeeper = idempotencyKeeper();
// A message for the next page shown (e.g. "Task completed" on the inbox).
let flash = null;
const main = document.getElementById('main');
const header = document.querySelector('site-header');
const catalogs = new Map();
// Version trees are kept for the session (cheap revisits); a clerk's correction of a tree changes the version's
// treeEditedAt, which is part of the key, so a corrected tree is fetched again.
const versionCache = new Map();

const state = {
  t: createTranslator(DEFAULT_LANGUAGE, {}),
  session: null,
  route: { name: 'home' },
  url: null,
  view: null,
  viewData: null,
  title: '',
  ticket: 0,
};

let navigate = () => {};

// Even reading window.localStorage throws where storage is blocked (some privacy settings, old browsers).
function storage() {
  try {
    return window.localStorage;
  } catch {
    return null;
  }
}

async function catalog(lang) {
  if (!catalogs.has(lang)) {
    catalogs.set(lang, await loadCatalog(lang));
  }
  return catalogs.get(lang);
}

async function setLanguage(lang) {
  const fallback = await catalog(DEFAULT_LANGUAGE);
  const messages = lang === DEFAULT_LANGUAGE ? fallback : await catalog(lang);
  state.t = createTranslator(lang, messages, fallback);
  document.documentElement.lang = lang;
  for (const element of document.querySelectorAll('[data-i18n]')) {
    element.textContent = state.t(element.dataset.i18n);
  }
}

function renderHeader() {
  header.data = { t: state.t, route: state.route.name, session: state.session };
}

function setTitle(title) {
  state.title = title;
  document.title = title ? `${title} — Maoni` : 'Maoni';
}

/** Puts a component into <main> with its data (re-using it when the same kind is shown again). */
function show(tag, data, title) {
  let view = main.firstElementChild;
  if (!view || view.localName !== tag || main.childElementCount !== 1) {
    render(html``, main);
    view = document.createElement(tag);
    main.append(view);
  }
  state.view = tag;
  state.viewData = data;
  view.data = { ...data, t: state.t, session: state.session };
  setTitle(typeof title === 'function' ? title(state.t) : title);
}

function showStatus(kind, problem) {
  show('page-status', { kind, problem }, (t) =>
    kind === 'loading' ? t('status.loading') : kind === 'notFound' || problem?.status === 404 ? t('status.notFound') : t('status.error'),
  );
}

function asProblem(error) {
  return error instanceof ProblemError ? error : new ProblemError({ title: String(error?.message ?? error) });
}

/** Moves focus to the provision (or other element) named by the hash, or to the page heading. */
function focusTarget(url, moveToHeading) {
  const id = fragmentId(url.hash);
  const target = id ? document.getElementById(id) : null;
  for (const previous of main.querySelectorAll('[data-focused]')) {
    previous.removeAttribute('data-focused');
  }
  if (target) {
    // Provisions are not focusable by nature; form fields (error summary links) already are.
    if (target.tabIndex < 0 && !target.hasAttribute('tabindex')) {
      target.setAttribute('tabindex', '-1');
    }
    target.setAttribute('data-focused', '');
    target.focus({ preventScroll: true });
    target.scrollIntoView({ block: 'start' });
    return;
  }
  if (moveToHeading) {
    const heading = main.querySelector('h1');
    heading?.focus({ preventScroll: true });
    window.scrollTo(0, 0);
  }
}

async function loadVersion(billId, number, editedAt) {
  const key = `${billId}/${number}/${editedAt ?? ''}`;
  if (!versionCache.has(key)) {
    versionCache.set(key, await api.getVersion(billId, number));
  }
  return versionCache.get(key);
}

async function showBill(route, ticket) {
  let bill;
  try {
    bill = await api.getBill(route.billId);
  } catch (error) {
    // A malformed id in a typed or truncated address is refused as a bad request: to the reader it is not found.
    if (error instanceof ProblemError && error.status === 400 && ticket === state.ticket) {
      showStatus('notFound');
      return;
    }
    throw error;
  }
  if (ticket !== state.ticket) {
    return;
  }
  const numbers = (bill.versions ?? []).map((version) => version.number);
  const selected = route.version ?? (numbers.length ? Math.max(...numbers) : null);
  if (route.version && !numbers.includes(route.version)) {
    showStatus('notFound');
    return;
  }
  const title = bill.title || state.t('bill.untitled');
  let version = null;
  let versionProblem = null;
  if (selected !== null) {
    try {
      const edited = bill.versions.find((candidate) => candidate.number === selected)?.treeEditedAt;
      version = await loadVersion(bill.id ?? route.billId, selected, edited);
    } catch (error) {
      versionProblem = asProblem(error);
    }
  }
  const call = await participationOf(bill.id ?? route.billId);
  if (ticket !== state.ticket) {
    return;
  }
  show('bill-page', { bill, selected, version, versionProblem, call }, () => title);
}

/** The bill's current call for memoranda, or null when there is none (or it cannot be read just now). */
async function participationOf(billId) {
  try {
    return await reviewApi.participation(billId);
  } catch {
    return null;
  }
}

// Diffs of stored versions do not change while the page is open, except when a clerk corrects the alignment; the key
// includes the versions' treeEditedAt so a corrected tree is compared again.
const diffCache = new Map();

/** The bill for a route, or null (after showing "not found") when its id is malformed. */
async function billFor(route, ticket) {
  try {
    return await api.getBill(route.billId);
  } catch (error) {
    if (error instanceof ProblemError && error.status === 400 && ticket === state.ticket) {
      showStatus('notFound');
      return null;
    }
    throw error;
  }
}

function billPathPart(billId) {
  return `/api/bills/${encodeURIComponent(billId)}`;
}

async function settle(promise) {
  try {
    return { value: await promise, problem: null };
  } catch (error) {
    return { value: null, problem: asProblem(error) };
  }
}

async function showChanges(route, url, ticket) {
  const bill = await billFor(route, ticket);
  if (!bill || ticket !== state.ticket) {
    return;
  }
  const versions = bill.versions ?? [];
  const query = parseChangesQuery(url.searchParams, versions.map((version) => version.number));
  let diff = { value: null, problem: null };
  let after = { value: null, problem: null };
  let decisions = { value: null, problem: null };
  let afterDecisions = { value: null, problem: null };
  if (versions.length > 1) {
    const edited = versions.map((version) => version.treeEditedAt ?? '').join('/');
    const key = `${bill.id}/${query.from}/${query.to}/${edited}`;
    const diffRequest =
      query.valid && diffCache.has(key)
        ? Promise.resolve(diffCache.get(key))
        : query.valid
          ? api.request('GET', `${billPathPart(bill.id)}/diff?from=${query.from}&to=${query.to}`)
          : Promise.resolve(null);
    // The decisions behind the changes are extra: without them (an error) the changes still show.
    const decisionsRequest = query.valid
      ? api.request('GET', `${billPathPart(bill.id)}/diff/decisions?from=${query.from}&to=${query.to}`)
      : Promise.resolve(null);
    [diff, after, decisions, afterDecisions] = await Promise.all([
      settle(diffRequest),
      settle(api.request('GET', `${billPathPart(bill.id)}/after-participation`)),
      settle(decisionsRequest),
      settle(api.request('GET', `${billPathPart(bill.id)}/after-participation/decisions`)),
    ]);
    if (diff.value) {
      diffCache.set(key, diff.value);
    }
  }
  if (ticket !== state.ticket) {
    return;
  }
  show(
    'version-changes',
    {
      bill,
      query,
      diff: diff.value,
      diffProblem: diff.problem,
      decisions: decisions.value,
      after: after.value,
      afterProblem: after.problem,
      afterDecisions: afterDecisions.value,
    },
    (t) => `${t('changes.heading')}: ${bill.title || t('bill.untitled')}`,
  );
}

async function showHistory(route, url, ticket) {
  const bill = await billFor(route, ticket);
  if (!bill || ticket !== state.ticket) {
    return;
  }
  const raw = url.searchParams.get('version');
  const version = raw !== null && /^[1-9][0-9]{0,8}$/.test(raw) ? Number(raw) : null;
  const query = version ? `?version=${version}` : '';
  let history;
  try {
    history = await api.request(
      'GET',
      `${billPathPart(bill.id)}/provisions/${encodeURIComponent(route.eId)}/history${query}`,
    );
  } catch (error) {
    if (error instanceof ProblemError && (error.status === 404 || error.status === 400) && ticket === state.ticket) {
      showStatus('notFound');
      return;
    }
    throw error;
  }
  if (ticket !== state.ticket) {
    return;
  }
  show('provision-history', { bill, eId: route.eId, version, history }, () => main.querySelector('h1')?.textContent ?? '');
}

async function showSubmit(route, ticket) {
  const bill = await billFor(route, ticket);
  if (!bill || ticket !== state.ticket) {
    return;
  }
  const call = await participationOf(bill.id);
  const numbers = (bill.versions ?? []).map((version) => version.number);
  const number = call?.version ?? (numbers.length ? Math.max(...numbers) : null);
  let provisions = [];
  if (number !== null) {
    const edited = (bill.versions ?? []).find((candidate) => candidate.number === number)?.treeEditedAt;
    provisions = (await settle(loadVersion(bill.id, number, edited))).value?.provisions ?? [];
  }
  if (ticket !== state.ticket) {
    return;
  }
  memoKeeper = idempotencyKeeper();
  show('submit-memorandum', { bill, version: number, call, provisions }, (t) => t('memo.heading'));
}

/** Bill titles by id, for the search page's bill facet (empty when the list cannot be read just now). */
async function billTitles() {
  const { value } = await settle(api.listBills());
  return Object.fromEntries((value ?? []).map((bill) => [bill.id, bill.title]));
}

async function showSearch(url, ticket) {
  const query = parseSearchQuery(url.searchParams);
  const [found, titles] = await Promise.all([settle(api.request('GET', apiSearchPath(query))), billTitles()]);
  if (ticket !== state.ticket) {
    return;
  }
  show(
    'search-page',
    { query, result: found.value, problem: found.problem, billTitles: titles, busy: false },
    (t) => t('search.heading'),
  );
}

function requireStaff(url) {
  if (!state.session) {
    navigate(`/signin?next=${encodeURIComponent(url.pathname + url.search)}`);
    return false;
  }
  return true;
}

async function showTasks(url, ticket) {
  const scope = url.searchParams.get('scope') === 'groups' ? 'groups' : 'mine';
  const { value, problem } = await settle(reviewApi.tasks(scope));
  if (ticket !== state.ticket) {
    return;
  }
  const notice = flash;
  flash = null;
  show('task-inbox', { scope, tasks: value ?? [], problem, notice }, (t) => t('tasks.heading'));
}

async function showTask(route, ticket) {
  let task;
  try {
    task = await reviewApi.task(route.taskId);
  } catch (error) {
    if (error instanceof ProblemError && (error.status === 404 || error.status === 400) && ticket === state.ticket) {
      showStatus('notFound');
      return;
    }
    throw error;
  }
  const reference = task.reference ?? null;
  const memorandum = reference ? (await settle(reviewApi.memorandum(reference))).value : null;
  let provisions = [];
  if (memorandum?.billId && memorandum.version) {
    provisions = (await settle(loadVersion(memorandum.billId, memorandum.version, ''))).value?.provisions ?? [];
  }
  if (ticket !== state.ticket) {
    return;
  }
  show('task-page', { task, memorandum, provisions }, () => main.querySelector('h1')?.textContent ?? '');
}

async function showMatrix(route, ticket) {
  const bill = await billFor(route, ticket);
  if (!bill) {
    return;
  }
  const matrix = await api.request('GET', matrixApi(bill.id, route.version));
  if (ticket !== state.ticket) {
    return;
  }
  const canDecide = (state.session?.roles ?? []).includes('COMMITTEE');
  show('committee-matrix', { bill, version: route.version, matrix, canDecide }, (t) => t('matrix.heading', { version: route.version }));
}

async function showReports(route, ticket) {
  const bill = await billFor(route, ticket);
  if (!bill) {
    return;
  }
  const report = await settle(api.request('GET', participationApi(bill.id)));
  if (ticket !== state.ticket) {
    return;
  }
  show('reports-page', { bill, report: report.value, problem: report.problem }, (t) =>
    t('reports.heading'),
  );
}

/** A draft with the accepted proposals and its workflow's open task, as the drafting screen shows it. */
async function loadDraft(billId, number) {
  const [draft, proposals, workflow] = await Promise.all([
    api.request('GET', draftApiPath(billId, number)),
    settle(api.request('GET', draftApiPath(billId, number, '/applicable-proposals'))),
    settle(api.request('GET', draftApiPath(billId, number, '/workflow'))),
  ]);
  return { draft, proposals: proposals.value ?? [], task: workflow.value?.task ?? null };
}

function notFoundOn(error, ticket) {
  if (error instanceof ProblemError && (error.status === 404 || error.status === 400) && ticket === state.ticket) {
    showStatus('notFound');
    return true;
  }
  return false;
}

async function showDrafts(route, ticket) {
  const bill = await billFor(route, ticket);
  if (!bill || ticket !== state.ticket) {
    return;
  }
  let drafts;
  try {
    drafts = await api.request('GET', `${billPathPart(bill.id)}/drafts`);
  } catch (error) {
    if (notFoundOn(error, ticket)) {
      return;
    }
    throw error;
  }
  if (ticket !== state.ticket) {
    return;
  }
  show('draft-editor', { bill, drafts, draft: null }, (t) => t('drafts.heading'));
}

async function showDraft(route, ticket) {
  const bill = await billFor(route, ticket);
  if (!bill || ticket !== state.ticket) {
    return;
  }
  let view;
  try {
    view = await loadDraft(bill.id, route.draft);
  } catch (error) {
    if (notFoundOn(error, ticket)) {
      return;
    }
    throw error;
  }
  if (ticket !== state.ticket) {
    return;
  }
  show('draft-editor', { bill, ...view }, () => main.querySelector('h1')?.textContent ?? '');
}

async function onRoute(url, { initial = false } = {}) {
  const route = parseRoute(url.pathname);
  const samePage =
    !initial && state.url && state.url.pathname === url.pathname && state.url.search === url.search && state.view;
  state.url = url;
  if (samePage) {
    // Only the fragment changed: skip links, contents links and provision links on the same page.
    focusTarget(url, false);
    return;
  }
  state.route = route;
  state.ticket += 1;
  const ticket = state.ticket;
  renderHeader();
  try {
    switch (route.name) {
      case 'home': {
        showStatus('loading');
        const bills = await api.listBills();
        if (ticket !== state.ticket) {
          return;
        }
        show('bill-list', { bills }, (t) => t('bills.heading'));
        break;
      }
      case 'bill':
      case 'version':
        // Moving within the bill already shown (another version, a provision link) keeps the page until the
        // new one is ready, instead of flashing "Loading…".
        if (state.view !== 'bill-page' || state.viewData?.bill?.id !== route.billId) {
          showStatus('loading');
        }
        await showBill(route, ticket);
        break;
      case 'changes':
        if (state.view !== 'version-changes' || state.viewData?.bill?.id !== route.billId) {
          showStatus('loading');
        }
        await showChanges(route, url, ticket);
        break;
      case 'history':
        showStatus('loading');
        await showHistory(route, url, ticket);
        break;
      case 'signin':
        show('sign-in', { next: safeNext(url.searchParams.get('next')) }, (t) => t('signin.heading'));
        break;
      case 'register':
        show('register-bill', {}, (t) => t('register.heading'));
        break;
      case 'submit':
        showStatus('loading');
        await showSubmit(route, ticket);
        break;
      case 'receipt': {
        const receipt = receipts.get(route.reference);
        if (receipt) {
          show('memorandum-receipt', { receipt }, (t) => t('receipt.heading'));
        } else {
          // A reload loses the token (kept only in memory): the status lookup asks for it.
          show('memorandum-status', { reference: route.reference }, (t) => t('lookup.heading'));
        }
        break;
      }
      case 'openCalls': {
        showStatus('loading');
        const bills = await api.listBills();
        const calls = await Promise.all((bills ?? []).map((bill) => participationOf(bill.id)));
        if (ticket !== state.ticket) {
          return;
        }
        const open = (bills ?? [])
          .map((bill, index) => ({ bill, call: calls[index] }))
          .filter(({ call }) => call?.status === 'OPEN');
        show('open-calls', { open }, (t) => t('memo.heading'));
        break;
      }
      case 'memoStatus':
        show('memorandum-status', { reference: url.searchParams.get('reference') ?? '' }, (t) => t('lookup.heading'));
        break;
      case 'drafts':
        if (requireStaff(url)) {
          showStatus('loading');
          await showDrafts(route, ticket);
        }
        break;
      case 'draft':
        if (requireStaff(url)) {
          showStatus('loading');
          await showDraft(route, ticket);
        }
        break;
      case 'search':
        if (state.view !== 'search-page') {
          showStatus('loading');
        }
        await showSearch(url, ticket);
        break;
      case 'tasks':
        if (requireStaff(url)) {
          showStatus('loading');
          await showTasks(url, ticket);
        }
        break;
      case 'task':
        if (requireStaff(url)) {
          showStatus('loading');
          await showTask(route, ticket);
        }
        break;
      case 'matrix':
        if (requireStaff(url)) {
          showStatus('loading');
          await showMatrix(route, ticket);
        }
        break;
      case 'reports':
        if (requireStaff(url)) {
          showStatus('loading');
          await showReports(route, ticket);
        }
        break;
      default:
        showStatus('notFound');
    }
  } catch (error) {
    if (ticket === state.ticket) {
      showStatus('error', asProblem(error));
    }
  }
  if (ticket === state.ticket) {
    focusTarget(url, !initial);
  }
}

function rerender() {
  renderHeader();
  if (state.view) {
    main.firstElementChild.data = { ...state.viewData, t: state.t, session: state.session };
    const title = main.querySelector('h1')?.textContent?.trim();
    setTitle(title || state.title);
  }
}

document.addEventListener('language-change', async (event) => {
  const lang = event.detail.lang;
  storeLanguage(storage(), lang);
  await setLanguage(lang);
  rerender();
  // The switch was re-rendered; keep keyboard users where they were.
  header.querySelector('.site-header__lang')?.focus();
});

document.addEventListener('sign-in', async (event) => {
  const view = main.firstElementChild;
  view.data = { ...view.data, busy: true, problem: null, errors: null, values: { username: event.detail.username } };
  try {
    await api.signIn(event.detail.username, event.detail.password);
    state.session = await api.getSession();
    const next = state.viewData.next ?? '/';
    if (parseRoute(new URL(next, window.location.href).pathname).name === 'notFound') {
      // Not a page of this UI (e.g. /camunda/app/ sent the user here): let the server answer it.
      window.location.assign(next);
    } else {
      navigate(next);
    }
  } catch (error) {
    const problem = asProblem(error);
    if (problem.status === 401) {
      problem.detail = state.t('signin.failed');
    }
    view.data = { ...view.data, busy: false, problem, errors: null };
  }
});

document.addEventListener('sign-out', async () => {
  try {
    await api.signOut();
  } catch (error) {
    showStatus('error', asProblem(error));
    return;
  }
  state.session = null;
  // Forget the current view so that even on the home page everything re-renders signed out.
  state.view = null;
  navigate('/');
});

document.addEventListener('register-bill', async (event) => {
  const view = main.firstElementChild;
  view.data = { ...view.data, busy: true, problem: null, errors: null };
  try {
    const bill = await api.registerBill(event.detail.file, event.detail.metadata);
    const latest = Math.max(1, ...(bill.versions ?? []).map((version) => version.number));
    navigate(versionPath(bill.id, latest));
  } catch (error) {
    view.data = { ...view.data, busy: false, problem: asProblem(error), errors: null };
  }
});

document.addEventListener('changes-compare', (event) => {
  const query = { ...state.viewData.query, from: event.detail.from, to: event.detail.to };
  navigate(changesPath(state.viewData.bill.id, changesSearch(query)));
});

// Filtering and the layout only re-render the page already loaded; the address records them for sharing.
document.addEventListener('changes-options', (event) => {
  const query = { ...state.viewData.query, kinds: event.detail.kinds, view: event.detail.view };
  window.history.replaceState(null, '', changesPath(state.viewData.bill.id, changesSearch(query)));
  state.url = new URL(window.location.href);
  state.viewData = { ...state.viewData, query };
  main.firstElementChild.data = { ...state.viewData, t: state.t, session: state.session };
});

document.addEventListener('participation-version', async (event) => {
  const view = main.firstElementChild;
  const bill = state.viewData.bill;
  let update;
  try {
    await api.request('PUT', `${billPathPart(bill.id)}/participation-version`, { json: { version: event.detail.version } });
    const [after, afterDecisions, decisions] = await Promise.all([
      settle(api.request('GET', `${billPathPart(bill.id)}/after-participation`)),
      settle(api.request('GET', `${billPathPart(bill.id)}/after-participation/decisions`)),
      // the unrequested flags depend on the participation version, so the diff's decisions are fetched again
      state.viewData.query?.valid
        ? settle(
            api.request(
              'GET',
              `${billPathPart(bill.id)}/diff/decisions?from=${state.viewData.query.from}&to=${state.viewData.query.to}`,
            ),
          )
        : Promise.resolve({ value: state.viewData.decisions ?? null }),
    ]);
    update = {
      after: after.value,
      afterProblem: after.problem,
      afterDecisions: afterDecisions.value,
      decisions: decisions.value,
      markProblem: null,
    };
  } catch (error) {
    update = { markProblem: asProblem(error) };
  }
  if (state.view === 'version-changes' && state.viewData.bill === bill) {
    state.viewData = { ...state.viewData, ...update };
    view.data = { ...state.viewData, t: state.t, session: state.session };
  }
});

/** Re-renders the current view with changes to its data (when the view is still the one that asked). */
function updateView(tag, changes) {
  if (state.view !== tag) {
    return;
  }
  state.viewData = { ...state.viewData, ...changes };
  main.firstElementChild.data = { ...state.viewData, t: state.t, session: state.session };
}

// A new search from the header goes to the search page; changes on the search page fetch the hits again in place and
// record the search in the address (history entry per search, so Back returns to the previous one).
document.addEventListener('site-search', (event) => {
  navigate(searchPath({ q: event.detail.q, filters: {}, provision: [], sort: 'relevance', page: 0 }));
});

document.addEventListener('search-change', async (event) => {
  const query = event.detail.query;
  const path = searchPath(query);
  if (state.view !== 'search-page') {
    navigate(path);
    return;
  }
  window.history.pushState(null, '', path);
  state.url = new URL(window.location.href);
  state.ticket += 1;
  const ticket = state.ticket;
  updateView('search-page', { query, busy: true });
  const found = await settle(api.request('GET', apiSearchPath(query)));
  if (ticket !== state.ticket) {
    return;
  }
  updateView('search-page', { query, busy: false, result: found.value ?? null, problem: found.problem });
});

document.addEventListener('submit-memorandum', async (event) => {
  updateView('submit-memorandum', { busy: true, problem: null, errors: null });
  try {
    const receipt = await reviewApi.submitMemorandum(event.detail.request, event.detail.files, memoKeeper.key());
    memoKeeper.settled(201);
    receipts.set(receipt.reference, receipt);
    navigate(receiptPath(receipt.reference));
  } catch (error) {
    const problem = asProblem(error);
    memoKeeper.settled(problem.status);
    updateView('submit-memorandum', { busy: false, problem, errors: null });
  }
});

async function lookUp(reference, token) {
  const memorandum = await reviewApi.memorandum(reference, token);
  const [workflow, bill] = await Promise.all([
    settle(reviewApi.workflow(reference, token)),
    memorandum.billId ? settle(api.getBill(memorandum.billId)) : Promise.resolve({ value: null }),
  ]);
  return { memorandum: { ...memorandum, billTitle: bill.value?.title ?? null }, workflow: workflow.value ?? [] };
}

document.addEventListener('memorandum-lookup', async (event) => {
  const { reference, token } = event.detail;
  updateView('memorandum-status', { busy: true, problem: null, errors: null, reference, token });
  try {
    const found = await lookUp(reference, token);
    updateView('memorandum-status', { busy: false, ...found, justLoaded: true, confirming: false });
  } catch (error) {
    updateView('memorandum-status', { busy: false, problem: asProblem(error), memorandum: null, workflow: null });
  }
  if (state.viewData) {
    state.viewData.justLoaded = false;
  }
});

document.addEventListener('memorandum-withdraw', async (event) => {
  const { reference, token } = event.detail;
  updateView('memorandum-status', { busy: true, problem: null });
  try {
    await reviewApi.withdraw(reference, token);
    const found = await lookUp(reference, token);
    updateView('memorandum-status', { busy: false, ...found, justLoaded: true, confirming: false });
  } catch (error) {
    updateView('memorandum-status', { busy: false, problem: asProblem(error), confirming: false });
  }
  if (state.viewData) {
    state.viewData.justLoaded = false;
  }
});

document.addEventListener('task-claim', async (event) => {
  const id = event.detail.id;
  const tag = state.view;
  updateView(tag, tag === 'task-inbox' ? { busyId: id, problem: null } : { busy: true, problem: null });
  try {
    await reviewApi.claim(id);
    state.view = null;
    navigate(taskPath(id));
  } catch (error) {
    updateView(tag, { busyId: null, busy: false, problem: asProblem(error) });
  }
});

document.addEventListener('task-unclaim', async (event) => {
  try {
    await reviewApi.unclaim(event.detail.id);
    navigate(tasksPath('mine'));
  } catch (error) {
    updateView('task-page', { problem: asProblem(error) });
  }
});

document.addEventListener('task-complete', async (event) => {
  updateView('task-page', { busy: true, problem: null, errors: null });
  try {
    await reviewApi.complete(event.detail.id, event.detail.body);
    flash = state.t('tasks.completed');
    navigate(tasksPath('mine'));
  } catch (error) {
    updateView('task-page', { busy: false, problem: asProblem(error) });
  }
});

document.addEventListener('participation-change', async (event) => {
  const bill = state.viewData?.bill;
  if (!bill) {
    return;
  }
  updateView('bill-page', { callBusy: true, callProblem: null, callNotice: null });
  try {
    const call = await reviewApi.changeCall(bill.id, event.detail.body);
    const current = call && typeof call === 'object' && call.status ? call : await participationOf(bill.id);
    updateView('bill-page', {
      callBusy: false,
      call: current,
      callNotice: state.t(`call.done.${event.detail.body.action}`),
    });
  } catch (error) {
    updateView('bill-page', { callBusy: false, callProblem: asProblem(error) });
  }
});

document.addEventListener('matrix-decide', async (event) => {
  const { bill, version } = state.viewData ?? {};
  if (state.view !== 'committee-matrix' || !bill) {
    return;
  }
  updateView('committee-matrix', { busyKey: event.detail.key, problem: null, notice: null });
  try {
    await api.request('POST', `${billPathPart(bill.id)}/decisions`, { json: event.detail.body });
    const matrix = await api.request('GET', matrixApi(bill.id, version));
    updateView('committee-matrix', {
      busyKey: null,
      matrix,
      savedKey: event.detail.key,
      focusSaved: true,
      notice: state.t('matrix.saved'),
    });
  } catch (error) {
    updateView('committee-matrix', { busyKey: null, problem: asProblem(error) });
  }
});

document.addEventListener('hearing-record', async (event) => {
  const bill = state.viewData?.bill;
  if (state.view !== 'reports-page' || !bill) {
    return;
  }
  updateView('reports-page', { hearingBusy: true, hearingProblem: null, hearingNotice: null });
  try {
    await api.request('POST', `${billPathPart(bill.id)}/hearings`, { json: event.detail.body });
    const report = await api.request('GET', participationApi(bill.id));
    updateView('reports-page', { hearingBusy: false, report, hearingSaved: true, hearingNotice: state.t('hearings.saved') });
    state.viewData.hearingSaved = false;
  } catch (error) {
    updateView('reports-page', { hearingBusy: false, hearingProblem: asProblem(error) });
    main.querySelector('.reports-page__hearing [aria-invalid="true"]')?.focus();
  }
});

document.addEventListener('draft-start', async (event) => {
  const bill = state.viewData?.bill;
  updateView('draft-editor', { busy: true, problem: null });
  try {
    const draft = await api.request('POST', `${billPathPart(bill.id)}/drafts`, { json: { label: event.detail.label || null } });
    navigate(draftPath(bill.id, draft.number));
  } catch (error) {
    updateView('draft-editor', { busy: false, problem: asProblem(error) });
  }
});

/** Runs a change of the draft shown, then shows the draft again with a notice and focus on `focusOf(result)`. */
async function changeDraft(change, notice, focusOf) {
  const { bill, draft } = state.viewData ?? {};
  if (!bill || !draft) {
    return;
  }
  updateView('draft-editor', { busy: true, problem: null, notice: '' });
  try {
    const result = await change();
    const view = await loadDraft(bill.id, draft.number);
    updateView('draft-editor', { busy: false, ...view, notice: state.t(notice), focusEId: focusOf(result) ?? '' });
  } catch (error) {
    updateView('draft-editor', { busy: false, problem: asProblem(error) });
  }
  if (state.viewData) {
    state.viewData.focusEId = null;
  }
}

document.addEventListener('draft-edit', (event) => {
  const { method, path, body, eId } = event.detail;
  changeDraft(
    () => api.request(method, path, body === undefined ? {} : { json: body }),
    'draft.saved',
    (result) => (method === 'DELETE' ? eId : result?.eId ?? eId),
  );
});

document.addEventListener('draft-apply', (event) => {
  const { bill, draft } = state.viewData ?? {};
  changeDraft(
    () => api.request('POST', draftApiPath(bill.id, draft.number, '/applications'), { json: { proposalId: event.detail.proposalId } }),
    'draft.applied',
    (result) => result?.eId,
  );
});

document.addEventListener('draft-submit', (event) => {
  const { bill, draft } = state.viewData ?? {};
  const discard = Boolean(event.detail.discard);
  changeDraft(
    () => api.request('POST', draftApiPath(bill.id, draft.number, '/submit'), { json: { discard } }),
    discard ? 'draft.discarded' : 'draft.submitted',
    () => '',
  );
});

async function start() {
  const lang = chooseLanguage(readStoredLanguage(storage()), navigator.languages);
  try {
    await setLanguage(lang);
  } catch {
    await setLanguage(DEFAULT_LANGUAGE);
  }
  try {
    state.session = await api.getSession();
  } catch {
    state.session = null;
  }
  navigate = startRouter(onRoute);
}

start();
