import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { LitElement } from 'lit';
import { property } from 'lit/decorators.js';
import { defineOnFirstUse, loadElement } from './define-on-first-use.js';

// Each test uses its own tags: custom element definitions cannot be undone.
let counter = 0;
const freshTag = () => `cc-lazy-test-${(counter += 1)}`;

class Lazy extends LitElement {
  @property({ attribute: false }) data?: string;
}

describe('defineOnFirstUse', () => {
  it('loads nothing until the tag appears, then defines it once, however many copies appear', async () => {
    const tag = freshTag();
    let loads = 0;
    defineOnFirstUse({
      [tag]: () => {
        loads += 1;
        customElements.define(tag, class extends Lazy {});
        return Promise.resolve();
      },
    });
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(loads).to.equal(0);
    const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
    // Deep in an inserted subtree, twice.
    wrapper.innerHTML = `<section><p><${tag}></${tag}><${tag}></${tag}></p></section>`;
    await customElements.whenDefined(tag);
    expect(loads).to.equal(1);
    expect(wrapper.querySelector(tag) instanceof Lazy).to.equal(true);
  });

  it('keeps a property a host set before the element was defined', async () => {
    const tag = freshTag();
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    defineOnFirstUse({
      [tag]: async () => {
        await gate;
        customElements.define(tag, class extends Lazy {});
      },
    });
    const element = document.createElement(tag) as Lazy;
    element.data = 'set early';
    document.body.append(element);
    release();
    await customElements.whenDefined(tag);
    expect(element instanceof Lazy).to.equal(true);
    // Lit puts the early value back on the element's first update.
    await element.updateComplete;
    expect(element.data).to.equal('set early');
    element.remove();
  });

  it('loadElement defines a tag the document cannot see (inside a host’s own shadow root)', async () => {
    const tag = freshTag();
    defineOnFirstUse({ [tag]: () => Promise.resolve(customElements.define(tag, class extends Lazy {})) });
    const host = await fixture<HTMLDivElement>(html`<div></div>`);
    const shadow = host.attachShadow({ mode: 'open' });
    shadow.innerHTML = `<${tag}></${tag}>`;
    await new Promise((resolve) => setTimeout(resolve, 20));
    expect(customElements.get(tag)).to.equal(undefined);
    await loadElement(tag);
    expect(shadow.querySelector(tag) instanceof Lazy).to.equal(true);
  });

  it('tries again on the next sighting after a failed download', async () => {
    const tag = freshTag();
    let attempts = 0;
    const errors: unknown[] = [];
    const originalError = console.error;
    console.error = (...args: unknown[]) => errors.push(args);
    try {
      defineOnFirstUse({
        [tag]: () => {
          attempts += 1;
          if (attempts === 1) return Promise.reject(new TypeError('Failed to fetch'));
          customElements.define(tag, class extends Lazy {});
          return Promise.resolve();
        },
      });
      const wrapper = await fixture<HTMLDivElement>(html`<div></div>`);
      wrapper.append(document.createElement(tag));
      await waitUntil(() => errors.length === 1, 'the failure is reported');
      wrapper.append(document.createElement(tag));
      await customElements.whenDefined(tag);
      expect(attempts).to.equal(2);
    } finally {
      console.error = originalError;
    }
  });
});
