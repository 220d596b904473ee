/**
 * Loads an element's module the first time its tag appears in the document, so a page with
 * no build step downloads only the elements it shows (decision 0008). Elements placed before
 * their module loads are upgraded when it does; properties set on them meanwhile are kept
 * (Lit restores them). Hosts that put our elements inside their own shadow roots call
 * `loadElement(tag)` first (the document observer cannot see into shadow roots).
 */
const loaders = new Map<string, () => Promise<unknown>>();
const loading = new Map<string, Promise<void>>();
let observer: MutationObserver | undefined;
let observing = false;

/** Loads the module that defines `tag` now; resolves once the element is defined. */
export function loadElement(tag: string): Promise<void> {
  const started = loading.get(tag);
  if (started) return started;
  const load = loaders.get(tag);
  if (!load || customElements.get(tag)) return customElements.whenDefined(tag).then(() => undefined);
  const promise = load().then(
    () => undefined,
    (error: unknown) => {
      // A failed download (offline, a deploy in between) may succeed on the next sighting.
      loading.delete(tag);
      watch();
      throw error;
    },
  );
  loading.set(tag, promise);
  return promise;
}

function loadSeen(tag: string): void {
  if (loading.has(tag)) return;
  loadElement(tag).catch((error: unknown) => console.error(`Customer Center could not load <${tag}>:`, error));
}

function scan(root: ParentNode): void {
  if (root instanceof Element && loaders.has(root.localName)) loadSeen(root.localName);
  for (const tag of loaders.keys()) if (!loading.has(tag) && root.querySelector(tag)) loadSeen(tag);
  // Every module on its way: nothing left to watch for.
  if (observing && [...loaders.keys()].every((tag) => loading.has(tag))) {
    observer?.disconnect();
    observing = false;
  }
}

/** Watches the document for tags whose module has not been asked for yet. */
function watch(): void {
  if (observing || typeof document === 'undefined') return;
  observer ??= new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) scan(node);
    }
  });
  observer.observe(document.documentElement, { childList: true, subtree: true });
  observing = true;
}

/** Registers loaders, then watches the document for their tags. */
export function defineOnFirstUse(modules: Readonly<Record<string, () => Promise<unknown>>>): void {
  // Outside a browser (server rendering, Node tests) there is nothing to watch.
  if (typeof document === 'undefined') return;
  for (const [tag, load] of Object.entries(modules)) if (!customElements.get(tag)) loaders.set(tag, load);
  watch();
  scan(document);
}
