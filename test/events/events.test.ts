import { expect } from '@open-wc/testing';
import { ApiError } from '../../src/api/api-error.js';
import { KayseDownloadEvent, KayseErrorEvent, KayseNavigateEvent, KayseSaveEvent } from '../../src/events/events.js';

describe('events', () => {
  const blob = new Blob(['a,b\r\n'], { type: 'text/csv' });
  const cases = [
    { event: new KayseSaveEvent({ section: 'alerts', value: { version: 3 } }), type: 'kayse-save', cancelable: false },
    {
      event: new KayseErrorEvent({ section: 'usage', operation: 'load', error: new ApiError({ kind: 'server', message: 'x' }) }),
      type: 'kayse-error',
      cancelable: false,
    },
    { event: new KayseDownloadEvent({ fileName: 'kayse-usage.csv', rowCount: 1, blob }), type: 'kayse-download', cancelable: true },
    { event: new KayseNavigateEvent({ section: 'spendingCap' }), type: 'kayse-navigate', cancelable: true },
  ];
  for (const { event, type, cancelable } of cases) {
    it(`${type} bubbles, crosses shadow roots and is ${cancelable ? '' : 'not '}cancelable`, () => {
      expect([event.type, event.bubbles, event.composed, event.cancelable]).to.deep.equal([type, true, true, cancelable]);
      expect(event).to.be.instanceOf(CustomEvent);
    });
  }

  it('reaches a listener outside the shadow root it was fired in', () => {
    const outer = document.createElement('div');
    const inner = document.createElement('span');
    outer.attachShadow({ mode: 'open' }).append(inner);
    document.body.append(outer);
    let heard: string | undefined;
    document.addEventListener('kayse-navigate', (event) => (heard = event.detail.section), { once: true });
    inner.dispatchEvent(new KayseNavigateEvent({ section: 'wallet' }));
    outer.remove();
    expect(heard).to.equal('wallet');
  });
});
