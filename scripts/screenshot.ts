// Looks at a page as a person would: `tsx scripts/screenshot.ts <url> <out.png> [--dark] [--width 390] [--full] [--selector CSS]`
// (--selector shots one element, found through shadow roots, e.g. "kayse-wallet").
import { parseArgs } from 'node:util';
import { launchChromium } from './lib/chromium.js';

const { values, positionals } = parseArgs({
  allowPositionals: true,
  options: { selector: { type: 'string' }, dark: { type: 'boolean' }, width: { type: 'string', default: '1280' }, full: { type: 'boolean' }, wait: { type: 'string', default: '500' } },
});
const [url, out] = positionals;
if (!url || !out) throw new Error('usage: tsx scripts/screenshot.ts <url> <out.png> [--dark] [--width N] [--full]');

const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: Number(values.width), height: 900 }, colorScheme: values.dark ? 'dark' : 'light' });
  page.on('console', (message) => console.log(`[console.${message.type()}] ${message.text()}`));
  page.on('pageerror', (error) => console.log(`[pageerror] ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) console.log(`[http ${response.status()}] ${response.url()}`);
  });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForTimeout(Number(values.wait));
  if (values.selector) {
    const target = page.locator(values.selector).first();
    await target.scrollIntoViewIfNeeded();
    await target.screenshot({ path: out });
  } else {
    await page.screenshot({ path: out, fullPage: values.full ?? false });
  }
  console.log(`wrote ${out}`);
} finally {
  await browser.close();
}
