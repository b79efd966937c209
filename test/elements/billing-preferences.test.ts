import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import type { KayseBillingProvider } from '../../src/elements/billing-provider/billing-provider.js';
import type { KayseBillingPreferences } from '../../src/elements/billing-preferences/billing-preferences.js';
import '../../src/elements/billing-preferences/define.js';
import type { KayseErrorEvent, KayseSaveEvent } from '../../src/events/events.js';
import { createMockBackend, createMockFetch, type MockBackend, type MockBackendOptions } from '../../src/mock/index.js';
import type { BillingStore } from '../../src/state/store.js';
import type { KayseCombobox } from '../../src/ui/kit/combobox.js';
import type { KayseConfirmDialog } from '../../src/ui/kit/confirm-dialog.js';
import { recordingFetch, type Override, type SentPut } from '../helpers/recording-fetch.js';

const TODAY = '2026-11-24';

interface Mounted {
  readonly backend: MockBackend;
  readonly provider: KayseBillingProvider;
  readonly el: KayseBillingPreferences;
  /** Every PUT the element sent, with its body and idempotency key. */
  readonly puts: SentPut[];
  override: { current?: Override };
}

/** The element under a provider on the mock backend, through a fetch that records what is sent. */
async function mount(options: MockBackendOptions = {}, waitForReady = true, first?: Override): Promise<Mounted> {
  const backend = createMockBackend({ today: TODAY, ...options });
  const puts: SentPut[] = [];
  const override: Mounted['override'] = { current: first };
  const recording = recordingFetch(backend, puts, override);
  const provider = await fixture<KayseBillingProvider>(html`<kayse-billing-provider base-url="/api/billing" .fetch=${recording}></kayse-billing-provider>`);
  provider.innerHTML = '<kayse-billing-preferences></kayse-billing-preferences>';
  const el = provider.querySelector('kayse-billing-preferences')!;
  if (waitForReady) await settled(el);
  return { backend, provider, el, puts, override };
}

const settled = async (el: KayseBillingPreferences) => {
  await waitUntil(() => !el.matches(':state(loading)'), 'the preferences stayed loading', { timeout: 4000 });
  await el.updateComplete;
};

const root = (el: KayseBillingPreferences) => el.shadowRoot!;
const text = (node: Element | ShadowRoot | null | undefined) => (node?.textContent ?? '').replace(/\s+/g, ' ').trim();
const select = (el: KayseBillingPreferences) => root(el).querySelector<HTMLSelectElement>('select[data-field="primaryContactId"]');
const combobox = (el: KayseBillingPreferences) => root(el).querySelector<KayseCombobox>('kayse-combobox');
const radio = (el: KayseBillingPreferences, mode: string) => root(el).querySelector<HTMLInputElement>(`input[name="billing-mode"][value="${mode}"]`);
const dialog = (el: KayseBillingPreferences) => root(el).querySelector<KayseConfirmDialog>('kayse-confirm-dialog')!;
const saveButton = (el: KayseBillingPreferences) => root(el).querySelector<HTMLButtonElement>('button[type="submit"]')!;
const button = (el: KayseBillingPreferences, label: string) =>
  [...root(el).querySelectorAll<HTMLButtonElement>('button')].find((node) => node.textContent?.trim() === label);
const storeOf = (provider: KayseBillingProvider) => (provider as unknown as { context: { store: BillingStore } }).context.store;
const count = (backend: MockBackend, method: string, path: string) =>
  backend.requests.filter((request) => request.method === method && request.path === path).length;

async function choose(el: KayseBillingPreferences, contactId: string): Promise<void> {
  const control = select(el)!;
  control.value = contactId;
  control.dispatchEvent(new Event('change', { bubbles: true }));
  await el.updateComplete;
}

async function chooseMode(el: KayseBillingPreferences, mode: string): Promise<void> {
  radio(el, mode)!.click();
  await el.updateComplete;
}

async function openDialog(el: KayseBillingPreferences): Promise<KayseConfirmDialog> {
  const confirm = dialog(el);
  await waitUntil(() => confirm.open && confirm.shadowRoot?.querySelector('dialog')?.open === true, 'the confirmation did not open');
  return confirm;
}

async function answer(el: KayseBillingPreferences, yes: boolean): Promise<void> {
  const confirm = await openDialog(el);
  confirm.shadowRoot!.querySelector<HTMLButtonElement>(yes ? '[part="confirm"]' : '[part="cancel"]')!.click();
  await waitUntil(() => !confirm.open);
}

const saveStatusText = (el: KayseBillingPreferences) => text(root(el).querySelector('[part="save-status"]'));
const untilSaveStatus = (el: KayseBillingPreferences, words: string) =>
  waitUntil(() => saveStatusText(el).includes(words), `the save status never said "${words}" (it says "${saveStatusText(el)}")`, { timeout: 4000 });

/** A contract error answer, as a host's server would send it. */
const errorAnswer = (status: number, code: string, fields?: Record<string, string>) =>
  new Response(JSON.stringify({ error: { code, message: `Refused: ${code}`, ...(fields ? { fields } : {}) } }), {
    status,
    headers: { 'Content-Type': 'application/json' },
  });

describe('<kayse-billing-preferences>', () => {
  describe('accessibility', () => {
    it('passes axe while loading, with a status and the ready layout’s frame', async () => {
      const { el } = await mount({ latencyMs: 60_000 }, false);
      expect(el.matches(':state(loading)')).to.equal(true);
      expect(text(root(el).querySelector('[role="status"]'))).to.contain('Loading…');
      expect(root(el).querySelectorAll('.card')).to.have.length(2);
      await expect(el).to.be.accessible();
    });

    const states: [string, MockBackendOptions][] = [
      ['an admin, mode editable', { scenario: 'healthy' }],
      ['mode locked (monthly invoice)', { scenario: 'invoice_mode' }],
      ['no primary contact', { scenario: 'healthy', patch: { preferences: { primaryContact: null } } }],
      ['200 contacts (searchable)', { scenario: 'healthy', contactCount: 200 }],
      ['read-only', { scenario: 'read_only' }],
      ['read-only without a primary contact', { scenario: 'read_only', patch: { preferences: { primaryContact: null } } }],
      ['hidden', { scenario: 'healthy', patch: { access: { sections: { preferences: 'hidden' } } } }],
    ];
    for (const [name, options] of states) {
      it(`passes axe: ${name}`, async () => {
        const { el } = await mount(options);
        await expect(el).to.be.accessible();
      });
    }

    it('passes axe: load error', async () => {
      const { el } = await mount({ scenario: 'healthy' }, false, (_method, path) => (path === '/contacts' ? errorAnswer(500, 'internal') : undefined));
      await waitUntil(() => el.matches(':state(error)'), 'no error state', { timeout: 4000 });
      await expect(el).to.be.accessible();
    });

    it('passes axe: the mode confirmation open, and with unsaved edits', async () => {
      const { el } = await mount({ scenario: 'healthy' });
      await choose(el, 'u_3');
      await chooseMode(el, 'monthly_invoice');
      await expect(el).to.be.accessible();
      saveButton(el).click();
      const confirm = await openDialog(el);
      await expect(confirm).to.be.accessible();
      await answer(el, false);
    });

    it('passes axe: a 422 on both fields, and a 409 with the choice', async () => {
      const { el, override, backend } = await mount({ scenario: 'healthy' });
      override.current = (method) =>
        method === 'PUT' ? errorAnswer(422, 'validation_failed', { primaryContactId: 'No contact with this id', billingMode: 'Not allowed' }) : undefined;
      await choose(el, 'u_3');
      await chooseMode(el, 'monthly_invoice');
      saveButton(el).click();
      await answer(el, true);
      await untilSaveStatus(el, 'Some values were not accepted');
      await expect(el).to.be.accessible();
      override.current = undefined;
      backend.patch('preferences', { primaryContactId: 'u_5' });
      saveButton(el).click();
      await answer(el, true);
      await untilSaveStatus(el, 'Someone else changed these settings');
      await expect(el).to.be.accessible();
    });
  });

  describe('loading', () => {
    for (const width of [360, 390, 600, 900]) {
      it(`keeps an editor's height from loading to ready at ${width} px (no layout jump)`, async () => {
        const { el, provider } = await mount({ scenario: 'healthy', latencyMs: 300 }, false);
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
    it('shows the primary contact’s name, email and role, and what a primary contact receives', async () => {
      const { el } = await mount({ scenario: 'healthy' });
      const contact = root(el).querySelector('[part="contact"]');
      expect(text(contact)).to.contain('Receives billing alerts and scheduled reports by default');
      expect(text(contact?.querySelector('.contact-card'))).to.equal('Dana Whit Email dana.whit@whithale.example Role Office manager');
      expect(select(el)?.value).to.equal('u_1');
    });

    it('uses a select below 10 contacts, naming each with their role', async () => {
      const { el } = await mount({ scenario: 'healthy' });
      const options = [...select(el)!.options].map((option) => option.textContent?.trim());
      expect(options).to.have.length(7);
      expect(options[1]).to.equal('Marcus Hale — Managing partner');
      expect(combobox(el)).to.equal(null);
    });

    it('shows both billing modes, each with its sentence, the current one marked and checked', async () => {
      const { el } = await mount({ scenario: 'healthy' });
      const mode = root(el).querySelector('[part="mode"]')!;
      expect(mode.tagName).to.equal('FIELDSET');
      expect(text(mode.querySelector('legend'))).to.equal('Billing mode');
      expect(radio(el, 'refillable_wallet')?.checked).to.equal(true);
      expect(radio(el, 'monthly_invoice')?.checked).to.equal(false);
      expect(text(mode)).to.contain('Refillable wallet (current)');
      const sentence = root(el).getElementById(radio(el, 'monthly_invoice')!.getAttribute('aria-describedby')!);
      expect(text(sentence)).to.equal('Kayse sends an invoice once a month for what your campaigns used.');
    });

    it('shows a locked mode as a value with the reason, and no radio', async () => {
      const { el } = await mount({ scenario: 'invoice_mode' });
      const mode = root(el).querySelector('[part="mode"]')!;
      expect(root(el).querySelectorAll('input[type="radio"]')).to.have.length(0);
      expect(text(mode)).to.contain('Monthly invoice');
      expect(text(mode)).to.contain('Kayse sends an invoice once a month');
      expect(text(mode)).to.contain('cannot be changed here');
    });

    it('says there is no primary contact, and asks to choose one', async () => {
      const { el } = await mount({ scenario: 'healthy', patch: { preferences: { primaryContact: null } } });
      const notice = root(el).querySelector('.notice.no-contact');
      expect(text(notice)).to.equal('! No primary contact. Billing alerts and scheduled reports have no default recipient. Choose a contact to receive them.');
      expect(select(el)?.selectedOptions[0]?.textContent?.trim()).to.equal('Choose a contact…');
      expect(root(el).querySelector('.contact-card')).to.equal(null);
    });

    it('says when the company has no contacts at all', async () => {
      const noContacts = (method: string, path: string) =>
        method === 'GET' && path === '/contacts' ? new Response('{"items":[]}', { headers: { 'Content-Type': 'application/json' } }) : undefined;
      const { el } = await mount({ scenario: 'empty', today: '2026-12-01' }, true, noContacts);
      expect(select(el)).to.equal(null);
      expect(text(root(el).querySelector('[part="contact"]'))).to.contain('This company has no contacts yet.');
      await expect(el).to.be.accessible();
    });

    it('shows text from the API as text, never as HTML', async () => {
      const name = '<img src=x onerror="window.__pwned = true">Eve';
      const { el } = await mount({
        scenario: 'healthy',
        patch: { preferences: { primaryContact: { id: 'u_x', name, email: 'eve@firm.example', role: '<b>Boss</b>' } } },
      });
      expect(root(el).querySelector('img, b')).to.equal(null);
      expect(text(root(el).querySelector('.contact-name'))).to.equal(name);
      expect((window as unknown as { __pwned?: boolean }).__pwned).to.equal(undefined);
    });

    it('keeps a primary contact the contact list no longer has', async () => {
      const { el } = await mount({
        scenario: 'healthy',
        patch: { preferences: { primaryContact: { id: 'u_gone', name: 'Former Partner', email: 'former@firm.example', role: 'Partner' } } },
      });
      expect(select(el)?.value).to.equal('u_gone');
    });
  });

  describe('choosing a contact', () => {
    it('sends the chosen id with the version, and no billing mode', async () => {
      const { el, puts } = await mount({ scenario: 'healthy' });
      await choose(el, 'u_3');
      expect(text(root(el).querySelector('.contact-card'))).to.contain('Priya Raman');
      setTimeout(() => saveButton(el).click());
      const event = (await oneEvent(el, 'kayse-save')) as KayseSaveEvent;
      expect(puts.map((put) => [put.path, put.body])).to.deep.equal([['/preferences', { primaryContactId: 'u_3', version: 3 }]]);
      expect(event.detail.section).to.equal('preferences');
      expect(event.detail.value).to.deep.include({ version: 4 });
      expect([event.bubbles, event.composed]).to.deep.equal([true, true]);
      await untilSaveStatus(el, 'Saved.');
      await waitUntil(() => el.matches(':state(ready)') && select(el)?.value === 'u_3');
      expect(button(el, 'Reset')).to.equal(undefined);
    });

    it('a save reloads access, usage, alerts and scheduled emails for every element under the provider', async () => {
      const { el, provider, backend } = await mount({ scenario: 'healthy' });
      const store = storeOf(provider);
      await Promise.all([store.read('alerts'), store.read('scheduledEmails')]);
      backend.clearRequests();
      await choose(el, 'u_2');
      saveButton(el).click();
      await untilSaveStatus(el, 'Saved.');
      await waitUntil(() => count(backend, 'GET', '/access') === 1);
      // The primary contact's address is part of the alert settings: the next read asks again.
      expect(store.peek('alerts')).to.equal(undefined);
      expect(store.peek('scheduledEmails')).to.equal(undefined);
      expect((await store.read('alerts')).primaryContactEmail).to.equal('marcus.hale@whithale.example');
    });

    it('picks from 200 contacts by searching name, email or role', async () => {
      const { el, puts, backend } = await mount({ scenario: 'healthy', contactCount: 200 });
      expect(select(el)).to.equal(null);
      const box = combobox(el)!;
      expect(box.options).to.have.length(200);
      expect(text(root(el).querySelector('.picker .hint'))).to.contain('200 contacts');
      const input = box.shadowRoot!.querySelector('input')!;
      input.focus();
      input.value = 'billing coordinator';
      input.dispatchEvent(new Event('input'));
      await box.updateComplete;
      const shown = [...box.shadowRoot!.querySelectorAll('[role="option"]')];
      expect(shown.map((option) => text(option.querySelector('.option-label')))).to.deep.equal(['Priya Raman']);
      input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }));
      await el.updateComplete;
      expect(text(root(el).querySelector('.contact-card'))).to.contain('priya.raman@whithale.example');
      saveButton(el).click();
      await untilSaveStatus(el, 'Saved.');
      expect(puts[0]?.body).to.deep.equal({ primaryContactId: 'u_3', version: 3 });
      expect(count(backend, 'PUT', '/preferences')).to.equal(1);
    });

    it('Enter in the search box picks an open list’s match, and submits the form once the list is closed', async () => {
      const { el, puts } = await mount({ scenario: 'healthy', contactCount: 200 });
      const box = combobox(el)!;
      const input = box.shadowRoot!.querySelector('input')!;
      const enter = () => input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true, cancelable: true }));
      input.focus();
      input.value = 'billing coordinator';
      input.dispatchEvent(new Event('input'));
      await box.updateComplete;
      enter();
      await el.updateComplete;
      expect(text(root(el).querySelector('.contact-card'))).to.contain('Priya Raman');
      expect(puts).to.have.length(0);
      enter();
      await untilSaveStatus(el, 'Saved.');
      expect(puts.map((put) => put.body)).to.deep.equal([{ primaryContactId: 'u_3', version: 3 }]);
    });

    it('lets a company without a primary contact choose one', async () => {
      const { el, puts } = await mount({ scenario: 'healthy', patch: { preferences: { primaryContact: null } } });
      await choose(el, 'u_4');
      expect(root(el).querySelector('.notice.no-contact')).to.equal(null);
      saveButton(el).click();
      await untilSaveStatus(el, 'Saved.');
      expect(puts[0]?.body).to.deep.equal({ primaryContactId: 'u_4', version: 3 });
    });
  });

  describe('changing the billing mode', () => {
    it('asks first, saying the wallet disappears; Cancel sends nothing and keeps the choice', async () => {
      const { el, puts } = await mount({ scenario: 'healthy' });
      await chooseMode(el, 'monthly_invoice');
      saveButton(el).click();
      const confirm = await openDialog(el);
      expect(confirm.heading).to.equal('Switch to monthly invoice?');
      expect(confirm.textContent).to.contain('The Wallet section disappears from Billing');
      await answer(el, false);
      expect(puts).to.have.length(0);
      expect(radio(el, 'monthly_invoice')?.checked).to.equal(true);
      expect(text(root(el).querySelector('.form-actions'))).to.contain('You have unsaved changes.');
    });

    it('on confirm sends the mode with the contact and version; access then hides the wallet', async () => {
      const { el, puts, provider } = await mount({ scenario: 'healthy' });
      const store = storeOf(provider);
      expect((await store.read('access')).sections.wallet).to.equal('edit');
      await chooseMode(el, 'monthly_invoice');
      saveButton(el).click();
      await answer(el, true);
      await untilSaveStatus(el, 'Saved.');
      expect(puts.map((put) => put.body)).to.deep.equal([{ primaryContactId: 'u_1', billingMode: 'monthly_invoice', version: 3 }]);
      await waitUntil(() => store.peek('access')?.sections.wallet === 'hidden', 'access still shows the wallet');
    });

    it('says the wallet appears when switching to it', async () => {
      const { el } = await mount({ scenario: 'healthy', patch: { preferences: { billingMode: 'monthly_invoice', billingModeEditable: true } } });
      await chooseMode(el, 'refillable_wallet');
      saveButton(el).click();
      const confirm = await openDialog(el);
      expect(confirm.heading).to.equal('Switch to a refillable wallet?');
      expect(confirm.textContent).to.contain('A Wallet section appears in Billing');
      await answer(el, false);
    });

    it('needs no confirmation when only the contact changed', async () => {
      const { el, puts } = await mount({ scenario: 'healthy' });
      await chooseMode(el, 'monthly_invoice');
      await chooseMode(el, 'refillable_wallet');
      await choose(el, 'u_2');
      saveButton(el).click();
      await untilSaveStatus(el, 'Saved.');
      expect(dialog(el).open).to.equal(false);
      expect(puts[0]?.body).to.deep.equal({ primaryContactId: 'u_2', version: 3 });
    });
  });

  describe('read-only', () => {
    it('shows the values without a control and sends nothing', async () => {
      const { el, backend } = await mount({ scenario: 'read_only' });
      expect(root(el).querySelectorAll('form, select, input, button, kayse-combobox, kayse-confirm-dialog')).to.have.length(0);
      expect(text(root(el).querySelector('[part="contact"]'))).to.contain('Dana Whit');
      expect(text(root(el).querySelector('[part="mode"]'))).to.contain('Refillable wallet');
      expect(text(root(el))).to.contain('You can see these preferences but not change them.');
      expect(backend.requests.filter((request) => request.method !== 'GET')).to.have.length(0);
    });

    it('says so when there is no primary contact', async () => {
      const { el } = await mount({ scenario: 'read_only', patch: { preferences: { primaryContact: null } } });
      expect(text(root(el).querySelector('[part="contact"]'))).to.contain('No primary contact has been chosen');
    });
  });

  describe('hidden', () => {
    it('renders nothing and asks only for access', async () => {
      const { el, backend } = await mount({ scenario: 'healthy', patch: { access: { sections: { preferences: 'hidden' } } } });
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
      expect(text(root(el).querySelector('.form-problem'))).to.equal('Nothing to save: these are the current preferences.');
      expect(puts).to.have.length(0);
    });

    it('sends one request for a double press', async () => {
      const { el, backend } = await mount({ scenario: 'healthy' });
      backend.addFault({ route: '/preferences', method: 'PUT', latencyMs: 150 });
      await choose(el, 'u_5');
      saveButton(el).click();
      saveButton(el).click();
      await el.updateComplete;
      expect(saveButton(el).getAttribute('aria-disabled')).to.equal('true');
      saveButton(el).click();
      await untilSaveStatus(el, 'Saved.');
      expect(count(backend, 'PUT', '/preferences')).to.equal(1);
    });

    it('keeps the edits after a 500, says why, and a retry reuses the idempotency key', async () => {
      const { el, backend, puts } = await mount({ scenario: 'healthy' });
      backend.addFault({ route: '/preferences', method: 'PUT', status: 500, times: 1 });
      await choose(el, 'u_6');
      setTimeout(() => saveButton(el).click());
      const event = (await oneEvent(el, 'kayse-error')) as KayseErrorEvent;
      expect(event.detail).to.deep.include({ section: 'preferences', operation: 'save' });
      await untilSaveStatus(el, 'The billing service had a problem');
      expect(select(el)?.value).to.equal('u_6');
      saveButton(el).click();
      await untilSaveStatus(el, 'Saved.');
      expect(puts).to.have.length(2);
      expect(puts[1]?.key).to.equal(puts[0]?.key);
    });

    it('shows a 422 on each field, focuses the first, and drops a message once its field is edited', async () => {
      const { el, override } = await mount({ scenario: 'healthy' });
      override.current = (method) =>
        method === 'PUT'
          ? errorAnswer(422, 'validation_failed', { primaryContactId: 'No contact with this id', billingMode: 'The billing mode cannot be changed for this company' })
          : undefined;
      await choose(el, 'u_2');
      await chooseMode(el, 'monthly_invoice');
      saveButton(el).click();
      await answer(el, true);
      await untilSaveStatus(el, 'Some values were not accepted');
      const contactError = root(el).getElementById('contact-error')!;
      const modeError = root(el).getElementById('mode-error')!;
      expect(text(contactError)).to.equal('No contact with this id');
      expect(text(modeError)).to.equal('The billing mode cannot be changed for this company');
      expect(select(el)?.getAttribute('aria-invalid')).to.equal('true');
      expect(select(el)?.getAttribute('aria-describedby')).to.equal('contact-error');
      expect(root(el).querySelector('[part="mode"]')?.getAttribute('aria-describedby')).to.equal('mode-error');
      await waitUntil(() => root(el).activeElement === select(el), 'the contact field was not focused');
      // Edits stay as typed.
      expect(select(el)?.value).to.equal('u_2');
      expect(radio(el, 'monthly_invoice')?.checked).to.equal(true);
      await choose(el, 'u_3');
      expect(contactError.hidden).to.equal(true);
      expect(modeError.hidden).to.equal(false);
    });

    it('shows the server’s real 422 when the mode was locked meanwhile', async () => {
      const { el, backend } = await mount({ scenario: 'healthy' });
      // Locked by Kayse while the admin was looking; the version is pinned, so this is a 422, not a 409.
      backend.patch('preferences', { billingModeEditable: false, version: 3 });
      await chooseMode(el, 'monthly_invoice');
      saveButton(el).click();
      await answer(el, true);
      await untilSaveStatus(el, 'Some values were not accepted');
      expect(text(root(el).getElementById('mode-error'))).to.equal('The billing mode cannot be changed for this company');
    });

    it('on a 409 keeps the edits, names their version, and saves over it on request', async () => {
      const { el, backend, puts } = await mount({ scenario: 'healthy' });
      backend.patch('preferences', { primaryContactId: 'u_3' });
      await choose(el, 'u_2');
      saveButton(el).click();
      await untilSaveStatus(el, 'Someone else changed these settings');
      expect(select(el)?.value).to.equal('u_2');
      expect(text(root(el).querySelector('.their-version'))).to.equal('Their version: primary contact Priya Raman, billing mode Refillable wallet.');
      button(el, 'Keep my changes and save again')!.click();
      await untilSaveStatus(el, 'Saved.');
      expect(puts.map((put) => put.body)).to.deep.equal([
        { primaryContactId: 'u_2', version: 3 },
        { primaryContactId: 'u_2', version: 4 },
      ]);
    });

    it('on a 409 keeps a field the user never touched as the other admin left it', async () => {
      const { el, backend, puts } = await mount({ scenario: 'healthy' });
      backend.patch('preferences', { primaryContactId: 'u_7' });
      await chooseMode(el, 'monthly_invoice');
      saveButton(el).click();
      await answer(el, true);
      await untilSaveStatus(el, 'Someone else changed these settings');
      button(el, 'Keep my changes and save again')!.click();
      await untilSaveStatus(el, 'Saved.');
      expect(puts[1]?.body).to.deep.equal({ primaryContactId: 'u_7', billingMode: 'monthly_invoice', version: 4 });
    });

    it('on a 409 keeps a field the user set back as it was as the other admin left it', async () => {
      const { el, backend, puts } = await mount({ scenario: 'healthy' });
      backend.patch('preferences', { primaryContactId: 'u_7' });
      await choose(el, 'u_2');
      await choose(el, 'u_1');
      await chooseMode(el, 'monthly_invoice');
      saveButton(el).click();
      await answer(el, true);
      await untilSaveStatus(el, 'Someone else changed these settings');
      button(el, 'Keep my changes and save again')!.click();
      await untilSaveStatus(el, 'Saved.');
      expect(puts[1]?.body).to.deep.equal({ primaryContactId: 'u_7', billingMode: 'monthly_invoice', version: 4 });
    });

    it('on a 409 whose version already says what the user chose, "keep my changes" loads it and sends nothing more', async () => {
      const { el, backend, puts } = await mount({ scenario: 'healthy' });
      backend.patch('preferences', { primaryContactId: 'u_2' });
      await choose(el, 'u_2');
      saveButton(el).click();
      await untilSaveStatus(el, 'Someone else changed these settings');
      button(el, 'Keep my changes and save again')!.click();
      await el.updateComplete;
      await waitUntil(() => saveStatusText(el) === '' && select(el)?.value === 'u_2', 'their version did not show');
      expect(button(el, 'Reset')).to.equal(undefined);
      expect(el.dirty).to.equal(false);
      expect(puts).to.have.length(1);
    });

    it('on a 409 loads their version on request, dropping the edits', async () => {
      const { el, backend, puts } = await mount({ scenario: 'healthy' });
      backend.patch('preferences', { primaryContactId: 'u_3' });
      await choose(el, 'u_2');
      saveButton(el).click();
      await untilSaveStatus(el, 'Someone else changed these settings');
      button(el, 'Load their version')!.click();
      await el.updateComplete;
      await waitUntil(() => select(el)?.value === 'u_3', 'their version did not show');
      expect(button(el, 'Reset')).to.equal(undefined);
      expect(puts).to.have.length(1);
    });

    it('loading their version reloads what the preferences affect when their contact or mode differs', async () => {
      const { el, backend, provider } = await mount({ scenario: 'healthy' });
      const store = storeOf(provider);
      await store.read('alerts');
      backend.patch('preferences', { primaryContactId: 'u_3' });
      await choose(el, 'u_2');
      saveButton(el).click();
      await untilSaveStatus(el, 'Someone else changed these settings');
      expect(store.peek('alerts')).not.to.equal(undefined);
      button(el, 'Load their version')!.click();
      expect(store.peek('alerts')).to.equal(undefined);
      expect(store.peek('preferences')?.primaryContact?.id).to.equal('u_3');
    });

    it('loading their version reloads nothing else when only their version number differs', async () => {
      const { el, backend, provider } = await mount({ scenario: 'healthy' });
      const store = storeOf(provider);
      const alerts = await store.read('alerts');
      backend.patch('preferences', { billingModeEditable: true });
      await choose(el, 'u_2');
      saveButton(el).click();
      await untilSaveStatus(el, 'Someone else changed these settings');
      button(el, 'Load their version')!.click();
      expect(store.peek('alerts')).to.equal(alerts);
      expect(store.peek('preferences')?.version).to.equal(4);
      await waitUntil(() => select(el)?.value === 'u_1', 'their version did not show');
    });

    it('shows the load error with a retry, and reports it', async () => {
      const backend = createMockBackend({ today: TODAY });
      backend.addFault({ route: '/preferences', status: 500, times: 1 });
      const provider = await fixture<KayseBillingProvider>(html`<kayse-billing-provider base-url="/api/billing" .fetch=${createMockFetch({ backend })}></kayse-billing-provider>`);
      const el = document.createElement('kayse-billing-preferences');
      setTimeout(() => provider.append(el));
      const event = (await oneEvent(provider, 'kayse-error')) as KayseErrorEvent;
      expect(event.detail).to.deep.include({ section: 'preferences', operation: 'load' });
      await waitUntil(() => el.matches(':state(error)'));
      expect(text(root(el))).to.contain('The billing service had a problem.');
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

    it('warn before the page is left, and Reset restores the saved values', async () => {
      const { el } = await mount({ scenario: 'healthy' });
      expect(leave()).to.equal(false);
      await choose(el, 'u_4');
      await chooseMode(el, 'monthly_invoice');
      expect(leave()).to.equal(true);
      button(el, 'Reset')!.click();
      await el.updateComplete;
      expect(select(el)?.value).to.equal('u_1');
      expect(radio(el, 'refillable_wallet')?.checked).to.equal(true);
      expect(leave()).to.equal(false);
    });

    it('dirty is false when loaded, true after an edit, false after Reset and after a save', async () => {
      const { el } = await mount({ scenario: 'healthy' });
      expect(el.dirty).to.equal(false);
      await choose(el, 'u_4');
      expect(el.dirty).to.equal(true);
      button(el, 'Reset')!.click();
      await el.updateComplete;
      expect(el.dirty).to.equal(false);
      await chooseMode(el, 'monthly_invoice');
      expect(el.dirty).to.equal(true);
      saveButton(el).click();
      await answer(el, true);
      await untilSaveStatus(el, 'Saved.');
      expect(el.dirty).to.equal(false);
    });

    it('going back to the saved values is not an edit', async () => {
      const { el } = await mount({ scenario: 'healthy' });
      await choose(el, 'u_4');
      await choose(el, 'u_1');
      expect(button(el, 'Reset')).to.equal(undefined);
      expect(el.dirty).to.equal(false);
      expect(leave()).to.equal(false);
    });
  });
});
