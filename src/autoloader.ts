// The standalone bundle's loader: each `kayse-*` tag's code is its own chunk, imported when
// the tag first appears in the document, so a page pays for the elements it shows. Elements
// that render others (the settings element's sections) load those themselves.

/** Each public tag and the module that registers it. */
export const TAG_MODULES: Readonly<Record<string, () => Promise<unknown>>> = {
  'kayse-billing-provider': () => import('./elements/billing-provider/define.js'),
  'kayse-usage-summary': () => import('./elements/usage-summary/define.js'),
  'kayse-report-picker': () => import('./elements/report-picker/define.js'),
  'kayse-billing-preferences': () => import('./elements/billing-preferences/define.js'),
  'kayse-spending-cap': () => import('./elements/spending-cap/define.js'),
  'kayse-alert-recipients': () => import('./elements/alert-recipients/define.js'),
  'kayse-scheduled-emails': () => import('./elements/scheduled-emails/define.js'),
  'kayse-wallet': () => import('./elements/wallet/define.js'),
  'kayse-billing-settings': () => import('./elements/billing-settings/define.js'),
};

// core/load-once.ts does this for the other lazy loads; the loader imports nothing, since each
// module it imports is one more request before any element can load (measured: +0.2 KB a page).
const requested = new Map<string, Promise<void>>();

/** Imports the module of `tag` once (again after a failure); resolves when the tag is defined. */
export function loadTag(tag: string): Promise<void> {
  const load = TAG_MODULES[tag];
  if (!load || customElements.get(tag)) return Promise.resolve();
  let pending = requested.get(tag);
  if (!pending) {
    pending = load().then(
      () => undefined,
      (error: unknown) => {
        // A network blip should not leave the tag dead: the next sighting asks again.
        requested.delete(tag);
        throw error;
      },
    );
    requested.set(tag, pending);
  }
  return pending;
}

/** Loads every undefined `kayse-*` element in `root` (and `root` itself). */
export function discover(root: Element | Document | DocumentFragment): void {
  const found = new Set<string>();
  if (root instanceof Element && !root.matches(':defined')) found.add(root.localName);
  for (const element of root.querySelectorAll(':not(:defined)')) found.add(element.localName);
  for (const tag of found) {
    if (tag.startsWith('kayse-')) loadTag(tag).catch((error: unknown) => console.error(`Kayse billing elements: could not load <${tag}>.`, error));
  }
}

const watched = new WeakSet<Node>();

/** Loads what `root` holds now and whatever is added to it later; watching one root twice does nothing. */
export function startAutoloader(root: Element | Document | DocumentFragment = document): void {
  if (watched.has(root)) return;
  watched.add(root);
  discover(root);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) if (node instanceof Element) discover(node);
    }
  }).observe(root, { childList: true, subtree: true });
}

/** Loads every element now, for a page that wants no lazy loading; resolves when all are defined. */
export async function preloadAll(): Promise<void> {
  await Promise.all(Object.keys(TAG_MODULES).map((tag) => loadTag(tag)));
}
