// Site header: brand, main navigation, language switch and sign-in state.
// Emits `language-change` {lang}, `sign-out` and `site-search` {q}.

import { Component, define } from '../../lib/component.js';
import { html } from '../../lib/html.js';

const LANGUAGE_NAMES = { en: 'English', sw: 'Kiswahili' };
const STAFF_WRITERS = ['CLERK', 'ADMIN'];
const TASK_ROLES = ['CLERK', 'COMMITTEE', 'ADMIN'];

/** The header's markup for a translator, the current route name and the session (or null). */
export function headerTemplate({ t, route, session }) {
  const other = t.lang === 'sw' ? 'en' : 'sw';
  const canRegister = (session?.roles ?? []).some((role) => STAFF_WRITERS.includes(role));
  const hasTasks = (session?.roles ?? []).some((role) => TASK_ROLES.includes(role));
  return html`
    <div class="site-header__bar">
      <a class="site-header__brand" href="/">Maoni</a>
      <span class="site-header__tagline">${t('site.tagline')}</span>
    </div>
    <div class="site-header__row">
      <nav class="site-header__nav" aria-label="${t('nav.label')}">
        <ul>
          <li><a href="/" aria-current="${route === 'home' ? 'page' : 'false'}">${t('nav.bills')}</a></li>
          ${canRegister
            ? html`<li>
                <a href="/bills/new" aria-current="${route === 'register' ? 'page' : 'false'}">${t('nav.register')}</a>
              </li>`
            : ''}
          <li>
            <a href="/memoranda/new" aria-current="${route === 'openCalls' || route === 'submit' ? 'page' : 'false'}"
              >${t('nav.submitMemorandum')}</a
            >
          </li>
          <li>
            <a href="/memoranda/status" aria-current="${route === 'memoStatus' ? 'page' : 'false'}">${t('nav.checkMemorandum')}</a>
          </li>
          ${hasTasks
            ? html`<li><a href="/tasks" aria-current="${route === 'tasks' ? 'page' : 'false'}">${t('nav.tasks')}</a></li>`
            : ''}
        </ul>
      </nav>
      <form class="site-header__search" role="search" action="/search" method="get" aria-label="${t('search.siteLabel')}">
        <label for="site-search-q" class="visually-hidden">${t('search.label')}</label>
        <input id="site-search-q" name="q" type="search" maxlength="1000" placeholder="${t('search.placeholder')}" />
        <button type="submit">${t('search.submit')}</button>
      </form>
      <div class="site-header__tools">
        <button type="button" class="site-header__lang" data-lang="${other}">
          <span class="visually-hidden">${t('language.switch')}: </span><span lang="${other}">${LANGUAGE_NAMES[other]}</span>
        </button>
        ${session
          ? html`<span class="site-header__user">${t('session.signedInAs', { username: session.username })}</span>
              <button type="button" class="site-header__signout" data-action="sign-out">${t('session.signOut')}</button>`
          : html`<a class="site-header__signin" href="/signin" aria-current="${route === 'signin' ? 'page' : 'false'}"
              >${t('session.signIn')}</a
            >`}
      </div>
    </div>
  `;
}

/** The `<site-header>` element. */
export class SiteHeader extends Component {
  constructor() {
    super();
    this.addEventListener('submit', (event) => {
      if (!(event.target instanceof HTMLFormElement) || !event.target.classList.contains('site-header__search')) {
        return;
      }
      event.preventDefault();
      const input = event.target.elements.q;
      this.emit('site-search', { q: input.value.trim() });
      input.value = '';
    });
    this.addEventListener('click', (event) => {
      const target = event.target instanceof Element ? event.target.closest('button') : null;
      if (!target) {
        return;
      }
      if (target.dataset.lang) {
        this.emit('language-change', { lang: target.dataset.lang });
      } else if (target.dataset.action === 'sign-out') {
        this.emit('sign-out');
      }
    });
  }

  template(data) {
    return headerTemplate(data);
  }
}

define('site-header', SiteHeader);
