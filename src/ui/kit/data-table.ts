import { html, LitElement, nothing, type PropertyValues } from 'lit';
import { property, query, state } from 'lit/decorators.js';
import { resolveLocale } from '../../i18n/locale.js';
import { baseStyles, tokens } from '../tokens.js';
import { dataTableStyles } from './data-table.styles.js';
import type { DataTableColumn } from './data-table.types.js';
import { SortChangeEvent, type SortDirection } from './events.js';
import { LocalizeController } from '../../i18n/localize.js';
import { combine } from '../../i18n/translations.js';
import { commonStrings, type CommonStrings } from '../../i18n/parts/common.js';
import { kitStrings, type KitStrings } from '../../i18n/parts/kit.js';

const KIT_AND_COMMON = combine(kitStrings, commonStrings);

type Cells = Readonly<Record<string, unknown>>;

/** Rows drawn in the first frame of a long set of new rows: more than a tall table shows (36rem of 2.5rem rows). */
const FIRST_FRAME_ROWS = 20;

/**
 * @tag kayse-data-table
 * @summary A table with a caption, a sticky header and sortable columns (header buttons, with
 * `aria-sort` on the column), numbers aligned to the end; the sort is stable. A long set of new
 * rows is drawn in two frames (the first 20, then the rest), so the first rows show at once;
 * `updateComplete` resolves once every row is drawn. An optional totals row sits in a sticky
 * `<tfoot>`. When the table is wider than its box, a first column of row headers stays in view
 * (and the last column too with `sticky-end`), a shadow marks each edge with columns scrolled
 * out of sight, and the box is a focusable region named by the caption.
 *
 * @fires {SortChangeEvent} sort-change - The user sorted; `detail` has the column `key` and the `direction`. Not fired when code sets the sort.
 *
 * @csspart base - The scrolling box around the table.
 * @csspart table - The `<table>`.
 * @csspart caption - The caption.
 * @csspart header - Each header cell.
 * @csspart cell - Each body cell.
 * @csspart row-header - Each body cell that names its row (beside `cell`).
 * @csspart footer - Each cell of the totals row.
 *
 * @cssprop [--kayse-data-table-max-height=none] - Height after which the body scrolls under the sticky header.
 * @cssprop [--kayse-color-surface=light-dark(#ffffff, #1a1e24)] - Background of the table, under the columns that stay in view.
 * @cssprop [--kayse-color-surface-alt=light-dark(#f3f5f7, #232830)] - Background of the header and the totals row.
 *
 * @example
 * ```html
 * <kayse-data-table caption="Usage by agent"></kayse-data-table>
 * <script>
 *   table.columns = [{ key: 'agent', label: 'Agent', sortable: true, rowHeader: true }, { key: 'calls', label: 'Calls', sortable: true }];
 *   table.rows = [{ agent: 'Intake', calls: 412 }];
 * </script>
 * ```
 */
export class KayseDataTable<Row extends object = Cells> extends LitElement {
  static override styles = [tokens, baseStyles, dataTableStyles];

  private sortedRows: readonly Row[] = [];
  private resizeObserver?: ResizeObserver;
  /** How many rows are drawn: a long set of new rows is drawn in two frames (see `willUpdate`). */
  private drawnRows = 0;
  private nextFrame = 0;

  @query('.scroller') private scroller!: HTMLElement;
  @query('.frame') private frame!: HTMLElement;

  /** What the last user sort said, for screen readers that do not announce `aria-sort` changes. */
  @state() private announcement = '';
  /** Whether the box scrolls, and so needs to be focusable for keyboard users. */
  @state() private scrollable = false;

  /** The table's name, shown above it unless `caption-hidden`. */
  @property() caption = '';

  /** Keeps the caption for screen readers only, where a heading nearby already names the table. */
  @property({ type: Boolean, attribute: 'caption-hidden' }) captionHidden = false;

  /** The `key` of the column sorted by; empty keeps the rows' own order. */
  @property({ attribute: 'sort-key' }) sortKey = '';

  /** The sort direction of `sort-key`. */
  @property({ attribute: 'sort-direction' }) sortDirection: SortDirection = 'ascending';

  /** Locale of the text collation used by the default sort; else the nearest `lang`, else the browser's. */
  @property() locale?: string;

  /** Text in the body when there are no rows; the catalog's "Nothing here yet." when empty. */
  @property({ attribute: 'empty-text' }) emptyText = '';

  /** The columns, in order. */
  @property({ attribute: false }) columns: readonly DataTableColumn<Row>[] = [];

  /** The rows, in their own order (the sort does not change this array). */
  @property({ attribute: false }) rows: readonly Row[] = [];

  /** A totals row under the body, never sorted: each column's text by column `key` (the row-header column's text names the row); null for none. */
  @property({ attribute: false }) footer: Readonly<Record<string, string>> | null = null;

  /** Keeps the last column in view while the table scrolls sideways (a cost, a total), as a first column of row headers always is. */
  @property({ type: Boolean, attribute: 'sticky-end' }) stickyEnd = false;

  /** The piece's words, in the language of the billing element around it. */
  private readonly localize = new LocalizeController(this, KIT_AND_COMMON);

  private get strings(): KitStrings & CommonStrings {
    return this.localize.strings;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (this.hasUpdated) this.observeSize();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.resizeObserver?.disconnect();
    this.resizeObserver = undefined;
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if (['rows', 'columns', 'sortKey', 'sortDirection', 'locale'].some((name) => changed.has(name as keyof KayseDataTable<Row>))) {
      this.sortedRows = this.sort();
    }
    // Creating and laying out many rows at once holds the first frame back: the rows a screen
    // shows come first, the rest in the next frame (at most one frame later, whatever the count).
    const wanted = this.sortedRows.length;
    if (wanted > this.drawnRows + FIRST_FRAME_ROWS && this.nextFrame === 0) {
      this.drawnRows += FIRST_FRAME_ROWS;
      this.nextFrame = requestAnimationFrame(() => {
        this.nextFrame = 0;
        this.drawnRows = Number.POSITIVE_INFINITY;
        this.requestUpdate();
      });
    } else if (this.nextFrame === 0) {
      this.drawnRows = wanted;
    }
  }

  /** `updateComplete` waits for every row, also those a long set draws in the next frame. */
  protected override async getUpdateComplete(): Promise<boolean> {
    let done = await super.getUpdateComplete();
    while (this.nextFrame !== 0) {
      await new Promise((resolve) => requestAnimationFrame(resolve));
      done = await super.getUpdateComplete();
    }
    return done;
  }

  protected override firstUpdated(): void {
    this.observeSize();
  }

  private readonly measure = (): void => {
    const box = this.scroller;
    this.scrollable = box.scrollHeight > box.clientHeight || box.scrollWidth > box.clientWidth;
    this.markHiddenEdges();
  };

  private readonly handleScroll = (): void => this.markHiddenEdges();

  private readonly handleSortClick = (event: Event): void => {
    const key = (event.currentTarget as HTMLElement).dataset.key ?? '';
    const column = this.columns.find((candidate) => candidate.key === key);
    if (!column) return;
    this.sortDirection = key === this.sortKey && this.sortDirection === 'ascending' ? 'descending' : 'ascending';
    this.sortKey = key;
    const words = this.sortDirection === 'ascending' ? this.strings.tableSortedAscending : this.strings.tableSortedDescending;
    this.announcement = `${column.label}, ${words}`;
    this.dispatchEvent(new SortChangeEvent({ key, direction: this.sortDirection }));
  };

  /**
   * Marks a table wider than its box (its pinned columns stick only then) and each inline edge
   * beyond which columns are scrolled out of sight, for its shadow. Written straight to the
   * frame's attributes: a scroll must not re-render every row.
   */
  private markHiddenEdges(): void {
    const box = this.scroller;
    // Right-to-left, scrollLeft runs from 0 down to negative values.
    const scrolled = Math.abs(box.scrollLeft);
    const hidden = box.scrollWidth - box.clientWidth;
    this.frame.toggleAttribute('data-overflow', hidden > 1);
    this.frame.toggleAttribute('data-more-start', scrolled > 1);
    this.frame.toggleAttribute('data-more-end', hidden - scrolled > 1);
  }

  private observeSize(): void {
    this.resizeObserver?.disconnect();
    this.resizeObserver = new ResizeObserver(this.measure);
    this.resizeObserver.observe(this.scroller);
    const table = this.scroller.querySelector('table');
    if (table) this.resizeObserver.observe(table);
  }

  private sort(): readonly Row[] {
    const column = this.columns.find((candidate) => candidate.key === this.sortKey);
    if (!column) return this.rows;
    const compare = column.compare ?? this.rawCompare(column.key);
    const sign = this.sortDirection === 'descending' ? -1 : 1;
    // Array.prototype.sort is stable, and flipping the sign (not reversing) keeps ties in row order both ways.
    return [...this.rows].sort((a, b) => sign * compare(a, b));
  }

  private rawCompare(key: string): (a: Row, b: Row) => number {
    const collator = new Intl.Collator(resolveLocale(this, this.locale), { numeric: true, sensitivity: 'base' });
    return (a, b) => {
      const x = cell(a, key);
      const y = cell(b, key);
      // A missing value counts as the lowest, so it leads an ascending sort and ends a descending one.
      if (x === y) return 0;
      if (x === null || x === undefined) return -1;
      if (y === null || y === undefined) return 1;
      if (typeof x === 'number' && typeof y === 'number') return x - y;
      return collator.compare(String(x), String(y));
    };
  }

  private alignOf(column: DataTableColumn<Row>): 'start' | 'end' {
    if (column.align) return column.align;
    const first = this.rows.find((row) => cell(row, column.key) !== null && cell(row, column.key) !== undefined);
    return first !== undefined && typeof cell(first, column.key) === 'number' ? 'end' : 'start';
  }

  /** Whether the first column (row headers) and the last (`sticky-end`) stay in view. */
  private get pins(): { readonly start: boolean; readonly end: boolean } {
    return { start: this.columns[0]?.rowHeader === true, end: this.stickyEnd && this.columns.length > 1 };
  }

  /** Each column's classes: its alignment, and whether it stays in view at an edge. */
  private classesOf(aligns: readonly ('start' | 'end')[]): string[] {
    const last = this.columns.length - 1;
    const pins = this.pins;
    return aligns.map((align, i) => align + (i === 0 && pins.start ? ' pin-start' : i === last && pins.end ? ' pin-end' : ''));
  }

  private renderHeader(column: DataTableColumn<Row>, classes: string) {
    const sorted = column.key === this.sortKey;
    const ariaSort = !column.sortable ? nothing : sorted ? this.sortDirection : 'none';
    const arrow = !sorted ? '↕' : this.sortDirection === 'ascending' ? '▲' : '▼';
    return html`<th scope="col" part="header" class=${classes} aria-sort=${ariaSort}>
      ${column.sortable
        ? html`<button class="sort" type="button" data-key=${column.key} @click=${this.handleSortClick}>
            ${column.label}<span class="indicator" aria-hidden="true">${arrow}</span>
          </button>`
        : column.label}
    </th>`;
  }

  private renderRow(row: Row, classes: readonly string[]) {
    return html`<tr>
      ${this.columns.map((column, i) => {
        const text = column.format ? column.format(row) : String(cell(row, column.key) ?? '');
        return column.rowHeader
          ? html`<th scope="row" part="cell row-header" class=${classes[i] ?? 'start'}>${text}</th>`
          : html`<td part="cell" class=${classes[i] ?? 'start'}>${text}</td>`;
      })}
    </tr>`;
  }

  /** The totals row: its name in the row-header column (else the first), so it reads as "Total, Cost $1,065.55". */
  private renderFooter(footer: Readonly<Record<string, string>>, classes: readonly string[]) {
    const found = this.columns.findIndex((column) => column.rowHeader);
    const header = found === -1 ? 0 : found;
    return html`<tfoot>
      <tr>
        ${this.columns.map((column, i) => {
          const text = footer[column.key] ?? '';
          return i === header
            ? html`<th scope="row" part="footer" class=${classes[i] ?? 'start'}>${text}</th>`
            : html`<td part="footer" class=${classes[i] ?? 'start'}>${text}</td>`;
        })}
      </tr>
    </tfoot>`;
  }

  override render() {
    const classes = this.classesOf(this.columns.map((column) => this.alignOf(column)));
    const pins = this.pins;
    // A box that scrolls must be reachable by keyboard (and then named); one that does not is no tab stop.
    return html`<div class=${`frame${pins.start ? ' pinned-start' : ''}${pins.end ? ' pinned-end' : ''}`}>
        <div
          class="scroller"
          part="base"
          role=${this.scrollable ? 'region' : nothing}
          aria-labelledby=${this.scrollable ? 'caption' : nothing}
          tabindex=${this.scrollable ? '0' : nothing}
          @scroll=${this.handleScroll}
        >
          <table part="table">
            <caption id="caption" part="caption" class=${this.captionHidden ? 'visually-hidden' : ''}><span class="caption-text">${this.caption}</span></caption>
            <thead>
              <tr>${this.columns.map((column, i) => this.renderHeader(column, classes[i] ?? 'start'))}</tr>
            </thead>
            <tbody>
              ${this.sortedRows.length === 0
                ? html`<tr><td class="empty" colspan=${Math.max(this.columns.length, 1)}>${this.emptyText || this.strings.empty}</td></tr>`
                : this.sortedRows.slice(0, this.drawnRows).map((row) => this.renderRow(row, classes))}
            </tbody>
            ${this.footer ? this.renderFooter(this.footer, classes) : nothing}
          </table>
        </div>
      </div>
      <div class="visually-hidden" role="status">${this.announcement}</div>`;
  }
}

function cell(row: object, key: string): unknown {
  return (row as Cells)[key];
}
