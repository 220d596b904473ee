import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineElement, VERSION } from '@customer-center/widgets';

describe('defineElement', () => {
  it('keeps the first class when a second copy of the bundle registers the same tag', () => {
    class First extends LitElement {
      static readonly ccVersion = VERSION;
    }
    class SecondCopy extends LitElement {
      static readonly ccVersion = VERSION;
    }
    defineElement('cc-test-twice', First);
    expect(() => defineElement('cc-test-twice', SecondCopy)).not.to.throw();
    expect(customElements.get('cc-test-twice')).to.equal(First);
  });

  it('warns when the second copy is another version', () => {
    const warnings: string[] = [];
    const original = console.warn;
    console.warn = (message: string) => warnings.push(message);
    try {
      class Old extends LitElement {
        static readonly ccVersion = '0.0.1';
      }
      class Current extends LitElement {}
      defineElement('cc-test-versions', Old);
      defineElement('cc-test-versions', Current);
    } finally {
      console.warn = original;
    }
    expect(warnings).to.have.length(1);
    expect(warnings[0]).to.contain('0.0.1').and.to.contain(VERSION);
  });

  it('reports the version in package.json', async () => {
    // The test server serves the repository, so the manifest is one fetch away.
    const packageJson = (await (await fetch('/packages/widgets/package.json')).json()) as { version: string };
    expect(VERSION).to.equal(packageJson.version);
  });
});
