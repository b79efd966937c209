import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { ifDefined } from 'lit/directives/if-defined.js';
import type { Section } from '../../src/api/schemas.js';
import type { KayseBillingProvider } from '../../src/elements/billing-provider/billing-provider.js';
import type { KayseBillingSettings } from '../../src/elements/billing-settings/billing-settings.js';
import { SECTION_PATHS, SETTINGS_SECTIONS } from '../../src/elements/billing-settings/billing-settings.types.js';
import '../../src/elements/billing-settings/define.js';
import { createMockBackend, createMockFetch, type MockBackend, type ScenarioName } from '../../src/mock/index.js';
import type { KayseConfirmDialog } from '../../src/ui/kit/confirm-dialog.js';

const TODAY = '2026-11-24';
const BASE = '/settings/billing';

const TAGS: Readonly<Record<Section, string>> = {
  usage: 'kayse-usage-summary',
  preferences: 'kayse-billing-preferences',
  spendingCap: 'kayse-spending-cap',
  alerts: 'kayse-alert-recipients',
  scheduledEmails: 'kayse-scheduled-emails',
  reports: 'kayse-report-picker',
  wallet: 'kayse-wallet',
};

/** Each section's endpoints: none of them may be asked for when the section is hidden. */
const ENDPOINTS: Readonly<Record<Section, readonly string[]>> = {
  usage: ['/usage/current'],
  preferences: ['/preferences', '/contacts'],
  spendingCap: ['/spending-cap'],
  alerts: ['/alerts'],
  scheduledEmails: ['/scheduled-emails'],
  reports: ['/agents', '/reports/usage'],
  wallet: ['/wallet', '/wallet/settings', '/wallet/transactions'],
};

type Routing = 'history' | 'hash' | 'memory';

interface MountOptions {
  readonly scenario?: ScenarioName;
  readonly routing?: Routing;
  /** The address before mounting: a section path (`/wallet`), `''` for the bare base, or any path. */
  readonly at?: string;
  /** The element as its own provider (`base-url` and `fetch` on it), with no provider around it. */
  readonly own?: boolean;
}

interface Mounted {
  readonly backend: MockBackend;
  readonly el: KayseBillingSettings;
}

async function mount({ scenario = 'healthy', routing = 'history', at, own = false }: MountOptions = {}): Promise<Mounted> {
  if (at !== undefined && routing === 'history') history.replaceState(null, '', `${BASE}${at}`);
  if (at !== undefined && routing === 'hash') history.replaceState(null, '', `${location.pathname}${location.search}#${at}`);
  const backend = createMockBackend({ scenario, today: TODAY });
  const fetch = createMockFetch({ backend });
  const basePath = routing === 'history' ? BASE : undefined;
  const hash = routing === 'hash';
  let el: KayseBillingSettings;
  if (own) {
    el = await fixture<KayseBillingSettings>(
      html`<kayse-billing-settings base-url="/api/billing" .fetch=${fetch} base-path=${ifDefined(basePath)} ?hash-routing=${hash}></kayse-billing-settings>`,
    );
  } else {
    const provider = await fixture<KayseBillingProvider>(html`<kayse-billing-provider base-url="/api/billing" .fetch=${fetch}>
      <kayse-billing-settings base-path=${ifDefined(basePath)} ?hash-routing=${hash}></kayse-billing-settings>
    </kayse-billing-provider>`);
    el = provider.querySelector('kayse-billing-settings')!;
  }
  await settled(el);
  return { backend, el };
}

const sectionElement = (el: KayseBillingSettings) => el.shadowRoot!.querySelector('.section')?.firstElementChild ?? null;

/** The settings element and the section it shows are both out of loading. */
async function settled(el: KayseBillingSettings): Promise<void> {
  await waitUntil(() => el.matches(':state(ready)') || el.matches(':state(hidden)'), 'the settings stayed loading', { timeout: 4000 });
  await el.updateComplete;
  await waitUntil(
    () => {
      const section = sectionElement(el);
      return !section || (section.localName.startsWith('kayse-') && !section.matches(':state(loading)'));
    },
    `the section stayed loading`,
    { timeout: 4000 },
  );
}

const links = (el: KayseBillingSettings) => [...el.shadowRoot!.querySelectorAll<HTMLAnchorElement>('nav a')];
const linkTo = (el: KayseBillingSettings, section: Section) => links(el).find((link) => link.dataset['section'] === section);
const currentLinks = (el: KayseBillingSettings) => links(el).filter((link) => link.getAttribute('aria-current') === 'page');
const announcement = (el: KayseBillingSettings) => (el.shadowRoot!.querySelector('[aria-live="polite"]')?.textContent ?? '').trim();
const count = (backend: MockBackend, method: string, path: string) =>
  backend.requests.filter((request) => request.method === method && request.path === path).length;

/** Clicks a section's link as a person does and waits for the section to show. */
async function follow(el: KayseBillingSettings, section: Section): Promise<void> {
  const link = linkTo(el, section);
  expect(link, `a link to ${section}`).to.exist;
  link!.click();
  await waitUntil(() => el.section === section, `${section} did not show`, { timeout: 4000 });
  await settled(el);
}

/** Every element matching `selector` in `root` and in every shadow root below it. */
function deepQueryAll(root: ParentNode, selector: string): Element[] {
  const found = [...root.querySelectorAll(selector)];
  for (const element of root.querySelectorAll('*')) if (element.shadowRoot) found.push(...deepQueryAll(element.shadowRoot, selector));
  return found;
}

/** What edits a setting: fields, switches, pickers and submit buttons (the wallet history's filter only chooses what to read). */
const EDIT_CONTROLS = 'input, select:not(.filter select), textarea, button[type="submit"], kayse-switch, kayse-money-input, kayse-email-list-editor:not([readonly]), kayse-combobox';

/** Types a new cap as a person would, so the spending cap holds unsaved edits. */
async function editCap(el: KayseBillingSettings, value: string): Promise<void> {
  const cap = sectionElement(el) as HTMLElement & { updateComplete: Promise<boolean> };
  const input = cap.shadowRoot!.querySelector('kayse-money-input')!.shadowRoot!.querySelector('input')!;
  input.focus();
  input.value = value;
  input.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  input.dispatchEvent(new Event('change', { bubbles: true }));
  input.blur();
  await cap.updateComplete;
}

async function answerLeave(el: KayseBillingSettings, leave: boolean): Promise<void> {
  const dialog = el.shadowRoot!.querySelector<KayseConfirmDialog>('kayse-confirm-dialog')!;
  await waitUntil(() => dialog.open && dialog.shadowRoot?.querySelector('dialog')?.open === true, 'the leave question did not open');
  dialog.shadowRoot!.querySelector<HTMLButtonElement>(leave ? '[part="confirm"]' : '[part="cancel"]')!.click();
  await waitUntil(() => !dialog.open);
}

describe('<kayse-billing-settings>', () => {
  const original = { url: location.href, state: history.state as unknown };
  // The wallet's virtualized history trips Chromium's harmless ResizeObserver loop warning.
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });

  afterEach(() => {
    history.replaceState(original.state, '', original.url);
  });

  it('is accessible', async () => {
    const { el } = await mount();
    await expect(el).to.be.accessible();
  });

  describe('defaults', () => {
    it('shows the first visible section at the bare base path and names it in the address', async () => {
      const { el } = await mount({ at: '' });
      expect(el.section).to.equal('usage');
      expect(sectionElement(el)?.localName).to.equal('kayse-usage-summary');
      expect(location.pathname).to.equal(`${BASE}/usage`);
      expect(el.routing).to.equal('history');
    });

    it('links every section an admin may see, in order, with the current one marked', async () => {
      const { el } = await mount({ at: '/usage' });
      expect(el.shadowRoot!.querySelector('nav')?.getAttribute('aria-label')).to.equal('Billing and reports');
      expect(links(el).map((link) => link.dataset['section'])).to.deep.equal([...SETTINGS_SECTIONS]);
      expect(links(el).map((link) => link.getAttribute('href'))).to.deep.equal(SETTINGS_SECTIONS.map((section) => `${BASE}${SECTION_PATHS[section]}`));
      expect(currentLinks(el).map((link) => link.dataset['section'])).to.deep.equal(['usage']);
    });

    it('loads the URLPattern polyfill where the browser has none', async () => {
      const native = Object.getOwnPropertyDescriptor(globalThis, 'URLPattern');
      delete (globalThis as { URLPattern?: unknown }).URLPattern;
      try {
        const { el } = await mount({ at: '/alerts' });
        expect(el.section).to.equal('alerts');
        expect('URLPattern' in globalThis).to.be.true;
        expect((globalThis as { URLPattern?: unknown }).URLPattern).not.to.equal(native?.value);
      } finally {
        if (native) Object.defineProperty(globalThis, 'URLPattern', native);
      }
    });

    it('does not let a host router adopt its routes', async () => {
      let heard = 0;
      const listener = () => (heard += 1);
      document.addEventListener('lit-routes-connected', listener);
      try {
        await mount({ at: '/usage' });
      } finally {
        document.removeEventListener('lit-routes-connected', listener);
      }
      expect(heard).to.equal(0);
    });
  });

  describe('history routing', () => {
    it('reaches each section by its link, with its address, mark and request', async () => {
      const { el, backend } = await mount({ at: '/usage' });
      for (const section of SETTINGS_SECTIONS) {
        if (section !== 'usage') await follow(el, section);
        expect(sectionElement(el)?.localName, section).to.equal(TAGS[section]);
        expect(location.pathname).to.equal(`${BASE}${SECTION_PATHS[section]}`);
        expect(currentLinks(el).map((link) => link.dataset['section'])).to.deep.equal([section]);
        expect(sectionElement(el)?.matches(':state(ready)') || sectionElement(el)?.matches(':state(empty)'), `${section} ready`).to.be.true;
      }
      expect(count(backend, 'GET', '/access')).to.equal(1);
    });

    it('reaches each section by its address on load (a deep link or a reload)', async () => {
      for (const section of SETTINGS_SECTIONS) {
        const { el } = await mount({ at: SECTION_PATHS[section] });
        expect(el.section, section).to.equal(section);
        expect(sectionElement(el)?.localName).to.equal(TAGS[section]);
        expect(location.pathname).to.equal(`${BASE}${SECTION_PATHS[section]}`);
      }
    });

    it('takes a trailing slash and falls back from an unknown section, naming the shown one in the address', async () => {
      const slash = await mount({ at: '/wallet/' });
      expect(slash.el.section).to.equal('wallet');
      const unknown = await mount({ at: '/nope' });
      expect(unknown.el.section).to.equal('usage');
      expect(location.pathname).to.equal(`${BASE}/usage`);
    });

    it('moves back and forward through the sections visited', async () => {
      const { el } = await mount({ at: '/usage' });
      await follow(el, 'wallet');
      await follow(el, 'alerts');
      history.back();
      await waitUntil(() => el.section === 'wallet', 'back did not show the wallet');
      expect(location.pathname).to.equal(`${BASE}/wallet`);
      history.back();
      await waitUntil(() => el.section === 'usage', 'back did not show the usage');
      history.forward();
      await waitUntil(() => el.section === 'wallet', 'forward did not show the wallet');
      expect(currentLinks(el).map((link) => link.dataset['section'])).to.deep.equal(['wallet']);
    });

    it('leaves the host’s own links and anchors alone', async () => {
      const { el } = await mount({ at: '/alerts' });
      const anchor = document.createElement('a');
      anchor.href = '#host-anchor';
      anchor.textContent = 'Host anchor';
      document.body.append(anchor);
      try {
        const click = new MouseEvent('click', { bubbles: true, cancelable: true, composed: true });
        anchor.dispatchEvent(click);
        expect(click.defaultPrevented).to.be.false;
        await waitUntil(() => location.hash === '#host-anchor');
        await new Promise((resolve) => setTimeout(resolve, 50));
        expect(el.section).to.equal('alerts');
        expect(location.pathname).to.equal(`${BASE}/alerts`);
      } finally {
        anchor.remove();
      }
    });

    it('lets a modified click (a new tab) through', async () => {
      const { el } = await mount({ at: '/usage' });
      const link = linkTo(el, 'wallet')!;
      // Prevented by the test itself, after the element had its say, so no tab opens.
      let seen: boolean | undefined;
      link.addEventListener('click', (event) => {
        seen = event.defaultPrevented;
        event.preventDefault();
      });
      link.dispatchEvent(new MouseEvent('click', { bubbles: true, cancelable: true, composed: true, ctrlKey: true }));
      expect(seen).to.be.false;
      expect(el.section).to.equal('usage');
    });
  });

  describe('hash routing', () => {
    it('reaches each section by its link, in the hash', async () => {
      const { el } = await mount({ routing: 'hash', at: '/usage' });
      expect(el.routing).to.equal('hash');
      expect(linkTo(el, 'wallet')?.getAttribute('href')).to.equal('#/wallet');
      const path = location.pathname;
      for (const section of SETTINGS_SECTIONS.slice(1)) {
        await follow(el, section);
        expect(location.hash).to.equal(`#${SECTION_PATHS[section]}`);
        expect(location.pathname).to.equal(path);
      }
    });

    it('reaches each section by its hash on load', async () => {
      for (const section of SETTINGS_SECTIONS) {
        const { el } = await mount({ routing: 'hash', at: SECTION_PATHS[section] });
        expect(el.section, section).to.equal(section);
        expect(sectionElement(el)?.localName).to.equal(TAGS[section]);
      }
    });

    it('follows a hash the host sets, and back', async () => {
      const { el } = await mount({ routing: 'hash', at: '/usage' });
      location.hash = '#/reports';
      await waitUntil(() => el.section === 'reports', 'the new hash was not followed');
      history.back();
      await waitUntil(() => el.section === 'usage', 'back was not followed');
    });
  });

  describe('memory routing', () => {
    it('leaves the address alone when neither base-path nor hash-routing is set', async () => {
      const before = location.href;
      const { el } = await mount({ routing: 'memory' });
      expect(el.routing).to.equal('memory');
      await follow(el, 'reports');
      expect(location.href).to.equal(before);
      expect(await el.goto('wallet')).to.be.true;
      expect(el.section).to.equal('wallet');
      expect(location.href).to.equal(before);
    });
  });

  describe('access', () => {
    it('has no link to a hidden section and never asks for its data, even at its address', async () => {
      const { el, backend } = await mount({ scenario: 'wallet_hidden', at: '/wallet' });
      expect(el.section).to.equal('usage');
      expect(location.pathname).to.equal(`${BASE}/usage`);
      expect(linkTo(el, 'wallet')).to.be.undefined;
      expect(links(el)).to.have.length(6);
      for (const section of SETTINGS_SECTIONS.filter((section) => section !== 'wallet' && section !== 'usage')) await follow(el, section);
      // Asked for in code, a hidden section falls back like its address does.
      expect(await el.goto('wallet')).to.be.true;
      expect(el.section).to.equal('usage');
      const walletRequests = backend.requests.filter((request) => ENDPOINTS.wallet.some((path) => request.path === path));
      expect(walletRequests).to.deep.equal([]);
    });

    it('hides the wallet of a company billed by invoice', async () => {
      const { el, backend } = await mount({ scenario: 'invoice_mode', routing: 'hash', at: '/wallet' });
      expect(el.section).to.equal('usage');
      expect(location.hash).to.equal('#/usage');
      expect(linkTo(el, 'wallet')).to.be.undefined;
      expect(count(backend, 'GET', '/wallet')).to.equal(0);
    });

    it('shows a read-only member every section without an edit control, and sends no PUT', async () => {
      const { el, backend } = await mount({ scenario: 'read_only', at: '/usage' });
      expect(links(el)).to.have.length(7);
      for (const section of SETTINGS_SECTIONS) {
        if (section !== 'usage') await follow(el, section);
        const section_ = sectionElement(el)!;
        expect(section_.matches(':state(ready)') || section_.matches(':state(empty)'), `${section} ready`).to.be.true;
        // The report picker's fields choose what to read, so they stay; every other section has none.
        if (section !== 'reports') expect(deepQueryAll(section_.shadowRoot!, EDIT_CONTROLS).map((node) => node.localName), section).to.deep.equal([]);
      }
      expect(backend.requests.filter((request) => request.method !== 'GET')).to.deep.equal([]);
    });
  });

  describe('navigation from sections', () => {
    it('follows kayse-navigate from the usage summary’s cap button to the spending cap', async () => {
      const { el } = await mount({ scenario: 'cap_reached', at: '/usage' });
      const summary = sectionElement(el)!;
      const button = [...summary.shadowRoot!.querySelectorAll('button')].find((node) => node.textContent?.trim() === 'Change the spending cap');
      expect(button, 'the cap button').to.exist;
      let handled: boolean | undefined;
      const listener = (event: Event) => (handled = event.defaultPrevented);
      document.addEventListener('kayse-navigate', listener);
      try {
        button!.click();
        await waitUntil(() => el.section === 'spendingCap', 'the spending cap did not show');
      } finally {
        document.removeEventListener('kayse-navigate', listener);
      }
      expect(handled, 'the host hears it, marked handled').to.be.true;
      expect(location.pathname).to.equal(`${BASE}/spending-cap`);
      await settled(el);
      expect(sectionElement(el)?.localName).to.equal('kayse-spending-cap');
    });
  });

  describe('focus and announcement', () => {
    it('moves focus to the section and announces it', async () => {
      const { el } = await mount({ at: '/usage' });
      expect(announcement(el)).to.equal('');
      await follow(el, 'wallet');
      const container = el.shadowRoot!.querySelector('.section')!;
      expect(el.shadowRoot!.activeElement).to.equal(container);
      expect(container.getAttribute('aria-label')).to.equal('Wallet');
      expect(announcement(el)).to.equal('Wallet, section 7 of 7');
      await follow(el, 'alerts');
      expect(announcement(el)).to.equal('Alerts, section 4 of 7');
    });

    it('counts only the visible sections', async () => {
      const { el } = await mount({ scenario: 'wallet_hidden', at: '/usage' });
      await follow(el, 'reports');
      expect(announcement(el)).to.equal('Reports, section 6 of 6');
    });

    it('does not take focus on the first load', async () => {
      const { el } = await mount({ at: '/wallet' });
      expect(el.shadowRoot!.activeElement).to.equal(null);
    });
  });

  describe('unsaved edits', () => {
    it('asks before leaving a section with unsaved edits, and stays when told to', async () => {
      const { el } = await mount({ at: '/spending-cap' });
      await editCap(el, '12345');
      linkTo(el, 'wallet')!.click();
      await answerLeave(el, false);
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(el.section).to.equal('spendingCap');
      expect(location.pathname).to.equal(`${BASE}/spending-cap`);
      linkTo(el, 'wallet')!.click();
      await answerLeave(el, true);
      await waitUntil(() => el.section === 'wallet');
      expect(location.pathname).to.equal(`${BASE}/wallet`);
    });

    it('asks before leaving the alerts with unsaved edits, and keeps what was typed', async () => {
      const { el } = await mount({ at: '/alerts' });
      const alerts = sectionElement(el) as HTMLElement & { updateComplete: Promise<boolean>; dirty: boolean };
      const textarea = alerts.shadowRoot!.querySelector('kayse-email-list-editor')!.shadowRoot!.querySelector('textarea')!;
      textarea.value = `${textarea.value}\nnew.person@example.com`;
      textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      await alerts.updateComplete;
      expect(alerts.dirty).to.equal(true);
      linkTo(el, 'wallet')!.click();
      await answerLeave(el, false);
      expect(el.section).to.equal('alerts');
      expect(alerts.dirty, 'the typed recipient is kept').to.equal(true);
    });

    it('puts the address back when back is refused', async () => {
      const { el } = await mount({ at: '/usage' });
      await follow(el, 'spendingCap');
      await editCap(el, '12345');
      history.back();
      await answerLeave(el, false);
      await waitUntil(() => location.pathname === `${BASE}/spending-cap`, 'the address was not put back');
      expect(el.section).to.equal('spendingCap');
    });

    it('does not ask when nothing is edited', async () => {
      const { el } = await mount({ at: '/spending-cap' });
      await follow(el, 'wallet');
      expect(el.shadowRoot!.querySelector<KayseConfirmDialog>('kayse-confirm-dialog')?.open ?? false).to.be.false;
    });
  });

  describe('accessibility', () => {
    it('passes axe in every section', async () => {
      const { el } = await mount({ at: '/usage' });
      for (const section of SETTINGS_SECTIONS) {
        if (section !== 'usage') await follow(el, section);
        await expect(el, section).to.be.accessible();
      }
    });
  });

  describe('own provider', () => {
    it('is its own provider with base-url, with no provider around it', async () => {
      const { el, backend } = await mount({ own: true, at: '/wallet' });
      expect(el.closest('kayse-billing-provider')).to.equal(null);
      expect(el.shadowRoot!.querySelector('kayse-billing-provider')).to.exist;
      expect(el.section).to.equal('wallet');
      expect(sectionElement(el)?.matches(':state(ready)')).to.be.true;
      await follow(el, 'usage');
      // One store for the navigation and the sections: Access is read once.
      expect(count(backend, 'GET', '/access')).to.equal(1);
      expect(count(backend, 'GET', '/wallet')).to.equal(1);
    });

    it('shows an error with a retry when no API is configured', async () => {
      const el = await fixture<KayseBillingSettings>(html`<kayse-billing-settings></kayse-billing-settings>`);
      await waitUntil(() => el.matches(':state(error)'));
      expect(el.shadowRoot!.querySelector('[part="error"]')?.textContent).to.contain('not connected to a billing API');
    });
  });
});
