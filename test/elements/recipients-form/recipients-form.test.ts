// What both recipients forms inherit from RecipientsForm, run against each element.
import { aTimeout, expect, fixture, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html, unsafeStatic } from 'lit/static-html.js';
import '../../../src/elements/alert-recipients/define.js';
import type { KayseBillingProvider } from '../../../src/elements/billing-provider/billing-provider.js';
import '../../../src/elements/scheduled-emails/define.js';
import { en } from '../../../src/i18n/en.js';
import { createMockBackend, type MockBackend } from '../../../src/mock/index.js';
import type { KayseEmailListEditor } from '../../../src/ui/kit/email-list-editor.js';
import { recordingFetch, type SentPut } from '../../helpers/recording-fetch.js';

const DOMAIN = 'whithale.example';

type Tag = 'kayse-alert-recipients' | 'kayse-scheduled-emails';
type AnyRecipientsForm = HTMLElementTagNameMap[Tag];

interface Case {
  readonly tag: Tag;
  readonly route: '/alerts' | '/scheduled-emails';
  /** The healthy scenario's extra recipients and version. */
  readonly loaded: readonly string[];
  readonly version: number;
  /** The body's settings as loaded. */
  readonly settings: Readonly<Record<string, unknown>>;
  /** Changes a setting through its control. */
  readonly editSetting: (el: HTMLElement) => void;
}

const cases: readonly Case[] = [
  {
    tag: 'kayse-alert-recipients',
    route: '/alerts',
    loaded: [`ops@${DOMAIN}`, `accounts@${DOMAIN}`],
    version: 2,
    settings: { thresholdAlertEnabled: true },
    editSetting: (el) => el.shadowRoot!.querySelector('kayse-switch.threshold')!.shadowRoot!.querySelector('button')!.click(),
  },
  {
    tag: 'kayse-scheduled-emails',
    route: '/scheduled-emails',
    loaded: [`cfo@${DOMAIN}`],
    version: 1,
    settings: { enabled: true, frequency: 'weekly' },
    editSetting: (el) => el.shadowRoot!.querySelector<HTMLInputElement>('input[type="radio"][value="monthly"]')!.click(),
  },
];

const shadow = (el: Element) => el.shadowRoot!;
const editorOf = (el: AnyRecipientsForm) => shadow(el).querySelector<KayseEmailListEditor>('kayse-email-list-editor')!;
const textareaOf = (el: AnyRecipientsForm) => shadow(editorOf(el)).querySelector('textarea')!;
const statusText = (el: AnyRecipientsForm) => (shadow(el).querySelector('.save-status')?.textContent ?? '').replace(/\s+/g, ' ').trim();

const leave = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

async function mount({ tag }: Case): Promise<{ readonly el: AnyRecipientsForm; readonly backend: MockBackend; readonly puts: SentPut[] }> {
  const backend = createMockBackend({ today: '2026-11-24', scenario: 'healthy' });
  const puts: SentPut[] = [];
  const provider = await fixture<KayseBillingProvider>(
    html`<kayse-billing-provider base-url="/api/billing" .fetch=${recordingFetch(backend, puts)}><${unsafeStatic(tag)}></${unsafeStatic(tag)}></kayse-billing-provider>`,
  );
  const el = provider.querySelector<AnyRecipientsForm>(tag)!;
  await waitUntil(() => el.matches(':state(ready)'), 'the element did not load', { timeout: 4000 });
  await el.updateComplete;
  await editorOf(el).updateComplete;
  return { el, backend, puts };
}

async function typeRecipients(el: AnyRecipientsForm, value: string): Promise<void> {
  const textarea = textareaOf(el);
  textarea.value = value;
  textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
  await editorOf(el).updateComplete;
}

async function save(el: AnyRecipientsForm): Promise<void> {
  shadow(el).querySelector<HTMLButtonElement>('button.save')!.click();
  await el.updateComplete;
  await waitUntil(() => !statusText(el).includes(en.saving), 'the save did not finish', { timeout: 4000 });
  await el.updateComplete;
}

for (const item of cases) {
  describe(`RecipientsForm, as <${item.tag}>`, () => {
    it('dirty: false when loaded, true after an edit, false after Reset and after a successful save', async () => {
      const { el } = await mount(item);
      expect(el.dirty).to.equal(false);
      await typeRecipients(el, `team@${DOMAIN}`);
      expect(el.dirty).to.equal(true);
      shadow(el).querySelector<HTMLButtonElement>('button.reset')!.click();
      await el.updateComplete;
      expect(el.dirty).to.equal(false);
      item.editSetting(el);
      await el.updateComplete;
      expect(el.dirty).to.equal(true);
      await save(el);
      expect(statusText(el)).to.equal(en.saved);
      expect(el.dirty).to.equal(false);
    });

    it('Enter in the recipients field starts a new line and sends nothing', async () => {
      const { el, puts } = await mount(item);
      const textarea = textareaOf(el);
      textarea.focus();
      textarea.setSelectionRange(textarea.value.length, textarea.value.length);
      await sendKeys({ press: 'Enter' });
      await sendKeys({ type: `team@${DOMAIN}` });
      await el.updateComplete;
      // Long enough for a save the key press might have started to be sent.
      await aTimeout(100);
      expect(textarea.value).to.equal([...item.loaded, `team@${DOMAIN}`].join('\n'));
      expect(statusText(el)).to.equal('');
      expect(puts).to.deep.equal([]);
      expect(el.dirty).to.equal(true);
    });

    it('typing during a save is kept, and saved next over the version just saved', async () => {
      const { el, backend, puts } = await mount(item);
      backend.addFault({ route: item.route, method: 'PUT', latencyMs: 300, times: 1 });
      await typeRecipients(el, `team@${DOMAIN}`);
      shadow(el).querySelector<HTMLButtonElement>('button.save')!.click();
      await el.updateComplete;
      expect(statusText(el)).to.equal(en.saving);
      await typeRecipients(el, `team@${DOMAIN}\nmore@${DOMAIN}`);
      await waitUntil(() => statusText(el) === en.saved, 'not saved');
      await el.updateComplete;
      expect(textareaOf(el).value).to.equal(`team@${DOMAIN}\nmore@${DOMAIN}`);
      expect(el.dirty).to.equal(true);
      expect(leave()).to.equal(true);
      await save(el);
      expect(puts.map((put) => put.body)).to.deep.equal([
        { ...item.settings, recipients: [`team@${DOMAIN}`], version: item.version },
        { ...item.settings, recipients: [`team@${DOMAIN}`, `more@${DOMAIN}`], version: item.version + 1 },
      ]);
      expect(el.dirty).to.equal(false);
      expect(leave()).to.equal(false);
    });
  });
}
