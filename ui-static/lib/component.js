// Base class for the UI's custom elements: data comes down through the `data` property, actions go
// up as bubbling CustomEvents. Markup is produced by `template(data)` (an html template result).

import { render } from './html.js';

/** A light-DOM custom element that re-renders whenever its `data` is replaced. */
export class Component extends HTMLElement {
  #data = null;

  get data() {
    return this.#data;
  }

  set data(value) {
    this.#data = value;
    if (this.isConnected) {
      this.update();
    }
  }

  connectedCallback() {
    if (this.#data !== null) {
      this.update();
    }
  }

  update() {
    render(this.template(this.#data), this);
    this.rendered?.(this.#data);
  }

  /** Sends an action to whoever owns this component. */
  emit(name, detail) {
    this.dispatchEvent(new CustomEvent(name, { detail, bubbles: true, composed: true }));
  }
}

/** Registers a custom element once (modules may be imported more than once in tests). */
export function define(name, constructor) {
  if (!customElements.get(name)) {
    customElements.define(name, constructor);
  }
}
