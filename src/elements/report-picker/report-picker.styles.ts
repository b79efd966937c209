import { css } from 'lit';
import { formFeedbackStyles, selectStyles } from '../../ui/form.styles.js';

export const reportPickerStyles = css`
  ${selectStyles}
  ${formFeedbackStyles}

  :host {
    --_table-max-height: var(--kayse-report-table-max-height, 36rem);
  }
  .base {
    display: grid;
    /* minmax(0, 1fr): a wide table scrolls in its own box instead of widening the page. */
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    /* Narrow layouts follow the element's own width, not the viewport's. */
    container-type: inline-size;
    min-width: 0;
  }
  h2,
  h3 {
    margin: 0;
    line-height: 1.25;
  }
  h2 {
    font-size: 1.25em;
  }
  h3 {
    font-size: 1.0625em;
  }

  /* The picker */
  .picker {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: var(--_space);
  }
  fieldset {
    margin: 0;
    padding: 0.5rem 0.75rem 0.75rem;
    min-width: 0;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  legend {
    padding-inline: 0.25rem;
    font-weight: 600;
  }
  .period {
    display: grid;
    gap: 0.5rem;
  }
  .modes,
  .group-by {
    display: flex;
    flex-wrap: wrap;
    gap: 0.25rem 1rem;
  }
  .mode {
    display: inline-flex;
    align-items: center;
    gap: 0.4rem;
    min-height: 2rem;
    font-weight: 400;
    cursor: pointer;
  }
  input[type='radio'] {
    width: 1.1rem;
    height: 1.1rem;
    margin: 0;
    accent-color: var(--_accent);
  }
  .range {
    display: flex;
    flex-wrap: wrap;
    gap: 0.75rem;
  }
  .field {
    display: grid;
    gap: 0.3rem;
    min-width: 0;
  }
  label {
    font-weight: 500;
  }
  select,
  input[type='date'] {
    min-width: 0;
    max-width: 100%;
    font-variant-numeric: tabular-nums;
  }
  select:focus-visible,
  input[type='date']:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  /* A thicker border as well as the colour, so the state survives without colour vision. */
  [aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: inset 0 0 0 1px var(--_danger);
  }
  .hint,
  .zone {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .download {
    min-width: 10.5rem;
  }
  .spinner {
    width: 1em;
    height: 1em;
    border: 2px solid currentColor;
    border-inline-end-color: transparent;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(1turn);
    }
  }

  /* The report */
  .report {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 0.75);
    min-width: 0;
    transition: opacity 0.15s;
  }
  .report[aria-busy='true'] {
    opacity: 0.55;
  }
  /* A report that no longer answers the picker: its heading is tagged and a note says what it covers. */
  .tag {
    display: inline-block;
    margin-inline-start: 0.35rem;
    padding: 0.05rem 0.5rem;
    border: 1px solid var(--_warning);
    border-radius: 999px;
    color: var(--_warning);
    font-size: 0.8125rem;
    font-weight: 600;
    vertical-align: 0.1em;
    white-space: nowrap;
  }
  .previous-note {
    border-inline-start-color: var(--_warning);
  }
  .report-error {
    justify-items: start;
    padding: var(--_space);
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .report-error p,
  .report-error ul {
    margin: 0;
  }
  .report-error ul {
    padding-inline-start: 1.25rem;
  }
  .error-title {
    font-weight: 600;
  }
  .totals {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(9rem, 1fr));
    gap: 0.5rem;
    margin: 0;
  }
  .total {
    display: grid;
    align-content: start;
    gap: 0.15rem;
    /* The figure's size follows the card's width (below). */
    container-type: inline-size;
    padding: 0.625rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .total dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .total dd {
    margin: 0;
  }
  .total .value {
    /* Eight cards in a row leave a six-figure amount ("$233,628.67") just short of room: the figure
       shrinks a little rather than break between its digits. */
    font-size: min(1.25em, 13.5cqi);
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .total .note {
    color: var(--_muted);
    font-size: 0.8125em;
  }
  .group-by {
    justify-self: start;
    padding-block: 0.25rem 0.5rem;
  }
  kayse-data-table.groups {
    --kayse-data-table-max-height: var(--_table-max-height);
  }
  kayse-data-table.days {
    --kayse-data-table-max-height: 24rem;
  }
  .more {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem;
    margin: 0;
    color: var(--_muted);
    font-variant-numeric: tabular-nums;
  }
  .more:focus-visible {
    outline: 2px solid var(--_focus);
  }
  .breakdown {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
    justify-items: start;
  }
  .breakdown-panel {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: 0.75rem;
    width: 100%;
    min-width: 0;
  }
  .breakdown-panel[hidden] {
    display: none;
  }
  .breakdown-panel .field {
    max-width: 32rem;
  }
  .chevron {
    width: 0.5em;
    height: 0.5em;
    border-block-end: 2px solid currentColor;
    border-inline-end: 2px solid currentColor;
    transform: rotate(-45deg);
    transition: transform 0.15s;
  }
  :host(:dir(rtl)) .chevron {
    transform: rotate(135deg);
  }
  .disclosure[aria-expanded='true'] .chevron {
    transform: rotate(45deg);
  }
  .empty {
    margin: 0;
    color: var(--_muted);
  }

  /* Narrow: every control takes the whole width. */
  @container (max-width: 36rem) {
    .period,
    .agent,
    .actions {
      flex: 1 1 100%;
    }
    .range .field {
      flex: 1 1 9rem;
    }
    .actions .button {
      flex: 1 1 auto;
    }
    .totals {
      grid-template-columns: repeat(auto-fill, minmax(8.5rem, 1fr));
    }
  }
`;
