/**
 * The browser side of `npm run bench:list` (run.mjs drives it; docs/benchmarks.md explains it).
 *
 * One page load = one sample of one subject: `?subject=invoice-list|virtualizer|grid&rows=…`.
 * The page loads only that subject's code, prepares its data (warms the SDK client's cache, or
 * holds every invoice in memory), and `window.bench.run()` then times inserting the subject
 * into the 1200×800 stage until the first frame painted with its rows.
 */
import type { Mounted, Prepare, Setup } from './shared.js';

/** One timed render. */
export interface Sample {
  /** From just before the element is inserted to just after the first frame painted with its rows. */
  readonly ms: number;
  /** Frames painted until then (1: the first frame after the insertion already showed them). */
  readonly frames: number;
  /** Rows in view in that frame. */
  readonly rowsInView: number;
  /** Requests sent during the timed part: must be 0, the data was cached. */
  readonly requests: number;
}

declare global {
  interface Window {
    bench: { readonly ready: Promise<void>; run(): Promise<Sample> };
    /** Chromium with `--js-flags=--expose-gc`. */
    gc?: () => void;
  }
}

const SUBJECTS: Readonly<Record<string, () => Promise<{ prepare: Prepare }>>> = {
  'invoice-list': () => import('./subjects/invoice-list.js'),
  virtualizer: () => import('./subjects/virtualizer.js'),
  grid: () => import('./subjects/grid.js'),
};

const TIMEOUT_MS = 15_000;

const query = new URLSearchParams(location.search);
const subjectName = query.get('subject') ?? '';
const rows = Number(query.get('rows'));
/** The first invoice's number: the first row each subject shows, to check that they show the same rows. */
const firstNumber = query.get('first') ?? '';
const setup: Setup = {
  rows,
  pageSize: Number(query.get('pageSize') ?? 25),
  apiBase: `/api/${rows}/`,
  token: query.get('token') ?? '',
  dataUrl: `/data/${rows}.json`,
};

/**
 * Resolves just after the next frame is painted: a task posted from requestAnimationFrame runs
 * once that frame's style, layout and paint are done.
 */
function afterNextPaint(): Promise<number> {
  return new Promise((resolve) => {
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => resolve(performance.now());
      channel.port2.postMessage(undefined);
    });
  });
}

/**
 * Whether the rows, as just painted, fill the viewport: the first invoice first, then rows
 * edge to edge (a virtualizer that has not measured its rows yet leaves gaps or overlaps),
 * each with all its text, down to the viewport's bottom or the last row.
 */
function rowsInView(mounted: Mounted): number | undefined {
  const viewport = mounted.viewport();
  const visible = mounted
    .rows()
    .filter(({ box }) => box.height > 0 && box.bottom > viewport.top && box.top < viewport.bottom)
    .sort((a, b) => a.box.top - b.box.top);
  const [first] = visible;
  if (!first || !first.text.includes(firstNumber)) return undefined;
  let edge = first.box.bottom;
  for (const row of visible.slice(1)) {
    if (Math.abs(row.box.top - edge) > 1 || row.text.trim() === '') return undefined;
    edge = row.box.bottom;
  }
  return edge >= viewport.bottom - 1 || visible.length === mounted.total ? visible.length : undefined;
}

async function prepare() {
  const load = SUBJECTS[subjectName];
  if (!load || !Number.isInteger(rows) || rows <= 0) throw new Error(`Unknown subject or rows: ${location.search}`);
  return (await load()).prepare(setup);
}

const prepared = prepare();

window.bench = {
  ready: prepared.then(() => undefined),
  async run(): Promise<Sample> {
    const subject = await prepared;
    const stage = document.getElementById('stage')!;
    // Start from a quiet page: no garbage from loading the data, no frame pending.
    window.gc?.();
    await afterNextPaint();
    await afterNextPaint();
    const requestsBefore = subject.requests();

    // The marks show the timed part in a DevTools performance trace.
    const start = performance.mark('bench:start').startTime;
    const mounted = subject.mount(stage);
    for (let frames = 1; ; frames += 1) {
      const painted = await afterNextPaint();
      const inView = rowsInView(mounted);
      if (inView !== undefined) {
        performance.mark('bench:end');
        return { ms: painted - start, frames, rowsInView: inView, requests: subject.requests() - requestsBefore };
      }
      if (painted - start > TIMEOUT_MS) {
        throw new Error(`${subjectName} showed no complete rows in ${TIMEOUT_MS} ms: ${mounted.describe()}`);
      }
    }
  },
};
