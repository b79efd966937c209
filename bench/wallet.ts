// Issue 6's figure: a wallet history of 100 000 transactions loaded page by page (pages of
// 100, by pressing "Load more" as a user would), through the real provider, REST client and
// mock backend. At 1 k, 10 k and 100 k rows loaded it reports the rows in the DOM, the DOM
// size, the time to append a page, and the frame times while the list scrolls; all should
// stay flat as the history grows.
//
// Each size's scroll is measured on a freshly rendered list (the wallet re-creates its list
// when its locale changes), because lit-html 3.3.x leaks one empty comment node into the
// list for every row scrolled out of view (lit/lit#5298, `removePart` keeps the end marker),
// and the virtualizer walks those nodes on every layout: frame times grow with how far the
// list has been scrolled, whatever its length. The last figures measure that separately.
import '../src/elements/wallet/define.js';
import type { WalletTransaction } from '../src/api/schemas.js';
import type { KayseWallet } from '../src/elements/wallet/wallet.js';
import { createMockBackend, createMockFetch } from '../src/mock/index.js';
import type { KayseVirtualList } from '../src/ui/kit/virtual-list.js';

type Figures = Record<string, string | number>;

const TOTAL = 100_000;
const PAGE = 100;
const CHECKPOINTS = [1_000, 10_000, 100_000];
const SCROLL_FRAMES = 120;
const SCROLL_STEP_PX = 900;

const frame = () => new Promise<number>((resolve) => requestAnimationFrame(resolve));
const tick = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

async function until(condition: () => boolean, what: string, timeoutMs = 30_000): Promise<void> {
  const started = performance.now();
  while (!condition()) {
    if (performance.now() - started > timeoutMs) throw new Error(`Timed out waiting for ${what}`);
    await tick();
  }
}

const median = (values: readonly number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? 0;
};
const percentile = (values: readonly number[], p: number) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))] ?? 0;
};
const ms = (value: number) => Number(value.toFixed(2));

function parts(wallet: KayseWallet) {
  const root = wallet.shadowRoot!;
  const list = root.querySelector<KayseVirtualList<WalletTransaction>>('kayse-virtual-list');
  return {
    list,
    loadMore: root.querySelector<HTMLButtonElement>('.load-more'),
    busy: root.querySelector('.history-body[aria-busy="true"]') !== null,
    scroller: list?.shadowRoot?.querySelector<HTMLElement>('[role="list"]') ?? null,
    domRows: list?.shadowRoot?.querySelectorAll('[role="listitem"]').length ?? 0,
    // Elements in the wallet's and the list's shadow roots: what a long history could bloat.
    domElements: root.querySelectorAll('*').length + (list?.shadowRoot?.querySelectorAll('*').length ?? 0),
  };
}

/** Empty comment nodes in the list's scroller: lit-html's leaked end markers (and the few live ones). */
const comments = (wallet: KayseWallet) =>
  [...(parts(wallet).scroller?.childNodes ?? [])].filter((node) => node.nodeType === Node.COMMENT_NODE && (node as Comment).data === '').length;

/** Renders the list anew (same rows), dropping nodes leaked by earlier scrolling. */
async function freshList(wallet: KayseWallet): Promise<void> {
  const locale = wallet.locale;
  wallet.locale = 'en-GB';
  await wallet.updateComplete;
  wallet.locale = locale;
  await wallet.updateComplete;
  for (let i = 0; i < 10; i += 1) await frame();
}

/** Frame intervals while the list scrolls by a fixed step each frame, from the middle of what is loaded. */
async function scrollFrames(wallet: KayseWallet): Promise<number[]> {
  const scroller = parts(wallet).scroller!;
  scroller.scrollTop = scroller.scrollHeight / 2;
  for (let i = 0; i < 10; i += 1) await frame();
  const intervals: number[] = [];
  let last = await frame();
  for (let i = 0; i < SCROLL_FRAMES; i += 1) {
    // Down, and back up past the top of what is loaded, so every frame brings rows not seen just before.
    const direction = Math.floor(i / 30) % 2 === 0 ? 1 : -1;
    scroller.scrollTop += direction * SCROLL_STEP_PX;
    const now = await frame();
    intervals.push(now - last);
    last = now;
  }
  return intervals;
}

async function run(): Promise<Figures> {
  const backend = createMockBackend({ today: '2026-11-24', transactionCount: TOTAL });
  const provider = document.createElement('kayse-billing-provider');
  provider.baseUrl = '/api/billing';
  provider.fetch = createMockFetch({ backend });
  const wallet = document.createElement('kayse-wallet');
  wallet.locale = 'en-US';
  wallet.pageSize = PAGE;
  provider.append(wallet);
  document.body.append(provider);

  const started = performance.now();
  await until(() => wallet.matches(':state(ready)') && parts(wallet).list !== null && !parts(wallet).busy, 'the first page');

  const figures: Figures = {};
  const appendTimes: number[] = [];
  for (const checkpoint of CHECKPOINTS) {
    while ((parts(wallet).list?.items.length ?? 0) < checkpoint) {
      const before = parts(wallet).list!.items.length;
      const clicked = performance.now();
      parts(wallet).loadMore!.click();
      await until(() => (parts(wallet).list?.items.length ?? 0) > before && !parts(wallet).busy, `page after ${before} rows`);
      await wallet.updateComplete;
      appendTimes.push(performance.now() - clicked);
    }
    await freshList(wallet);
    const label = `${checkpoint / 1000}k`;
    const intervals = await scrollFrames(wallet);
    const now = parts(wallet);
    const heap = (performance as Performance & { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize;
    figures[`${label} rows loaded: rows in the DOM`] = now.domRows;
    figures[`${label} rows loaded: elements in shadow DOM`] = now.domElements;
    figures[`${label} rows loaded: append a page, median ms (last 10)`] = ms(median(appendTimes.slice(-10)));
    figures[`${label} rows loaded: scroll frame, median ms`] = ms(median(intervals));
    figures[`${label} rows loaded: scroll frame, p95 ms`] = ms(percentile(intervals, 0.95));
    figures[`${label} rows loaded: scroll frames over 20 ms`] = intervals.filter((interval) => interval > 20).length + ` of ${intervals.length}`;
    if (heap !== undefined) figures[`${label} rows loaded: JS heap MB`] = ms(heap / 1_048_576);
  }
  // The leak: keep scrolling the same list, as a user reading far back would.
  const before = comments(wallet);
  let intervals: number[] = [];
  for (let round = 0; round < 4; round += 1) intervals = await scrollFrames(wallet);
  figures['leak: empty comments in the list after the 100k scroll'] = before;
  figures['leak: the same after 480 more frames of scrolling'] = comments(wallet);
  figures['leak: scroll frame median ms, then'] = ms(median(intervals));
  figures['leak: scroll frame p95 ms, then'] = ms(percentile(intervals, 0.95));
  await freshList(wallet);
  intervals = await scrollFrames(wallet);
  figures['leak: scroll frame median ms, list rendered anew'] = ms(median(intervals));
  figures['pages requested'] = backend.requests.filter((request) => request.path === '/wallet/transactions').length;
  figures['oldest row loaded'] = parts(wallet).list?.items.at(-1)?.id ?? '';
  figures['total time to load 100k rows, s'] = ms((performance.now() - started) / 1000);
  return figures;
}

run().then(
  (figures) => {
    (window as unknown as { benchResult: Figures }).benchResult = figures;
  },
  (error: unknown) => {
    (window as unknown as { benchResult: Figures }).benchResult = { error: String(error) };
  },
);
