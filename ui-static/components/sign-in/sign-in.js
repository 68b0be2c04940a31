// Sign-in form for staff. Emits `sign-in` {username, password}; the owner answers by setting data
// with `problem` (an API ProblemError) or `busy`.

import { Component, define } from '../../lib/component.js';
import { fieldErrors } from '../../lib/api.js';
import { addError, errorSummary, field } from '../../lib/forms.js';
import { html } from '../../lib/html.js';

const PREFIX = 'signin';

/** Markup for {t, problem, errors, busy, values, session}. */
export function signInTemplate({ t, problem, errors, busy, values = {}, session }) {
  const labels = { username: t('signin.username'), password: t('signin.password') };
  return html`
    <h1 tabindex="-1">${t('signin.heading')}</h1>
    ${session ? html`<p>${t('session.signedInAs', { username: session.username })}</p>` : ''}
    <p>${t('signin.intro')}</p>
    ${errorSummary({ t, prefix: PREFIX, problem, errors, labels })}
    <form class="sign-in__form" novalidate>
      ${field({
        prefix: PREFIX,
        name: 'username',
        label: labels.username,
        value: values.username ?? '',
        errors,
        required: true,
        attrs: { autocomplete: 'username' },
      })}
      ${field({
        prefix: PREFIX,
        name: 'password',
        label: labels.password,
        type: 'password',
        errors,
        required: true,
        attrs: { autocomplete: 'current-password' },
      })}
      <button type="submit" ${busy ? html`disabled` : ''}>${busy ? t('signin.busy') : t('signin.submit')}</button>
    </form>
  `;
}

/** The `<sign-in>` element. */
export class SignIn extends Component {
  constructor() {
    super();
    this.addEventListener('submit', (event) => {
      event.preventDefault();
      const form = event.target;
      const username = form.elements.username.value.trim();
      const password = form.elements.password.value;
      const errors = new Map();
      const t = this.data.t;
      if (!username) {
        addError(errors, 'username', t('signin.usernameRequired'));
      }
      if (!password) {
        addError(errors, 'password', t('signin.passwordRequired'));
      }
      if (errors.size) {
        this.data = { ...this.data, problem: null, errors, values: { username } };
        return;
      }
      this.emit('sign-in', { username, password });
    });
  }

  template(data) {
    const errors = data.errors ?? (data.problem ? fieldErrors(data.problem) : new Map());
    return signInTemplate({ ...data, errors });
  }

  rendered(data) {
    if (data.problem || data.errors?.size) {
      this.querySelector('.error-summary')?.focus();
    }
  }
}

define('sign-in', SignIn);
