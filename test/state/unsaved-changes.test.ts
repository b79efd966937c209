import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineTag } from '../../src/ui/define-tag.js';
import { UnsavedChangesController } from '../../src/state/unsaved-changes.js';

class FormHost extends LitElement {
  readonly unsaved = new UnsavedChangesController(this);
}
defineTag('test-unsaved-host', FormHost);

const leave = () => {
  const event = new Event('beforeunload', { cancelable: true });
  window.dispatchEvent(event);
  return event.defaultPrevented;
};

describe('UnsavedChangesController', () => {
  it('lets the page go while the form is clean', async () => {
    await fixture<FormHost>(html`<test-unsaved-host></test-unsaved-host>`);
    expect(leave()).to.equal(false);
  });

  it('asks before the page is left while the form is dirty, and stops once clean', async () => {
    const host = await fixture<FormHost>(html`<test-unsaved-host></test-unsaved-host>`);
    host.unsaved.dirty = true;
    expect(leave()).to.equal(true);
    host.unsaved.dirty = false;
    expect(leave()).to.equal(false);
  });

  it('stops asking when the form leaves the page, and asks again when it comes back dirty', async () => {
    const host = await fixture<FormHost>(html`<test-unsaved-host></test-unsaved-host>`);
    host.unsaved.dirty = true;
    const parent = host.parentElement!;
    host.remove();
    expect(leave()).to.equal(false);
    parent.append(host);
    expect(leave()).to.equal(true);
    host.unsaved.dirty = false;
  });
});
