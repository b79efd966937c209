import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { html as litHtml, LitElement } from 'lit';
import { en } from '../../../src/i18n/en.js';
import { LocaleProvider } from '../../../src/i18n/localize.js';
import { defineTag } from '../../../src/ui/define-tag.js';
import { KitChangeEvent } from '../../../src/ui/kit/events.js';
import '../../../src/ui/kit/define.js';
import type { KayseSwitch } from '../../../src/ui/kit/switch.js';

const button = (el: KayseSwitch) => el.shadowRoot!.querySelector<HTMLButtonElement>('button')!;
const stateText = (el: KayseSwitch) => el.shadowRoot!.querySelector('.state')?.textContent?.trim();

/** A stand-in for a billing element that resolved Spanish: it provides its locale to the pieces inside. */
class LocaleHost extends LitElement {
  constructor() {
    super();
    new LocaleProvider(this, () => 'es');
  }
  override render() {
    return litHtml`<kayse-switch label="Alertas"></kayse-switch>`;
  }
}
defineTag('locale-host', LocaleHost);

/** Counts the `change` events the host hears. */
function recordChanges(el: HTMLElement): boolean[] {
  const values: boolean[] = [];
  el.addEventListener('change', (event) => values.push((event as KitChangeEvent<boolean>).detail.value));
  return values;
}

describe('kayse-switch', () => {
  it('is accessible, off and on, with a description', async () => {
    const el = await fixture<KayseSwitch>(html`<kayse-switch label="Alert at 80 %" description="Emails all recipients."></kayse-switch>`);
    await expect(el).to.be.accessible();
    el.checked = true;
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  describe('defaults', () => {
    it('is an unchecked, enabled switch saying Off', async () => {
      const el = await fixture<KayseSwitch>(html`<kayse-switch label="Alerts"></kayse-switch>`);
      expect(el.checked).to.equal(false);
      expect(el.disabled).to.equal(false);
      expect(button(el).getAttribute('role')).to.equal('switch');
      expect(button(el).getAttribute('aria-checked')).to.equal('false');
      expect(button(el).disabled).to.equal(false);
      expect(stateText(el)).to.equal(en.off);
      expect(button(el).hasAttribute('aria-describedby')).to.equal(false);
    });

    it('is named by its visible label', async () => {
      const el = await fixture<KayseSwitch>(html`<kayse-switch label="Alerts"></kayse-switch>`);
      const labelId = button(el).getAttribute('aria-labelledby')!;
      expect(el.shadowRoot!.getElementById(labelId)?.textContent).to.equal('Alerts');
    });
  });

  describe('properties', () => {
    it('checked sets aria-checked, the state text and the attribute', async () => {
      const el = await fixture<KayseSwitch>(html`<kayse-switch label="Alerts" checked></kayse-switch>`);
      expect(button(el).getAttribute('aria-checked')).to.equal('true');
      expect(stateText(el)).to.equal(en.on);
      el.checked = false;
      await el.updateComplete;
      expect(el.hasAttribute('checked')).to.equal(false);
      expect(button(el).getAttribute('aria-checked')).to.equal('false');
    });

    it('description is the switch description, in the same shadow root', async () => {
      const el = await fixture<KayseSwitch>(html`<kayse-switch label="Alerts" description="Once a month."></kayse-switch>`);
      const id = button(el).getAttribute('aria-describedby')!;
      expect(el.shadowRoot!.getElementById(id)?.textContent).to.equal('Once a month.');
    });

    it('disabled disables the button', async () => {
      const el = await fixture<KayseSwitch>(html`<kayse-switch label="Alerts" disabled></kayse-switch>`);
      expect(button(el).disabled).to.equal(true);
    });

    it('no-state-text hides On/Off', async () => {
      const el = await fixture<KayseSwitch>(html`<kayse-switch label="Alerts" no-state-text></kayse-switch>`);
      expect(el.shadowRoot!.querySelector('.state')).to.equal(null);
    });

    it('speaks the language of the page around it when no billing element gives one', async () => {
      const wrapper = await fixture<HTMLElement>(html`<div lang="es-MX"><kayse-switch label="Alertas"></kayse-switch></div>`);
      const el = wrapper.querySelector<KayseSwitch>('kayse-switch')!;
      // Spanish is its own chunk, loaded the first time a piece asks for it.
      await waitUntil(() => stateText(el) === 'Desactivado', 'the Spanish state word');
    });

    it('speaks the language its billing element resolved (shared through the locale context)', async () => {
      const host = await fixture<HTMLElement>(html`<locale-host></locale-host>`);
      const el = host.shadowRoot!.querySelector<KayseSwitch>('kayse-switch')!;
      // Spanish is its own chunk, loaded the first time a piece asks for it.
      await waitUntil(() => stateText(el) === 'Desactivado', 'the Spanish state word');
    });
  });

  describe('user actions', () => {
    it('a click on the switch toggles it', async () => {
      const el = await fixture<KayseSwitch>(html`<kayse-switch label="Alerts"></kayse-switch>`);
      button(el).click();
      await el.updateComplete;
      expect(el.checked).to.equal(true);
      expect(button(el).getAttribute('aria-checked')).to.equal('true');
      button(el).click();
      await el.updateComplete;
      expect(el.checked).to.equal(false);
    });

    it('a click on the label toggles it', async () => {
      const el = await fixture<KayseSwitch>(html`<kayse-switch label="Alerts"></kayse-switch>`);
      el.shadowRoot!.querySelector('label')!.click();
      await el.updateComplete;
      expect(el.checked).to.equal(true);
    });

    for (const key of [' ', 'Enter']) {
      it(`${key === ' ' ? 'Space' : key} toggles it`, async () => {
        const el = await fixture<KayseSwitch>(html`<kayse-switch label="Alerts"></kayse-switch>`);
        el.focus();
        expect(el.shadowRoot!.activeElement).to.equal(button(el));
        await sendKeys({ press: key === ' ' ? 'Space' : key });
        await el.updateComplete;
        expect(el.checked).to.equal(true);
      });
    }

    it('Tab reaches it', async () => {
      const el = await fixture<KayseSwitch>(html`<kayse-switch label="Alerts"></kayse-switch>`);
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(button(el));
    });
  });

  describe('events', () => {
    it('fires one bubbling change, kept inside the shadow root, with the new state per toggle', async () => {
      const el = await fixture<KayseSwitch>(html`<kayse-switch label="Alerts"></kayse-switch>`);
      const heard = oneEvent<KitChangeEvent<boolean>>(el, 'change');
      button(el).click();
      const event = await heard;
      expect(event).to.be.instanceOf(KitChangeEvent);
      expect(event.detail.value).to.equal(true);
      expect(event.bubbles).to.equal(true);
      expect(event.composed).to.equal(false);
    });

    it('fires nothing when code sets checked', async () => {
      const el = await fixture<KayseSwitch>(html`<kayse-switch label="Alerts"></kayse-switch>`);
      const values = recordChanges(el);
      el.checked = true;
      await el.updateComplete;
      expect(values).to.deep.equal([]);
    });
  });

  describe('bad input', () => {
    it('a disabled switch ignores clicks and keys', async () => {
      const el = await fixture<KayseSwitch>(html`<kayse-switch label="Alerts" disabled></kayse-switch>`);
      const values = recordChanges(el);
      button(el).click();
      el.focus();
      await sendKeys({ press: 'Space' });
      await el.updateComplete;
      expect(el.checked).to.equal(false);
      expect(values).to.deep.equal([]);
    });
  });
});
