import { expect } from '@open-wc/testing';
import { ApiError } from '../../src/api/api-error.js';
import { KayseDownloadEvent, KayseErrorEvent, KayseNavigateEvent, KayseSaveEvent } from '../../src/events/events.js';
import { KitChangeEvent, KitInputEvent, NearEndEvent, SortChangeEvent } from '../../src/ui/kit/events.js';

/** Fires `event` inside a shadow root and says whether a listener on the document heard it. */
function heardOutside(event: Event): boolean {
  const outer = document.createElement('div');
  const inner = document.createElement('span');
  outer.attachShadow({ mode: 'open' }).append(inner);
  document.body.append(outer);
  let heard = false;
  const listener = () => (heard = true);
  document.addEventListener(event.type, listener);
  inner.dispatchEvent(event);
  document.removeEventListener(event.type, listener);
  outer.remove();
  return heard;
}

describe('events', () => {
  const blob = new Blob(['a,b\r\n'], { type: 'text/csv' });
  const error = new ApiError({ kind: 'server', message: 'x' });
  const cases = [
    { event: new KayseSaveEvent({ section: 'alerts', value: { version: 3 } }), type: 'kayse-save', cancelable: false },
    { event: new KayseErrorEvent({ section: 'usage', operation: 'load', error }), type: 'kayse-error', cancelable: false },
    { event: new KayseDownloadEvent({ fileName: 'kayse-usage.csv', rowCount: 1, blob }), type: 'kayse-download', cancelable: true },
    { event: new KayseNavigateEvent({ section: 'spendingCap' }), type: 'kayse-navigate', cancelable: true },
  ];
  for (const { event, type, cancelable } of cases) {
    it(`${type} bubbles, crosses shadow roots and is ${cancelable ? '' : 'not '}cancelable`, () => {
      expect([event.type, event.bubbles, event.composed, event.cancelable]).to.deep.equal([type, true, true, cancelable]);
      expect(event).to.be.instanceOf(CustomEvent);
    });
  }

  it('each class is sent under its eventName, with the detail it was given', () => {
    const save = new KayseSaveEvent({ section: 'wallet', value: 42 });
    const value: number = save.detail.value;
    expect([save.type, value]).to.deep.equal([KayseSaveEvent.eventName, 42]);
    expect(new KayseErrorEvent({ section: 'usage', operation: 'save', error }).detail).to.deep.equal({ section: 'usage', operation: 'save', error });
    expect(new KayseNavigateEvent({ section: 'wallet' }).type).to.equal(KayseNavigateEvent.eventName);
    expect(new KayseDownloadEvent({ fileName: 'f.csv', rowCount: 0, blob }).type).to.equal(KayseDownloadEvent.eventName);
  });

  it('reaches a listener outside the shadow root it was fired in', () => {
    let heard: string | undefined;
    document.addEventListener('kayse-navigate', (event) => (heard = event.detail.section), { once: true });
    expect(heardOutside(new KayseNavigateEvent({ section: 'wallet' }))).to.equal(true);
    expect(heard).to.equal('wallet');
  });
});

describe('kit events', () => {
  const cases = [
    { event: new KitInputEvent('ana@example.com'), type: 'input', detail: { value: 'ana@example.com' } },
    { event: new KitChangeEvent<number | null>(null), type: 'change', detail: { value: null } },
    { event: new SortChangeEvent({ key: 'cost', direction: 'descending' }), type: 'sort-change', detail: { key: 'cost', direction: 'descending' } },
    { event: new NearEndEvent({ itemCount: 50, lastVisible: 47 }), type: 'near-end', detail: { itemCount: 50, lastVisible: 47 } },
  ];
  for (const { event, type, detail } of cases) {
    it(`${type} bubbles, stays inside its shadow root, is not cancelable and carries its detail`, () => {
      expect([event.type, event.bubbles, event.composed, event.cancelable]).to.deep.equal([type, true, false, false]);
      expect(event.detail).to.deep.equal(detail);
      expect(heardOutside(event)).to.equal(false);
    });
  }

  it('a value event carries the value it was given, typed', () => {
    const checked: boolean = new KitChangeEvent(true).detail.value;
    expect([checked, new KitChangeEvent(true).type, KitInputEvent.eventName]).to.deep.equal([true, 'change', 'input']);
  });
});
