// Play helpers of the two recipients forms (<kayse-alert-recipients>, <kayse-scheduled-emails>):
// a person's actions through the element's own controls.
import type { KayseBillingProvider } from '../../src/elements/billing-provider/billing-provider.js';
import { inCanvas, until } from './play.js';

type RecipientsTag = 'kayse-alert-recipients' | 'kayse-scheduled-emails';
type FormOf<T extends RecipientsTag> = HTMLElementTagNameMap[T];
type FormElement = FormOf<RecipientsTag>;

/** The form once loaded, with its recipients field drawn. */
export async function readyForm<T extends RecipientsTag>(canvas: HTMLElement, tag: T): Promise<FormOf<T>> {
  const el = inCanvas(canvas, tag);
  await until(() => el.matches(':state(ready)') && el.shadowRoot?.querySelector('kayse-email-list-editor')?.shadowRoot?.querySelector('textarea') != null);
  return el;
}

export const primaryOf = (el: FormElement): string => el.shadowRoot?.querySelector('.primary-email')?.textContent?.trim() ?? '';

export async function typeRecipients(el: FormElement, text: string): Promise<void> {
  const textarea = el.shadowRoot?.querySelector('kayse-email-list-editor')?.shadowRoot?.querySelector('textarea');
  if (!textarea) throw new Error('No recipients field');
  textarea.value = text;
  textarea.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
  await el.updateComplete;
}

export async function pressSave(el: FormElement, settle = true): Promise<void> {
  el.shadowRoot?.querySelector<HTMLButtonElement>('button.save')?.click();
  await el.updateComplete;
  if (settle) await until(() => !el.shadowRoot?.querySelector('.save-status')?.textContent?.includes('Saving'));
}

/** The mock's own fetch, wrapped so that one PUT to `path` answers as a picky server would. */
export function refuseLine(provider: KayseBillingProvider, path: '/alerts' | '/scheduled-emails', index: number, message: string): void {
  const mockFetch = provider.fetch;
  if (!mockFetch) throw new Error('The story provider has no fetch');
  provider.fetch = (url, init) => {
    if (String(url).endsWith(path) && init?.method === 'PUT') {
      const body = JSON.stringify({ error: { code: 'validation_failed', message: 'Some fields are not valid', fields: { [`recipients.${index}`]: message } } });
      return Promise.resolve(new Response(body, { status: 422, headers: { 'Content-Type': 'application/json' } }));
    }
    return mockFetch(url, init);
  };
}
