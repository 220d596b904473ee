import { expect } from 'chai';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// Runs the real size script on a file of known size with budgets on either side of it.
describe('npm run size', () => {
  let dir;
  const runWithBudget = (maxGzipBytes, widgets = null) => {
    const config = join(dir, 'budget.json');
    writeFileSync(
      config,
      JSON.stringify({ files: [{ name: 'fixture', path: join(dir, 'bundle.js'), maxGzipBytes }], widgets }),
    );
    return spawnSync(process.execPath, ['.ci/size.mjs', '--config', config], { encoding: 'utf8' });
  };

  before(() => {
    dir = mkdtempSync(join(tmpdir(), 'cc-size-'));
    // Incompressible enough that gzip cannot shrink it below 1,000 bytes.
    const text = Array.from({ length: 400 }, (_, i) => `v${(i * 7919) % 10007}`).join(';');
    writeFileSync(join(dir, 'bundle.js'), text);
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('fails, naming the bundle, when a budget is exceeded', () => {
    const result = runWithBudget(100);
    expect(result.status).to.equal(1);
    expect(result.stdout).to.match(/fixture\s+\S+ kB\s+\S+ kB\s+0\.1 kB\s+OVER BUDGET by \d+ bytes/);
    expect(result.stderr).to.contain('1 bundle(s) over budget');
  });

  it('passes and prints min and min+gzip figures within budget', () => {
    const result = runWithBudget(1_000_000);
    expect(result.status, result.stderr).to.equal(0);
    expect(result.stdout).to.match(/fixture\s+\d+\.\d kB\s+\d+\.\d kB\s+1000\.0 kB\s+ok/);
  });

  it('bundles each widget alone and checks it against the widget budget', function () {
    // One bundle per widget, each with lit and the SDK: seconds each on a small machine.
    this.timeout(120_000);
    const result = runWithBudget(1_000_000, { defaultMaxGzipBytes: 10, overrides: {} });
    expect(result.status).to.equal(1);
    expect(result.stdout).to.match(/cc-money imported alone\s+\d+\.\d kB\s+\d+\.\d kB\s+0\.0 kB\s+OVER BUDGET/);
  });

  it('reports the entry plus its on-demand chunks, and fails when they pass their own budget', () => {
    const chunks = join(dir, 'chunks');
    mkdirSync(chunks, { recursive: true });
    writeFileSync(join(chunks, 'dialog.js'), readFileSync(join(dir, 'bundle.js')));
    const config = join(dir, 'budget-chunks.json');
    const write = (maxTotalGzipBytes) =>
      writeFileSync(
        config,
        JSON.stringify({
          files: [
            {
              name: 'fixture',
              path: join(dir, 'bundle.js'),
              maxGzipBytes: 1_000_000,
              chunksDir: chunks,
              maxTotalGzipBytes,
            },
          ],
        }),
      );
    const run = () => spawnSync(process.execPath, ['.ci/size.mjs', '--config', config], { encoding: 'utf8' });
    write(1_000_000);
    const within = run();
    expect(within.status, within.stderr).to.equal(0);
    const [entryGzip, totalGzip] = [...within.stdout.matchAll(/fixture.*?\s+\S+ kB\s+(\S+) kB/g)].map((m) =>
      Number(m[1]),
    );
    expect(within.stdout).to.match(/fixture \+ on demand \(1 chunk\)/);
    expect(totalGzip).to.be.closeTo(entryGzip * 2, 0.11);
    write(entryGzip * 1000 + 1);
    const over = run();
    expect(over.status).to.equal(1);
    expect(over.stdout).to.match(/fixture \+ on demand \(1 chunk\).*OVER BUDGET/);
  });

  it('refuses to report on a file that was not built', () => {
    const result = spawnSync(process.execPath, ['.ci/size.mjs', '--config', join(dir, 'missing.json')], {
      encoding: 'utf8',
    });
    expect(result.status).to.not.equal(0);
  });
});
