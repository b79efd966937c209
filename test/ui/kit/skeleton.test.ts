import { expect, fixture, html } from '@open-wc/testing';
import { emulateMedia } from '@web/test-runner-commands';
import { LitElement } from 'lit';
import { skeleton, skeletonStyles } from '../../../src/ui/kit/skeleton.js';
import { baseStyles, tokens } from '../../../src/ui/tokens.js';

/** Renders a skeleton of `lines`, or real text of that many lines, to compare their heights. */
class SkeletonHost extends LitElement {
  static override styles = [tokens, baseStyles, skeletonStyles];
  static override properties = { lines: {}, text: { type: Boolean } };
  lines: number | readonly string[] = 3;
  text = false;
  override render() {
    if (this.text) {
      const count = typeof this.lines === 'number' ? this.lines : this.lines.length;
      return html`<div class="text">${Array.from({ length: count }, () => html`<div>Spent this month</div>`)}</div>`;
    }
    return html`<section aria-busy="true" aria-label="Usage">${skeleton(this.lines)}</section>`;
  }
}
customElements.define('test-skeleton-host', SkeletonHost);

const lines = (host: SkeletonHost) => [...host.shadowRoot!.querySelectorAll<HTMLElement>('.skeleton-line')];

describe('skeleton', () => {
  afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

  it('is accessible inside a busy region', async () => {
    const host = await fixture<SkeletonHost>(html`<test-skeleton-host></test-skeleton-host>`);
    await expect(host).to.be.accessible();
  });

  it('is hidden from assistive technology', async () => {
    const host = await fixture<SkeletonHost>(html`<test-skeleton-host></test-skeleton-host>`);
    expect(host.shadowRoot!.querySelector('.skeleton')!.getAttribute('aria-hidden')).to.equal('true');
  });

  const counts: { lines: number | readonly string[]; widths: string[] }[] = [
    { lines: 1, widths: ['92%'] },
    { lines: 3, widths: ['92%', '76%', '55%'] },
    { lines: ['40%', '70%'], widths: ['40%', '70%'] },
    { lines: 0, widths: [] },
  ];
  for (const c of counts) {
    it(`renders ${JSON.stringify(c.lines)} as lines of widths ${c.widths.join(', ') || 'none'}`, async () => {
      const host = await fixture<SkeletonHost>(html`<test-skeleton-host .lines=${c.lines}></test-skeleton-host>`);
      expect(lines(host).map((line) => line.style.width)).to.deep.equal(c.widths);
    });
  }

  for (const count of [1, 3, 6]) {
    it(`${count} lines take the height of ${count} lines of text, so nothing jumps`, async () => {
      const host = await fixture<SkeletonHost>(html`<test-skeleton-host .lines=${count}></test-skeleton-host>`);
      const skeletonHeight = host.shadowRoot!.querySelector('.skeleton')!.getBoundingClientRect().height;
      host.text = true;
      await host.updateComplete;
      const textHeight = host.shadowRoot!.querySelector('.text')!.getBoundingClientRect().height;
      expect(Math.abs(skeletonHeight - textHeight)).to.be.below(1);
    });
  }

  it('shimmers, except under prefers-reduced-motion', async () => {
    const host = await fixture<SkeletonHost>(html`<test-skeleton-host></test-skeleton-host>`);
    expect(getComputedStyle(lines(host)[0]!).animationName).to.equal('skeleton-shimmer');
    await emulateMedia({ reducedMotion: 'reduce' });
    expect(getComputedStyle(lines(host)[0]!).animationName).to.equal('none');
  });
});
