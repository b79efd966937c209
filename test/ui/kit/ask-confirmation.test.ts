import { expect, fixture, html as fixtureHtml, waitUntil } from '@open-wc/testing';
import { html, LitElement, nothing } from 'lit';
import { property } from 'lit/decorators.js';
import { askConfirmation, questionOf } from '../../../src/ui/kit/ask-confirmation.js';
import type { KayseConfirmDialog } from '../../../src/ui/kit/confirm-dialog.js';
import { defineTag } from '../../../src/ui/define-tag.js';

/** A host that renders its question only once asked, as the forms do. */
class AskingHost extends LitElement {
  @property({ type: Boolean }) asking = false;
  @property({ type: Boolean }) withDialog = true;

  override render() {
    return this.withDialog ? html`<kayse-confirm-dialog heading="Remove the cap?">${this.asking ? 'Spend is then unlimited.' : nothing}</kayse-confirm-dialog>` : nothing;
  }
}
defineTag('test-asking-host', AskingHost);

const dialogOf = (host: AskingHost) => host.renderRoot.querySelector<KayseConfirmDialog>('kayse-confirm-dialog')!;

describe('askConfirmation', () => {
  it('loads the dialog element on the first question and asks the words the host renders for it', async () => {
    expect(customElements.get('kayse-confirm-dialog'), 'defined before any question').to.equal(undefined);
    const host = await fixture<AskingHost>(fixtureHtml`<test-asking-host></test-asking-host>`);
    host.asking = true;
    const answer = askConfirmation(host);
    await waitUntil(() => dialogOf(host).shadowRoot?.querySelector('dialog')?.open === true, 'the dialog never opened');
    expect(dialogOf(host).textContent).to.equal('Spend is then unlimited.');
    dialogOf(host).shadowRoot!.querySelector<HTMLButtonElement>('[part="confirm"]')!.click();
    expect(await answer).to.equal(true);
  });

  it('answers no when the host renders no dialog', async () => {
    const host = await fixture<AskingHost>(fixtureHtml`<test-asking-host .withDialog=${false}></test-asking-host>`);
    expect(await askConfirmation(host)).to.equal(false);
  });

  it("gives the browser's own question the dialog's heading and body", async () => {
    const host = await fixture<AskingHost>(fixtureHtml`<test-asking-host asking></test-asking-host>`);
    expect(questionOf(dialogOf(host))).to.equal('Remove the cap?\n\nSpend is then unlimited.');
  });
});
