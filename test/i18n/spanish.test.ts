// The acceptance check of issue 10's Spanish: every public element, with `locale="es"`, in every
// state a user can reach, shows no English UI text, visible or accessible, anywhere down its
// shadow roots (kit pieces included). English is found two ways: the English catalog's own
// phrases (formatters evaluated, placeholders cut out) and a short list of common UI words,
// which also catches literals that never made it into the catalog.
import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import '../../src/define.js';
import type { KayseBillingProvider } from '../../src/elements/billing-provider/billing-provider.js';
import type { KayseConfirmDialog } from '../../src/ui/kit/confirm-dialog.js';
import { en } from '../../src/i18n/en.js';
import { es } from '../../src/i18n/es.js';
import { formatPercent } from '../../src/core/money.js';
import { walletFormats } from '../../src/elements/wallet/wallet-format.js';
import { SETTINGS_SECTIONS } from '../../src/elements/billing-settings/billing-settings.types.js';
import { createMockBackend, createMockFetch, type MockBackend, type MockBackendOptions } from '../../src/mock/index.js';

const TODAY = '2026-11-24';

const SECTION_TAGS = {
  usage: 'kayse-usage-summary',
  preferences: 'kayse-billing-preferences',
  spendingCap: 'kayse-spending-cap',
  alerts: 'kayse-alert-recipients',
  scheduledEmails: 'kayse-scheduled-emails',
  reports: 'kayse-report-picker',
  wallet: 'kayse-wallet',
} as const;

const TAGS = [
  'kayse-usage-summary',
  'kayse-wallet',
  'kayse-report-picker',
  'kayse-alert-recipients',
  'kayse-scheduled-emails',
  'kayse-billing-preferences',
  'kayse-spending-cap',
] as const;
/** The whole area as one element: walked section by section in a test of its own. */
const WALKED_TAGS = [...TAGS, 'kayse-billing-settings'] as const;
type Tag = (typeof WALKED_TAGS)[number];

/** Attributes whose text a user reads or hears, besides the text nodes themselves. */
const ACCESSIBLE_ATTRIBUTES = ['aria-label', 'aria-description', 'aria-roledescription', 'aria-valuetext', 'aria-placeholder', 'title', 'placeholder', 'alt'];

// ---------------------------------------------------------------------------------------------
// The English to look for

const MARKER = /⟦\d+⟧/g;
const EDGES = /^[\s.,:;·•()“”"'’—–\-…!?%]+|[\s.,:;·•()“”"'’—–\-…!?%]+$/g;

/**
 * The fixed words of a catalog value: a string as it is; a formatter called with several sets
 * of sample arguments (markers, 0, 1, 2, null, so every plural and null branch is taken), with
 * the arguments and any figures cut out, leaving the phrases the translation must replace.
 */
function phrasesOf(value: unknown): string[] {
  const outputs: string[] = [];
  if (typeof value === 'string') outputs.push(value);
  else if (typeof value === 'function') {
    const arity = value.length;
    const samples: unknown[][] = [
      Array.from({ length: arity }, (_, i) => `⟦${i}⟧`),
      Array.from({ length: arity }, () => 0),
      Array.from({ length: arity }, () => 1),
      Array.from({ length: arity }, () => 2),
      Array.from({ length: arity }, () => null),
    ];
    for (const args of samples) {
      const result: unknown = Reflect.apply(value, undefined, args);
      if (typeof result === 'string') outputs.push(result);
    }
  }
  return outputs
    .flatMap((output) => output.replace(MARKER, '\n').split(/\n|\bnull\b|\d+/))
    .map((piece) => piece.replace(EDGES, ''))
    .filter((piece) => piece.length >= 4 && /\p{L}/u.test(piece));
}

const spanishPhrases = new Set(Object.values(es).flatMap(phrasesOf));
/** Every English phrase at least 4 characters long that Spanish does not share (a "CSV" stays). */
const ENGLISH_PHRASES = [...new Set(Object.values(en).flatMap(phrasesOf))].filter((phrase) => !spanishPhrases.has(phrase));

/** Common English UI words, matched whole and in any case: they catch literals outside the catalog. */
const ENGLISH_WORDS = [
  'Save', 'Saving', 'Saved', 'Cancel', 'Confirm', 'Close', 'Reset', 'Retry', 'Try again', 'Loading', 'Search', 'Show', 'Hide',
  'Spent', 'Spend', 'Balance', 'Reports', 'Report', 'Wallet', 'Refill', 'Usage', 'Monthly', 'Weekly', 'Daily', 'Month',
  'Cap', 'Alerts', 'Recipients', 'Contact', 'Download', 'Open', 'Amount', 'Date', 'None', 'Yes', 'Calls', 'Campaign',
  'Agent', 'Credits', 'Cost', 'Projected', 'Nothing', 'Choose', 'Enter', 'Line', 'the', 'and', 'with', 'your', 'of',
];

const boundary = (text: string, flags: string) =>
  new RegExp(`(?<![\\p{L}\\p{N}])${text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}\\p{N}])`, flags);
const PHRASE_PATTERNS = ENGLISH_PHRASES.map((phrase) => ({ phrase, pattern: boundary(phrase, 'u') }));
const WORD_PATTERNS = ENGLISH_WORDS.map((word) => ({ phrase: word, pattern: boundary(word, 'iu') }));

// ---------------------------------------------------------------------------------------------
// What the page shows

/** Every text node and accessible attribute under `node`, through every (open) shadow root. */
function collectText(node: Node, out: string[] = []): string[] {
  if (node instanceof Element) {
    if (node.localName === 'style' || node.localName === 'script') return out;
    for (const name of ACCESSIBLE_ATTRIBUTES) {
      const value = node.getAttribute(name);
      if (value?.trim()) out.push(value.trim());
    }
    if (node.shadowRoot) collectText(node.shadowRoot, out);
  } else if (node instanceof Text) {
    const value = node.data.replace(/\s+/g, ' ').trim();
    if (value) out.push(value);
  }
  for (const child of node.childNodes) collectText(child, out);
  return out;
}

/**
 * Strings the API sent (names, emails, campaign names, server messages): data, not UI, and
 * the mock company is American. Enum-like values (`near_cap`) are left out, so a real English
 * word is never hidden behind one.
 */
function collectApiStrings(value: unknown, out: Set<string>): void {
  if (typeof value === 'string') {
    if (value.length >= 4 && !/^[a-z0-9_]+$/.test(value)) out.add(value);
  } else if (Array.isArray(value)) {
    for (const item of value) collectApiStrings(item, out);
  } else if (value !== null && typeof value === 'object') {
    for (const item of Object.values(value)) collectApiStrings(item, out);
  }
}

interface Page {
  readonly backend: MockBackend;
  readonly provider: KayseBillingProvider;
  readonly apiStrings: Set<string>;
  readonly typed: Set<string>;
  el<T extends Tag>(tag: T): HTMLElementTagNameMap[T];
}

/** Every element inside one provider speaking the mock backend, each with `locale="es"`. */
async function mountAll(options: MockBackendOptions, prepare?: (backend: MockBackend) => void, tags: readonly Tag[] = TAGS): Promise<Page> {
  const backend = createMockBackend({ today: TODAY, ...options });
  prepare?.(backend);
  const apiStrings = new Set<string>();
  const inner = createMockFetch({ backend });
  // Reads a copy of every answer, so the data the elements show can be told from their UI text.
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const response = await inner(input, init);
    try {
      collectApiStrings(await response.clone().json(), apiStrings);
    } catch {
      // Not JSON (a malformed answer on purpose): nothing of it is shown as data.
    }
    return response;
  };
  const provider = await fixture<KayseBillingProvider>(
    html`<kayse-billing-provider base-url="/api/billing" .fetch=${fetch}></kayse-billing-provider>`,
  );
  provider.innerHTML = tags.map((tag) => `<${tag} locale="es"></${tag}>`).join('');
  const page: Page = {
    backend,
    provider,
    apiStrings,
    typed: new Set(),
    el: (tag) => provider.querySelector(tag)!,
  };
  for (const tag of tags) await settled(page.el(tag));
  return page;
}

async function settled(el: Element & { updateComplete: Promise<boolean> }): Promise<void> {
  await waitUntil(() => !el.matches(':state(loading)'), `${el.localName} stayed loading`, { timeout: 4000 });
  await el.updateComplete;
  await deepUpdates(el);
}

/** Waits for every Lit element down the shadow trees to finish rendering. */
async function deepUpdates(node: Node): Promise<void> {
  const pending: Promise<unknown>[] = [];
  const visit = (current: Node) => {
    if (current instanceof Element) {
      const updating = (current as Element & { updateComplete?: Promise<unknown> }).updateComplete;
      if (updating) pending.push(updating);
      if (current.shadowRoot) visit(current.shadowRoot);
    }
    for (const child of current.childNodes) visit(child);
  };
  visit(node);
  await Promise.all(pending);
}

/** The English found on the page, as "tag: phrase ← in text", after masking API data and typed input. */
async function englishOn(page: Page): Promise<string[]> {
  await deepUpdates(page.provider);
  const masks = [...page.apiStrings, ...page.typed].sort((a, b) => b.length - a.length);
  const found: string[] = [];
  for (const tag of WALKED_TAGS) {
    const el = page.provider.querySelector(tag);
    if (!el) continue;
    for (const raw of collectText(el)) {
      const text = masks.reduce((current, mask) => current.split(mask).join(' '), raw);
      for (const { phrase, pattern } of [...PHRASE_PATTERNS, ...WORD_PATTERNS]) {
        if (pattern.test(text)) found.push(`${tag}: "${phrase}" in "${raw}"`);
      }
    }
  }
  return [...new Set(found)];
}

async function expectNoEnglish(page: Page): Promise<void> {
  const found = await englishOn(page);
  expect(found, `English on the page:\n${found.join('\n')}`).to.deep.equal([]);
}

/** What an element shows, to check a state was really reached (and is not empty). */
const shownText = (el: Element) => collectText(el).join(' ');

// ---------------------------------------------------------------------------------------------
// Interactions

const shadowOf = (el: Element) => el.shadowRoot!;

function typeInto(page: Page, input: HTMLInputElement | HTMLTextAreaElement, value: string): void {
  // Short values ("0", "-5") are not masked: they cannot hide a word, and an empty mask would shred the text.
  for (const line of [value, ...value.split('\n')]) if (line.length >= 4) page.typed.add(line);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  input.blur();
}

async function typeRecipients(page: Page, tag: 'kayse-alert-recipients' | 'kayse-scheduled-emails', value: string): Promise<void> {
  const el = page.el(tag);
  const editor = shadowOf(el).querySelector('kayse-email-list-editor')!;
  typeInto(page, shadowOf(editor).querySelector('textarea')!, value);
  await deepUpdates(el);
}

async function typeMoney(page: Page, tag: 'kayse-spending-cap' | 'kayse-wallet', index: number, value: string): Promise<void> {
  const el = page.el(tag);
  const field = shadowOf(el).querySelectorAll('kayse-money-input')[index]!;
  typeInto(page, shadowOf(field).querySelector('input')!, value);
  await deepUpdates(el);
}

async function submit(el: Element): Promise<void> {
  const button = shadowOf(el).querySelector<HTMLButtonElement>('button[type="submit"], button.save');
  button!.click();
  await deepUpdates(el);
}

// ---------------------------------------------------------------------------------------------

describe('Spanish: no English UI text on any element (locale="es")', function () {
  this.timeout(20_000);
  // The wallet's virtualized history trips Chromium's harmless ResizeObserver loop warning.
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });

  it('looks for a real list of English phrases', () => {
    // A catalog change that broke the phrase extraction would make every walk pass vacuously.
    expect(ENGLISH_PHRASES.length).to.be.greaterThan(300);
    expect(ENGLISH_PHRASES).to.include('Current month usage');
    expect(ENGLISH_PHRASES).to.include('this is not a valid email address');
    expect(ENGLISH_PHRASES).to.include('extra recipients');
    expect(ENGLISH_PHRASES).not.to.include('CSV');
  });

  it('finds English when it is there (the walk itself works)', async () => {
    const page = await mountAll({ scenario: 'healthy' }, undefined, ['kayse-usage-summary']);
    page.el('kayse-usage-summary').setAttribute('locale', 'en-US');
    await page.el('kayse-usage-summary').updateComplete;
    const found = await englishOn(page);
    expect(found.some((line) => line.includes('"Current month usage"'))).to.equal(true);
    expect(found.some((line) => line.includes('"Spent"') || line.includes('"Spent this month"'))).to.equal(true);
  });

  const scenarios: [string, MockBackendOptions][] = [
    ['healthy', { scenario: 'healthy' }],
    ['near cap', { scenario: 'near_cap' }],
    ['cap reached', { scenario: 'cap_reached' }],
    ['no cap', { scenario: 'no_cap' }],
    ['wallet low', { scenario: 'wallet_low' }],
    ['refill pending', { scenario: 'refill_pending' }],
    ['invoice mode', { scenario: 'invoice_mode' }],
    ['read only', { scenario: 'read_only' }],
    ['empty company', { scenario: 'empty' }],
    ['empty month (first day)', { scenario: 'empty', today: '2026-12-01' }],
    ['wallet hidden', { scenario: 'wallet_hidden' }],
  ];
  for (const [name, options] of scenarios) {
    it(`ready: ${name}`, async () => {
      const page = await mountAll(options);
      for (const tag of TAGS) expect(page.el(tag).matches(':state(error)'), `${tag} failed to load`).to.equal(false);
      await expectNoEnglish(page);
    });
  }

  it('loading', async () => {
    const backend = createMockBackend({ today: TODAY, latencyMs: 60_000 });
    const provider = await fixture<KayseBillingProvider>(
      html`<kayse-billing-provider base-url="/api/billing" .fetch=${createMockFetch({ backend })}></kayse-billing-provider>`,
    );
    provider.innerHTML = TAGS.map((tag) => `<${tag} locale="es"></${tag}>`).join('');
    const page: Page = { backend, provider, apiStrings: new Set(), typed: new Set(), el: (tag) => provider.querySelector(tag)! };
    for (const tag of TAGS) {
      await page.el(tag).updateComplete;
      expect(page.el(tag).matches(':state(loading)'), `${tag} is not loading`).to.equal(true);
    }
    await expectNoEnglish(page);
    provider.remove();
  });

  for (const [name, fault] of [
    ['server error', { status: 500 }],
    ['session expired', { status: 401 }],
    ['rate limited', { status: 429 }],
    ['malformed answer', { malformed: 'schema' }],
  ] as const) {
    it(`error: ${name}`, async () => {
      const page = await mountAll({ scenario: 'healthy' }, (backend) => backend.addFault(fault));
      for (const tag of TAGS) expect(page.el(tag).matches(':state(error)'), `${tag} shows no error`).to.equal(true);
      await expectNoEnglish(page);
    });
  }

  it('error on one resource only: usage fails under the spending cap', async () => {
    const page = await mountAll({ scenario: 'healthy' }, (backend) => backend.addFault({ route: '/usage/current', status: 503 }));
    await expectNoEnglish(page);
  });

  it('usage summary: the days table open', async () => {
    const page = await mountAll({ scenario: 'near_cap' }, undefined, ['kayse-usage-summary']);
    await customElements.whenDefined('kayse-spend-chart');
    const chart = shadowOf(page.el('kayse-usage-summary')).querySelector('kayse-spend-chart');
    await chart?.updateComplete;
    const toggle = chart ? shadowOf(chart).querySelector<HTMLButtonElement>('button') : null;
    expect(toggle, 'the days toggle').to.not.equal(null);
    toggle?.click();
    await expectNoEnglish(page);
  });

  it('recipients forms: invalid, duplicate and too many lines, then a save refused', async () => {
    const page = await mountAll({ scenario: 'healthy' }, undefined, ['kayse-alert-recipients', 'kayse-scheduled-emails']);
    for (const tag of ['kayse-alert-recipients', 'kayse-scheduled-emails'] as const) {
      await typeRecipients(page, tag, ['not-an-email', 'ops@whithale.example', 'ops@whithale.example', `${'x'.repeat(250)}@a.example`].join('\n'));
      await submit(page.el(tag));
      expect(shownText(page.el(tag))).to.contain('Línea');
    }
    await expectNoEnglish(page);

    // One address only: the hint to add a second one; then nothing at all.
    await typeRecipients(page, 'kayse-alert-recipients', '');
    await expectNoEnglish(page);
  });

  it('recipients forms: a save that fails, and a conflict', async () => {
    const page = await mountAll({ scenario: 'healthy' }, undefined, ['kayse-alert-recipients', 'kayse-scheduled-emails']);
    page.backend.addFault({ route: '/alerts', method: 'PUT', status: 500 });
    page.backend.addFault({ route: '/scheduled-emails', method: 'PUT', status: 409 });
    for (const tag of ['kayse-alert-recipients', 'kayse-scheduled-emails'] as const) {
      await typeRecipients(page, tag, 'team@whithale.example');
      await submit(page.el(tag));
      await waitUntil(() => shadowOf(page.el(tag)).querySelector('.save-status.problem') !== null, `${tag}: no failure shown`, { timeout: 4000 });
    }
    await expectNoEnglish(page);
  });

  it('hints against missed alerts: no cap, one alert recipient, a low-balance alert at or under the refill threshold', async () => {
    const squash = (text: string) => text.replace(/\s+/g, ' ');
    const money = (minor: number) => walletFormats('es', 'USD', 'UTC').money(minor);
    const patch = { alerts: { recipients: [] }, wallet: { refillThreshold: 200_000 } };
    const editor = await mountAll({ scenario: 'no_cap', patch }, undefined, ['kayse-alert-recipients', 'kayse-wallet']);
    const alerts = shownText(editor.el('kayse-alert-recipients'));
    expect(alerts, 'the no-cap hint').to.contain(squash(es.alertsThresholdNoCap(formatPercent(80, 'es'))));
    expect(alerts, 'the one-recipient hint').to.contain(squash(es.alertsOneRecipient));
    expect(shownText(editor.el('kayse-wallet')), 'the alert-order hint').to.contain(squash(es.walletAlertAfterRefill(money(150_000), money(200_000))));
    await expectNoEnglish(editor);

    // A reader: the same information where it makes sense, no advice to add anyone.
    const reader = await mountAll(
      { scenario: 'read_only', patch: { ...patch, spendingCap: { enabled: false, amount: null } } },
      undefined,
      ['kayse-alert-recipients', 'kayse-wallet'],
    );
    expect(shownText(reader.el('kayse-alert-recipients'))).to.contain(squash(es.alertsThresholdNoCap(formatPercent(80, 'es'))));
    expect(shownText(reader.el('kayse-wallet'))).to.contain(squash(es.walletAlertAfterRefill(money(150_000), money(200_000))));
    await expectNoEnglish(reader);
  });

  it('scheduled emails: switched on with no one to receive them, refused on save', async () => {
    const page = await mountAll({ scenario: 'empty', patch: { scheduledEmails: { enabled: true } } }, undefined, ['kayse-scheduled-emails']);
    await submit(page.el('kayse-scheduled-emails'));
    expect(shownText(page.el('kayse-scheduled-emails'))).to.contain(es.scheduledNoRecipientError);
    await expectNoEnglish(page);
  });

  it('spending cap: bad amounts, warnings and the confirmations', async () => {
    const page = await mountAll({ scenario: 'near_cap' }, undefined, ['kayse-spending-cap']);
    const el = page.el('kayse-spending-cap');
    for (const value of ['', 'abc', '12,345', '-5', '0', '1.234']) {
      await typeMoney(page, 'kayse-spending-cap', 0, value);
      await submit(el);
      await expectNoEnglish(page);
    }
    await typeMoney(page, 'kayse-spending-cap', 0, 'abc');
    await submit(el);
    expect(shownText(el), 'the bad amount was not refused').to.contain(es.moneyInvalid);
    // At or below this month's spend: the warning, then the confirmation dialog.
    await typeMoney(page, 'kayse-spending-cap', 0, '1');
    await submit(el);
    expect(shownText(el), 'no warning for a cap below spend').to.contain(es.capWarnPausesTitle);
    await expectNoEnglish(page);
    // Turning the cap off asks before removing it.
    // The dialog's element is loaded on the first question.
    const dialog = shadowOf(el).querySelector<KayseConfirmDialog>('kayse-confirm-dialog')!;
    await waitUntil(() => dialog.open === true, 'the confirmation did not open');
    shadowOf(dialog).querySelector<HTMLButtonElement>('[part="cancel"]')!.click();
    shadowOf(shadowOf(el).querySelector('kayse-switch')!).querySelector('button')!.click();
    await deepUpdates(el);
    await submit(el);
    await expectNoEnglish(page);
  });

  it('spending cap: paused campaigns, a cap still below spend', async () => {
    const page = await mountAll({ scenario: 'cap_reached' }, undefined, ['kayse-spending-cap']);
    await typeMoney(page, 'kayse-spending-cap', 0, '2');
    await submit(page.el('kayse-spending-cap'));
    await expectNoEnglish(page);
  });

  it('wallet: bad amounts, a threshold above the amount, a failed save', async () => {
    const page = await mountAll({ scenario: 'wallet_low' }, undefined, ['kayse-wallet']);
    const el = page.el('kayse-wallet');
    await typeMoney(page, 'kayse-wallet', 0, 'abc');
    await typeMoney(page, 'kayse-wallet', 1, '-3');
    await submit(el);
    await expectNoEnglish(page);
    await typeMoney(page, 'kayse-wallet', 0, '0');
    await submit(el);
    await expectNoEnglish(page);
    await typeMoney(page, 'kayse-wallet', 0, '100');
    await typeMoney(page, 'kayse-wallet', 1, '500');
    await submit(el);
    expect(shownText(el), 'the threshold above the amount was not refused').to.contain('Ingresa un umbral menor');
    await expectNoEnglish(page);
    page.backend.addFault({ route: '/wallet/settings', method: 'PUT', status: 422 });
    await typeMoney(page, 'kayse-wallet', 1, '50');
    await submit(el);
    await waitUntil(() => !shownText(el).includes(es.saving), 'the save did not finish', { timeout: 4000 });
    await expectNoEnglish(page);
  });

  it('wallet: history filtered to a type with no rows', async () => {
    const page = await mountAll({ scenario: 'healthy' }, undefined, ['kayse-wallet']);
    const el = page.el('kayse-wallet');
    for (const select of shadowOf(el).querySelectorAll('select')) {
      for (const option of [...select.options]) {
        select.value = option.value;
        select.dispatchEvent(new Event('change', { bubbles: true }));
        await deepUpdates(el);
        await new Promise((resolve) => setTimeout(resolve, 50));
        await expectNoEnglish(page);
      }
    }
  });

  it('report picker: a month open, sorted, by agent, the daily breakdown, more rows', async () => {
    const page = await mountAll({ scenario: 'healthy' }, undefined, ['kayse-report-picker']);
    const el = page.el('kayse-report-picker');
    await submit(el);
    await waitUntil(() => shadowOf(el).querySelector('kayse-data-table.groups') !== null, 'the report did not open', { timeout: 4000 });
    await deepUpdates(el);
    await expectNoEnglish(page);

    const table = shadowOf(el).querySelector('kayse-data-table.groups')!;
    shadowOf(table).querySelector<HTMLButtonElement>('thead button')?.click();
    shadowOf(el).querySelector<HTMLButtonElement>('.more button')?.click();
    shadowOf(el).querySelector<HTMLButtonElement>('button.disclosure')?.click();
    await deepUpdates(el);
    await expectNoEnglish(page);

    shadowOf(el).querySelector<HTMLInputElement>('input[name="group-by"][value="agent"]')?.click();
    await deepUpdates(el);
    await expectNoEnglish(page);
  });

  it('report picker: a choice not opened, over a refused range, one agent with its totals and daily breakdown', async () => {
    const page = await mountAll({ scenario: 'healthy' }, undefined, ['kayse-report-picker']);
    const el = page.el('kayse-report-picker');
    const choose = async (selector: string, value: string) => {
      const control = shadowOf(el).querySelector<HTMLInputElement | HTMLSelectElement>(selector)!;
      control.value = value;
      control.dispatchEvent(new Event(control instanceof HTMLSelectElement ? 'change' : 'input', { bubbles: true }));
      await deepUpdates(el);
    };
    await waitUntil(() => shadowOf(el).querySelector('kayse-data-table.groups') !== null, 'the report did not open', { timeout: 4000 });
    await choose('#agent', 'ag_2');
    expect(shadowOf(el).querySelector('#report-previous')).to.exist;
    await expectNoEnglish(page);

    shadowOf(el).querySelector<HTMLInputElement>('input[name="mode"][value="range"]')!.click();
    await deepUpdates(el);
    await choose('#from', '2024-01-01');
    await choose('#to', '2025-11-30');
    await submit(el);
    expect(shadowOf(el).querySelector('#range-error')).to.exist;
    await expectNoEnglish(page);

    shadowOf(el).querySelector<HTMLInputElement>('input[name="mode"][value="month"]')!.click();
    await submit(el);
    await waitUntil(() => el.getAttribute('agent-id') === 'ag_2' && !shadowOf(el).querySelector('.report[aria-busy="true"]'), 'the agent’s report did not open', {
      timeout: 4000,
    });
    shadowOf(el).querySelector<HTMLButtonElement>('button.disclosure')!.click();
    await deepUpdates(el);
    expect(shadowOf(el).querySelector('#report-previous')).to.equal(null);
    expect(shadowOf(el).querySelector('kayse-data-table.days')).to.exist;
    await expectNoEnglish(page);
  });

  it('report picker: a reversed range, a too-long range, a missing day', async () => {
    const page = await mountAll({ scenario: 'healthy' }, undefined, ['kayse-report-picker']);
    const el = page.el('kayse-report-picker');
    const choose = async (selector: string, value: string) => {
      const control = shadowOf(el).querySelector<HTMLInputElement>(selector)!;
      control.value = value;
      control.dispatchEvent(new Event('input', { bubbles: true }));
      control.dispatchEvent(new Event('change', { bubbles: true }));
      await deepUpdates(el);
    };
    shadowOf(el).querySelector<HTMLInputElement>('input[name="mode"][value="range"]')!.click();
    await deepUpdates(el);
    await choose('#from', '2026-11-20');
    await choose('#to', '2026-11-02');
    await submit(el);
    await expectNoEnglish(page);
    await choose('#from', '2024-01-01');
    await choose('#to', '2026-11-02');
    await submit(el);
    await expectNoEnglish(page);
    await choose('#from', '');
    await submit(el);
    await expectNoEnglish(page);
  });

  // The server's own words (ApiError.serverMessage) are API data; the client's English
  // diagnostic around them (ApiError.message) must never show.
  it('report picker: a request refused without field messages (422)', async () => {
    const page = await mountAll({ scenario: 'healthy' }, (backend) => backend.addFault({ route: '/reports/usage', status: 422 }), ['kayse-report-picker']);
    await submit(page.el('kayse-report-picker'));
    await waitUntil(() => shadowOf(page.el('kayse-report-picker')).querySelector('.report-error') !== null, 'no refusal shown', { timeout: 4000 });
    await expectNoEnglish(page);
  });

  it('report picker: empty company', async () => {
    const page = await mountAll({ scenario: 'empty' }, undefined, ['kayse-report-picker']);
    await submit(page.el('kayse-report-picker'));
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expectNoEnglish(page);
  });

  it('billing preferences: the contact search with and without matches, a mode change asked', async () => {
    const page = await mountAll({ scenario: 'healthy' }, undefined, ['kayse-billing-preferences']);
    const el = page.el('kayse-billing-preferences');
    const combobox = shadowOf(el).querySelector('kayse-combobox');
    if (combobox) {
      const input = shadowOf(combobox).querySelector('input')!;
      for (const value of ['zzzz-nobody', 'Dana', '']) {
        typeInto(page, input, value);
        input.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowDown', bubbles: true, composed: true }));
        await deepUpdates(el);
        await expectNoEnglish(page);
      }
    }
    const other = shadowOf(el).querySelector<HTMLInputElement>('input[type="radio"]:not(:checked)');
    other?.click();
    await deepUpdates(el);
    await expectNoEnglish(page);
  });

  it('billing preferences: a failed save and a conflict', async () => {
    const page = await mountAll({ scenario: 'healthy' }, undefined, ['kayse-billing-preferences']);
    const el = page.el('kayse-billing-preferences');
    page.backend.addFault({ route: '/preferences', method: 'PUT', status: 409, times: 1 });
    const select = shadowOf(el).querySelector('select');
    if (select) {
      select.selectedIndex = (select.selectedIndex + 1) % select.options.length;
      select.dispatchEvent(new Event('change', { bubbles: true }));
    }
    await submit(el);
    await new Promise((resolve) => setTimeout(resolve, 200));
    await expectNoEnglish(page);
  });
  it('billing settings: every section through its navigation', async () => {
    const page = await mountAll({ scenario: 'healthy' }, undefined, ['kayse-billing-settings']);
    const settings = page.el('kayse-billing-settings');
    for (const section of SETTINGS_SECTIONS) {
      await settings.goto(section);
      await waitUntil(() => settings.section === section, `never reached ${section}`, { timeout: 4000 });
      const shown = settings.shadowRoot?.querySelector(SECTION_TAGS[section]);
      if (shown) await settled(shown as Element & { updateComplete: Promise<boolean> });
      await expectNoEnglish(page);
    }
  });
});
