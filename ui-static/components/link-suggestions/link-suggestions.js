// Clause-link suggestions on the triage screen: each paragraph of the memorandum with the provisions it names
// ("clause 5(2)") or resembles, from GET /api/memoranda/{reference}/link-suggestions. The clerk confirms a link by
// choosing it for a proposal; emits `link-suggestion` {index, eId}. Loads after the screen has rendered; a failure
// leaves the triage form as it is.

import { createApi } from '../../lib/api.js';
import { Component, define } from '../../lib/component.js';
import { html } from '../../lib/html.js';

const EXCERPT = 240;

/** Markup for {t, suggestions (null while loading), failed, proposals, options}. */
export function linkSuggestionsTemplate({ t, suggestions, failed, proposals, options }) {
  const label = (eId) => options.find((option) => option.eId === eId)?.label ?? eId;
  return html`<section class="link-suggestions" aria-labelledby="link-suggestions-title">
    <h3 id="link-suggestions-title">${t('links.heading')}</h3>
    <p class="field__hint">${t('links.intro')}</p>
    ${failed
      ? html`<p>${t('links.failed')}</p>`
      : suggestions === null
        ? html`<p>${t('status.loading')}</p>`
        : suggestions.length === 0
          ? html`<p>${t('links.none')}</p>`
          : html`<ol class="link-suggestions__paragraphs">
              ${suggestions.map(
                (paragraph) => html`<li>
                  <p class="link-suggestions__excerpt">
                    <span class="link-suggestions__number">${t('links.paragraph', { number: paragraph.paragraph + 1 })}:</span>
                    ${paragraph.text.length > EXCERPT ? `${paragraph.text.slice(0, EXCERPT)}…` : paragraph.text}
                  </p>
                  <ul class="link-suggestions__list">
                    ${paragraph.suggestions.map(
                      (suggestion) => html`<li>
                        <strong>${label(suggestion.eId)}</strong>
                        <span class="link-suggestions__basis">${suggestion.basis === 'REFERENCE'
                          ? t('links.REFERENCE', { evidence: suggestion.evidence ?? '' })
                          : t('links.SIMILARITY', { score: Math.round((suggestion.score ?? 0) * 100) })}</span>
                        ${proposals.map(
                          (proposal, index) => html`<button type="button" class="button--secondary link-suggestions__use"
                            data-index="${index}" data-eid="${suggestion.eId}"
                            >${t('links.use', { number: index + 1, name: label(suggestion.eId) })}</button
                          >`,
                        )}
                      </li>`,
                    )}
                  </ul>
                </li>`,
              )}
            </ol>`}
  </section>`;
}

/** The `<link-suggestions>` element: data {t, reference, proposals, options}. */
export class LinkSuggestions extends Component {
  #api = createApi();
  #for = null;
  #suggestions = null;
  #failed = false;

  constructor() {
    super();
    this.addEventListener('click', (event) => {
      const button = event.target instanceof Element ? event.target.closest('.link-suggestions__use') : null;
      if (button) {
        this.emit('link-suggestion', { index: Number(button.dataset.index), eId: button.dataset.eid });
      }
    });
  }

  template(data) {
    return linkSuggestionsTemplate({
      t: data.t,
      suggestions: this.#suggestions,
      failed: this.#failed,
      proposals: data.proposals ?? [],
      options: data.options ?? [],
    });
  }

  rendered(data) {
    if (data.reference && data.reference !== this.#for) {
      this.#for = data.reference;
      this.#suggestions = null;
      this.#failed = false;
      this.#load(data.reference);
    }
  }

  async #load(reference) {
    try {
      const answer = await this.#api.request('GET', `/api/memoranda/${encodeURIComponent(reference)}/link-suggestions`);
      if (reference === this.#for) {
        this.#suggestions = Array.isArray(answer) ? answer : [];
      }
    } catch {
      if (reference === this.#for) {
        this.#failed = true;
      }
    }
    if (reference === this.#for && this.isConnected) {
      this.update();
    }
  }
}

define('link-suggestions', LinkSuggestions);
