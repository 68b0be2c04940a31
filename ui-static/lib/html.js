// The only way markup reaches the DOM: an `html` tagged template that escapes every interpolated
// value unless that value is itself a template result (already safe by construction).

const ESCAPES = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
  '`': '&#96;',
  '=': '&#61;',
  '\u0000': '\uFFFD',
};
const ESCAPE_PATTERN = /[&<>"'`=\u0000]/g;

// URL-valued attributes are checked in addition to being escaped: escaping alone would still let
// `javascript:` through an href. The capture is the part of the value already written.
const URL_ATTRIBUTE =
  /\s(?:href|src|action|formaction|xlink:href|poster|cite|data)\s*=\s*(?:"([^"]*)|'([^']*)|([^"'\s>]*))$/i;
// Script-valued attributes cannot be made safe by escaping, so interpolating into them is refused.
const SCRIPT_ATTRIBUTE = /\s(?:on[a-z]+|style|srcdoc)\s*=\s*(?:"[^"]*|'[^']*|[^"'\s>]*)$/i;
const SAFE_URL = /^(?:[^:/?#]*(?:[/?#]|$)|(?:https?|mailto|tel):)/i;

/** Escapes text for use in element content and quoted attribute values. */
export function escapeHtml(value) {
  return String(value).replace(ESCAPE_PATTERN, (ch) => ESCAPES[ch]);
}

/** Returns the URL if it is relative or uses http(s), mailto or tel; otherwise a harmless '#'. */
export function safeUrl(value) {
  // Browsers ignore tabs, newlines and leading controls/spaces when parsing a scheme.
  const url = String(value).replace(/[\u0000-\u0020\u007f]/g, '');
  return SAFE_URL.test(url) ? String(value) : '#';
}

/** An immutable piece of markup whose interpolations have been escaped. */
export class TemplateResult {
  #markup;

  constructor(markup) {
    this.#markup = markup;
    Object.freeze(this);
  }

  toString() {
    return this.#markup;
  }
}

function renderValue(value, urlPrefix) {
  if (value === null || value === undefined || value === false) {
    return '';
  }
  if (value instanceof TemplateResult) {
    return value.toString();
  }
  if (Array.isArray(value)) {
    return value.map((item) => renderValue(item, urlPrefix)).join('');
  }
  const text = String(value);
  if (urlPrefix !== null && safeUrl(urlPrefix + text) === '#') {
    return '#';
  }
  return escapeHtml(text);
}

/** Tagged template: html`<p>${text}</p>` yields a TemplateResult with `text` escaped. */
export function html(strings, ...values) {
  if (!Array.isArray(strings) || !Array.isArray(strings.raw)) {
    throw new TypeError('html must be used as a tagged template');
  }
  let markup = strings[0];
  for (let i = 0; i < values.length; i += 1) {
    if (SCRIPT_ATTRIBUTE.test(markup)) {
      throw new TypeError('html refuses interpolation into event handler, style or srcdoc attributes');
    }
    const url = URL_ATTRIBUTE.exec(markup);
    markup += renderValue(values[i], url ? (url[1] ?? url[2] ?? url[3]) : null) + strings[i + 1];
  }
  return new TemplateResult(markup);
}

/** Replaces the children of `container` with the markup of a template result (and nothing else). */
export function render(result, container) {
  if (!(result instanceof TemplateResult)) {
    throw new TypeError('render accepts only html template results');
  }
  container.innerHTML = result.toString();
}
