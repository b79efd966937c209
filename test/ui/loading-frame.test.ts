import { expect, fixture, html } from '@open-wc/testing';
import { LitElement, type TemplateResult } from 'lit';
import '../../src/ui/kit/define-email-list-editor.js';
import '../../src/ui/kit/define-money-input.js';
import '../../src/ui/kit/define-switch.js';
import { skeletonStyles } from '../../src/ui/kit/skeleton.js';
import { LOADING_ROWS, loadingFrame, loadingFrameStyles, type LoadingShape } from '../../src/ui/loading-frame.js';
import { cardStyles, sectionStyles } from '../../src/ui/section.styles.js';
import { baseStyles, tokens } from '../../src/ui/tokens.js';

/** A section-like host: the frame of `shape`, and beside it whatever real pieces a test measures. */
class FrameHost extends LitElement {
  static override styles = [tokens, baseStyles, skeletonStyles, sectionStyles, cardStyles, loadingFrameStyles];
  static override properties = { shape: { attribute: false }, real: { attribute: false } };
  shape: LoadingShape = { frame: 'section', blocks: [] };
  real: TemplateResult | null = null;
  override render() {
    return html`${loadingFrame('Loading…', this.shape)}
      <div class="real">${this.real}</div>`;
  }
}
customElements.define('test-frame-host', FrameHost);

const SHAPE: LoadingShape = {
  frame: 'section',
  head: ['title', 'note'],
  blocks: [{ rows: ['switch', 'field', 'actions'] }, { class: 'card usage', rows: ['heading', 'figure'] }],
  foot: ['line'],
};

async function host(shape: LoadingShape, real: TemplateResult | null = null): Promise<FrameHost> {
  const el = await fixture<FrameHost>(html`<test-frame-host style="display: block; width: 40rem" .shape=${shape} .real=${real}></test-frame-host>`);
  // The kit pieces render after their host.
  await Promise.all([...el.shadowRoot!.querySelectorAll('.real > *')].map((piece) => (piece as LitElement).updateComplete));
  return el;
}

const $ = (el: FrameHost, selector: string) => el.shadowRoot!.querySelector<HTMLElement>(selector)!;
const $$ = (el: FrameHost, selector: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(selector)];
const height = (node: Element) => node.getBoundingClientRect().height;

describe('loadingFrame', () => {
  it('is accessible', async () => {
    const el = await host(SHAPE);
    await expect(el).to.be.accessible();
  });

  it('is a busy status named by its label, with the ready root classes and part', async () => {
    const frame = $(await host(SHAPE), '.loading-frame');
    expect(frame.getAttribute('role')).to.equal('status');
    expect(frame.getAttribute('aria-busy')).to.equal('true');
    expect(frame.getAttribute('part')).to.equal('base');
    expect(frame.classList.contains('section')).to.equal(true);
    const label = frame.querySelector('.visually-hidden')!;
    expect(label.textContent).to.equal('Loading…');
    expect(getComputedStyle(label).position).to.equal('absolute');
  });

  it('renders one block per shape entry, in the element’s own layout classes', async () => {
    const el = await host(SHAPE);
    expect($$(el, '.cards > .loading-block').map((block) => block.className)).to.deep.equal(['card loading-block', 'card usage loading-block']);
    const wallet = await host({ frame: 'wallet', layout: 'overview', blocks: [{ class: 'card balance', rows: ['figure'] }, { rows: [] }, { rows: ['line'] }] });
    expect($$(wallet, '.overview > .loading-block')).to.have.length(3);
  });

  it('renders each row with its kind as a class, the head in .head and the foot in the root', async () => {
    const el = await host(SHAPE);
    const kinds = (rows: HTMLElement[]) => rows.map((row) => [...row.classList].filter((name) => name !== 'loading-row').map((name) => name.replace('loading-', '')));
    expect(kinds($$(el, '.head > .loading-row'))).to.deep.equal([['title'], ['note']]);
    expect(kinds($$(el, '.loading-block .loading-row'))).to.deep.equal([['switch'], ['field'], ['actions'], ['heading'], ['figure']]);
    expect(kinds($$(el, '.loading-frame > .loading-row'))).to.deep.equal([['line']]);
  });

  it('hides what it draws from assistive technology', async () => {
    const el = await host(SHAPE);
    const rows = $$(el, '.loading-row');
    expect(rows).to.have.length(8);
    expect(rows.every((row) => row.getAttribute('aria-hidden') === 'true')).to.equal(true);
  });

  it('gives every kind of row a height of its own', async () => {
    const el = await host({ frame: 'section', blocks: [{ rows: LOADING_ROWS }] });
    const heights = $$(el, '.loading-row').map(height);
    expect(heights).to.have.length(LOADING_ROWS.length);
    for (const [i, h] of heights.entries()) expect(h, LOADING_ROWS[i]).to.be.above(10);
  });

  it('names rows apart from the element’s own classes, so an element’s .choice or .actions never restyles them', async () => {
    const el = await host({ frame: 'section', blocks: [{ rows: LOADING_ROWS }] });
    const rows = $$(el, '.loading-row');
    for (const [i, row] of rows.entries()) {
      expect(row.classList.contains(LOADING_ROWS[i]!), LOADING_ROWS[i]).to.equal(false);
      expect(row.classList.contains(`loading-${LOADING_ROWS[i]}`)).to.equal(true);
    }
  });

  it('lays a group of rows out in the element’s own class', async () => {
    const el = await host({ frame: 'section', blocks: [{ rows: ['heading', { group: 'figures', rows: ['figure', 'figure'] }] }] });
    const group = $(el, '.loading-block .figures');
    expect(group.classList.contains('loading-group')).to.equal(true);
    expect([...group.children].map((row) => row.className)).to.deep.equal(['loading-row loading-figure', 'loading-row loading-figure']);
  });

  it('draws given words as unreadable bars in their place, and a plain bar where none is given', async () => {
    const el = await host({ frame: 'section', blocks: [{ rows: [{ row: 'switch', text: ['Limit monthly spend'] }] }] });
    const words = $$(el, '.loading-switch .loading-words');
    expect(words.map((node) => node.textContent)).to.deep.equal(['Limit monthly spend']);
    expect(getComputedStyle(words[0]!).color).to.equal('rgba(0, 0, 0, 0)');
    expect($$(el, '.loading-switch .skeleton-line.small')).to.have.length(1);
  });

  describe('rows as tall as the real pieces (measured)', () => {
    it('a row with words wraps where the real piece wraps, so it stays as tall when narrow', async () => {
      const label = 'When spend reaches 80% of the cap';
      const description = 'An early warning, while there is still time to raise the cap before campaigns pause.';
      for (const width of ['12rem', '20rem', '40rem']) {
        const el = await host(
          { frame: 'section', blocks: [{ rows: [{ row: 'switch', text: [label, description] }] }] },
          html`<div class="card"><kayse-switch label=${label} description=${description}></kayse-switch></div>`,
        );
        el.style.width = width;
        const frame = height($(el, '.loading-switch'));
        expect(Math.abs(frame - height($(el, 'kayse-switch'))), `${width}: ${frame}px`).to.be.at.most(2);
      }
    });


    it('a field row is as tall as a kit money input with a label and a hint', async () => {
      const el = await host(
        { frame: 'section', blocks: [{ rows: ['field'] }] },
        html`<kayse-money-input label="Monthly cap" hint="Campaigns pause when the month's spend reaches it."></kayse-money-input>`,
      );
      expect(Math.abs(height($(el, '.loading-field')) - height($(el, 'kayse-money-input')))).to.be.at.most(2);
    });

    it('a switch row is as tall as a kit switch with a label and a description', async () => {
      const el = await host(
        { frame: 'section', blocks: [{ rows: ['switch'] }] },
        html`<kayse-switch label="Spending cap" description="Pause campaigns when the month's spend reaches the cap."></kayse-switch>`,
      );
      expect(Math.abs(height($(el, '.loading-switch')) - height($(el, 'kayse-switch')))).to.be.at.most(2);
    });

    it('a textarea row is as tall as the email list editor with a label', async () => {
      const el = await host({ frame: 'section', blocks: [{ rows: ['textarea'] }] }, html`<kayse-email-list-editor label="Extra recipients"></kayse-email-list-editor>`);
      expect(Math.abs(height($(el, '.loading-textarea')) - height($(el, 'kayse-email-list-editor')))).to.be.at.most(2);
    });

    it('a title row is one line of the section title', async () => {
      const el = await host({ frame: 'section', head: ['title'], blocks: [] }, html`<h2 class="title">Spending cap</h2>`);
      expect(Math.abs(height($(el, '.loading-title')) - height($(el, 'h2.title')))).to.be.at.most(1);
    });
  });
});
