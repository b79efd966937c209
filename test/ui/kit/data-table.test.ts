import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { en } from '../../../src/i18n/en.js';
import type { KayseDataTable } from '../../../src/ui/kit/data-table.js';
import type { DataTableColumn } from '../../../src/ui/kit/data-table.types.js';
import { SortChangeEvent } from '../../../src/ui/kit/events.js';
import '../../../src/ui/kit/define.js';

interface Row {
  id: string;
  agent: string;
  calls: number;
  cost: number | null;
}

const ROWS: Row[] = [
  { id: 'r1', agent: 'Intake', calls: 40, cost: 1250 },
  { id: 'r2', agent: 'billing', calls: 12, cost: null },
  { id: 'r3', agent: 'Álvaro', calls: 40, cost: 990 },
  { id: 'r4', agent: 'Follow-up', calls: 7, cost: 15000 },
  { id: 'r5', agent: 'agent 10', calls: 12, cost: 0 },
  { id: 'r6', agent: 'agent 9', calls: 40, cost: 5 },
];

const COLUMNS: DataTableColumn<Row>[] = [
  { key: 'agent', label: 'Agent', sortable: true, rowHeader: true },
  { key: 'calls', label: 'Calls', sortable: true },
  { key: 'cost', label: 'Cost', sortable: true, format: (row) => (row.cost === null ? '—' : `$${(row.cost / 100).toFixed(2)}`) },
  { key: 'id', label: 'Id' },
];

type Table = KayseDataTable<Row>;

const headers = (el: Table) => [...el.shadowRoot!.querySelectorAll<HTMLTableCellElement>('thead th')];
const header = (el: Table, label: string) => headers(el).find((th) => th.textContent!.includes(label))!;
const sortButton = (el: Table, label: string) => header(el, label).querySelector('button')!;
const column = (el: Table, index: number) =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => tr.children[index]!.textContent!.trim());
const ids = (el: Table) => column(el, 3);

async function table(extra: Partial<Pick<Table, 'sortKey' | 'sortDirection'>> = {}): Promise<Table> {
  return fixture<Table>(
    html`<kayse-data-table
      caption="Usage by agent"
      locale="en-US"
      .columns=${COLUMNS}
      .rows=${ROWS}
      .sortKey=${extra.sortKey ?? ''}
      .sortDirection=${extra.sortDirection ?? 'ascending'}
    ></kayse-data-table>`,
  );
}

describe('kayse-data-table', () => {
  it('is accessible, unsorted and sorted', async () => {
    const el = await table();
    await expect(el).to.be.accessible();
    sortButton(el, 'Calls').click();
    await el.updateComplete;
    await expect(el).to.be.accessible();
  });

  describe('defaults', () => {
    it('renders the caption, column headers and rows in their own order', async () => {
      const el = await table();
      expect(el.shadowRoot!.querySelector('caption')!.textContent).to.equal('Usage by agent');
      expect(headers(el).map((th) => th.getAttribute('scope'))).to.deep.equal(['col', 'col', 'col', 'col']);
      expect(ids(el)).to.deep.equal(['r1', 'r2', 'r3', 'r4', 'r5', 'r6']);
      expect(el.shadowRoot!.querySelector('table')!.getAttribute('part')).to.equal('table');
    });

    it('sortable columns say aria-sort="none"; others have no aria-sort', async () => {
      const el = await table();
      expect(headers(el).map((th) => th.getAttribute('aria-sort'))).to.deep.equal(['none', 'none', 'none', null]);
      expect(header(el, 'Id').querySelector('button')).to.equal(null);
    });

    it('aligns number columns to the end', async () => {
      const el = await table();
      expect(getComputedStyle(header(el, 'Calls')).textAlign).to.equal('end');
      expect(getComputedStyle(el.shadowRoot!.querySelector('tbody tr')!.children[1]!).textAlign).to.equal('end');
      expect(getComputedStyle(header(el, 'Agent')).textAlign).to.equal('start');
    });

    it('keeps the header in view while the body scrolls', async () => {
      const el = await table();
      expect(getComputedStyle(header(el, 'Agent')).position).to.equal('sticky');
    });
  });

  describe('properties', () => {
    it('format gives the cell text; rowHeader makes row headers', async () => {
      const el = await table();
      expect(column(el, 2)).to.deep.equal(['$12.50', '—', '$9.90', '$150.00', '$0.00', '$0.05']);
      const first = el.shadowRoot!.querySelector('tbody tr')!.children[0]!;
      expect(first.tagName).to.equal('TH');
      expect(first.getAttribute('scope')).to.equal('row');
    });

    it('sort-key and sort-direction sort without an event', async () => {
      const el = await table({ sortKey: 'calls', sortDirection: 'descending' });
      expect(column(el, 1)).to.deep.equal(['40', '40', '40', '12', '12', '7']);
      expect(header(el, 'Calls').getAttribute('aria-sort')).to.equal('descending');
    });

    it('caption-hidden keeps the caption for screen readers only', async () => {
      const el = await fixture<Table>(html`<kayse-data-table caption="Usage" caption-hidden .columns=${COLUMNS} .rows=${ROWS}></kayse-data-table>`);
      expect(el.shadowRoot!.querySelector('caption')!.classList.contains('visually-hidden')).to.equal(true);
      await expect(el).to.be.accessible();
    });

    it('no rows shows the empty text across the columns', async () => {
      const el = await fixture<Table>(html`<kayse-data-table caption="Usage" .columns=${COLUMNS}></kayse-data-table>`);
      const cell = el.shadowRoot!.querySelector<HTMLTableCellElement>('tbody td')!;
      expect(cell.textContent).to.equal(en.empty);
      expect(cell.colSpan).to.equal(4);
    });

    it('a scrolling table becomes a focusable, named region', async () => {
      const el = await table();
      const scroller = el.shadowRoot!.querySelector<HTMLElement>('.scroller')!;
      expect(scroller.hasAttribute('tabindex')).to.equal(false);
      el.style.setProperty('--kayse-data-table-max-height', '5rem');
      await new Promise((resolve) => setTimeout(resolve, 50));
      await el.updateComplete;
      expect(scroller.getAttribute('tabindex')).to.equal('0');
      expect(scroller.getAttribute('role')).to.equal('region');
      expect(el.shadowRoot!.getElementById(scroller.getAttribute('aria-labelledby')!)?.textContent).to.equal('Usage by agent');
      await expect(el).to.be.accessible();
    });
  });

  describe('user actions', () => {
    it('a click sorts ascending, a second descending; aria-sort follows', async () => {
      const el = await table();
      sortButton(el, 'Agent').click();
      await el.updateComplete;
      // Collation: case and accents do not split the order, and "agent 9" comes before "agent 10".
      expect(column(el, 0)).to.deep.equal(['agent 9', 'agent 10', 'Álvaro', 'billing', 'Follow-up', 'Intake']);
      expect(header(el, 'Agent').getAttribute('aria-sort')).to.equal('ascending');
      sortButton(el, 'Agent').click();
      await el.updateComplete;
      expect(column(el, 0)).to.deep.equal(['Intake', 'Follow-up', 'billing', 'Álvaro', 'agent 10', 'agent 9']);
      expect(header(el, 'Agent').getAttribute('aria-sort')).to.equal('descending');
      expect(header(el, 'Calls').getAttribute('aria-sort')).to.equal('none');
    });

    it('another column starts ascending', async () => {
      const el = await table({ sortKey: 'agent', sortDirection: 'descending' });
      sortButton(el, 'Calls').click();
      await el.updateComplete;
      expect(header(el, 'Calls').getAttribute('aria-sort')).to.equal('ascending');
      expect(header(el, 'Agent').getAttribute('aria-sort')).to.equal('none');
    });

    for (const key of ['Enter', 'Space']) {
      it(`${key} on a focused header sorts`, async () => {
        const el = await table();
        sortButton(el, 'Calls').focus();
        await sendKeys({ press: key });
        await el.updateComplete;
        expect(header(el, 'Calls').getAttribute('aria-sort')).to.equal('ascending');
      });
    }

    it('announces the new sort in words', async () => {
      const el = await table();
      sortButton(el, 'Calls').click();
      await el.updateComplete;
      expect(el.shadowRoot!.querySelector('[role="status"]')!.textContent).to.equal(`Calls, ${en.tableSortedAscending}`);
    });
  });

  describe('long tables', () => {
    const many = (count: number): Row[] => Array.from({ length: count }, (_, i) => ({ id: `m${i}`, agent: `Agent ${i}`, calls: i, cost: i * 100 }));
    const drawn = (el: KayseDataTable<Row>) => el.shadowRoot!.querySelectorAll('tbody tr').length;

    it('draws the rows a screen shows in the first frame and the rest in the next; updateComplete waits for all', async () => {
      const el = document.createElement('kayse-data-table') as unknown as KayseDataTable<Row>;
      el.columns = COLUMNS;
      el.rows = many(100);
      document.body.append(el);
      try {
        // The first render, before any frame: only the first rows exist.
        await new Promise((resolve) => queueMicrotask(() => resolve(undefined)));
        await Promise.resolve();
        expect(drawn(el)).to.equal(20);
        await el.updateComplete;
        expect(drawn(el)).to.equal(100);
        el.rows = many(323);
        await el.updateComplete;
        expect(drawn(el)).to.equal(323);
      } finally {
        el.remove();
      }
    });

    it('draws a short set at once', async () => {
      const el = await fixture<KayseDataTable<Row>>(html`<kayse-data-table .columns=${COLUMNS} .rows=${many(20)}></kayse-data-table>`);
      expect(drawn(el)).to.equal(20);
    });
  });

  describe('stable sort', () => {
    const cases: { key: string; direction: 'ascending' | 'descending'; expected: string[] }[] = [
      { key: 'calls', direction: 'ascending', expected: ['r4', 'r2', 'r5', 'r1', 'r3', 'r6'] },
      // Ties keep the rows' own order in both directions: not a reversed ascending sort.
      { key: 'calls', direction: 'descending', expected: ['r1', 'r3', 'r6', 'r2', 'r5', 'r4'] },
      // A missing cost is the lowest.
      { key: 'cost', direction: 'ascending', expected: ['r2', 'r5', 'r6', 'r3', 'r1', 'r4'] },
      { key: 'cost', direction: 'descending', expected: ['r4', 'r1', 'r3', 'r6', 'r5', 'r2'] },
    ];
    for (const c of cases) {
      it(`${c.key} ${c.direction}`, async () => {
        const el = await table({ sortKey: c.key, sortDirection: c.direction });
        expect(ids(el)).to.deep.equal(c.expected);
      });
    }

    it('does not reorder the rows array it was given', async () => {
      const rows = [...ROWS];
      const el = await fixture<Table>(html`<kayse-data-table caption="Usage" .columns=${COLUMNS} .rows=${rows} sort-key="calls"></kayse-data-table>`);
      expect(rows.map((row) => row.id)).to.deep.equal(ROWS.map((row) => row.id));
      expect(ids(el)[0]).to.equal('r4');
    });
  });

  describe('events', () => {
    it('fires sort-change with the key and direction', async () => {
      const el = await table();
      const heard = oneEvent<SortChangeEvent>(el, 'sort-change');
      sortButton(el, 'Cost').click();
      const event = await heard;
      expect(event).to.be.instanceOf(SortChangeEvent);
      expect(event.detail).to.deep.equal({ key: 'cost', direction: 'ascending' });
      expect([event.bubbles, event.composed]).to.deep.equal([true, false]);
    });

    it('fires nothing when code sorts', async () => {
      const el = await table();
      const heard: Event[] = [];
      el.addEventListener('sort-change', (event) => heard.push(event));
      el.sortKey = 'calls';
      await el.updateComplete;
      expect(heard).to.deep.equal([]);
    });
  });

  describe('bad input', () => {
    it('an unknown sort-key keeps the rows in order', async () => {
      const el = await table({ sortKey: 'nope' });
      expect(ids(el)).to.deep.equal(['r1', 'r2', 'r3', 'r4', 'r5', 'r6']);
    });

    it('a column compare wins over the raw values', async () => {
      const byLength: DataTableColumn<Row> = { key: 'agent', label: 'Agent', sortable: true, compare: (a, b) => a.agent.length - b.agent.length };
      const el = await fixture<Table>(html`<kayse-data-table caption="Usage" .columns=${[byLength]} .rows=${ROWS} sort-key="agent"></kayse-data-table>`);
      expect(column(el, 0)).to.deep.equal(['Intake', 'Álvaro', 'billing', 'agent 9', 'agent 10', 'Follow-up']);
    });

    it('renders API text as text, never as HTML', async () => {
      const rows = [{ id: 'x', agent: '<img src=x onerror=alert(1)>', calls: 1, cost: 1 }];
      const el = await fixture<Table>(html`<kayse-data-table caption="Usage" .columns=${COLUMNS} .rows=${rows}></kayse-data-table>`);
      expect(el.shadowRoot!.querySelector('tbody img')).to.equal(null);
      expect(column(el, 0)).to.deep.equal(['<img src=x onerror=alert(1)>']);
    });
  });
});
