import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import type { ScheduledEmails } from '../../src/api/schemas.js';
import type { KayseBillingProvider } from '../../src/elements/billing-provider/billing-provider.js';
import type { KayseScheduledEmails } from '../../src/elements/scheduled-emails/scheduled-emails.js';
import '../../src/elements/scheduled-emails/define.js';
import { KayseErrorEvent, KayseSaveEvent } from '../../src/events/events.js';
import { en } from '../../src/i18n/en.js';
import { es } from '../../src/i18n/es.js';
import { scheduleRecipientsProblem, type ScheduleOptions } from '../../src/elements/scheduled-emails/scheduled-emails.types.js';
import type { Receivers } from '../../src/elements/recipients-form/recipients-rules.js';
import { createMockBackend, createMockFetch, type MockBackend, type MockBackendOptions } from '../../src/mock/index.js';
import type { KayseEmailListEditor } from '../../src/ui/kit/email-list-editor.js';
import type { KayseSwitch } from '../../src/ui/kit/switch.js';
import { recordingFetch, type SentPut } from '../helpers/recording-fetch.js';

const TODAY = '2026-11-24';
const DOMAIN = 'whithale.example';
// The healthy scenario: weekly, on, one extra recipient beside the primary contact.
const PRIMARY = `dana.whit@${DOMAIN}`;
const LOADED = [`cfo@${DOMAIN}`];
// Switched on, and no one to receive them: no primary contact, no extra recipient.
const NOBODY: MockBackendOptions = { scenario: 'empty', today: '2026-12-01', patch: { scheduledEmails: { enabled: true } } };

interface Mounted {
  readonly backend: MockBackend;
  readonly el: KayseScheduledEmails;
  /** Every PUT the element sent, with its body, in order. */
  readonly puts: SentPut[];
}

async function settled(el: KayseScheduledEmails): Promise<void> {
  await waitUntil(() => !el.matches(':state(loading)'), 'the element stayed loading', { timeout: 4000 });
  await el.updateComplete;
  const editor = el.shadowRoot?.querySelector('kayse-email-list-editor');
  if (editor) await editor.updateComplete;
}

async function mount(options: MockBackendOptions = {}, { answer, wrap }: { answer?: (path: string) => Response | null; wrap?: 'form' | 'fieldset' } = {}): Promise<Mounted> {
  const backend = createMockBackend({ today: TODAY, scenario: 'healthy', ...options });
  const puts: SentPut[] = [];
  const provider = html`<kayse-billing-provider base-url="/api/billing" .fetch=${recordingFetch(backend, puts, { current: answer && ((method, path) => (method === 'PUT' ? (answer(path) ?? undefined) : undefined)) })}>
    <kayse-scheduled-emails name="reportRecipients"></kayse-scheduled-emails>
  </kayse-billing-provider>`;
  const root = await fixture<HTMLElement>(
    wrap === 'form' ? html`<form>${provider}</form>` : wrap === 'fieldset' ? html`<form><fieldset disabled>${provider}</fieldset></form>` : provider,
  );
  const el = root.querySelector('kayse-scheduled-emails')!;
  await settled(el);
  return { backend, el, puts };
}

const shadow = (el: Element) => el.shadowRoot!;
const editorOf = (el: KayseScheduledEmails) => shadow(el).querySelector<KayseEmailListEditor>('kayse-email-list-editor')!;
const textareaOf = (el: KayseScheduledEmails) => shadow(editorOf(el)).querySelector('textarea')!;
const enableOf = (el: KayseScheduledEmails) => shadow(el).querySelector<KayseSwitch>('kayse-switch.enable')!;
const switchButton = (sw: KayseSwitch) => shadow(sw).querySelector('button')!;
const frequencyGroup = (el: KayseScheduledEmails) => shadow(el).querySelector<HTMLFieldSetElement>('fieldset.frequency')!;
const radios = (el: KayseScheduledEmails) => [...shadow(el).querySelectorAll<HTMLInputElement>('input[type="radio"]')];
const radio = (el: KayseScheduledEmails, value: string) => radios(el).find((input) => input.value === value)!;
const checkedFrequency = (el: KayseScheduledEmails) => radios(el).find((input) => input.checked)?.value ?? null;
const saveButton = (el: KayseScheduledEmails) => shadow(el).querySelector<HTMLButtonElement>('button.save')!;
const resetButton = (el: KayseScheduledEmails) => shadow(el).querySelector<HTMLButtonElement>('button.reset')!;
const statusText = (el: KayseScheduledEmails) => (shadow(el).querySelector('.save-status')?.textContent ?? '').replace(/\s+/g, ' ').trim();
const sentence = (el: KayseScheduledEmails) => shadow(el).querySelector('.sentence')?.textContent?.trim();
const text = (el: Element) => (el.shadowRoot?.textContent ?? '').replace(/\s+/g, ' ').trim();
const lineErrors = (el: KayseScheduledEmails) => [...shadow(editorOf(el)).querySelectorAll('#errors li')].map((li) => li.textContent!.trim());
const numbered = (count: number) => Array.from({ length: count }, (_, i) => `partner${i + 1}@${DOMAIN}`);
const focused = (root: ShadowRoot, element: Element | null) => root.activeElement === element;
const hintText = (el: KayseScheduledEmails) => shadow(editorOf(el)).querySelector('#hint')?.textContent?.trim();
const problemText = (el: KayseScheduledEmails) => shadow(el).querySelector('.form-problem')?.textContent?.trim();
const putRequests = (backend: MockBackend) => backend.requests.filter((request) => request.method === 'PUT');

/** Types into the recipients field the way the browser reports it: the new text, then an input event. */
async function typeRecipients(el: KayseScheduledEmails, value: string): Promise<void> {
  const textarea = textareaOf(el);
  textarea.value = value;
  textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  await editorOf(el).updateComplete;
}

async function save(el: KayseScheduledEmails): Promise<void> {
  saveButton(el).click();
  await el.updateComplete;
  await waitUntil(() => !statusText(el).includes(en.saving), 'the save did not finish', { timeout: 4000 });
  await el.updateComplete;
  await editorOf(el).updateComplete;
}

async function toggleEnabled(el: KayseScheduledEmails): Promise<void> {
  switchButton(enableOf(el)).click();
  await el.updateComplete;
}

/** A 422 as the contract words it, with these field errors. */
function refusal(fields: Record<string, string>): Response {
  const body = JSON.stringify({ error: { code: 'validation_failed', message: 'Some fields are not valid', fields } });
  return new Response(body, { status: 422, headers: { 'Content-Type': 'application/json' } });
}

const leave = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

describe('<kayse-scheduled-emails>', () => {
  describe('accessibility (axe) in every state', () => {
    it('loading', async () => {
      const backend = createMockBackend({ today: TODAY, latencyMs: 60_000 });
      const provider = await fixture<KayseBillingProvider>(
        html`<kayse-billing-provider base-url="/api/billing" .fetch=${createMockFetch({ backend })}><kayse-scheduled-emails></kayse-scheduled-emails></kayse-billing-provider>`,
      );
      const el = provider.querySelector('kayse-scheduled-emails')!;
      await el.updateComplete;
      expect(el.matches(':state(loading)')).to.equal(true);
      await expect(el).to.be.accessible();
      provider.remove();
    });

    it('ready', async () => {
      const { el } = await mount();
      await expect(el).to.be.accessible();
    });

    it('switched off, the frequency disabled', async () => {
      const { el } = await mount({ patch: { scheduledEmails: { enabled: false } } });
      await expect(el).to.be.accessible();
    });

    it('an unknown frequency, refused on save', async () => {
      const { el } = await mount({ patch: { scheduledEmails: { frequency: 'quarterly' } } });
      await save(el);
      await expect(el).to.be.accessible();
    });

    it('no one would receive them', async () => {
      const { el } = await mount({ scenario: 'empty', today: '2026-12-01', patch: { scheduledEmails: { enabled: true } } });
      await expect(el).to.be.accessible();
    });

    it('no one to receive them, refused on save', async () => {
      const { el } = await mount(NOBODY);
      await save(el);
      expect(hintText(el)).to.equal(en.scheduledNoRecipientError);
      await expect(el).to.be.accessible();
    });

    it('line errors after a refused save', async () => {
      const { el } = await mount();
      await typeRecipients(el, `cfo@${DOMAIN}\nnope\nCFO@${DOMAIN}\n${PRIMARY}`);
      await save(el);
      await expect(el).to.be.accessible();
    });

    it('saving, saved, failed and conflict', async () => {
      const { el, backend } = await mount();
      backend.addFault({ route: '/scheduled-emails', method: 'PUT', latencyMs: 300, times: 1 });
      await typeRecipients(el, `team@${DOMAIN}`);
      saveButton(el).click();
      await el.updateComplete;
      expect(statusText(el)).to.equal(en.saving);
      await expect(el).to.be.accessible();
      await waitUntil(() => statusText(el) === en.saved, 'not saved');
      await expect(el).to.be.accessible();

      backend.addFault({ route: '/scheduled-emails', method: 'PUT', status: 500, times: 1 });
      await typeRecipients(el, `team@${DOMAIN}\nmore@${DOMAIN}`);
      await save(el);
      expect(statusText(el)).to.contain(en.saveFailedTitle);
      await expect(el).to.be.accessible();

      backend.patch('scheduledEmails', { frequency: 'daily' });
      await save(el);
      expect(statusText(el)).to.contain(en.errorConflict);
      await expect(el).to.be.accessible();
    });

    it('read-only', async () => {
      const { el } = await mount({ scenario: 'read_only' });
      await expect(el).to.be.accessible();
    });

    it('error', async () => {
      const backend = createMockBackend({ today: TODAY });
      backend.addFault({ route: '/scheduled-emails', status: 500 });
      const provider = await fixture<KayseBillingProvider>(
        html`<kayse-billing-provider base-url="/api/billing" .fetch=${createMockFetch({ backend })}><kayse-scheduled-emails></kayse-scheduled-emails></kayse-billing-provider>`,
      );
      const el = provider.querySelector('kayse-scheduled-emails')!;
      await waitUntil(() => el.matches(':state(error)'), 'no error state');
      await expect(el).to.be.accessible();
    });

    it('hidden', async () => {
      const { el } = await mount({ patch: { access: { sections: { scheduledEmails: 'hidden' } } } });
      expect(el.matches(':state(hidden)')).to.equal(true);
      await expect(el).to.be.accessible();
    });
  });

  describe('what it shows', () => {
    it('the switch, the frequency as a labelled radio group, the primary contact, the recipients and the sentence', async () => {
      const { el } = await mount();
      expect(enableOf(el).label).to.equal(en.scheduledEnable);
      expect(enableOf(el).checked).to.equal(true);
      const group = frequencyGroup(el);
      expect(group.querySelector('legend')?.textContent?.trim()).to.equal(en.scheduledFrequencyLegend);
      expect(group.disabled).to.equal(false);
      expect(radios(el).map((input) => input.labels?.[0]?.textContent?.trim())).to.deep.equal([en.scheduledDaily, en.scheduledWeekly, en.scheduledMonthly]);
      expect(new Set(radios(el).map((input) => input.name)).size).to.equal(1);
      expect(checkedFrequency(el)).to.equal('weekly');
      expect(shadow(el).querySelector('.primary-email')?.textContent?.trim()).to.equal(PRIMARY);
      expect(textareaOf(el).value).to.equal(LOADED.join('\n'));
      expect(sentence(el)).to.equal(en.scheduledToPrimary(en.scheduledEveryWeek, PRIMARY, 1, '1'));
      for (const part of ['base', 'toggles', 'recipients']) expect(shadow(el).querySelector(`[part="${part}"]`) !== null, part).to.equal(true);
      expect(shadow(el).querySelector('[part="toggles"]')?.localName).to.equal('fieldset');
      expect(shadow(el).querySelector('[part="recipients"]')?.localName).to.equal('fieldset');
    });

    it('switched off: the frequency is disabled but keeps its choice, and says why', async () => {
      const { el } = await mount({ patch: { scheduledEmails: { enabled: false, frequency: 'monthly' } } });
      const group = frequencyGroup(el);
      expect(group.disabled).to.equal(true);
      expect(radios(el).every((input) => input.matches(':disabled'))).to.equal(true);
      expect(checkedFrequency(el)).to.equal('monthly');
      const described = (group.getAttribute('aria-describedby') ?? '').split(/\s+/);
      expect(described).to.include('frequency-off');
      expect(shadow(el).getElementById('frequency-off')?.textContent?.trim()).to.equal(en.scheduledFrequencyOff);
      expect(sentence(el)).to.equal(en.scheduledOff);
    });

    it('the sentence follows the edits: who (primary contact and N others) and when', async () => {
      const { el } = await mount();
      await typeRecipients(el, `cfo@${DOMAIN}\nops@${DOMAIN}\nnot-yet-an-address`);
      expect(sentence(el)).to.equal(en.scheduledToPrimary(en.scheduledEveryWeek, PRIMARY, 2, '2'));
      radio(el, 'daily').click();
      await el.updateComplete;
      expect(sentence(el)).to.equal(en.scheduledToPrimary(en.scheduledEveryDay, PRIMARY, 2, '2'));
      await typeRecipients(el, '');
      expect(sentence(el)).to.equal(en.scheduledToPrimary(en.scheduledEveryDay, PRIMARY, 0, '0'));
      await toggleEnabled(el);
      expect(sentence(el)).to.equal(en.scheduledOff);
    });

    it('without a primary contact, the sentence counts the recipients, or says no one receives them', async () => {
      const { el } = await mount({ scenario: 'empty', today: '2026-12-01', patch: { scheduledEmails: { enabled: true, frequency: 'monthly' } } });
      expect(shadow(el).querySelector('.primary-email')?.textContent?.trim()).to.equal(en.recipientsNoPrimary);
      expect(sentence(el)).to.equal(en.scheduledToNoOne);
      await typeRecipients(el, `a@${DOMAIN}\nb@${DOMAIN}`);
      expect(sentence(el)).to.equal(en.scheduledToOthers(en.scheduledEveryMonth, 2, '2'));
    });

    it('counts in the element’s locale', async () => {
      const { el } = await mount({ patch: { scheduledEmails: { recipients: numbered(12) } } });
      // Arabic-Indic digits, with the English catalog (there is no Arabic one): numbers follow the locale.
      el.locale = 'ar-EG';
      await el.updateComplete;
      const twelve = new Intl.NumberFormat('ar-EG').format(12);
      expect(twelve).to.not.equal('12');
      expect(sentence(el)).to.equal(en.scheduledToPrimary(en.scheduledEveryWeek, PRIMARY, 12, twelve));
    });
  });

  describe('the frequency choices: on one line, or stacked all together', () => {
    /** How many lines the three choices take. */
    const lines = (el: KayseScheduledEmails) => new Set(radios(el).map((input) => Math.round(input.closest('label')!.getBoundingClientRect().top))).size;
    const choicesWidth = (el: KayseScheduledEmails) => shadow(el).querySelector('.choices')!.getBoundingClientRect().width;

    /** The element in a box of `width` px, in the demo host's font (15px system-ui), in `locale`. */
    async function mountIn(width: number, locale: 'en' | 'es'): Promise<{ readonly box: HTMLElement; readonly el: KayseScheduledEmails }> {
      const backend = createMockBackend({ today: TODAY, scenario: 'healthy' });
      const box = await fixture<HTMLElement>(html`<div style="width: ${width}px; font: 15px system-ui, sans-serif">
        <kayse-billing-provider base-url="/api/billing" .fetch=${createMockFetch({ backend })}>
          <kayse-scheduled-emails locale=${locale}></kayse-scheduled-emails>
        </kayse-billing-provider>
      </div>`);
      const el = box.querySelector('kayse-scheduled-emails')!;
      await settled(el);
      await waitUntil(() => text(el).includes((locale === 'es' ? es : en).scheduledHeading), 'the strings did not load');
      return { box, el };
    }

    for (const locale of ['en', 'es'] as const) {
      it(`${locale}: side by side in a half-width group of the settings area at 1280 and 1024 px`, async () => {
        // The settings area's section is about 744 px wide at 1280 px, 736 at 1024: two groups, each
        // holding choices about 330 and 326 px wide. "Monthly" used to wrap alone there.
        const { box, el } = await mountIn(744, locale);
        expect(choicesWidth(el)).to.be.within(325, 335);
        expect(lines(el)).to.equal(1);
        box.style.width = '736px';
        expect(choicesWidth(el)).to.be.within(320, 330);
        expect(lines(el)).to.equal(1);
      });

      it(`${locale}: stacked, all three, on a 390 px phone`, async () => {
        // The settings area at 390 px leaves the group about 326 px, its choices 292.
        const { el } = await mountIn(326, locale);
        expect(choicesWidth(el)).to.be.within(285, 300);
        expect(lines(el)).to.equal(3);
        const widths = radios(el).map((input) => Math.round(input.closest('label')!.getBoundingClientRect().width));
        expect(new Set(widths).size, 'each as wide as the group').to.equal(1);
      });

      it(`${locale}: never two on a line and one alone, at any width`, async () => {
        const { box, el } = await mountIn(900, locale);
        const seen = new Set<number>();
        for (let width = 220; width <= 900; width += 2) {
          box.style.width = `${width}px`;
          const count = lines(el);
          seen.add(count);
          expect(count, `${width} px`).to.be.oneOf([1, 3]);
        }
        expect([...seen].sort()).to.deep.equal([1, 3]);
      });
    }

    it('the loading frame stacks its choices at the same widths', async () => {
      const backend = createMockBackend({ today: TODAY, latencyMs: 60_000 });
      const box = await fixture<HTMLElement>(html`<div style="width: 326px; font: 15px system-ui, sans-serif">
        <kayse-billing-provider base-url="/api/billing" .fetch=${createMockFetch({ backend })}><kayse-scheduled-emails></kayse-scheduled-emails></kayse-billing-provider>
      </div>`);
      const el = box.querySelector('kayse-scheduled-emails')!;
      await el.updateComplete;
      const rowsAt = () => new Set([...shadow(el).querySelectorAll('.choices > .loading-row')].map((row) => Math.round(row.getBoundingClientRect().top))).size;
      expect(rowsAt()).to.equal(3);
      box.style.width = '744px';
      expect(rowsAt()).to.equal(1);
      box.remove();
    });
  });

  describe('bad input is refused before any request', () => {
    const cases: { name: string; value: () => string; messages: string[] }[] = [
      { name: 'an invalid line', value: () => `cfo@${DOMAIN}\nnot-an-email\nteam@${DOMAIN}`, messages: [en.emailInvalid(2)] },
      { name: 'a duplicate in another case', value: () => `cfo@${DOMAIN}\nteam@${DOMAIN}\nCfO@${DOMAIN}`, messages: [en.emailDuplicate(3, 1)] },
      { name: 'the primary contact’s address', value: () => `cfo@${DOMAIN}\n  ${PRIMARY.toUpperCase()}  `, messages: [en.emailPrimary(2)] },
      { name: '51 addresses', value: () => numbered(51).join('\n'), messages: [en.emailTooMany(51, 50)] },
    ];
    for (const { name, value, messages } of cases) {
      it(`${name}: per-line errors, aria-invalid, aria-describedby in the same root, no PUT`, async () => {
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
        expect(focused(shadow(editorOf(el)), textarea), 'focus on the recipients field').to.equal(true);
        expect(puts).to.deep.equal([]);
        expect(backend.requests.filter((request) => request.method === 'PUT')).to.deep.equal([]);
        expect(textarea.value).to.equal(value());
      });
    }
  });

  describe('switched on with no one to receive them', () => {
    const options = (enabled: boolean): ScheduleOptions => ({ enabled, frequency: 'weekly' });
    const who = (primaryEmail: string | null, accepted: number, refused = 0): Receivers => ({ primaryEmail, accepted, refused });
    const rules: [string, ScheduleOptions, Receivers, ReturnType<typeof scheduleRecipientsProblem>][] = [
      ['on, nobody', options(true), who(null, 0), 'no_recipient'],
      ['off, nobody', options(false), who(null, 0), null],
      ['on, the primary contact only', options(true), who(PRIMARY, 0), null],
      ['on, one extra recipient only', options(true), who(null, 1), null],
      ['on, only a refused line (its line error says it)', options(true), who(null, 0, 1), null],
      ['on with an unknown frequency, nobody', { enabled: true, frequency: 'quarterly' }, who(null, 0), 'no_recipient'],
    ];
    for (const [name, schedule, receivers, expected] of rules) {
      it(`the rule: ${name} → ${String(expected)}`, () => {
        expect(scheduleRecipientsProblem(schedule, receivers)).to.equal(expected);
      });
    }

    it('switched on with nobody, Save sends nothing, says why on the recipients field (its description), and moves focus there', async () => {
      // A new company: emails off, no primary contact, no extra recipient.
      const { el, backend, puts: sent } = await mount({ scenario: 'empty', today: '2026-12-01' });
      expect(enableOf(el).checked).to.equal(false);
      await toggleEnabled(el);
      expect(hintText(el), 'nothing said before a save is tried').to.equal(en.emailListHint);
      expect(editorOf(el).classList.contains('missing')).to.equal(false);
      expect(textareaOf(el).getAttribute('aria-invalid')).to.equal('false');
      await save(el);
      expect(sent).to.deep.equal([]);
      expect(putRequests(backend)).to.deep.equal([]);
      expect(hintText(el)).to.equal(en.scheduledNoRecipientError);
      expect(editorOf(el).classList.contains('missing')).to.equal(true);
      const textarea = textareaOf(el);
      await editorOf(el).updateComplete;
      expect(textarea.getAttribute('aria-invalid'), 'the field is marked invalid for assistive technology').to.equal('true');
      expect((textarea.getAttribute('aria-describedby') ?? '').split(/\s+/)).to.include('hint');
      expect(focused(shadow(editorOf(el)), textarea), 'focus on the recipients field').to.equal(true);
      expect(problemText(el)).to.equal(en.recipientsFix(1));
      expect(statusText(el)).to.equal('');
      expect(el.checkValidity()).to.equal(false);
      expect(el.validationMessage).to.equal(en.scheduledNoRecipientError);
    });

    it('loaded on with nobody: Save says so (not "no changes") and sends nothing', async () => {
      const { el, puts: sent } = await mount(NOBODY);
      await save(el);
      expect(hintText(el)).to.equal(en.scheduledNoRecipientError);
      expect(problemText(el)).to.equal(en.recipientsFix(1));
      radio(el, 'daily').click();
      await el.updateComplete;
      await save(el);
      expect(hintText(el)).to.equal(en.scheduledNoRecipientError);
      expect(sent).to.deep.equal([]);
    });

    it('an address typed clears it, and the save then goes through', async () => {
      const { el, puts: sent } = await mount(NOBODY);
      await save(el);
      await typeRecipients(el, `cfo@${DOMAIN}`);
      expect(hintText(el)).to.equal(en.emailListHint);
      expect(editorOf(el).classList.contains('missing')).to.equal(false);
      expect(el.checkValidity()).to.equal(true);
      await save(el);
      expect(sent).to.have.length(1);
      expect(sent[0]?.body).to.deep.include({ enabled: true, recipients: [`cfo@${DOMAIN}`] });
      expect(statusText(el)).to.equal(en.saved);
    });

    it('the address removed again: said again at once (a save was tried)', async () => {
      const { el, puts: sent } = await mount(NOBODY);
      await save(el);
      await typeRecipients(el, `cfo@${DOMAIN}`);
      await typeRecipients(el, '');
      expect(hintText(el)).to.equal(en.scheduledNoRecipientError);
      expect(sent).to.deep.equal([]);
    });

    it('turning the emails off with nobody to receive them is fine, and saved', async () => {
      const { el, puts: sent } = await mount(NOBODY);
      await save(el);
      await toggleEnabled(el);
      expect(hintText(el)).to.equal(en.emailListHint);
      await save(el);
      expect(sent.map((put) => put.body['enabled'])).to.deep.equal([false]);
      expect(statusText(el)).to.equal(en.saved);
    });

    it('a refused line is the one problem said: its line error, not "no one"', async () => {
      const { el, puts: sent } = await mount(NOBODY);
      await typeRecipients(el, 'not-an-email');
      await save(el);
      expect(lineErrors(el)).to.deep.equal([en.emailInvalid(1)]);
      expect(hintText(el)).to.equal(en.emailListHint);
      expect(problemText(el)).to.equal(en.recipientsFix(1));
      expect(sent).to.deep.equal([]);
    });

    it('with a primary contact, no extra recipient is fine', async () => {
      const { el, puts: sent } = await mount();
      await typeRecipients(el, '');
      await save(el);
      expect(sent.map((put) => put.body['recipients'])).to.deep.equal([[]]);
      expect(hintText(el)).to.equal(en.emailListHint);
    });

    it('in Spanish', async () => {
      const { el, puts: sent } = await mount(NOBODY);
      el.locale = 'es';
      await waitUntil(() => text(el).includes(es.scheduledHeading), 'the Spanish strings did not load');
      await save(el);
      expect(hintText(el)).to.equal(es.scheduledNoRecipientError);
      expect(sent).to.deep.equal([]);
    });
  });

  describe('saving', () => {
    it('sends the schedule and the recipients trimmed, in the typed order, with the version', async () => {
      const { el, puts } = await mount();
      await typeRecipients(el, ` zoe@${DOMAIN}\n\n  ann@${DOMAIN}  \nbob@${DOMAIN}`);
      await save(el);
      expect(puts).to.have.length(1);
      expect(puts[0]?.path).to.equal('/scheduled-emails');
      expect(puts[0]?.body).to.deep.equal({ enabled: true, frequency: 'weekly', recipients: [`zoe@${DOMAIN}`, `ann@${DOMAIN}`, `bob@${DOMAIN}`], version: 1 });
      expect(puts[0]?.key).to.be.a('string').and.not.equal('');
      expect(statusText(el)).to.equal(en.saved);
      expect(textareaOf(el).value).to.equal([`zoe@${DOMAIN}`, `ann@${DOMAIN}`, `bob@${DOMAIN}`].join('\n'));
    });

    it('the enable switch saves, and switching off keeps the frequency', async () => {
      const { el, puts } = await mount();
      await toggleEnabled(el);
      expect(frequencyGroup(el).disabled).to.equal(true);
      expect(checkedFrequency(el)).to.equal('weekly');
      await save(el);
      expect(puts.map((put) => put.body)).to.deep.equal([{ enabled: false, frequency: 'weekly', recipients: LOADED, version: 1 }]);
      expect(enableOf(el).checked).to.equal(false);
    });

    it('the frequency is chosen with the arrow keys and saved', async () => {
      const { el, puts } = await mount();
      radio(el, 'weekly').focus();
      await sendKeys({ press: 'ArrowRight' });
      await el.updateComplete;
      expect(checkedFrequency(el)).to.equal('monthly');
      expect(focused(shadow(el), radio(el, 'monthly')), 'focus follows the choice').to.equal(true);
      await save(el);
      expect(puts.map((put) => put.body)).to.deep.equal([{ enabled: true, frequency: 'monthly', recipients: LOADED, version: 1 }]);
    });

    it('the enable switch works by keyboard', async () => {
      const { el } = await mount();
      enableOf(el).focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(enableOf(el).checked).to.equal(false);
    });

    it('fires kayse-save with the section and the saved settings', async () => {
      const { el } = await mount();
      radio(el, 'daily').click();
      await el.updateComplete;
      const heard = oneEvent(el, KayseSaveEvent.eventName);
      saveButton(el).click();
      const event = (await heard) as KayseSaveEvent<ScheduledEmails>;
      expect(event.detail.section).to.equal('scheduledEmails');
      expect(event.detail.value).to.deep.equal({ enabled: true, frequency: 'daily', recipients: LOADED, primaryContactEmail: PRIMARY, version: 2 });
    });

    it('a double click sends one PUT', async () => {
      const { el, backend, puts } = await mount();
      backend.addFault({ route: '/scheduled-emails', method: 'PUT', latencyMs: 200, times: 1 });
      await typeRecipients(el, `team@${DOMAIN}`);
      saveButton(el).click();
      saveButton(el).click();
      await el.updateComplete;
      saveButton(el).click();
      await waitUntil(() => statusText(el) === en.saved, 'not saved');
      expect(puts).to.have.length(1);
    });

    it('a 500 keeps the text and the schedule as edited', async () => {
      const { el, backend } = await mount();
      backend.addFault({ route: '/scheduled-emails', method: 'PUT', status: 500 });
      const typed = `team@${DOMAIN}\n\n  ops@${DOMAIN}`;
      await typeRecipients(el, typed);
      radio(el, 'daily').click();
      await el.updateComplete;
      const heard = oneEvent(el, KayseErrorEvent.eventName);
      saveButton(el).click();
      expect(((await heard) as KayseErrorEvent).detail).to.include({ section: 'scheduledEmails', operation: 'save' });
      await waitUntil(() => statusText(el).includes(en.saveFailedTitle), 'no failure shown');
      expect(textareaOf(el).value).to.equal(typed);
      expect(checkedFrequency(el)).to.equal('daily');
      expect(leave()).to.equal(true);
    });

    it('a 409 keeps the edits, and "keep my changes" saves them over their version', async () => {
      const { el, backend, puts } = await mount();
      backend.patch('scheduledEmails', { frequency: 'daily', recipients: [`controller@${DOMAIN}`] });
      const typed = `team@${DOMAIN}`;
      await typeRecipients(el, typed);
      await save(el);
      expect(statusText(el)).to.contain(en.errorConflict);
      expect(textareaOf(el).value).to.equal(typed);
      expect(checkedFrequency(el)).to.equal('weekly');
      expect(shadow(el).querySelector('.their-version')?.textContent).to.contain(en.scheduledDaily).and.contain(`controller@${DOMAIN}`);
      [...shadow(el).querySelectorAll<HTMLButtonElement>('.save-actions button')].find((button) => button.textContent?.trim() === en.keepMine)!.click();
      await waitUntil(() => statusText(el) === en.saved, 'not saved over');
      expect(puts.map((put) => put.body)).to.deep.equal([
        { enabled: true, frequency: 'weekly', recipients: [typed], version: 1 },
        { enabled: true, frequency: 'weekly', recipients: [typed], version: 2 },
      ]);
    });

    it('a 409, then "load their version" shows it', async () => {
      const { el, backend } = await mount();
      backend.patch('scheduledEmails', { frequency: 'daily', recipients: [`controller@${DOMAIN}`] });
      await typeRecipients(el, `team@${DOMAIN}`);
      await save(el);
      [...shadow(el).querySelectorAll<HTMLButtonElement>('.save-actions button')].find((button) => button.textContent?.trim() === en.loadLatest)!.click();
      await waitUntil(() => textareaOf(el).value === `controller@${DOMAIN}`, 'their version was not loaded');
      await el.updateComplete;
      expect(checkedFrequency(el)).to.equal('daily');
      expect(leave()).to.equal(false);
    });

    it('a 422 on recipients.N marks line N’s address', async () => {
      const { el } = await mount({}, { answer: () => refusal({ 'recipients.2': 'Bounced last month' }) });
      await typeRecipients(el, `\nops@${DOMAIN}\nteam@${DOMAIN}\n\nold@${DOMAIN}`);
      await save(el);
      expect(lineErrors(el)).to.deep.equal([en.emailServerError(5, 'Bounced last month')]);
      expect(textareaOf(el).getAttribute('aria-invalid')).to.equal('true');
      expect(focused(shadow(editorOf(el)), textareaOf(el)), 'focus on the recipients field').to.equal(true);
    });

    it('a frequency this version does not know is shown, refused on save, and replaced by a choice', async () => {
      const { el, puts } = await mount({ patch: { scheduledEmails: { frequency: 'quarterly' } } });
      expect(checkedFrequency(el)).to.equal(null);
      expect(shadow(el).getElementById('frequency-unknown')?.textContent).to.contain('quarterly');
      expect(sentence(el)).to.contain('quarterly');
      expect(el.checkValidity()).to.equal(false);
      await typeRecipients(el, `team@${DOMAIN}`);
      await save(el);
      expect(puts).to.deep.equal([]);
      expect(shadow(el).getElementById('frequency-error')?.textContent?.trim()).to.equal(en.scheduledFrequencyRequired);
      expect((frequencyGroup(el).getAttribute('aria-describedby') ?? '').split(' ')).to.include('frequency-error');
      expect(radios(el).every((input) => input.getAttribute('aria-invalid') === 'true')).to.equal(true);
      expect(focused(shadow(el), radio(el, 'daily')), 'focus on the first choice').to.equal(true);
      radio(el, 'monthly').click();
      await el.updateComplete;
      await save(el);
      expect(puts.map((put) => put.body)).to.deep.equal([{ enabled: true, frequency: 'monthly', recipients: [`team@${DOMAIN}`], version: 1 }]);
    });

    it('an unknown frequency stays choosable while the emails are off', async () => {
      const { el } = await mount({ patch: { scheduledEmails: { frequency: 'quarterly', enabled: false } } });
      expect(frequencyGroup(el).disabled).to.equal(false);
    });
  });

  describe('reset and leaving the page', () => {
    it('Reset restores the loaded values', async () => {
      const { el } = await mount();
      await typeRecipients(el, `team@${DOMAIN}\nnope`);
      radio(el, 'monthly').click();
      await toggleEnabled(el);
      expect(leave()).to.equal(true);
      resetButton(el).click();
      await el.updateComplete;
      await editorOf(el).updateComplete;
      expect(textareaOf(el).value).to.equal(LOADED.join('\n'));
      expect(enableOf(el).checked).to.equal(true);
      expect(checkedFrequency(el)).to.equal('weekly');
      expect(leave()).to.equal(false);
      expect(text(el)).to.not.contain(en.unsavedChanges);
    });
  });

  describe('read-only', () => {
    it('shows the schedule without controls and sends nothing', async () => {
      const { el, backend, puts } = await mount({ scenario: 'read_only' });
      expect(shadow(el).querySelector('kayse-switch, button, textarea, input, form') === null, 'no controls').to.equal(true);
      const rows = [...shadow(el).querySelectorAll('.value-row')].map((row) => row.textContent?.replace(/\s+/g, ' ').trim());
      expect(rows).to.deep.equal([`${en.scheduledEnable} ${en.on}`, `${en.scheduledFrequencyLegend} ${en.scheduledWeekly}`]);
      const items = [...shadow(editorOf(el)).querySelectorAll('[part="list"] li')].map((li) => li.textContent?.trim());
      expect(items).to.deep.equal(LOADED);
      expect(sentence(el)).to.equal(en.scheduledToPrimary(en.scheduledEveryWeek, PRIMARY, 1, '1'));
      expect(text(el)).to.contain(en.scheduledReadOnly);
      expect(puts).to.deep.equal([]);
      expect(backend.requests.every((request) => request.method === 'GET')).to.equal(true);
    });
  });

  describe('states', () => {
    it('reads its own settings and nothing else (who receives them is in them)', async () => {
      const { backend } = await mount();
      expect(backend.requests.map((request) => `${request.method} ${request.path}`)).to.deep.equal(['GET /access', 'GET /scheduled-emails']);
    });

    it('hidden renders nothing and never asks for the schedule', async () => {
      const { el, backend } = await mount({ patch: { access: { sections: { scheduledEmails: 'hidden' } } } });
      expect(shadow(el).querySelector('section, form') === null, 'nothing rendered').to.equal(true);
      expect(backend.requests.map((request) => request.path)).to.deep.equal(['/access']);
    });
  });

  describe('form association', () => {
    it('a host form gets the recipients and sees the validity', async () => {
      const { el } = await mount({}, { wrap: 'form' });
      const form = el.closest('form')!;
      expect(new FormData(form).get('reportRecipients')).to.equal(LOADED.join('\n'));
      expect(form.checkValidity()).to.equal(true);
      await typeRecipients(el, `team@${DOMAIN}\nteam@${DOMAIN}`);
      expect(form.checkValidity()).to.equal(false);
      expect(el.validationMessage).to.equal(en.recipientsInvalid(en.emailDuplicate(2, 1), 1));
      expect(new FormData(form).get('reportRecipients')).to.equal(`team@${DOMAIN}`);
      form.reset();
      await el.updateComplete;
      await editorOf(el).updateComplete;
      expect(textareaOf(el).value).to.equal(LOADED.join('\n'));
      expect(form.checkValidity()).to.equal(true);
    });

    it('a disabled host fieldset disables every control', async () => {
      const { el } = await mount({}, { wrap: 'fieldset' });
      await el.updateComplete;
      expect(enableOf(el).disabled).to.equal(true);
      expect(frequencyGroup(el).disabled).to.equal(true);
      expect(textareaOf(el).disabled).to.equal(true);
    });
  });
});
