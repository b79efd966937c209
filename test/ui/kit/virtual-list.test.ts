import { setupIgnoreWindowResizeObserverLoopErrors } from '@lit-labs/virtualizer/support/resize-observer-errors.js';
import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { css } from 'lit';
import { NearEndEvent } from '../../../src/ui/kit/events.js';
import '../../../src/ui/kit/define.js';
import type { KayseVirtualList } from '../../../src/ui/kit/virtual-list.js';

interface Refill {
  id: number;
  text: string;
}

const refills = (from: number, count: number): Refill[] => Array.from({ length: count }, (_, i) => ({ id: from + i, text: `Refill ${from + i}` }));
const render = (refill: Refill) => html`<span class="refill">${refill.text}</span>`;
const scroller = (el: KayseVirtualList<Refill>) => el.shadowRoot!.querySelector<HTMLElement>('[role="list"]')!;
const listItems = (el: KayseVirtualList<Refill>) => [...el.shadowRoot!.querySelectorAll<HTMLElement>('[role="listitem"]')];
const frame = () => new Promise((resolve) => requestAnimationFrame(resolve));

/** Waits until the virtualizer has rendered and laid out items. */
async function settled(el: KayseVirtualList<Refill>): Promise<void> {
  await el.updateComplete;
  for (let i = 0; i < 10; i += 1) await frame();
}

async function list(items: Refill[]): Promise<KayseVirtualList<Refill>> {
  const el = await fixture<KayseVirtualList<Refill>>(
    html`<kayse-virtual-list label="Refill history" style="height: 300px" .items=${items} .renderItem=${render}></kayse-virtual-list>`,
  );
  await settled(el);
  return el;
}

/** Records `near-end` events on the element. */
function nearEnds(el: HTMLElement): NearEndEvent[] {
  const heard: NearEndEvent[] = [];
  el.addEventListener('near-end', (event) => heard.push(event));
  return heard;
}

describe('kayse-virtual-list', () => {
  // Benign in browsers, but mocha would count the loop notice as an uncaught error.
  setupIgnoreWindowResizeObserverLoopErrors(beforeEach, afterEach, { suppressErrorLogging: true });

  it('is accessible', async () => {
    const el = await list(refills(0, 50));
    await expect(el).to.be.accessible();
  });

  describe('defaults', () => {
    it('is a focusable, named list of list items', async () => {
      const el = await list(refills(0, 20));
      expect(scroller(el).getAttribute('role')).to.equal('list');
      expect(scroller(el).tabIndex).to.equal(0);
      expect(scroller(el).getAttribute('aria-label')).to.equal('Refill history');
      expect(listItems(el).length).to.be.greaterThan(0);
      expect(listItems(el)[0]!.querySelector('.refill')!.textContent).to.equal('Refill 0');
      expect(listItems(el)[0]!.getAttribute('aria-posinset')).to.equal('1');
      expect(listItems(el)[0]!.getAttribute('aria-setsize')).to.equal('20');
    });

    it('renders items as text by default', async () => {
      const el = await fixture<KayseVirtualList<string>>(html`<kayse-virtual-list label="Names" .items=${['Ann', 'Bo']}></kayse-virtual-list>`);
      await el.updateComplete;
      for (let i = 0; i < 5; i += 1) await frame();
      expect([...el.shadowRoot!.querySelectorAll('[role="listitem"]')].map((item) => item.textContent)).to.deep.equal(['Ann', 'Bo']);
    });
  });

  describe('properties', () => {
    it('keeps the DOM constant for 100,000 items', async () => {
      const el = await list(refills(0, 100_000));
      // What is in view plus the virtualizer's overhang above and below: dozens, not 100,000.
      expect(listItems(el).length).to.be.within(10, 150);
      expect(listItems(el)[0]!.getAttribute('aria-setsize')).to.equal('100000');
      for (const share of [0.5, 0.99]) {
        scroller(el).scrollTop = scroller(el).scrollHeight * share;
        await settled(el);
        expect(listItems(el).length).to.be.within(10, 150);
        expect(listItems(el)[0]!.getAttribute('aria-posinset')).to.not.equal('1');
      }
    });

    it('itemStyles style what renderItem renders', async () => {
      const el = await list(refills(0, 5));
      el.itemStyles = [css`.refill { font-weight: 700; }`];
      await el.updateComplete;
      expect(getComputedStyle(el.shadowRoot!.querySelector('.refill')!).fontWeight).to.equal('700');
    });

    it('scrollToIndex() brings an unrendered item into view', async () => {
      const el = await list(refills(0, 10_000));
      expect(el.shadowRoot!.querySelector('[aria-posinset="5001"]')).to.equal(null);
      el.scrollToIndex(5000);
      await settled(el);
      expect(el.shadowRoot!.querySelector('[aria-posinset="5001"]')).to.not.equal(null);
    });
  });

  describe('user actions', () => {
    it('the keyboard reaches the list and scrolls it', async () => {
      const el = await list(refills(0, 1000));
      await sendKeys({ press: 'Tab' });
      expect(el.shadowRoot!.activeElement).to.equal(scroller(el));
      await sendKeys({ press: 'PageDown' });
      await settled(el);
      expect(scroller(el).scrollTop).to.be.greaterThan(0);
      await sendKeys({ press: 'End' });
      await settled(el);
      expect(el.shadowRoot!.querySelector('[aria-posinset="1000"]')).to.not.equal(null);
    });
  });

  describe('events', () => {
    it('fires near-end once when the user scrolls within five items of the end', async () => {
      const el = await list(refills(0, 200));
      const heard = nearEnds(el);
      expect(heard).to.have.length(0);
      const done = oneEvent<NearEndEvent>(el, 'near-end');
      scroller(el).scrollTop = scroller(el).scrollHeight;
      const event = await done;
      expect(event).to.be.instanceOf(NearEndEvent);
      expect(event.detail.itemCount).to.equal(200);
      expect(event.detail.lastVisible).to.be.at.least(194);
      expect([event.bubbles, event.composed]).to.deep.equal([true, false]);
      scroller(el).scrollTop -= 10;
      await settled(el);
      scroller(el).scrollTop = scroller(el).scrollHeight;
      await settled(el);
      expect(heard).to.have.length(1);
    });

    it('does not fire while the user is far from the end', async () => {
      const el = await list(refills(0, 200));
      const heard = nearEnds(el);
      scroller(el).scrollTop = scroller(el).scrollHeight / 3;
      await settled(el);
      expect(heard).to.deep.equal([]);
    });

    it('fires again for the next page once it is appended', async () => {
      const el = await list(refills(0, 100));
      const heard = nearEnds(el);
      scroller(el).scrollTop = scroller(el).scrollHeight;
      await settled(el);
      expect(heard.map((event) => event.detail.itemCount)).to.deep.equal([100]);
      el.items = [...el.items, ...refills(100, 100)];
      await settled(el);
      scroller(el).scrollTop = scroller(el).scrollHeight;
      await settled(el);
      expect(heard.map((event) => event.detail.itemCount)).to.deep.equal([100, 200]);
    });
  });

  describe('bad input', () => {
    it('an empty list fires nothing and stays accessible', async () => {
      const el = await list([]);
      const heard = nearEnds(el);
      await settled(el);
      expect(heard).to.deep.equal([]);
      expect(listItems(el)).to.have.length(0);
    });

    it('renders item text as text, never as HTML', async () => {
      const el = await list([{ id: 1, text: '<img src=x onerror=alert(1)>' }]);
      expect(el.shadowRoot!.querySelector('img')).to.equal(null);
      expect(el.shadowRoot!.querySelector('.refill')!.textContent).to.equal('<img src=x onerror=alert(1)>');
    });
  });
});
