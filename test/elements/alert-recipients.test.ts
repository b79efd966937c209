import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { AlertSettings } from '../../src/api/schemas.js';
import type { KayseAlertRecipients } from '../../src/elements/alert-recipients/alert-recipients.js';
import '../../src/elements/alert-recipients/define.js';
import type { KayseBillingProvider } from '../../src/elements/billing-provider/billing-provider.js';
import { KayseErrorEvent, KayseSaveEvent } from '../../src/events/events.js';
import { en } from '../../src/i18n/en.js';
import { createMockBackend, createMockFetch, type MockBackend, type MockBackendOptions } from '../../src/mock/index.js';
import type { KayseEmailListEditor } from '../../src/ui/kit/email-list-editor.js';
import type { KayseSwitch } from '../../src/ui/kit/switch.js';
import { recordingFetch, type SentPut } from '../helpers/recording-fetch.js';

const TODAY = '2026-11-24';
const DOMAIN = 'whithale.example';
// The healthy scenario's primary contact and extra recipients.
const PRIMARY = `dana.whit@${DOMAIN}`;
const LOADED = [`ops@${DOMAIN}`, `accounts@${DOMAIN}`];

interface Mounted {
  readonly backend: MockBackend;
  readonly provider: KayseBillingProvider;
  readonly el: KayseAlertRecipients;
  /** Every PUT the element sent, with its body, in order. */
  readonly puts: SentPut[];
}

async function settled(el: KayseAlertRecipients): Promise<void> {
  await waitUntil(() => !el.matches(':state(loading)'), 'the element stayed loading', { timeout: 4000 });
  await el.updateComplete;
  const editor = el.shadowRoot?.querySelector('kayse-email-list-editor');
  if (editor) await editor.updateComplete;
}

async function mount(options: MockBackendOptions = {}, { answer, wrap }: { answer?: (path: string) => Response | null; wrap?: 'form' | 'fieldset' } = {}): Promise<Mounted> {
  const backend = createMockBackend({ today: TODAY, scenario: 'healthy', ...options });
  const puts: SentPut[] = [];
  const provider = html`<kayse-billing-provider base-url="/api/billing" .fetch=${recordingFetch(backend, puts, { current: answer && ((method, path) => (method === 'PUT' ? (answer(path) ?? undefined) : undefined)) })}>
    <kayse-alert-recipients name="alertRecipients"></kayse-alert-recipients>
  </kayse-billing-provider>`;
  const root = await fixture<HTMLElement>(
    wrap === 'form' ? html`<form>${provider}</form>` : wrap === 'fieldset' ? html`<form><fieldset disabled>${provider}</fieldset></form>` : provider,
  );
  const providerEl = root.matches('kayse-billing-provider') ? (root as KayseBillingProvider) : root.querySelector('kayse-billing-provider')!;
  const el = providerEl.querySelector('kayse-alert-recipients')!;
  await settled(el);
  return { backend, provider: providerEl, el, puts };
}

const shadow = (el: Element) => el.shadowRoot!;
const editorOf = (el: KayseAlertRecipients) => shadow(el).querySelector<KayseEmailListEditor>('kayse-email-list-editor')!;
const textareaOf = (el: KayseAlertRecipients) => shadow(editorOf(el)).querySelector('textarea')!;
const thresholdOf = (el: KayseAlertRecipients) => shadow(el).querySelector<KayseSwitch>('kayse-switch.threshold')!;
const lockedOf = (el: KayseAlertRecipients) => [...shadow(el).querySelectorAll<KayseSwitch>('kayse-switch.locked')];
const switchButton = (sw: KayseSwitch) => shadow(sw).querySelector('button')!;
const saveButton = (el: KayseAlertRecipients) => shadow(el).querySelector<HTMLButtonElement>('button.save')!;
const resetButton = (el: KayseAlertRecipients) => shadow(el).querySelector<HTMLButtonElement>('button.reset')!;
const statusText = (el: KayseAlertRecipients) => (shadow(el).querySelector('.save-status')?.textContent ?? '').replace(/\s+/g, ' ').trim();
const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
const lineErrors = (el: KayseAlertRecipients) => [...shadow(editorOf(el)).querySelectorAll('#errors li')].map((li) => li.textContent!.trim());
const numbered = (count: number) => Array.from({ length: count }, (_, i) => `partner${i + 1}@${DOMAIN}`);

/** Types into the recipients field the way the browser reports it: the new text, then an input event. */
async function typeRecipients(el: KayseAlertRecipients, value: string): Promise<void> {
  const textarea = textareaOf(el);
  textarea.value = value;
  textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  await editorOf(el).updateComplete;
}

async function save(el: KayseAlertRecipients): Promise<void> {
  saveButton(el).click();
  await el.updateComplete;
  await waitUntil(() => !statusText(el).includes(en.saving), 'the save did not finish', { timeout: 4000 });
  await el.updateComplete;
  await editorOf(el).updateComplete;
}

const leave = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

describe('<kayse-alert-recipients>', () => {
  describe('accessibility (axe) in every state', () => {
    it('loading', async () => {
      const backend = createMockBackend({ today: TODAY, latencyMs: 60_000 });
      const provider = await fixture<KayseBillingProvider>(
        html`<kayse-billing-provider base-url="/api/billing" .fetch=${createMockFetch({ backend })}><kayse-alert-recipients></kayse-alert-recipients></kayse-billing-provider>`,
      );
      const el = provider.querySelector('kayse-alert-recipients')!;
      await el.updateComplete;
      expect(el.matches(':state(loading)')).to.equal(true);
      expect(shadow(el).querySelector('[role="status"][aria-busy="true"]')?.textContent).to.contain(en.loading);
      await expect(el).to.be.accessible();
      provider.remove();
    });

    it('ready', async () => {
      const { el } = await mount();
      await expect(el).to.be.accessible();
    });

    it('one recipient, with the hint', async () => {
      const { el } = await mount({ patch: { alerts: { recipients: [] } } });
      await expect(el).to.be.accessible();
    });

    it('no recipient at all', async () => {
      const { el } = await mount({ scenario: 'empty', today: '2026-12-01' });
      await expect(el).to.be.accessible();
    });

    it('line errors after a refused save', async () => {
      const { el } = await mount();
      await typeRecipients(el, `ops@${DOMAIN}\nnope\nops@${DOMAIN}\n${PRIMARY}`);
      await save(el);
      await expect(el).to.be.accessible();
    });

    it('saving, saved, failed and conflict', async () => {
      const { el, backend } = await mount();
      backend.addFault({ route: '/alerts', method: 'PUT', latencyMs: 300, times: 1 });
      await typeRecipients(el, `team@${DOMAIN}`);
      saveButton(el).click();
      await el.updateComplete;
      expect(statusText(el)).to.equal(en.saving);
      await expect(el).to.be.accessible();
      await waitUntil(() => statusText(el) === en.saved, 'not saved');
      await expect(el).to.be.accessible();

      backend.addFault({ route: '/alerts', method: 'PUT', status: 500, times: 1 });
      await typeRecipients(el, `team@${DOMAIN}\nmore@${DOMAIN}`);
      await save(el);
      expect(statusText(el)).to.contain(en.saveFailedTitle);
      await expect(el).to.be.accessible();

      backend.patch('alerts', { recipients: [`cfo@${DOMAIN}`] });
      await save(el);
      expect(statusText(el)).to.contain(en.errorConflict);
      await expect(el).to.be.accessible();
    });

    it('a server 422 on a line', async () => {
      const { el } = await mount({}, { answer: () => refusal({ 'recipients.0': 'Bounced last month' }) });
      await typeRecipients(el, `team@${DOMAIN}`);
      await save(el);
      await expect(el).to.be.accessible();
    });

    it('read-only', async () => {
      const { el } = await mount({ scenario: 'read_only' });
      await expect(el).to.be.accessible();
    });

    it('error', async () => {
      const backend = createMockBackend({ today: TODAY });
      backend.addFault({ route: '/alerts', status: 500 });
      const provider = await fixture<KayseBillingProvider>(
        html`<kayse-billing-provider base-url="/api/billing" .fetch=${createMockFetch({ backend })}><kayse-alert-recipients></kayse-alert-recipients></kayse-billing-provider>`,
      );
      const el = provider.querySelector('kayse-alert-recipients')!;
      await waitUntil(() => el.matches(':state(error)'), 'no error state');
      await expect(el).to.be.accessible();
    });

    it('hidden', async () => {
      const { el } = await mount({ patch: { access: { sections: { alerts: 'hidden' } } } });
      expect(el.matches(':state(hidden)')).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('what it shows', () => {
    it('the threshold switch, the locked alerts with their reasons, the primary contact and the recipients', async () => {
      const { el } = await mount();
      const threshold = thresholdOf(el);
      expect(threshold.label).to.equal(en.alertsThreshold('80%'));
      expect(threshold.checked).to.equal(true);
      expect(threshold.disabled).to.equal(false);
      const locked = lockedOf(el);
      expect(locked.map((sw) => sw.label)).to.deep.equal([en.alertsCapReached, en.alertsPaymentFailed]);
      expect(locked.map((sw) => sw.description)).to.deep.equal([en.alertsCapReachedReason, en.alertsPaymentFailedReason]);
      expect(locked.every((sw) => sw.checked && sw.disabled)).to.equal(true);
      expect(shadow(el).querySelector('.primary-email')?.textContent?.trim()).to.equal(PRIMARY);
      expect(textareaOf(el).value).to.equal(LOADED.join('\n'));
      expect(editorOf(el).primaryEmail).to.equal(PRIMARY);
    });

    it('groups the controls in fieldsets with legends, and exposes the parts', async () => {
      const { el } = await mount();
      const toggles = shadow(el).querySelector('[part="toggles"]')!;
      const recipients = shadow(el).querySelector('[part="recipients"]')!;
      expect(shadow(el).querySelector('[part="base"]') !== null, 'a missing element').to.equal(true);
      expect(toggles.localName).to.equal('fieldset');
      expect(toggles.querySelector('legend')?.textContent?.trim()).to.equal(en.alertsTogglesLegend);
      expect(recipients.localName).to.equal('fieldset');
      expect(recipients.querySelector('legend')?.textContent?.trim()).to.equal(en.alertsRecipientsLegend);
      expect(textareaOf(el).labels?.[0]?.textContent?.trim()).to.equal(en.alertsExtraLabel);
      expect(switchButton(thresholdOf(el)).getAttribute('role')).to.equal('switch');
    });

    it('the threshold label follows the percent the server sends', async () => {
      const { el } = await mount({ patch: { alerts: { thresholdAlert: { enabled: false, percent: 75 } } } });
      expect(thresholdOf(el).label).to.equal(en.alertsThreshold('75%'));
      expect(thresholdOf(el).checked).to.equal(false);
    });

    it('suggests another recipient when only the primary contact would be alerted, and stops once there is one', async () => {
      const { el } = await mount({ patch: { alerts: { recipients: [] } } });
      expect(shadow(el).querySelector('.recipients-hint')?.textContent?.trim()).to.equal(en.alertsOneRecipient);
      await typeRecipients(el, `ops@${DOMAIN}`);
      expect(shadow(el).querySelector('.recipients-hint') === null, 'an element that should not be there').to.equal(true);
    });

    it('says so when no one would be alerted, and counts one extra recipient without a primary contact as one', async () => {
      const { el } = await mount({ scenario: 'empty', today: '2026-12-01' });
      expect(shadow(el).querySelector('.primary-email')?.textContent?.trim()).to.equal(en.recipientsNoPrimary);
      expect(shadow(el).querySelector('.recipients-hint')?.textContent?.trim()).to.equal(en.alertsNoRecipient);
      await typeRecipients(el, `ops@${DOMAIN}`);
      expect(shadow(el).querySelector('.recipients-hint')?.textContent?.trim()).to.equal(en.alertsOneRecipient);
    });

    it('shows API text as text, never as HTML', async () => {
      const { el } = await mount({}, { answer: () => refusal({ 'recipients.0': '<img src=x onerror="window.__pwned=1">Bounced' }) });
      await typeRecipients(el, `team@${DOMAIN}`);
      await save(el);
      expect(shadow(editorOf(el)).querySelector('#errors img') === null, 'an element that should not be there').to.equal(true);
      expect(lineErrors(el)[0]).to.contain('<img src=x');
    });
  });

  describe('bad input is refused before any request', () => {
    const cases: { name: string; value: () => string; messages: string[] }[] = [
      { name: 'an invalid line', value: () => `ops@${DOMAIN}\nnot-an-email\nteam@${DOMAIN}`, messages: [en.emailInvalid(2)] },
      { name: 'a duplicate in another case', value: () => `ops@${DOMAIN}\nteam@${DOMAIN}\nOPS@${DOMAIN.toUpperCase()}`, messages: [en.emailDuplicate(3, 1)] },
      { name: 'the primary contact’s address', value: () => `ops@${DOMAIN}\n${PRIMARY.toUpperCase()}`, messages: [en.emailPrimary(2)] },
      { name: '51 addresses', value: () => numbered(51).join('\n'), messages: [en.emailTooMany(51, 50)] },
    ];
    for (const { name, value, messages } of cases) {
      it(`${name}: per-line errors, aria-invalid, aria-describedby in the same root, focus on the field, no PUT`, async () => {
        const { el, backend, puts } = await mount();
        await typeRecipients(el, value());
        await save(el);
        expect(lineErrors(el)).to.deep.equal(messages);
        const textarea = textareaOf(el);
        expect(textarea.getAttribute('aria-invalid')).to.equal('true');
        const ids = (textarea.getAttribute('aria-describedby') ?? '').split(/\s+/).filter(Boolean);
        expect(ids).to.include('errors');
        const root = textarea.getRootNode() as ShadowRoot;
        for (const id of ids) expect(root.getElementById(id) !== null, `#${id} in the field's root`).to.equal(true);
        expect(root.getElementById('errors')?.textContent).to.contain(messages[0]);
        expect(shadow(editorOf(el)).activeElement === textarea, 'focus is not on the recipients field').to.equal(true);
        expect(shadow(el).querySelector('.form-problem')?.textContent?.trim()).to.equal(en.recipientsFix(messages.length));
        expect(puts).to.deep.equal([]);
        expect(backend.requests.filter((request) => request.method === 'PUT')).to.deep.equal([]);
        // What was typed stays as typed.
        expect(textarea.value).to.equal(value());
      });
    }
  });

  describe('saving', () => {
    it('sends the recipients trimmed, in the typed order, with the version and an idempotency key', async () => {
      const { el, puts } = await mount();
      await typeRecipients(el, `  zoe@${DOMAIN} \n\nann@${DOMAIN}\r\n\tbob@${DOMAIN}\n`);
      await save(el);
      expect(puts).to.have.length(1);
      expect(puts[0]?.path).to.equal('/alerts');
      expect(puts[0]?.body).to.deep.equal({ thresholdAlertEnabled: true, recipients: [`zoe@${DOMAIN}`, `ann@${DOMAIN}`, `bob@${DOMAIN}`], version: 2 });
      expect(puts[0]?.key).to.be.a('string').and.not.equal('');
      expect(statusText(el)).to.equal(en.saved);
      // The field now shows what the server stored.
      expect(textareaOf(el).value).to.equal([`zoe@${DOMAIN}`, `ann@${DOMAIN}`, `bob@${DOMAIN}`].join('\n'));
      expect(resetButton(el).getAttribute('aria-disabled')).to.equal('true');
    });

    it('the threshold switch saves, by mouse', async () => {
      const { el, puts } = await mount();
      switchButton(thresholdOf(el)).click();
      await el.updateComplete;
      expect(thresholdOf(el).checked).to.equal(false);
      await save(el);
      expect(puts.map((put) => put.body)).to.deep.equal([{ thresholdAlertEnabled: false, recipients: LOADED, version: 2 }]);
      expect(thresholdOf(el).checked).to.equal(false);
    });

    it('the threshold switch saves, by keyboard', async () => {
      const { el, puts } = await mount();
      thresholdOf(el).focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(thresholdOf(el).checked).to.equal(false);
      await save(el);
      expect((puts[0]?.body as { thresholdAlertEnabled: boolean }).thresholdAlertEnabled).to.equal(false);
    });

    it('fires kayse-save with the section and the saved settings', async () => {
      const { el } = await mount();
      await typeRecipients(el, `team@${DOMAIN}`);
      const heard = oneEvent(el, KayseSaveEvent.eventName);
      saveButton(el).click();
      const event = (await heard) as KayseSaveEvent<AlertSettings>;
      expect(event).to.be.instanceOf(KayseSaveEvent);
      expect(event.bubbles && event.composed).to.equal(true);
      expect(event.detail.section).to.equal('alerts');
      expect(event.detail.value.recipients).to.deep.equal([`team@${DOMAIN}`]);
      expect(event.detail.value.version).to.equal(3);
      expect(event.detail.value.primaryContactEmail).to.equal(PRIMARY);
    });

    it('a double click sends one PUT', async () => {
      const { el, backend, puts } = await mount();
      backend.addFault({ route: '/alerts', method: 'PUT', latencyMs: 200, times: 1 });
      await typeRecipients(el, `team@${DOMAIN}`);
      saveButton(el).click();
      saveButton(el).click();
      saveButton(el).dispatchEvent(new MouseEvent('dblclick', { bubbles: true, composed: true }));
      await el.updateComplete;
      expect(saveButton(el).getAttribute('aria-disabled')).to.equal('true');
      saveButton(el).click();
      await waitUntil(() => statusText(el) === en.saved, 'not saved');
      expect(puts).to.have.length(1);
      expect(backend.requests.filter((request) => request.method === 'PUT')).to.have.length(1);
    });

    it('a 500 keeps the text as typed, says why, and tells the host', async () => {
      const { el, backend } = await mount();
      backend.addFault({ route: '/alerts', method: 'PUT', status: 500 });
      const typed = `  team@${DOMAIN}\n\nops@${DOMAIN}`;
      await typeRecipients(el, typed);
      const heard = oneEvent(el, KayseErrorEvent.eventName);
      saveButton(el).click();
      const event = (await heard) as KayseErrorEvent;
      expect(event.detail).to.include({ section: 'alerts', operation: 'save' });
      expect(event.detail.error.kind).to.equal('server');
      await waitUntil(() => statusText(el).includes(en.saveFailedTitle), 'no failure shown');
      expect(shadow(el).querySelector('.save-status[role="alert"]')?.textContent).to.contain(en.errorServer);
      expect(textareaOf(el).value).to.equal(typed);
      expect(leave()).to.equal(true);
    });

    it('a 409 keeps the text, shows their version, and loads it on request', async () => {
      const { el, backend } = await mount();
      backend.patch('alerts', { recipients: [`cfo@${DOMAIN}`], thresholdAlert: { enabled: false, percent: 80 } });
      const typed = `team@${DOMAIN}\nops@${DOMAIN}`;
      await typeRecipients(el, typed);
      await save(el);
      expect(statusText(el)).to.contain(en.errorConflict);
      expect(textareaOf(el).value).to.equal(typed);
      expect(shadow(el).querySelector('.their-version')?.textContent).to.contain(`cfo@${DOMAIN}`);
      [...shadow(el).querySelectorAll<HTMLButtonElement>('.save-actions button')].find((button) => button.textContent?.trim() === en.loadLatest)!.click();
      await waitUntil(() => textareaOf(el).value === `cfo@${DOMAIN}`, 'their version was not loaded');
      await el.updateComplete;
      expect(thresholdOf(el).checked).to.equal(false);
      expect(statusText(el)).to.equal('');
      expect(leave()).to.equal(false);
    });

    it('a 409 then "keep my changes" saves the typed list over their version', async () => {
      const { el, backend, puts } = await mount();
      backend.patch('alerts', { recipients: [`cfo@${DOMAIN}`] });
      await typeRecipients(el, `team@${DOMAIN}`);
      await save(el);
      [...shadow(el).querySelectorAll<HTMLButtonElement>('.save-actions button')].find((button) => button.textContent?.trim() === en.keepMine)!.click();
      await waitUntil(() => statusText(el) === en.saved, 'not saved over');
      expect(puts.map((put) => (put.body as { version: number }).version)).to.deep.equal([2, 3]);
      expect(puts[1]?.body).to.deep.include({ recipients: [`team@${DOMAIN}`] });
      expect(textareaOf(el).value).to.equal(`team@${DOMAIN}`);
    });

    it('a 422 on recipients.N marks line N’s address, blank lines counted, and focuses the field', async () => {
      const { el } = await mount({}, { answer: () => refusal({ 'recipients.1': 'Bounced last month' }) });
      await typeRecipients(el, `ops@${DOMAIN}\n\nold@${DOMAIN}\nteam@${DOMAIN}`);
      await save(el);
      expect(lineErrors(el)).to.deep.equal([en.emailServerError(3, 'Bounced last month')]);
      expect(textareaOf(el).getAttribute('aria-invalid')).to.equal('true');
      expect(shadow(editorOf(el)).activeElement === textareaOf(el), 'focus is not on the recipients field').to.equal(true);
      expect(statusText(el)).to.contain(en.errorValidation);
      // An edit drops the server's verdict: its indices no longer point at these lines.
      await typeRecipients(el, `ops@${DOMAIN}\n\nnew@${DOMAIN}\nteam@${DOMAIN}`);
      expect(lineErrors(el)).to.deep.equal([]);
    });

    it('a 422 on another field is said in words', async () => {
      const { el } = await mount({}, { answer: () => refusal({ thresholdAlertEnabled: 'Not allowed for this plan' }) });
      await typeRecipients(el, `team@${DOMAIN}`);
      await save(el);
      expect(shadow(el).querySelector('.other-errors')?.textContent?.trim()).to.equal(`${en.alertsThreshold('80%')}: Not allowed for this plan`);
    });

    it('Save without changes sends nothing and says so', async () => {
      const { el, puts } = await mount();
      await typeRecipients(el, `${LOADED.join('\n')}\n\n`);
      await save(el);
      expect(shadow(el).querySelector('.form-problem')?.textContent?.trim()).to.equal(en.recipientsNoChanges);
      expect(puts).to.deep.equal([]);
    });
  });

  describe('the locked alerts', () => {
    it('cannot be toggled by mouse (switch or label)', async () => {
      const { el, puts } = await mount();
      for (const sw of lockedOf(el)) {
        switchButton(sw).click();
        shadow(sw).querySelector('label')!.click();
        await sw.updateComplete;
        expect(sw.checked).to.equal(true);
        expect(switchButton(sw).getAttribute('aria-checked')).to.equal('true');
        expect(switchButton(sw).disabled).to.equal(true);
      }
      await el.updateComplete;
      expect(resetButton(el).getAttribute('aria-disabled')).to.equal('true');
      expect(leave()).to.equal(false);
      await save(el);
      expect(puts).to.deep.equal([]);
    });

    it('cannot be reached or toggled by keyboard', async () => {
      const { el } = await mount();
      thresholdOf(el).focus();
      expect(shadow(thresholdOf(el)).activeElement === switchButton(thresholdOf(el)), 'focus is not on the threshold switch').to.equal(true);
      await sendKeys({ press: 'Tab' });
      // The next stop after the threshold switch is the recipients field: the locked ones are skipped.
      expect(shadow(editorOf(el)).activeElement === textareaOf(el), 'focus is not on the recipients field').to.equal(true);
      for (const sw of lockedOf(el)) {
        sw.focus();
        expect(shadow(sw).activeElement === null, 'a locked alert took focus').to.equal(true);
        await sendKeys({ press: 'Space' });
        await sendKeys({ press: 'Enter' });
        expect(sw.checked).to.equal(true);
      }
    });
  });

  describe('reset and leaving the page', () => {
    it('Reset restores the loaded values', async () => {
      const { el } = await mount();
      expect(resetButton(el).getAttribute('aria-disabled')).to.equal('true');
      await typeRecipients(el, `team@${DOMAIN}\nnope`);
      switchButton(thresholdOf(el)).click();
      await el.updateComplete;
      expect(resetButton(el).getAttribute('aria-disabled')).to.equal('false');
      expect(text(el)).to.contain(en.unsavedChanges);
      resetButton(el).click();
      await el.updateComplete;
      await editorOf(el).updateComplete;
      expect(textareaOf(el).value).to.equal(LOADED.join('\n'));
      expect(thresholdOf(el).checked).to.equal(true);
      expect(resetButton(el).getAttribute('aria-disabled')).to.equal('true');
      expect(text(el)).to.not.contain(en.unsavedChanges);
    });

    it('warns before the page is left only while there are unsaved edits', async () => {
      const { el } = await mount();
      expect(leave()).to.equal(false);
      await typeRecipients(el, `team@${DOMAIN}`);
      expect(leave()).to.equal(true);
      await save(el);
      expect(leave()).to.equal(false);
      switchButton(thresholdOf(el)).click();
      await el.updateComplete;
      expect(leave()).to.equal(true);
      switchButton(thresholdOf(el)).click();
      await el.updateComplete;
      expect(leave()).to.equal(false);
    });
  });

  describe('read-only', () => {
    it('shows the settings without controls and sends nothing', async () => {
      const { el, backend, puts } = await mount({ scenario: 'read_only' });
      expect(shadow(el).querySelector('kayse-switch, button, textarea, input, form') === null, 'an element that should not be there').to.equal(true);
      expect(shadow(editorOf(el)).querySelector('textarea') === null, 'an element that should not be there').to.equal(true);
      const items = [...shadow(editorOf(el)).querySelectorAll('[part="list"] li')].map((li) => li.textContent?.trim());
      expect(items).to.deep.equal(LOADED);
      const rows = [...shadow(el).querySelectorAll('.value-row')].map((row) => row.textContent?.replace(/\s+/g, ' ').trim());
      expect(rows).to.deep.equal([
        `${en.alertsThreshold('80%')} ${en.on}`,
        `${en.alertsCapReached} ${en.on} ${en.alertsCapReachedReason}`,
        `${en.alertsPaymentFailed} ${en.on} ${en.alertsPaymentFailedReason}`,
      ]);
      expect(text(el)).to.contain(en.alertsReadOnly);
      expect(leave()).to.equal(false);
      expect(puts).to.deep.equal([]);
      expect(backend.requests.every((request) => request.method === 'GET')).to.equal(true);
    });
  });

  describe('states', () => {
    it('hidden renders nothing and never asks for the alerts', async () => {
      const { el, backend } = await mount({ patch: { access: { sections: { alerts: 'hidden' } } } });
      expect(el.matches(':state(hidden)')).to.equal(true);
      expect(shadow(el).querySelector('section, form') === null, 'an element that should not be there').to.equal(true);
      expect(backend.requests.map((request) => request.path)).to.deep.equal(['/access']);
    });

    it('a failed load shows the error with a retry, and tells the host', async () => {
      const backend = createMockBackend({ today: TODAY });
      backend.addFault({ route: '/alerts', status: 500, times: 1 });
      const provider = await fixture<KayseBillingProvider>(html`<kayse-billing-provider base-url="/api/billing" .fetch=${createMockFetch({ backend })}></kayse-billing-provider>`);
      const heard = oneEvent(provider, KayseErrorEvent.eventName);
      provider.innerHTML = '<kayse-alert-recipients></kayse-alert-recipients>';
      const el = provider.querySelector('kayse-alert-recipients')!;
      expect(((await heard) as KayseErrorEvent).detail).to.include({ section: 'alerts', operation: 'load' });
      await waitUntil(() => el.matches(':state(error)'), 'no error state');
      shadow(el).querySelector<HTMLButtonElement>('[part="error"] button')!.click();
      await waitUntil(() => el.matches(':state(ready)'), 'the retry did not load');
    });
  });

  describe('form association', () => {
    it('a host form gets the recipients as its value and sees the validity', async () => {
      const { el } = await mount({}, { wrap: 'form' });
      const form = el.closest('form')!;
      expect(el.form).to.equal(form);
      expect(new FormData(form).get('alertRecipients')).to.equal(LOADED.join('\n'));
      expect(form.checkValidity()).to.equal(true);
      expect(el.value).to.equal(LOADED.join('\n'));

      await typeRecipients(el, ` team@${DOMAIN}\nnot-an-email\nops@${DOMAIN}`);
      expect(form.checkValidity()).to.equal(false);
      expect(el.checkValidity()).to.equal(false);
      expect(el.validity.customError).to.equal(true);
      expect(el.validationMessage).to.equal(en.recipientsInvalid(en.emailInvalid(2), 1));
      expect(new FormData(form).get('alertRecipients')).to.equal(`team@${DOMAIN}\nops@${DOMAIN}`);
      expect(el.matches(':invalid')).to.equal(true);

      await typeRecipients(el, `team@${DOMAIN}`);
      expect(form.checkValidity()).to.equal(true);
      expect(el.matches(':valid')).to.equal(true);
    });

    it('reportValidity() points at the field', async () => {
      const { el } = await mount({}, { wrap: 'form' });
      await typeRecipients(el, 'nope');
      expect(el.reportValidity()).to.equal(false);
      expect(shadow(editorOf(el)).activeElement === textareaOf(el), 'focus is not on the recipients field').to.equal(true);
    });

    it('a host form reset restores the loaded values', async () => {
      const { el } = await mount({}, { wrap: 'form' });
      await typeRecipients(el, `team@${DOMAIN}`);
      el.closest('form')!.reset();
      await el.updateComplete;
      await editorOf(el).updateComplete;
      expect(textareaOf(el).value).to.equal(LOADED.join('\n'));
    });

    it('a disabled host fieldset disables the controls', async () => {
      const { el, puts } = await mount({}, { wrap: 'fieldset' });
      await el.updateComplete;
      expect(thresholdOf(el).disabled).to.equal(true);
      expect(textareaOf(el).disabled).to.equal(true);
      expect(saveButton(el).getAttribute('aria-disabled')).to.equal('true');
      saveButton(el).click();
      await el.updateComplete;
      expect(puts).to.deep.equal([]);
    });
  });
});

/** A 422 as the contract words it, with these field errors. */
function refusal(fields: Record<string, string>): Response {
  const body = JSON.stringify({ error: { code: 'validation_failed', message: 'Some fields are not valid', fields } });
  return new Response(body, { status: 422, headers: { 'Content-Type': 'application/json' } });
}
