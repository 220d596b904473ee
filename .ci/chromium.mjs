// The headless Chromium the browser tests and the benchmarks launch: Debian's, or CHROME_PATH
// (see .ci/ensure-chromium.sh and decision 0003), with flags that keep it quiet offline.
export const chromiumPath = process.env.CHROME_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--no-default-browser-check',
];
