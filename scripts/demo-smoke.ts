// Walks the demo as a person would (`npm start` first): switches scenarios, simulates days,
// injects a fault, and prints what the page shows at each step, with a screenshot at the end.
// `tsx scripts/demo-smoke.ts [http://localhost:5173/] [/tmp/demo.png]`
import { launchChromium } from './lib/chromium.js';

const [url = 'http://localhost:5173/', shot = '/tmp/demo-smoke.png'] = process.argv.slice(2);
const browser = await launchChromium();
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  page.on('pageerror', (error) => console.log(`[pageerror] ${error.message}`));
  // Start from the scenario's own data, whatever an earlier walk left behind.
  await fetch(new URL('/__mock/reset', url), { method: 'POST' });
  await page.goto(url, { waitUntil: 'networkidle' });
  await page.waitForSelector('#answers dt', { state: 'attached' });
  await page.waitForSelector('kayse-usage-summary [part="status"]');
  const answers = () => page.$$eval('#answers dt', (terms) => terms.map((term) => `${term.textContent}: ${term.nextElementSibling?.textContent}`).join(' | '));
  // What the elements themselves show (their shadow roots, through Playwright's piercing locators).
  const summary = async () => {
    const status = await page.locator('kayse-usage-summary [part="status"]').textContent({ timeout: 5000 }).catch(() => '(no status)');
    const notice = await page.locator('kayse-usage-summary .notice').first().textContent({ timeout: 500 }).catch(() => '');
    return `${(status ?? '').replace(/\s+/g, ' ').trim()} ${(notice ?? '').replace(/\s+/g, ' ').trim()}`.trim();
  };
  const shown = async () => (await page.waitForTimeout(400), `summary: ${await summary()}\n             api: ${await answers()}`);
  const statusSays = (text: string) => page.waitForFunction((expected) => document.querySelector('#demo-status')?.textContent?.includes(expected), text);

  console.log(`healthy      ${await shown()}`);
  for (const scenario of ['cap_reached', 'invoice_mode', 'read_only', 'near_cap']) {
    await page.selectOption('#scenario', scenario);
    await statusSays(`“${scenario}”`);
    console.log(`${scenario.padEnd(12)} ${await shown()}`);
  }
  await page.fill('input[name=days]', '5');
  await page.click('#simulate');
  await statusSays('Simulated');
  console.log(`+5 days      ${await shown()}`);
  await page.selectOption('select[name=fault]', '503');
  await page.click('#inject-fault');
  await statusSays('gets');
  console.log(`fault 503    ${await shown()}`);
  await page.screenshot({ path: shot, fullPage: true });
  console.log(`wrote ${shot}`);
} finally {
  await browser.close();
}
