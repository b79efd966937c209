import { css } from 'lit';

export const spendChartStyles = css`
  :host {
    display: block;
  }
  figure {
    margin: 0;
    display: grid;
    gap: 0.5rem;
  }
  .probe {
    position: absolute;
    width: 0;
    height: 0;
    overflow: hidden;
  }
  .canvas-box {
    position: relative;
    height: var(--kayse-chart-height, 14rem);
    min-width: 0;
  }
  canvas {
    display: block;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .key::before {
    content: '';
    display: inline-block;
    width: 1.5rem;
    margin-inline-end: 0.4rem;
    vertical-align: middle;
    border-top: 2px solid var(--_accent);
  }
  .key.projection::before {
    border-top-style: dashed;
  }
  .key.cap::before {
    border-top: 2px dotted var(--_danger);
  }
  figcaption {
    color: var(--_muted);
  }
  .button.link {
    justify-self: start;
    min-height: auto;
    padding: 0.25rem 0;
    border: none;
    background: none;
    color: var(--_accent);
    text-decoration: underline;
  }
  .button.link:hover {
    background: none;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    font-variant-numeric: tabular-nums;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block: 0.25rem;
  }
  th,
  td {
    padding: 0.25rem 0.5rem;
    border-bottom: 1px solid var(--_border);
    text-align: start;
    font-weight: normal;
  }
  thead th {
    color: var(--_muted);
  }
  .number {
    text-align: end;
  }
`;
