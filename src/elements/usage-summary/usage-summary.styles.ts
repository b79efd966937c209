import { css } from 'lit';
import { calloutStyles, figureStyles } from '../../ui/section.styles.js';

export const usageSummaryStyles = css`
  ${figureStyles}
  ${calloutStyles}

  .summary {
    display: grid;
    gap: 0.75rem;
    container-type: inline-size;
  }
  header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
  h2 {
    margin: 0;
    font-size: 1.15em;
  }
  .period,
  .account {
    margin: 0;
    color: var(--_muted);
  }
  .account {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.5rem;
  }
  .account .label {
    color: var(--_muted);
  }
  .account > span {
    color: var(--_text);
  }
  .notice {
    border-inline-start-width: 4px;
    border-inline-start-color: var(--_warning);
  }
  .notice.paused {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
    border-inline-start-color: var(--_danger);
  }
  .notice p {
    margin: 0;
    font-weight: 600;
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(10rem, 1fr));
    gap: 0.75rem;
    margin: 0;
  }
  .figure {
    padding: 0.75rem 1rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .amount {
    font-size: 1.35em;
  }
  .credit .amount {
    color: var(--_success);
  }
  .note {
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .compact {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 1.25rem;
  }
  .compact .figures {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1.25rem;
  }
  .compact .figure {
    display: flex;
    align-items: baseline;
    gap: 0.4rem;
    padding: 0;
    border: none;
    background: none;
  }
  .compact .amount {
    font-size: 1em;
  }
  .compact .note {
    display: none;
  }
  .empty {
    margin: 0;
    color: var(--_muted);
  }
  /* While loading (and while the chart's own code is on its way): the chart's legend, canvas,
     one-sentence summary and its button, measured. */
  .chart-room,
  kayse-spend-chart:not(:defined) {
    display: block;
    height: calc(var(--kayse-chart-height, 14rem) + 6.6rem);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .loading-frame header > .skeleton-line {
    margin-block: 0.3rem;
  }
  .loading-frame .period,
  .loading-frame .account {
    display: block;
  }
  /* Where the period and the account line wrap, and the chart's summary takes a line more. */
  .narrow-line {
    display: none;
  }
  @container (max-width: 30rem) {
    .narrow-line {
      display: block;
    }
    .chart-room,
    kayse-spend-chart:not(:defined) {
      height: calc(var(--kayse-chart-height, 14rem) + 8rem);
    }
  }
`;
