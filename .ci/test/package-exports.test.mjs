import { expect } from 'chai';
import { readFileSync } from 'node:fs';

// TypeScript and bundlers take the first matching condition in an exports entry. Inside
// this repository the source condition must win over `types`, or a stale dist/ typing
// silently hides new exports from the typecheck.
function entries(exportsMap) {
  return Object.entries(exportsMap).flatMap(([subpath, target]) =>
    typeof target === 'object' && target !== null
      ? [
          [subpath, target],
          ...entries(Object.fromEntries(Object.entries(target).filter(([, v]) => typeof v === 'object'))),
        ]
      : [],
  );
}

describe('package exports', () => {
  for (const name of ['sdk', 'mock-api', 'widgets']) {
    const manifest = JSON.parse(readFileSync(`packages/${name}/package.json`, 'utf8'));

    it(`@customer-center/${name}: ESM, side effects declared, source condition before types`, () => {
      expect(manifest.type).to.equal('module');
      expect(manifest).to.have.property('sideEffects');
      for (const [subpath, target] of entries(manifest.exports)) {
        const keys = Object.keys(target);
        if (!keys.includes('default')) continue;
        // Environment conditions (`browser`) may come before it; `types` and `default` may not.
        const source = keys.indexOf('@customer-center/source');
        expect(source, `${name} ${subpath} has a source condition`).to.be.at.least(0);
        expect(source, `${name} ${subpath}: source before types`).to.be.below(keys.indexOf('types'));
        expect(keys.at(-1), `${name} ${subpath}`).to.equal('default');
      }
    });
  }
});
