import { css } from 'lit';

export const dataTableStyles = css`
  :host {
    display: block;
    /* Narrow layouts follow the table's own width, not the viewport's. */
    container-type: inline-size;
    --_edge-shadow: light-dark(rgb(16 24 40 / 0.16), rgb(0 0 0 / 0.55));
  }
  .frame {
    position: relative;
  }
  .scroller {
    max-height: var(--kayse-data-table-max-height, none);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  table {
    width: 100%;
    border-collapse: separate;
    border-spacing: 0;
  }
  caption {
    padding: 0.5rem 0.625rem;
    text-align: start;
    font-weight: 600;
  }
  /* The caption is as wide as the table: its words stay at the start of the box and wrap in it. */
  .caption-text {
    position: sticky;
    inset-inline-start: 0.625rem;
    display: inline-block;
    max-width: calc(100cqi - 1.25rem - 2px);
  }
  th,
  td {
    padding: 0.5rem 0.625rem;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
    /* One line per row: names would otherwise break at every hyphen ("Follow-/up"); the box scrolls sideways. */
    white-space: nowrap;
  }
  tbody tr:last-child > * {
    border-bottom: 0;
  }
  thead th {
    position: sticky;
    top: 0;
    z-index: 2;
    background: var(--_surface-alt);
    font-weight: 600;
    /* Labels may wrap between words, so a column is as wide as its figures rather than its label. */
    white-space: normal;
    vertical-align: bottom;
  }
  tbody th {
    font-weight: 500;
  }
  tfoot th,
  tfoot td {
    position: sticky;
    bottom: 0;
    z-index: 2;
    border-top: 2px solid var(--_border);
    border-bottom: 0;
    background: var(--_surface-alt);
    font-weight: 600;
  }

  /*
   * Columns that stay in view while the rest scroll sideways under them, only while the table
   * is wider than its box: hundreds of sticky cells cost layout time that a table that fits
   * need not pay. Body cells have no z-index (each would be a stacking context of its own):
   * as positioned boxes they paint over the cells that scroll under them anyway.
   */
  .frame[data-overflow] .pin-start,
  .frame[data-overflow] .pin-end {
    position: sticky;
    background: var(--_surface);
  }
  .frame[data-overflow] .pin-start {
    inset-inline-start: 0;
  }
  .frame[data-overflow] .pin-end {
    inset-inline-end: 0;
  }
  .frame[data-overflow] thead .pin-start,
  .frame[data-overflow] thead .pin-end,
  .frame[data-overflow] tfoot .pin-start,
  .frame[data-overflow] tfoot .pin-end {
    z-index: 3;
    background: var(--_surface-alt);
  }
  /* The edge shadows: at a pinned column's inner side, else at the box's own edge. */
  .frame[data-overflow] .pin-start::after,
  .frame[data-overflow] .pin-end::after,
  .frame::before,
  .frame::after {
    content: '';
    position: absolute;
    inset-block: 0;
    width: 0.75rem;
    pointer-events: none;
    opacity: 0;
    transition: opacity 0.15s;
  }
  .pin-start::after {
    inset-inline-start: 100%;
    background: linear-gradient(to right, var(--_edge-shadow), transparent);
  }
  .pin-end::after {
    inset-inline-end: 100%;
    background: linear-gradient(to left, var(--_edge-shadow), transparent);
  }
  .frame::before {
    z-index: 4;
    inset-inline-start: 1px;
    border-start-start-radius: var(--_radius);
    border-end-start-radius: var(--_radius);
    background: linear-gradient(to right, var(--_edge-shadow), transparent);
  }
  .frame::after {
    z-index: 4;
    inset-inline-end: 1px;
    border-start-end-radius: var(--_radius);
    border-end-end-radius: var(--_radius);
    background: linear-gradient(to left, var(--_edge-shadow), transparent);
  }
  :host(:dir(rtl)) .pin-start::after,
  :host(:dir(rtl)) .frame::before {
    background: linear-gradient(to left, var(--_edge-shadow), transparent);
  }
  :host(:dir(rtl)) .pin-end::after,
  :host(:dir(rtl)) .frame::after {
    background: linear-gradient(to right, var(--_edge-shadow), transparent);
  }
  .frame[data-more-start] .pin-start::after,
  .frame[data-more-end] .pin-end::after,
  .frame[data-more-start]:not(.pinned-start)::before,
  .frame[data-more-end]:not(.pinned-end)::after {
    opacity: 1;
  }

  .end {
    text-align: end;
    font-variant-numeric: tabular-nums;
  }
  .sort {
    display: inline-flex;
    align-items: center;
    gap: 0.35em;
    margin: -0.25rem -0.4rem;
    padding: 0.25rem 0.4rem;
    border: 0;
    border-radius: calc(var(--_radius) / 2);
    background: none;
    color: inherit;
    font-weight: inherit;
    cursor: pointer;
  }
  .sort:hover {
    background: var(--_surface);
  }
  .end .sort {
    flex-direction: row-reverse;
  }
  .indicator {
    color: var(--_muted);
    font-size: 0.8em;
  }
  [aria-sort='ascending'] .indicator,
  [aria-sort='descending'] .indicator {
    color: var(--_text);
  }
  .empty {
    color: var(--_muted);
    text-align: center;
    white-space: normal;
  }

  /* Narrow: the pinned names wrap (at most about half the box), so the columns between them keep some room. */
  @container (max-width: 36rem) {
    th,
    td {
      padding-inline: 0.5rem;
    }
    tbody .pin-start,
    tfoot .pin-start {
      min-width: 7rem;
      max-width: 45cqi;
      white-space: normal;
    }
  }
`;
