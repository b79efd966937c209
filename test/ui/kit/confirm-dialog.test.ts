import { expect, fixture, html } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { en } from '../../../src/i18n/en.js';
import type { KayseConfirmDialog } from '../../../src/ui/kit/confirm-dialog.js';
import '../../../src/ui/kit/define.js';

const part = <T extends Element = HTMLElement>(el: KayseConfirmDialog, name: string) => el.shadowRoot!.querySelector<T>(`[part="${name}"]`)!;
const dialog = (el: KayseConfirmDialog) => part<HTMLDialogElement>(el, 'dialog');

/** A page with an opener button and the dialog, the opener focused as a user would have it. */
async function page(danger = false) {
  const root = await fixture<HTMLDivElement>(html`<div>
    <button id="opener">Save</button>
    <kayse-confirm-dialog heading="Pause campaigns now?" confirm-label="Save the cap" ?danger=${danger}>
      Campaigns pause as soon as you save.
    </kayse-confirm-dialog>
  </div>`);
  const opener = root.querySelector<HTMLButtonElement>('#opener')!;
  const el = root.querySelector('kayse-confirm-dialog')!;
  await el.updateComplete;
  opener.focus();
  return { root, opener, el };
}

describe('kayse-confirm-dialog', () => {
  it('is accessible, closed and open', async () => {
    const { el } = await page();
    await expect(el).to.be.accessible();
    const answer = el.ask();
    await expect(el).to.be.accessible();
    part(el, 'cancel').click();
    await answer;
  });

  describe('defaults', () => {
    it('is closed, with the catalog button labels', async () => {
      const el = await fixture<KayseConfirmDialog>(html`<kayse-confirm-dialog heading="Sure?"></kayse-confirm-dialog>`);
      expect(el.open).to.equal(false);
      expect(dialog(el).open).to.equal(false);
      expect(part(el, 'confirm').textContent!.trim()).to.equal(en.confirm);
      expect(part(el, 'cancel').textContent!.trim()).to.equal(en.cancel);
      expect(part(el, 'confirm').classList.contains('primary')).to.equal(true);
    });

    it('is named by its heading and described by its body, in the same shadow root', async () => {
      const { el } = await page();
      const labelledBy = el.shadowRoot!.getElementById(dialog(el).getAttribute('aria-labelledby')!);
      const describedBy = el.shadowRoot!.getElementById(dialog(el).getAttribute('aria-describedby')!);
      expect(labelledBy?.textContent).to.equal('Pause campaigns now?');
      expect(describedBy?.querySelector('slot')).to.not.equal(null);
    });
  });

  describe('properties', () => {
    it('confirm-label and cancel-label name the buttons', async () => {
      const el = await fixture<KayseConfirmDialog>(html`<kayse-confirm-dialog heading="Sure?" confirm-label="Delete" cancel-label="Keep"></kayse-confirm-dialog>`);
      expect(part(el, 'confirm').textContent!.trim()).to.equal('Delete');
      expect(part(el, 'cancel').textContent!.trim()).to.equal('Keep');
    });

    it('danger styles the confirm button as destructive', async () => {
      const { el } = await page(true);
      expect(part(el, 'confirm').classList.contains('danger')).to.equal(true);
      expect(part(el, 'confirm').classList.contains('primary')).to.equal(false);
    });
  });

  describe('user actions', () => {
    it('ask() opens a modal and resolves true on confirm', async () => {
      const { el } = await page();
      const answer = el.ask();
      await Promise.resolve();
      await el.updateComplete;
      expect(dialog(el).open).to.equal(true);
      expect(dialog(el).matches(':modal')).to.equal(true);
      expect(el.open).to.equal(true);
      part(el, 'confirm').click();
      expect(await answer).to.equal(true);
      expect(dialog(el).open).to.equal(false);
      expect(el.open).to.equal(false);
    });

    it('resolves false on cancel', async () => {
      const { el } = await page();
      const answer = el.ask();
      await el.updateComplete;
      part(el, 'cancel').click();
      expect(await answer).to.equal(false);
    });

    it('resolves false on Escape', async () => {
      const { el } = await page();
      const answer = el.ask();
      await el.updateComplete;
      await new Promise((resolve) => requestAnimationFrame(resolve));
      await sendKeys({ press: 'Escape' });
      expect(await answer).to.equal(false);
      expect(dialog(el).open).to.equal(false);
    });

    it('confirms with Enter on the focused confirm button', async () => {
      const { el } = await page();
      const answer = el.ask();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'confirm'));
      await sendKeys({ press: 'Enter' });
      expect(await answer).to.equal(true);
    });

    it('focuses Cancel first when the action is dangerous', async () => {
      const { el } = await page(true);
      const answer = el.ask();
      await new Promise((resolve) => requestAnimationFrame(resolve));
      expect(el.shadowRoot!.activeElement).to.equal(part(el, 'cancel'));
      await sendKeys({ press: 'Enter' });
      expect(await answer).to.equal(false);
    });

    for (const how of ['confirm', 'cancel', 'Escape'] as const) {
      it(`returns focus to the opener after ${how}`, async () => {
        const { el, opener } = await page();
        const answer = el.ask();
        await new Promise((resolve) => requestAnimationFrame(resolve));
        expect(document.activeElement).to.equal(el);
        if (how === 'Escape') await sendKeys({ press: 'Escape' });
        else part(el, how).click();
        await answer;
        expect(document.activeElement).to.equal(opener);
      });
    }

    it('returns focus to an opener inside another shadow root', async () => {
      const host = await fixture<HTMLDivElement>(html`<div></div>`);
      const root = host.attachShadow({ mode: 'open' });
      const opener = document.createElement('button');
      opener.textContent = 'Save';
      const el = document.createElement('kayse-confirm-dialog');
      el.heading = 'Sure?';
      root.append(opener, el);
      await el.updateComplete;
      opener.focus();
      const answer = el.ask();
      await el.updateComplete;
      part(el, 'cancel').click();
      await answer;
      expect(root.activeElement).to.equal(opener);
    });
  });

  describe('events and answers', () => {
    it('asking again while open returns the same answer', async () => {
      const { el } = await page();
      const first = el.ask();
      const second = el.ask();
      await el.updateComplete;
      part(el, 'confirm').click();
      expect(await first).to.equal(true);
      expect(await second).to.equal(true);
    });

    it('can be asked again after answering', async () => {
      const { el } = await page();
      const first = el.ask();
      await el.updateComplete;
      part(el, 'confirm').click();
      expect(await first).to.equal(true);
      const second = el.ask();
      await el.updateComplete;
      part(el, 'cancel').click();
      expect(await second).to.equal(false);
    });
  });

  describe('bad input', () => {
    it('removing the dialog while it asks answers false', async () => {
      const { el } = await page();
      const answer = el.ask();
      await el.updateComplete;
      el.remove();
      expect(await answer).to.equal(false);
    });
  });
});
