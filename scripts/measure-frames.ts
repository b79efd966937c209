// Measures each element's height while loading (its loading frame) and once ready, on the
// demo's single-elements page (`npm start` first), at a wide and a narrow width: the frame
// should be as tall as what replaces it, so the host page does not jump.
// `tsx scripts/measure-frames.ts [http://localhost:5173]`
import { launchChromium } from './lib/chromium.js';

const [origin = 'http://localhost:5173'] = process.argv.slice(2);
const TAGS = ['kayse-usage-summary', 'kayse-spending-cap', 'kayse-billing-preferences', 'kayse-alert-recipients', 'kayse-scheduled-emails', 'kayse-wallet', 'kayse-report-picker'];
const control = (path: string, body?: unknown, method = 'POST') =>
  fetch(`${origin}/__mock/${path}`, { method, headers: { 'Content-Type': 'application/json' }, body: body === undefined ? null : JSON.stringify(body) });

const browser = await launchChromium();
try {
  for (const width of [1280, 390]) {
    const page = await browser.newPage({ viewport: { width, height: 1000 } });
    await control('reset');
    await control('fault', { latencyMs: 2500 });
    await page.goto(`${origin}/elements.html`);
    await page.waitForTimeout(1200);
    const heights = () =>
      page.evaluate((tags) => tags.map((tag) => Math.round(document.querySelector(tag)?.getBoundingClientRect().height ?? -1)), TAGS);
    const loading = await heights();
    await control('faults', undefined, 'DELETE');
    await page.waitForFunction((tags) => tags.every((tag) => !document.querySelector(tag)?.matches(':state(loading)')), TAGS, { timeout: 15_000 });
    await page.waitForTimeout(800);
    const ready = await heights();
    console.log(`\n${width} px   loading → ready (difference)`);
    TAGS.forEach((tag, i) => console.log(`  ${tag.padEnd(26)} ${String(loading[i]).padStart(5)} → ${String(ready[i]).padStart(5)} (${(ready[i]! - loading[i]!).toString().padStart(5)})`));
    await page.close();
  }
} finally {
  await browser.close();
}
