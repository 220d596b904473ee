import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The scaffold writes into a scratch repository root, so the real tree is never touched.
describe('npm run new-element', () => {
  let root;
  const scaffold = (...args) =>
    spawnSync(process.execPath, ['packages/widgets/scaffold/new-element.mjs', ...args, '--root', root], {
      encoding: 'utf8',
    });

  beforeEach(() => {
    root = mkdtempSync(join(tmpdir(), 'cc-scaffold-'));
    mkdirSync(join(root, 'packages/widgets/src'), { recursive: true });
    writeFileSync(join(root, 'packages/widgets/src/index.ts'), "export { VERSION } from './version.js';\n");
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('creates class, styles, test, define file and story with consistent names', () => {
    const result = scaffold('invoice-list');
    expect(result.status, result.stderr).to.equal(0);
    const dir = join(root, 'packages/widgets/src/invoice-list');
    const element = readFileSync(join(dir, 'invoice-list.ts'), 'utf8');
    expect(element).to.contain('export class CcInvoiceList extends LitElement');
    expect(element).to.contain('@tag cc-invoice-list');
    expect(readFileSync(join(dir, 'invoice-list.styles.ts'), 'utf8')).to.contain('--cc-invoice-list-color');
    expect(readFileSync(join(dir, 'invoice-list.test.ts'), 'utf8')).to.contain('to.be.accessible()');
    expect(readFileSync(join(dir, 'define.ts'), 'utf8')).to.contain("defineElement('cc-invoice-list', CcInvoiceList)");
    expect(readFileSync(join(root, 'stories/invoice-list.stories.ts'), 'utf8')).to.contain(
      "import '@customer-center/widgets/invoice-list'",
    );
    expect(readFileSync(join(root, 'packages/widgets/src/index.ts'), 'utf8')).to.contain(
      "export { CcInvoiceList } from './invoice-list/define.js';",
    );
  });

  it('accepts the cc- prefix and refuses names that are not kebab-case', () => {
    expect(scaffold('cc-pay-button').status).to.equal(0);
    expect(existsSync(join(root, 'packages/widgets/src/pay-button/pay-button.ts'))).to.equal(true);
    const bad = scaffold('PayButton');
    expect(bad.status).to.equal(1);
    expect(bad.stderr).to.contain('kebab-case');
  });

  it('never overwrites an existing element', () => {
    expect(scaffold('rewards-redeem').status).to.equal(0);
    const again = scaffold('rewards-redeem');
    expect(again.status).to.equal(1);
    expect(again.stderr).to.contain('exists already');
  });
});
