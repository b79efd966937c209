import { css } from 'lit';

export const dataTableStyles = css`
  :host {
    display: block;
  }
  .scroller {
    max-height: var(--kayse-data-table-max-height, none);
    overflow: auto;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  table {
    width: 100%;
    border-collapse: separate;
    border-spacing: 0;
  }
  caption {
    padding: 0.5rem 0.75rem;
    text-align: start;
    font-weight: 600;
  }
  th,
  td {
    padding: 0.5rem 0.75rem;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    vertical-align: top;
  }
  tbody tr:last-child > * {
    border-bottom: 0;
  }
  thead th {
    position: sticky;
    top: 0;
    z-index: 1;
    background: var(--_surface-alt);
    font-weight: 600;
    white-space: nowrap;
  }
  tbody th {
    font-weight: 500;
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
  }
`;
