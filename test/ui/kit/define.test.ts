import { expect } from '@open-wc/testing';
import { LitElement } from 'lit';
import { defineTag } from '../../../src/ui/define-tag.js';
import '../../../src/ui/kit/define.js';
import { KayseCombobox, KayseConfirmDialog, KayseDataTable, KayseEmailListEditor, KayseMoneyInput, KayseSwitch, KayseVirtualList } from '../../../src/ui/kit/index.js';

describe('defineTag and the kit registration', () => {
  it('registers a tag', () => {
    class First extends LitElement {}
    defineTag('test-define-first', First);
    expect(customElements.get('test-define-first')).to.equal(First);
  });

  it('a second registration of a tag is ignored, not thrown', () => {
    class A extends LitElement {}
    class B extends LitElement {}
    defineTag('test-define-twice', A);
    expect(() => defineTag('test-define-twice', B)).not.to.throw();
    expect(customElements.get('test-define-twice')).to.equal(A);
  });

  const tags: [string, CustomElementConstructor][] = [
    ['kayse-switch', KayseSwitch],
    ['kayse-money-input', KayseMoneyInput],
    ['kayse-email-list-editor', KayseEmailListEditor],
    ['kayse-confirm-dialog', KayseConfirmDialog],
    ['kayse-combobox', KayseCombobox],
    ['kayse-data-table', KayseDataTable],
    ['kayse-virtual-list', KayseVirtualList],
  ];
  for (const [tag, ctor] of tags) {
    it(`the kit's define module registers <${tag}>`, () => {
      expect(customElements.get(tag)).to.equal(ctor);
      expect(document.createElement(tag)).to.be.instanceOf(ctor);
    });
  }

  it('registering the kit twice (a second bundle) does not throw', async () => {
    // A query string makes the module run again, as a second copy of the bundle would.
    const again: string = '../../../src/ui/kit/define-switch.ts?copy=2';
    await import(again);
    expect(customElements.get('kayse-switch')).to.equal(KayseSwitch);
  });
});
