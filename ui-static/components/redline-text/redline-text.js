// A redline built from the API's diff operations (never from its pre-rendered HTML): inserted text in <ins>,
// deleted text in <del>, each announced to screen readers by visually hidden words, since colour and line styles
// are not read out.

import { Component, define } from '../../lib/component.js';
import { html } from '../../lib/html.js';
import { redlineSegments } from '../../lib/changes.js';

function segmentTemplate(t, segment) {
  // One line each: the redline keeps the text's line breaks (white-space: pre-line), so markup must add none.
  switch (segment.kind) {
    case 'INSERT':
      return html`<ins class="redline__ins"><span class="visually-hidden">${t('redline.insertedStart')} </span>${segment.text}<span class="visually-hidden"> ${t('redline.insertedEnd')}</span></ins>`;
    case 'DELETE':
      return html`<del class="redline__del"><span class="visually-hidden">${t('redline.deletedStart')} </span>${segment.text}<span class="visually-hidden"> ${t('redline.deletedEnd')}</span></del>`;
    default:
      return segment.text;
  }
}

/** Markup of one redline: `side` is 'inline' (both), 'old' (as it was) or 'new' (as it is). */
export function redlineTemplate(t, operations, side = 'inline') {
  const segments = redlineSegments(operations, side);
  return html`<p class="redline redline--${side}">${segments.map((segment) => segmentTemplate(t, segment))}</p>`;
}

/** The `<redline-text>` element, for {t, operations, side}. */
export class RedlineText extends Component {
  template({ t, operations, side }) {
    return redlineTemplate(t, operations, side);
  }
}

define('redline-text', RedlineText);
