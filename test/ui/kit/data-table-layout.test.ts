import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import type { KayseDataTable } from '../../../src/ui/kit/data-table.js';
import type { DataTableColumn } from '../../../src/ui/kit/data-table.types.js';
import '../../../src/ui/kit/define.js';

// The totals row, and a table wider than its box: pinned columns, the edge shadows, the region.

interface Row {
  name: string;
  a: number;
  b: number;
  c: number;
  cost: number;
}

const COLUMNS: DataTableColumn<Row>[] = [
  { key: 'name', label: 'Campaign', sortable: true, rowHeader: true },
  { key: 'a', label: 'Calls with a long label', sortable: true },
  { key: 'b', label: 'Messages with a long label', sortable: true },
  { key: 'c', label: 'Conversions with a long label', sortable: true },
  { key: 'cost', label: 'Cost', sortable: true },
];

const ROWS: Row[] = [
  { name: 'Spring intake', a: 3, b: 30, c: 1, cost: 120 },
  { name: 'Web lead callback', a: 1, b: 10, c: 0, cost: 45 },
];

const FOOTER = { name: 'Total', a: '4', b: '40', c: '1', cost: '165' };

type Table = KayseDataTable<Row>;

const shadow = (el: Table) => el.shadowRoot!;
const frameOf = (el: Table) => shadow(el).querySelector<HTMLElement>('.frame')!;
const scrollerOf = (el: Table) => shadow(el).querySelector<HTMLElement>('.scroller')!;
const edges = (el: Table) => [frameOf(el).hasAttribute('data-more-start'), frameOf(el).hasAttribute('data-more-end')];
const headerCell = (el: Table, label: string) => [...shadow(el).querySelectorAll<HTMLElement>('thead th')].find((th) => th.textContent!.includes(label))!;

async function table(options: { width?: string; stickyEnd?: boolean; dir?: 'ltr' | 'rtl'; footer?: Record<string, string> | null; columns?: DataTableColumn<Row>[] } = {}): Promise<Table> {
  const wrapper = await fixture<HTMLDivElement>(html`<div dir=${options.dir ?? 'ltr'} style=${`width: ${options.width ?? '800px'}`}>
    <kayse-data-table
      caption="Usage by campaign"
      .columns=${options.columns ?? COLUMNS}
      .rows=${ROWS}
      .footer=${options.footer === undefined ? FOOTER : options.footer}
      ?sticky-end=${options.stickyEnd ?? false}
    ></kayse-data-table>
  </div>`);
  const el = wrapper.querySelector<Table>('kayse-data-table')!;
  await el.updateComplete;
  return el;
}

async function scrollTo(el: Table, left: number): Promise<void> {
  scrollerOf(el).scrollLeft = left;
  await new Promise((resolve) => scrollerOf(el).addEventListener('scroll', resolve, { once: true }));
}

describe('kayse-data-table layout', () => {
  it('is accessible with a totals row, fitting and scrolling', async () => {
    await expect(await table()).to.be.accessible();
    const narrow = await table({ width: '260px', stickyEnd: true });
    await waitUntil(() => scrollerOf(narrow).getAttribute('tabindex') === '0', 'no region');
    await expect(narrow).to.be.accessible();
  });

  describe('the totals row', () => {
    it('is one tfoot row, named by a row header in the row-header column, never sorted with the body', async () => {
      const el = await table();
      const cells = [...shadow(el).querySelectorAll('tfoot tr > *')];
      expect(shadow(el).querySelectorAll('tfoot tr')).to.have.length(1);
      expect(cells.map((cell) => cell.tagName)).to.deep.equal(['TH', 'TD', 'TD', 'TD', 'TD']);
      expect(cells.map((cell) => cell.textContent!.trim())).to.deep.equal(['Total', '4', '40', '1', '165']);
      expect(cells[0]!.getAttribute('scope')).to.equal('row');
      expect(cells.every((cell) => cell.getAttribute('part') === 'footer')).to.equal(true);
      el.sortKey = 'cost';
      el.sortDirection = 'descending';
      await el.updateComplete;
      expect(shadow(el).querySelector('tbody tr:last-child th')!.textContent).to.equal('Web lead callback');
      expect(shadow(el).querySelector('tfoot th')!.textContent).to.equal('Total');
    });

    it('names the row in the row-header column wherever it is; a missing key is an empty cell', async () => {
      const columns = [COLUMNS[4]!, { ...COLUMNS[0]!, rowHeader: true }, COLUMNS[1]!];
      const el = await table({ columns, footer: { name: 'Total', cost: '165' } });
      expect([...shadow(el).querySelectorAll('tfoot tr > *')].map((cell) => `${cell.tagName}:${cell.textContent!.trim()}`)).to.deep.equal(['TD:165', 'TH:Total', 'TD:']);
    });

    it('none without a footer', async () => {
      const el = await table({ footer: null });
      expect(shadow(el).querySelector('tfoot')).to.equal(null);
    });

    it('stays in view at the bottom of a box that scrolls down', async () => {
      const el = await table();
      expect(getComputedStyle(shadow(el).querySelector('tfoot td')!).position).to.equal('sticky');
      expect(getComputedStyle(shadow(el).querySelector('tfoot td')!).bottom).to.equal('0px');
    });
  });

  describe('a table wider than its box', () => {
    it('fits: no shadows, no tab stop, and no sticky cells to lay out', async () => {
      const el = await table({ stickyEnd: true });
      expect(edges(el)).to.deep.equal([false, false]);
      expect(frameOf(el).hasAttribute('data-overflow')).to.equal(false);
      expect(scrollerOf(el).hasAttribute('tabindex')).to.equal(false);
      expect(getComputedStyle(shadow(el).querySelector('tbody th')!).position).to.equal('static');
    });

    it('keeps the row headers and, with sticky-end, the last column in view; shadows follow the scroll', async () => {
      const el = await table({ width: '260px', stickyEnd: true });
      const scroller = scrollerOf(el);
      await waitUntil(() => edges(el)[1] === true, 'no shadow at the end');
      expect(edges(el)).to.deep.equal([false, true]);
      expect(scroller.getAttribute('role')).to.equal('region');
      expect(shadow(el).getElementById(scroller.getAttribute('aria-labelledby')!)!.textContent).to.equal('Usage by campaign');
      const box = scroller.getBoundingClientRect();
      expect(headerCell(el, 'Cost').getBoundingClientRect().right).to.be.closeTo(box.right - 1, 1);

      await scrollTo(el, 40);
      expect(edges(el)).to.deep.equal([true, true]);
      await scrollTo(el, scroller.scrollWidth);
      expect(edges(el)).to.deep.equal([true, false]);
      expect(headerCell(el, 'Campaign').getBoundingClientRect().left).to.be.closeTo(box.left + 1, 1);
      const firstBodyCell = shadow(el).querySelector('tbody th')!;
      expect(firstBodyCell.getBoundingClientRect().left).to.be.closeTo(box.left + 1, 1);
      expect(firstBodyCell.getAttribute('part')).to.equal('cell row-header');
      expect(getComputedStyle(firstBodyCell).position).to.equal('sticky');
      await scrollTo(el, 0);
      expect(edges(el)).to.deep.equal([false, true]);
    });

    it('without sticky-end the last column scrolls away, and the box’s own edge carries the shadow', async () => {
      const el = await table({ width: '260px' });
      await waitUntil(() => edges(el)[1] === true, 'no shadow at the end');
      expect(headerCell(el, 'Cost').classList.contains('pin-end')).to.equal(false);
      // The shadow fades in.
      await waitUntil(() => getComputedStyle(frameOf(el), '::after').opacity === '1', 'no shadow at the box’s end');
      expect(getComputedStyle(frameOf(el), '::before').opacity).to.equal('0');
    });

    it('a first column that is not a row header is not pinned', async () => {
      const el = await table({ width: '260px', columns: COLUMNS.map((column) => ({ ...column, rowHeader: false })) });
      expect(headerCell(el, 'Campaign').classList.contains('pin-start')).to.equal(false);
    });

    it('right to left: the pinned columns and the shadows follow the direction', async () => {
      const el = await table({ width: '260px', stickyEnd: true, dir: 'rtl' });
      const scroller = scrollerOf(el);
      await waitUntil(() => edges(el)[1] === true, 'no shadow at the end');
      const box = scroller.getBoundingClientRect();
      expect(headerCell(el, 'Campaign').getBoundingClientRect().right).to.be.closeTo(box.right - 1, 1);
      expect(headerCell(el, 'Cost').getBoundingClientRect().left).to.be.closeTo(box.left + 1, 1);
      await scrollTo(el, -scroller.scrollWidth);
      expect(edges(el)).to.deep.equal([true, false]);
    });
  });
});
