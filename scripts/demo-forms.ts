// Walks every form of the demo's settings area as a person would (`npm start` first): for each
// form a save, a 422 on one of its fields, and a 409 after another admin's change (made through
// the mock's control API), then the settings element's question before leaving unsaved edits.
// Prints what the page shows at each step and writes a screenshot per step.
// `tsx scripts/demo-forms.ts [http://localhost:5173] [/tmp/demo-forms]`
import { mkdirSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { launchChromium } from './lib/chromium.js';

const [origin = 'http://localhost:5173', shots = '/tmp/demo-forms'] = process.argv.slice(2);
mkdirSync(shots, { recursive: true });

interface Form {
  readonly section: string;
  readonly tag: string;
  readonly route: string;
  /** A resource name of the mock's patch control, with values another admin saves. */
  readonly theirs: { readonly resource: string; readonly values: Record<string, unknown> };
  /** The field a 422 names, and the text that must appear for it. */
  readonly field: string;
  /** Makes an edit; returns what the form must still show after a failure. */
  readonly edit: (page: Page, host: Locator, round: number) => Promise<string>;
  /** What of the edit the form shows now. */
  readonly shown: (host: Locator) => Promise<string>;
}

const control = (path: string, body?: unknown) =>
  fetch(`${origin}/__mock/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: body === undefined ? null : JSON.stringify(body) });

async function typeMoney(page: Page, input: Locator, amount: string): Promise<void> {
  await input.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(amount);
}

async function typeLines(page: Page, textarea: Locator, text: string): Promise<void> {
  await textarea.click();
  await page.keyboard.press('Control+A');
  await page.keyboard.type(text);
}

const FORMS: readonly Form[] = [
  {
    section: 'spending-cap',
    tag: 'kayse-spending-cap',
    route: '/spending-cap',
    theirs: { resource: 'spendingCap', values: { enabled: true, amount: 4_321_00 } },
    field: 'amount',
    edit: async (page, host, round) => {
      const amount = `${9000 + round * 111}.00`;
      await typeMoney(page, host.locator('kayse-money-input input'), amount);
      return amount.replace('.00', '');
    },
    shown: async (host) => (await host.locator('kayse-money-input input').inputValue()).replace(/[^0-9.]/g, ''),
  },
  {
    section: 'wallet',
    tag: 'kayse-wallet',
    route: '/wallet/settings',
    theirs: { resource: 'wallet', values: { refillAmount: 2_222_00 } },
    field: 'refillAmount',
    edit: async (page, host, round) => {
      const amount = `${3000 + round * 111}.00`;
      await typeMoney(page, host.locator('kayse-money-input[data-field="refillAmount"] input'), amount);
      return amount.replace('.00', '');
    },
    shown: async (host) => (await host.locator('kayse-money-input[data-field="refillAmount"] input').inputValue()).replace(/[^0-9.]/g, ''),
  },
  {
    section: 'alerts',
    tag: 'kayse-alert-recipients',
    route: '/alerts',
    theirs: { resource: 'alerts', values: { recipients: ['someone.else@example.com'] } },
    field: 'recipients.0',
    edit: async (page, host, round) => {
      const line = `finance${round}@example.com`;
      await typeLines(page, host.locator('kayse-email-list-editor textarea'), line);
      return line;
    },
    shown: (host) => host.locator('kayse-email-list-editor textarea').inputValue(),
  },
  {
    section: 'scheduled-emails',
    tag: 'kayse-scheduled-emails',
    route: '/scheduled-emails',
    theirs: { resource: 'scheduledEmails', values: { recipients: ['someone.else@example.com'] } },
    field: 'recipients.0',
    edit: async (page, host, round) => {
      const line = `reports${round}@example.com`;
      await typeLines(page, host.locator('kayse-email-list-editor textarea'), line);
      return line;
    },
    shown: (host) => host.locator('kayse-email-list-editor textarea').inputValue(),
  },
  {
    section: 'preferences',
    tag: 'kayse-billing-preferences',
    route: '/preferences',
    theirs: { resource: 'preferences', values: { primaryContactId: null } },
    field: 'primaryContactId',
    edit: async (_page, host, round) => {
      const select = host.locator('select#contact-select');
      const values = await select.locator('option:not([disabled])').evaluateAll((options) => options.map((option) => (option as HTMLOptionElement).value));
      const current = await select.inputValue();
      const others = values.filter((value) => value !== current);
      const choice = others[round % others.length] ?? '';
      await select.selectOption(choice);
      return choice;
    },
    shown: (host) => host.locator('select#contact-select').inputValue(),
  },
];

const text = async (locator: Locator) => ((await locator.first().textContent({ timeout: 3000 }).catch(() => '')) ?? '').replace(/\s+/g, ' ').trim();

const browser = await launchChromium();
let failures = 0;
const check = (ok: boolean, what: string) => {
  if (!ok) failures += 1;
  console.log(`  ${ok ? '✓' : '✗'} ${what}`);
};
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 1000 } });
  page.on('pageerror', (error) => console.log(`[pageerror] ${error.message}`));
  await control('reset');
  for (const form of FORMS) {
    console.log(`\n${form.section}`);
    await page.goto(`${origin}/settings/billing/${form.section}`, { waitUntil: 'networkidle' });
    const host = page.locator(form.tag);
    await host.locator('button[type="submit"]').first().waitFor();
    const submit = host.locator('button[type="submit"]').first();
    const status = host.locator('.save-status');

    // 1. A save.
    await form.edit(page, host, 1);
    await submit.click();
    await host.locator('.save-status.saved').waitFor({ timeout: 5000 }).catch(() => undefined);
    check((await text(status)).includes('Saved.'), `saves: "${await text(status)}"`);
    await page.screenshot({ path: `${shots}/${form.section}-1-saved.png` });

    // 2. A 422 naming one of its fields: shown on that field, the typed value kept.
    const message = `The server refused this ${form.field} (demo).`;
    await page.route(`**/api/billing${form.route}`, async (route) => {
      if (route.request().method() !== 'PUT') return route.fallback();
      await route.fulfill({ status: 422, contentType: 'application/json', body: JSON.stringify({ error: { code: 'validation_failed', message: 'Invalid', fields: { [form.field]: message } } }) });
    });
    const typed = await form.edit(page, host, 2);
    await submit.click();
    await page.waitForTimeout(600);
    // Playwright's text locators pierce shadow roots: the kit field's message counts too.
    const fieldShown = (await host.getByText(message).count()) > 0;
    check(fieldShown, `422 shows "${message}" in the form`);
    check((await form.shown(host)).includes(typed), `the typed value "${typed}" is kept`);
    await page.screenshot({ path: `${shots}/${form.section}-2-422.png` });
    await page.unroute(`**/api/billing${form.route}`);

    // 3. Another admin saves first: a 409 offers their version and keeps what was typed.
    await control('patch', form.theirs);
    const typedAgain = await form.edit(page, host, 3);
    await submit.click();
    await host.locator('.save-status.problem').waitFor({ timeout: 5000 }).catch(() => undefined);
    const conflict = await text(status);
    check(conflict.includes('Someone else changed'), `409 says so: "${conflict}"`);
    check((await host.getByRole('button', { name: 'Load their version' }).count()) === 1, '409 offers their version');
    check((await form.shown(host)).includes(typedAgain), `the typed value "${typedAgain}" is kept`);
    await page.screenshot({ path: `${shots}/${form.section}-3-409.png` });
    await host.getByRole('button', { name: 'Load their version' }).click();
    await page.waitForTimeout(500);
  }

  // 4. Leaving a section with unsaved edits asks first.
  console.log('\nleaving unsaved edits');
  await page.goto(`${origin}/settings/billing/spending-cap`, { waitUntil: 'networkidle' });
  const cap = page.locator('kayse-spending-cap');
  await cap.locator('kayse-money-input input').waitFor();
  await typeMoney(page, cap.locator('kayse-money-input input'), '7777');
  await page.locator('kayse-billing-settings a[data-section="wallet"]').click();
  const dialog = page.locator('kayse-billing-settings kayse-confirm-dialog dialog[open]');
  await dialog.waitFor({ timeout: 3000 }).catch(() => undefined);
  check((await dialog.count()) === 1, `asks: "${await text(dialog)}"`);
  await page.screenshot({ path: `${shots}/leave-asks.png` });
  await dialog.locator('button.cancel').click();
  await page.waitForTimeout(300);
  check(page.url().endsWith('/spending-cap'), `stays on ${new URL(page.url()).pathname}`);
  await page.locator('kayse-billing-settings a[data-section="wallet"]').click();
  await dialog.locator('button:not(.cancel)').last().click();
  await page.waitForTimeout(500);
  check(page.url().endsWith('/wallet'), `leaves when told to: ${new URL(page.url()).pathname}`);
} finally {
  await browser.close();
}
console.log(`\n${failures === 0 ? 'every check held' : `${failures} check(s) failed`}; screenshots in ${shots}`);
process.exit(failures === 0 ? 0 : 1);
