// Shared form markup: an error summary linking to fields, and fields with their own error text.

import { html } from './html.js';

/** Field id used for a form field name within a form (`prefix-name`). */
export function fieldId(prefix, name) {
  return `${prefix}-${name}`;
}

/**
 * Error summary for a problem: its title/detail plus one link per field error. `labels` maps field
 * names to their visible labels; errors for unknown fields are listed as plain text.
 */
export function errorSummary({ t, prefix, problem, errors, labels }) {
  if (!problem && (!errors || errors.size === 0)) {
    return '';
  }
  const items = [];
  for (const [field, messages] of errors ?? new Map()) {
    for (const message of messages) {
      items.push(
        field && labels[field]
          ? html`<li><a href="#${fieldId(prefix, field)}">${labels[field]}: ${message}</a></li>`
          : html`<li>${field ? `${field}: ` : ''}${message}</li>`,
      );
    }
  }
  return html`<div class="error-summary" role="alert" tabindex="-1" aria-labelledby="${prefix}-error-title">
    <h2 id="${prefix}-error-title" class="error-summary__title">${t('form.errorTitle')}</h2>
    ${problem?.detail ? html`<p>${problem.detail}</p>` : problem?.title ? html`<p>${problem.title}</p>` : ''}
    ${items.length ? html`<ul>${items}</ul>` : ''}
  </div>`;
}

/** A labelled input with hint and error text wired up through aria-describedby. */
export function field({ prefix, name, label, type = 'text', value = '', errors, hint, required = false, attrs = {} }) {
  const id = fieldId(prefix, name);
  const messages = errors?.get(name) ?? [];
  const describedBy = [hint ? `${id}-hint` : '', messages.length ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field ${messages.length ? 'field--error' : ''}">
    <label for="${id}">${label}${required ? html` <span class="field__required">*</span>` : ''}</label>
    ${hint ? html`<p class="field__hint" id="${id}-hint">${hint}</p>` : ''}
    ${messages.length ? html`<p class="field__error" id="${id}-error">${messages.join(' ')}</p>` : ''}
    <input
      id="${id}"
      name="${name}"
      type="${type}"
      value="${type === 'file' || type === 'password' ? '' : value}"
      autocomplete="${attrs.autocomplete ?? 'off'}"
      ${attrs.accept ? html`accept="${attrs.accept}"` : ''}
      ${attrs.inputmode ? html`inputmode="${attrs.inputmode}"` : ''}
      ${required ? html`required aria-required="true"` : ''}
      ${describedBy ? html`aria-describedby="${describedBy}"` : ''}
      aria-invalid="${messages.length ? 'true' : 'false'}"
    />
  </div>`;
}

/** Adds a message for `name` to an errors map (client-side checks use the same display as the server's). */
export function addError(errors, name, message) {
  if (!errors.has(name)) {
    errors.set(name, []);
  }
  errors.get(name).push(message);
  return errors;
}

function optionList(options, value) {
  return options.map((option) =>
    option.group
      ? html`<optgroup label="${option.group}">${optionList(option.options, value)}</optgroup>`
      : html`<option value="${option.value}" ${option.value === value ? html`selected` : ''}>${option.label}</option>`,
  );
}

/**
 * A labelled select; `options` holds {value, label} items and {group, options} groups. Errors and hint are wired up
 * as for `field`.
 */
export function selectField({ prefix, name, label, options, value = '', errors, hint }) {
  const id = fieldId(prefix, name);
  const messages = errors?.get(name) ?? [];
  const describedBy = [hint ? `${id}-hint` : '', messages.length ? `${id}-error` : ''].filter(Boolean).join(' ');
  return html`<div class="field ${messages.length ? 'field--error' : ''}">
    <label for="${id}">${label}</label>
    ${hint ? html`<p class="field__hint" id="${id}-hint">${hint}</p>` : ''}
    ${messages.length ? html`<p class="field__error" id="${id}-error">${messages.join(' ')}</p>` : ''}
    <select
      id="${id}"
      name="${name}"
      aria-invalid="${messages.length ? 'true' : 'false'}"
      ${describedBy ? html`aria-describedby="${describedBy}"` : ''}
    >
      ${optionList(options, value)}
    </select>
  </div>`;
}
