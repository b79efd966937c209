import { expect, fixture, html } from '@open-wc/testing';
import { LitElement } from 'lit';
import { en } from '../../../src/i18n/en.js';
import { statusBadge, statusBadgeStyles } from '../../../src/ui/kit/status-badge.js';
import { baseStyles, tokens } from '../../../src/ui/tokens.js';

/** A host like the billing elements: tokens, base styles and the badge's styles in a shadow root. */
class BadgeHost extends LitElement {
  static override styles = [tokens, baseStyles, statusBadgeStyles];
  static override properties = { status: {}, percent: {} };
  status = 'within_cap';
  percent?: string;
  override render() {
    return statusBadge(this.status, en, this.percent);
  }
}
customElements.define('test-badge-host', BadgeHost);

async function badge(status: string, percent?: string): Promise<HTMLElement> {
  const host = await fixture<BadgeHost>(html`<test-badge-host .status=${status} .percent=${percent}></test-badge-host>`);
  return host.shadowRoot!.querySelector<HTMLElement>('.status-badge')!;
}

describe('statusBadge', () => {
  it('is accessible in every state', async () => {
    for (const status of ['no_cap', 'within_cap', 'near_cap', 'cap_reached', 'paused_by_admin']) {
      const host = await fixture<BadgeHost>(html`<test-badge-host .status=${status} percent="82%"></test-badge-host>`);
      await expect(host).to.be.accessible();
    }
  });

  describe('text', () => {
    const cases = [
      { status: 'no_cap', text: en.statusNoCap },
      { status: 'within_cap', text: en.statusWithinCap },
      { status: 'near_cap', text: en.statusNearCap },
      { status: 'cap_reached', text: en.statusCapReached },
      { status: 'paused_by_admin', text: 'paused_by_admin' },
      { status: 'toString', text: 'toString' },
    ];
    for (const c of cases) {
      it(`${c.status} reads "${c.text}"`, async () => {
        const el = await badge(c.status);
        expect(el.querySelector('.status-badge-label')!.textContent).to.equal(c.text);
        expect(el.querySelector('.status-badge-percent')).to.equal(null);
      });
    }

    it('adds the share of the cap used', async () => {
      const el = await badge('near_cap', '82%');
      expect(el.textContent!.replace(/\s+/g, ' ').trim()).to.equal(`${en.statusNearCap} ${en.percentOfCap('82%')}`);
    });

    it('shows an unknown status as text, never as HTML', async () => {
      const el = await badge('<b>x</b>');
      expect(el.querySelector('b')).to.equal(null);
      expect(el.classList.contains('unknown')).to.equal(true);
    });
  });

  describe('styles', () => {
    it('each known state looks different beyond colour', async () => {
      const looks = new Set<string>();
      for (const status of ['no_cap', 'within_cap', 'near_cap', 'cap_reached']) {
        const style = getComputedStyle(await badge(status));
        looks.add([style.borderTopStyle, style.borderTopWidth, style.backgroundColor === getComputedStyle(await badge('within_cap')).backgroundColor].join());
      }
      // Dashed (no cap), thin solid (within), thick (near), filled (reached).
      expect(looks.size).to.equal(4);
    });

    it('cap reached is filled and its text keeps contrast', async () => {
      const el = await badge('cap_reached');
      const style = getComputedStyle(el);
      expect(style.backgroundColor).to.not.equal(style.color);
      await expect(el.getRootNode() instanceof ShadowRoot ? (el.getRootNode() as ShadowRoot).host : el).to.be.accessible();
    });
  });
});
