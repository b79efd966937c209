import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { CurrentUsage } from '../../src/api/schemas.js';
import type { KayseBillingProvider } from '../../src/elements/billing-provider/billing-provider.js';
import type { KayseSpendingCap } from '../../src/elements/spending-cap/spending-cap.js';
import '../../src/elements/spending-cap/define.js';
import '../../src/elements/usage-summary/define.js';
import type { KayseErrorEvent, KayseSaveEvent } from '../../src/events/events.js';
import { createMockBackend, createMockFetch, type MockBackend, type MockBackendOptions } from '../../src/mock/index.js';
import type { BillingStore } from '../../src/state/store.js';
import type { KayseConfirmDialog } from '../../src/ui/kit/confirm-dialog.js';
import type { KayseMoneyInput } from '../../src/ui/kit/money-input.js';
import type { KayseSwitch } from '../../src/ui/kit/switch.js';
import { recordingFetch, type Override, type SentPut } from '../helpers/recording-fetch.js';

const TODAY = '2026-11-24';

interface Mounted {
  readonly backend: MockBackend;
  readonly provider: KayseBillingProvider;
  readonly el: KayseSpendingCap;
  /** Every PUT the element sent, with its body and idempotency key. */
  readonly puts: SentPut[];
  readonly override: { current?: Override };
}

/** The element (and `extra` markup beside it) under a provider on the mock backend, through a fetch that records what is sent. */
async function mount(options: MockBackendOptions = {}, { extra = '', ready = true, first }: { extra?: string; ready?: boolean; first?: Override } = {}): Promise<Mounted> {
  const backend = createMockBackend({ today: TODAY, ...options });
  const puts: SentPut[] = [];
  const override: Mounted['override'] = { current: first };
  const recording = recordingFetch(backend, puts, override);
  const provider = await fixture<KayseBillingProvider>(html`<kayse-billing-provider base-url="/api/billing" .fetch=${recording}></kayse-billing-provider>`);
  provider.innerHTML = `${extra}<kayse-spending-cap></kayse-spending-cap>`;
  const el = provider.querySelector('kayse-spending-cap')!;
  if (ready) await settled(el);
  return { backend, provider, el, puts, override };
}

const settled = async (el: Element & { updateComplete: Promise<boolean> }) => {
  await waitUntil(() => !el.matches(':state(loading)'), `${el.localName} stayed loading`, { timeout: 4000 });
  await el.updateComplete;
};

const root = (el: KayseSpendingCap) => el.shadowRoot!;
const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const amountField = (el: KayseSpendingCap) => root(el).querySelector<KayseMoneyInput>('kayse-money-input')!;
const amountInput = (el: KayseSpendingCap) => amountField(el).shadowRoot!.querySelector('input')!;
const amountError = (el: KayseSpendingCap) => text(amountField(el).shadowRoot!.querySelector('[part="error"]'));
const toggle = (el: KayseSpendingCap) => root(el).querySelector<KayseSwitch>('kayse-switch')!;
const dialog = (el: KayseSpendingCap) => root(el).querySelector<KayseConfirmDialog>('kayse-confirm-dialog')!;
const saveButton = (el: KayseSpendingCap) => root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!;
const button = (el: KayseSpendingCap, label: string) => [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((node) => node.textContent?.trim() === label);
const warning = (el: KayseSpendingCap) => text(root(el).querySelector('[part="warning"]'));
const storeOf = (provider: KayseBillingProvider) => (provider as unknown as { context: { store: BillingStore } }).context.store;
const count = (backend: MockBackend, method: string, path: string) =>
  backend.requests.filter((request) => request.method === method && request.path === path).length;
const usd = (minor: number) => new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(minor / 100);

async function usageOf(provider: KayseBillingProvider): Promise<CurrentUsage> {
  return storeOf(provider).read('usage');
}

/** Types into the amount as a person would, then leaves the field. */
async function typeAmount(el: KayseSpendingCap, value: string): Promise<void> {
  const input = amountInput(el);
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  input.blur();
  await el.updateComplete;
}

/** A whole amount in minor units as typed in en-US ("4123.50"). */
const typed = (minor: number) => (minor / 100).toFixed(2);

async function flip(el: KayseSpendingCap): Promise<void> {
  toggle(el).shadowRoot!.querySelector('button')!.click();
  await el.updateComplete;
}

async function openDialog(el: KayseSpendingCap): Promise<KayseConfirmDialog> {
  const confirm = dialog(el);
  await waitUntil(() => confirm.open && confirm.shadowRoot?.querySelector('dialog')?.open === true, 'the confirmation did not open');
  return confirm;
}

async function answer(el: KayseSpendingCap, yes: boolean): Promise<void> {
  const confirm = await openDialog(el);
  confirm.shadowRoot!.querySelector<HTMLButtonElement>(yes ? '[part="confirm"]' : '[part="cancel"]')!.click();
  await waitUntil(() => !confirm.open);
}

const saveStatusText = (el: KayseSpendingCap) => text(root(el).querySelector('[part="save-status"]'));
const untilSaveStatus = (el: KayseSpendingCap, words: string) =>
  waitUntil(() => saveStatusText(el).includes(words), `the save status never said "${words}" (it says "${saveStatusText(el)}")`, { timeout: 4000 });

const errorAnswer = (status: number, code: string, fields?: Record<string, string>) =>
  new Response(JSON.stringify({ error: { code, message: `Refused: ${code}`, ...(fields ? { fields } : {}) } }), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

describe('<kayse-spending-cap>', () => {
  describe('accessibility', () => {
    it('passes axe while loading, with a status and the ready layout’s frame', async () => {
      const { el } = await mount({ latencyMs: 60_000 }, { ready: false });
      expect(el.matches(':state(loading)')).to.equal(true);
      expect(text(root(el).querySelector('[role="status"]'))).to.contain('Loading…');
      expect(root(el).querySelectorAll('.card')).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    const states: [string, MockBackendOptions][] = [
      ['cap enabled', { scenario: 'healthy' }],
      ['cap disabled', { scenario: 'no_cap' }],
      ['cap reached (campaigns paused)', { scenario: 'cap_reached' }],
      ['read-only', { scenario: 'read_only' }],
      ['usage hidden', { scenario: 'healthy', patch: { access: { sections: { usage: 'hidden' } } } }],
      ['hidden', { scenario: 'healthy', patch: { access: { sections: { spendingCap: 'hidden' } } } }],
    ];
    for (const [name, options] of states) {
      it(`passes axe: ${name}`, async () => {
        const { el } = await mount(options);
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe: load error', async () => {
      const { el } = await mount({ scenario: 'healthy' }, { ready: false, first: (_m, path) => (path === '/spending-cap' ? errorAnswer(500, 'internal') : undefined) });
      await waitUntil(() => el.matches(':state(error)'), 'no error state', { timeout: 4000 });
      await expect(el).to.be.accessible();
    });

    it('passes axe: usage failed to load', async () => {
      const { el } = await mount({ scenario: 'healthy' }, { first: (_m, path) => (path === '/usage/current' ? errorAnswer(500, 'internal') : undefined) });
      await expect(el).to.be.accessible();
    });

    it('passes axe: both warnings, the confirmation open, a 422 and a 409', async () => {
      const { el, provider, override, backend } = await mount({ scenario: 'healthy' });
      const usage = await usageOf(provider);
      await typeAmount(el, typed(usage.projected - 100));
      expect(warning(el)).to.contain('Likely to be reached this month.');
      await expect(el).to.be.accessible();
      await typeAmount(el, typed(usage.spent));
      expect(warning(el)).to.contain('Campaigns pause at once.');
      await expect(el).to.be.accessible();
      saveButton(el).click();
      await expect(await openDialog(el)).to.be.accessible();
      await answer(el, false);
      await typeAmount(el, '50000');
      override.current = (method) => (method === 'PUT' ? errorAnswer(422, 'validation_failed', { amount: 'Above what your plan allows' }) : undefined);
      saveButton(el).click();
      await untilSaveStatus(el, 'Some values were not accepted');
      await expect(el).to.be.accessible();
      override.current = undefined;
      backend.patch('spendingCap', { amount: 900_000 });
      saveButton(el).click();
      await untilSaveStatus(el, 'Someone else changed');
      await expect(el).to.be.accessible();
    });
  });

  describe('loading', () => {
    for (const width of [360, 390, 600, 900]) {
      it(`keeps an editor's height from loading to ready at ${width} px (no layout jump)`, async () => {
        const { el, provider } = await mount({ scenario: 'healthy', latencyMs: 300 }, { ready: false });
        provider.style.cssText = `display: block; width: ${width}px`;
        await el.updateComplete;
        expect(el.matches(':state(loading)')).to.equal(true);
        const loading = el.getBoundingClientRect().height;
        await settled(el);
        const ready = el.getBoundingClientRect().height;
        expect(Math.abs(ready - loading), `loading ${loading}px, ready ${ready}px`).to.be.below(12);
      });
    }
  });

  describe('what it shows', () => {
    it('an enabled cap: the switch on, the amount, and this month’s spend, projection and status beside it', async () => {
      const { el, provider } = await mount({ scenario: 'near_cap' });
      const usage = await usageOf(provider);
      expect(toggle(el).checked).to.equal(true);
      expect(amountInput(el).value).to.equal(usd(usage.cap.amount!).replace('$', ''));
      expect(amountField(el).disabled).to.equal(false);
      const card = root(el).querySelector('[part="usage"]');
      expect(text(card?.querySelector('.spent'))).to.equal(usd(usage.spent));
      expect(text(card?.querySelector('.projected'))).to.equal(usd(usage.projected));
      expect(text(card?.querySelector('.current-cap'))).to.equal(usd(usage.cap.amount!));
      expect(text(card?.querySelector('.status-badge'))).to.match(/^Near cap \d+\.\d% of cap used$/);
      expect(root(el).querySelector('[part="notice"]')).to.equal(null);
    });

    it('no cap: the switch off, the amount field disabled with a hint, "No cap" beside it', async () => {
      const { el } = await mount({ scenario: 'no_cap' });
      expect(toggle(el).checked).to.equal(false);
      expect(amountField(el).disabled).to.equal(true);
      expect(amountField(el).hint).to.equal('Turn on the limit to set an amount.');
      expect(text(root(el).querySelector('.current-cap'))).to.equal('No cap');
    });

    it('says plainly when campaigns are paused', async () => {
      const { el } = await mount({ scenario: 'cap_reached' });
      expect(text(root(el).querySelector('[part="notice"]'))).to.contain('Campaigns are paused: this month’s spend has reached the cap.');
    });

    it('asks nothing of /usage/current, and warns of nothing, when usage is hidden', async () => {
      const { el, backend } = await mount({ scenario: 'healthy', patch: { access: { sections: { usage: 'hidden' } } } });
      expect(count(backend, 'GET', '/usage/current')).to.equal(0);
      expect(root(el).querySelector('[part="usage"]')).to.equal(null);
      await typeAmount(el, '1');
      expect(root(el).querySelector('[part="warning"]')).to.equal(null);
    });

    it('still edits the cap when usage fails to load, saying why the figures are missing', async () => {
      const { el, puts } = await mount({ scenario: 'healthy' }, { first: (_m, path) => (path === '/usage/current' ? errorAnswer(500, 'internal') : undefined) });
      expect(el.matches(':state(ready)')).to.equal(true);
      expect(text(root(el).querySelector('[part="usage"]'))).to.contain('could not be loaded');
      await typeAmount(el, '7000');
      saveButton(el).click();
      await untilSaveStatus(el, 'Saved.');
      expect(puts[0]?.body).to.deep.equal({ enabled: true, amount: 700_000, version: 1 });
    });

    it('reads and writes amounts in the element’s locale and the API’s currency', async () => {
      const backend = createMockBackend({ today: TODAY, scenario: 'healthy', currency: 'EUR', patch: { spendingCap: { amount: 600_000 } } });
      const provider = await fixture<KayseBillingProvider>(html`<kayse-billing-provider base-url="/api/billing" locale="de-DE" .fetch=${createMockFetch({ backend })}
        ><kayse-spending-cap></kayse-spending-cap
      ></kayse-billing-provider>`);
      const el = provider.querySelector('kayse-spending-cap')!;
      await settled(el);
      expect(amountInput(el).value.replace(/\u00a0/g, ' ')).to.equal('6.000,00');
      await typeAmount(el, '9.500,50');
      saveButton(el).click();
      await untilSaveStatus(el, 'Saved.');
      expect((await storeOf(provider).read('spendingCap')).amount).to.equal(950_050);
    });
  });

  describe('warnings before a save', () => {
    it('a cap below the projection (above spend) warns in words and saves without asking', async () => {
      const { el, provider, puts } = await mount({ scenario: 'healthy' });
      const usage = await usageOf(provider);
      const cap = Math.floor((usage.spent + usage.projected) / 2);
      await typeAmount(el, typed(cap));
      expect(warning(el)).to.equal(
        `! Likely to be reached this month. A cap of ${usd(cap)} is below the projected total of ${usd(usage.projected)}: at this pace, campaigns pause before the month ends.`,
      );
      saveButton(el).click();
      await untilSaveStatus(el, 'Saved.');
      expect(dialog(el).open).to.equal(false);
      expect(puts.map((put) => put.body)).to.deep.equal([{ enabled: true, amount: cap, version: 1 }]);
    });

    it('a cap below spend warns that campaigns pause at once, and needs confirmation: Cancel sends nothing', async () => {
      const { el, provider, puts } = await mount({ scenario: 'healthy' });
      const usage = await usageOf(provider);
      const cap = usage.spent - 1000;
      await typeAmount(el, typed(cap));
      expect(warning(el)).to.equal(
        `!! Campaigns pause at once. A cap of ${usd(cap)} is at or below this month’s spend of ${usd(usage.spent)}, so campaigns pause as soon as you save.`,
      );
      saveButton(el).click();
      const confirm = await openDialog(el);
      expect(confirm.heading).to.equal('Pause campaigns now?');
      expect(confirm.textContent).to.contain(`The new cap of ${usd(cap)} is at or below this month’s spend of ${usd(usage.spent)}.`);
      expect(confirm.danger).to.equal(true);
      await answer(el, false);
      expect(puts).to.have.length(0);
      expect(amountInput(el).value).to.equal(usd(cap).replace('$', ''));
    });

    it('a cap exactly at spend needs confirmation too, and saves once confirmed', async () => {
      const { el, provider, puts } = await mount({ scenario: 'healthy' });
      const usage = await usageOf(provider);
      await typeAmount(el, typed(usage.spent));
      saveButton(el).click();
      await answer(el, true);
      await untilSaveStatus(el, 'Saved.');
      expect(puts.map((put) => put.body)).to.deep.equal([{ enabled: true, amount: usage.spent, version: 1 }]);
      await waitUntil(() => text(root(el).querySelector('[part="notice"]')).includes('Campaigns are paused'), 'the paused notice did not appear');
    });

    it('while paused, a cap still at or below spend says campaigns stay paused', async () => {
      const { el, provider } = await mount({ scenario: 'cap_reached' });
      const usage = await usageOf(provider);
      await typeAmount(el, typed(usage.spent - 500));
      expect(warning(el)).to.contain('Campaigns stay paused.');
      saveButton(el).click();
      const confirm = await openDialog(el);
      expect(confirm.heading).to.equal('Keep campaigns paused?');
      await answer(el, false);
    });

    it('turning the cap off asks first, then sends amount: null', async () => {
      const { el, puts } = await mount({ scenario: 'healthy' });
      await flip(el);
      expect(amountField(el).disabled).to.equal(true);
      saveButton(el).click();
      const confirm = await openDialog(el);
      expect(confirm.heading).to.equal('Remove the monthly cap?');
      expect(confirm.textContent).to.contain('campaigns keep running this month whatever they cost');
      await answer(el, false);
      expect(puts).to.have.length(0);
      saveButton(el).click();
      await answer(el, true);
      await untilSaveStatus(el, 'Saved.');
      expect(puts.map((put) => put.body)).to.deep.equal([{ enabled: false, amount: null, version: 1 }]);
    });

    it('turning a cap on needs an amount above zero before anything is sent', async () => {
      const { el, puts } = await mount({ scenario: 'no_cap' });
      await flip(el);
      expect(amountField(el).required).to.equal(true);
      saveButton(el).click();
      await el.updateComplete;
      expect(text(root(el).querySelector('.form-problem'))).to.equal('Fix the highlighted field, then save again.');
      expect(amountError(el)).to.equal('Enter an amount.');
      await waitUntil(() => amountField(el).shadowRoot!.activeElement === amountInput(el), 'the amount was not focused');
      await typeAmount(el, '0');
      expect(amountError(el)).to.equal('Enter a cap above zero.');
      saveButton(el).click();
      await el.updateComplete;
      await typeAmount(el, 'lots');
      saveButton(el).click();
      await el.updateComplete;
      expect(amountError(el)).to.equal('Enter an amount as a number, such as 1,234.56.');
      expect(puts).to.have.length(0);
      await typeAmount(el, '8000');
      saveButton(el).click();
      await untilSaveStatus(el, 'Saved.');
      expect(puts.map((put) => put.body)).to.deep.equal([{ enabled: true, amount: 800_000, version: 1 }]);
    });
  });

  describe('after a save', () => {
    it('a <kayse-usage-summary> beside it shows the new status, with exactly one new /usage/current', async () => {
      const { el, provider, backend } = await mount({ scenario: 'near_cap' }, { extra: '<kayse-usage-summary no-chart></kayse-usage-summary>' });
      const summary = provider.querySelector('kayse-usage-summary')!;
      await settled(summary);
      const status = () => text(summary.shadowRoot!.querySelector('[part="status"]'));
      expect(status()).to.contain('Near cap');
      expect(count(backend, 'GET', '/usage/current')).to.equal(1);
      const usage = await usageOf(provider);
      await typeAmount(el, typed(usage.spent - 100));
      saveButton(el).click();
      await answer(el, true);
      await untilSaveStatus(el, 'Saved.');
      await waitUntil(() => status().includes('Cap reached'), `the summary still says "${status()}"`);
      await waitUntil(() => text(root(el).querySelector('.status-badge')).includes('Cap reached'), 'the cap’s own usage card did not update');
      await settled(el);
      expect(count(backend, 'GET', '/usage/current')).to.equal(2);
      expect(text(summary.shadowRoot!)).to.contain('Campaigns are paused until the cap is raised or removed.');
    });

    it('fires kayse-save with the saved cap, and shows it without a flash of the old one', async () => {
      const { el, backend } = await mount({ scenario: 'healthy' });
      backend.addFault({ route: '/usage/current', latencyMs: 200 });
      await typeAmount(el, '99999');
      setTimeout(() => saveButton(el).click());
      const event = (await oneEvent(el, 'kayse-save')) as KayseSaveEvent;
      expect(event.detail).to.deep.equal({ section: 'spendingCap', value: { enabled: true, amount: 9_999_900, currency: 'USD', version: 2 } });
      expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
      // Usage is still on its way; the field already shows the saved cap.
      await el.updateComplete;
      expect(amountInput(el).value).to.equal('99,999.00');
      await settled(el);
      await waitUntil(() => !root(el).querySelector('.unsaved'));
      expect(amountInput(el).value).to.equal('99,999.00');
    });
  });

  describe('read-only', () => {
    it('shows the cap without a control and sends nothing', async () => {
      const { el, backend, provider } = await mount({ scenario: 'read_only' });
      const cap = await storeOf(provider).read('spendingCap');
      expect(root(el).querySelectorAll('form, input, button, kayse-switch, kayse-money-input, kayse-confirm-dialog')).to.have.length(0);
      expect(text(root(el).querySelector('.cap-value'))).to.equal(usd(cap.amount!));
      expect(text(root(el))).to.contain('You can see the spending cap but not change it.');
      expect(root(el).querySelector('[part="usage"]')).not.to.equal(null);
      expect(backend.requests.filter((request) => request.method !== 'GET')).to.have.length(0);
    });

    it('says "No cap" in words when there is none', async () => {
      const { el } = await mount({ scenario: 'read_only', patch: { spendingCap: { enabled: false, amount: null } } });
      expect(text(root(el).querySelector('.cap-value'))).to.equal('No cap: spend is not limited.');
    });
  });

  describe('hidden', () => {
    it('renders nothing and asks only for access', async () => {
      const { el, backend } = await mount({ scenario: 'healthy', patch: { access: { sections: { spendingCap: 'hidden' } } } });
      expect(el.matches(':state(hidden)')).to.equal(true);
      expect(text(root(el))).to.equal('');
      expect(backend.requests.map((request) => request.path)).to.deep.equal(['/access']);
    });
  });

  describe('the save flow', () => {
    it('says there is nothing to save when nothing changed, and sends nothing', async () => {
      const { el, puts } = await mount({ scenario: 'healthy' });
      saveButton(el).click();
      await el.updateComplete;
      expect(text(root(el).querySelector('.form-problem'))).to.equal('Nothing to save: this is the current cap.');
      expect(puts).to.have.length(0);
    });

    it('sends one request for a double press', async () => {
      const { el, backend } = await mount({ scenario: 'healthy' });
      backend.addFault({ route: '/spending-cap', method: 'PUT', latencyMs: 150 });
      await typeAmount(el, '20000');
      saveButton(el).click();
      saveButton(el).click();
      await el.updateComplete;
      expect(saveButton(el).getAttribute('aria-disabled')).to.equal('true');
      saveButton(el).click();
      await untilSaveStatus(el, 'Saved.');
      expect(count(backend, 'PUT', '/spending-cap')).to.equal(1);
    });

    it('a double press while the confirmation is open asks once and saves once', async () => {
      const { el, provider, backend } = await mount({ scenario: 'healthy' });
      const usage = await usageOf(provider);
      await typeAmount(el, typed(usage.spent - 100));
      saveButton(el).click();
      saveButton(el).click();
      await answer(el, true);
      await untilSaveStatus(el, 'Saved.');
      expect(count(backend, 'PUT', '/spending-cap')).to.equal(1);
    });

    it('keeps the input after a 500, says why, and a retry reuses the idempotency key', async () => {
      const { el, backend, puts } = await mount({ scenario: 'healthy' });
      backend.addFault({ route: '/spending-cap', method: 'PUT', status: 500, times: 1 });
      await typeAmount(el, '12345.67');
      setTimeout(() => saveButton(el).click());
      const event = (await oneEvent(el, 'kayse-error')) as KayseErrorEvent;
      expect(event.detail).to.deep.include({ section: 'spendingCap', operation: 'save' });
      await untilSaveStatus(el, 'The billing service had a problem');
      expect(amountInput(el).value).to.equal('12,345.67');
      saveButton(el).click();
      await untilSaveStatus(el, 'Saved.');
      expect(puts).to.have.length(2);
      expect(puts[1]?.key).to.equal(puts[0]?.key);
    });

    it('shows a 422 on the amount field, focused, until the amount is edited', async () => {
      const { el, override } = await mount({ scenario: 'healthy' });
      override.current = (method) => (method === 'PUT' ? errorAnswer(422, 'validation_failed', { amount: 'Above what your plan allows' }) : undefined);
      await typeAmount(el, '900000');
      saveButton(el).click();
      await untilSaveStatus(el, 'Some values were not accepted');
      expect(amountError(el)).to.equal('Above what your plan allows');
      expect(amountInput(el).getAttribute('aria-invalid')).to.equal('true');
      await waitUntil(() => amountField(el).shadowRoot!.activeElement === amountInput(el), 'the amount was not focused');
      // Focused, the field shows the bare number to edit: the amount the user typed, kept.
      expect(amountInput(el).value).to.equal('900000.00');
      await typeAmount(el, '800000');
      expect(amountError(el)).to.equal('');
    });

    it('lists a 422 on a field it does not show, so nothing goes unsaid', async () => {
      const { el, override } = await mount({ scenario: 'healthy' });
      override.current = (method) => (method === 'PUT' ? errorAnswer(422, 'validation_failed', { version: 'Expected an integer' }) : undefined);
      await typeAmount(el, '70000');
      saveButton(el).click();
      await untilSaveStatus(el, 'Some values were not accepted');
      expect(text(root(el).querySelector('.other-errors'))).to.equal('Expected an integer');
    });

    it('on a 409 keeps the edits, names their version, and saves over it on request', async () => {
      const { el, backend, puts } = await mount({ scenario: 'healthy' });
      backend.patch('spendingCap', { amount: 1_500_000 });
      await typeAmount(el, '25000');
      saveButton(el).click();
      await untilSaveStatus(el, 'Someone else changed these settings');
      expect(amountInput(el).value).to.equal('25,000.00');
      expect(text(root(el).querySelector('.their-version'))).to.equal('Their version: a cap of $15,000.00.');
      button(el, 'Keep my changes and save again')!.click();
      await untilSaveStatus(el, 'Saved.');
      expect(puts.map((put) => put.body)).to.deep.equal([
        { enabled: true, amount: 2_500_000, version: 1 },
        { enabled: true, amount: 2_500_000, version: 2 },
      ]);
    });

    it('on a 409 loads their version on request, and the usage it changed', async () => {
      const { el, backend, puts } = await mount({ scenario: 'healthy' });
      backend.patch('spendingCap', { enabled: false });
      await typeAmount(el, '25000');
      saveButton(el).click();
      await untilSaveStatus(el, 'Someone else changed these settings');
      expect(text(root(el).querySelector('.their-version'))).to.equal('Their version: no cap.');
      const before = count(backend, 'GET', '/usage/current');
      button(el, 'Load their version')!.click();
      await waitUntil(() => !toggle(el).checked && amountField(el).disabled, 'their version did not show');
      await waitUntil(() => count(backend, 'GET', '/usage/current') === before + 1, 'usage was not reloaded');
      await waitUntil(() => text(root(el).querySelector('.current-cap')) === 'No cap');
      expect(amountInput(el).value).to.equal('');
      expect(puts).to.have.length(1);
    });

    it('shows the load error with a retry, and reports it', async () => {
      const backend = createMockBackend({ today: TODAY });
      backend.addFault({ route: '/spending-cap', status: 500, times: 1 });
      const provider = await fixture<KayseBillingProvider>(html`<kayse-billing-provider base-url="/api/billing" .fetch=${createMockFetch({ backend })}></kayse-billing-provider>`);
      const el = document.createElement('kayse-spending-cap');
      setTimeout(() => provider.append(el));
      const event = (await oneEvent(provider, 'kayse-error')) as KayseErrorEvent;
      expect(event.detail).to.deep.include({ section: 'spendingCap', operation: 'load' });
      await waitUntil(() => el.matches(':state(error)'));
      root(el).querySelector<HTMLButtonElement>('.error button')!.click();
      await waitUntil(() => el.matches(':state(ready)'), 'retry did not recover');
    });
  });

  describe('unsaved edits', () => {
    const leave = () => {
      const event = new Event('beforeunload', { cancelable: true });
      window.dispatchEvent(event);
      return event.defaultPrevented;
    };

    it('warn before the page is left, and Reset restores the saved cap, unreadable text included', async () => {
      const { el } = await mount({ scenario: 'healthy' });
      const saved = amountInput(el).value;
      expect(leave()).to.equal(false);
      await typeAmount(el, '12,34,5.6.7');
      expect(text(root(el).querySelector('.form-actions'))).to.contain('You have unsaved changes.');
      expect(leave()).to.equal(true);
      button(el, 'Reset')!.click();
      await el.updateComplete;
      expect(amountInput(el).value).to.equal(saved);
      expect(leave()).to.equal(false);
    });

    it('keeps the amount typed while the switch is off, and off-then-on again is no edit', async () => {
      const { el } = await mount({ scenario: 'healthy' });
      const saved = amountInput(el).value;
      await flip(el);
      expect(leave()).to.equal(true);
      await flip(el);
      expect(leave()).to.equal(false);
      expect(amountInput(el).value).to.equal(saved);
      expect(root(el).querySelector('.unsaved')).to.equal(null);
      expect(button(el, 'Reset')).to.equal(undefined);
    });
  });
});
