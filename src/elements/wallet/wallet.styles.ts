import { css } from 'lit';
import { formFeedbackStyles, selectStyles } from '../../ui/form.styles.js';
import { loadingFrameStyles } from '../../ui/loading-frame.js';
import { cardStyles, noticeStyles, sectionStyles } from '../../ui/section.styles.js';

export const walletStyles = css`
  ${sectionStyles}
  ${cardStyles}
  ${noticeStyles}
  ${selectStyles}
  ${formFeedbackStyles}
  ${loadingFrameStyles}

  :host {
    --_history-height: var(--kayse-wallet-history-height, 24rem);
    /* The loading frame's history list. */
    --_panel-height: var(--_history-height);
    /* The history's columns, shared by its headings and by every row inside the list. Fixed
       widths for the amounts and fractions for the rest: the same tracks in two grids. */
    --_tx-columns: minmax(0, 1.35fr) minmax(0, 0.9fr) minmax(0, 1.5fr) 8.5rem 8.5rem;
  }

  .wallet {
    display: grid;
    gap: var(--_space);
  }
  /* The balance and the settings: the shared cards' layout. */
  .overview {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
    align-items: start;
  }
  .balance {
    background: var(--_surface-alt);
  }
  .balance-amount {
    margin: 0.15rem 0 0;
    font-size: 2em;
    font-weight: 650;
    line-height: 1.2;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }
  .balance-amount.negative {
    color: var(--_danger);
  }

  /* Notices: a low balance warns; at the refill threshold it is serious; a pending refill informs. */
  .notices:not(:empty) {
    display: grid;
    gap: 0.5rem;
    margin-top: 0.75rem;
  }
  .notice-icon {
    min-width: 1.4rem;
    height: 1.4rem;
    margin-top: 0.05rem;
    color: var(--_surface);
  }
  .warning.threshold {
    --_tone: var(--_danger);
    border-block-width: 2px;
    border-inline-end-width: 2px;
  }
  .pending-notice {
    --_tone: var(--_accent);
    border-style: dashed;
    border-inline-start-style: solid;
  }

  .figures {
    margin: 0.9rem 0 0;
  }
  /* Label and figure on one line, like a statement; they stack when the card is too narrow. */
  .figures.rows .figure {
    display: flex;
    flex-wrap: wrap;
    align-items: baseline;
    justify-content: space-between;
    gap: 0 var(--_space);
    padding-block: 0.5rem;
    border-top: 1px solid var(--_border);
  }
  .figures.rows .figure:last-child {
    padding-bottom: 0;
  }
  dt {
    color: var(--_muted);
  }
  dd {
    margin: 0 0 0 auto;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    text-align: end;
    overflow-wrap: anywhere;
  }
  .figure-note {
    display: block;
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 400;
  }

  .intro {
    margin: 0.25rem 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .read-only-note {
    margin-top: 0.9rem;
  }
  .settings-form {
    margin-top: 0.9rem;
  }
  .fields {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 12rem), 1fr));
    gap: 0.9rem var(--_space);
    align-items: start;
  }
  .derived {
    margin: 0.75rem 0 0;
    font-variant-numeric: tabular-nums;
  }
  /* The low-balance alert that would come after the refill is due: under the levels it explains. */
  .alert-order:not(:empty) {
    margin-top: 0.75rem;
  }
  .their-version {
    margin-top: 0.75rem;
    font-variant-numeric: tabular-nums;
  }
  .form-actions {
    margin-top: 1rem;
  }
  .form-problem {
    margin-top: 0.5rem;
  }

  /* History: a container, so its rows (inside the list's own shadow root) lay out by its width. */
  .history {
    container: wallet-history / inline-size;
    display: grid;
    gap: 0.6rem;
    min-width: 0;
  }
  /* The history's head, foot and problem: their two ends on a line, one under the other when narrow. */
  .history-head,
  .history-foot,
  .history-problem {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem var(--_space);
  }
  .history-head {
    align-items: end;
  }
  .zone {
    margin: 0.1rem 0 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .filter {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    font-weight: 500;
  }
  /* The history's filter, the height of the buttons beside it. */
  select {
    min-height: 2.25rem;
    padding: 0.25rem 0.5rem;
    font-weight: 400;
  }
  .history-body {
    min-width: 0;
  }
  .history-body.stale kayse-virtual-list {
    opacity: 0.55;
  }
  .columns {
    display: none;
  }
  @container wallet-history (min-width: 40rem) {
    kayse-virtual-list::part(base) {
      /* The same gutter as the headings above, whether or not the list scrolls yet. */
      scrollbar-gutter: stable;
    }
    .columns {
      display: grid;
      grid-template-columns: var(--_tx-columns);
      column-gap: var(--_space);
      padding: 0 0.75rem 0.3rem;
      /* The list's border and scrollbar gutter, so the headings sit over their columns. */
      border-inline: 1px solid transparent;
      overflow: hidden;
      scrollbar-gutter: stable;
      color: var(--_muted);
      font-size: 0.8125em;
      font-weight: 600;
    }
    .columns .end {
      text-align: end;
    }
  }
  .list-placeholder {
    height: var(--_history-height);
    padding: 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  .history-empty {
    margin: 0;
    padding: var(--_space);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
  }
  .history-status {
    margin: 0;
    min-height: 1.45em;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .history-status:focus {
    outline: none;
  }
  .history-problem {
    flex-basis: 100%;
    padding: 0.6rem 0.75rem;
    border: 1px solid var(--_danger);
    border-inline-start-width: 0.35rem;
    border-radius: var(--_radius);
  }
  .history-problem p {
    margin: 0;
  }
`;

/** Styles of a history row, which the virtual list renders inside its own shadow root. */
export const historyRowStyles = [
  css`
    .tx {
      display: grid;
      grid-template-columns: minmax(0, 1fr) auto;
      grid-template-areas:
        'type amount'
        'date balance'
        'note note';
      column-gap: 0.75rem;
      padding: 0.5rem 0.625rem;
    }
    .tx-type {
      grid-area: type;
      font-weight: 600;
      overflow-wrap: anywhere;
    }
    .tx-date {
      grid-area: date;
      color: var(--_muted);
      font-size: 0.875em;
    }
    .tx-note {
      grid-area: note;
      color: var(--_muted);
      font-size: 0.875em;
      overflow-wrap: anywhere;
    }
    .tx-amount,
    .tx-balance {
      text-align: end;
      font-variant-numeric: tabular-nums;
      white-space: nowrap;
    }
    .tx-amount {
      grid-area: amount;
      font-weight: 600;
    }
    .tx-balance {
      grid-area: balance;
      color: var(--_muted);
      font-size: 0.875em;
    }
    .credit .tx-amount {
      color: var(--_success);
    }
    @container wallet-history (min-width: 40rem) {
      .tx {
        grid-template-columns: var(--_tx-columns);
        grid-template-areas: 'date type note amount balance';
        column-gap: var(--_space);
        padding-inline: 0.75rem;
        align-items: baseline;
      }
      .tx-type {
        font-weight: 500;
      }
      .tx-date,
      .tx-note,
      .tx-balance {
        font-size: inherit;
      }
      .tx-note {
        overflow: hidden;
        text-overflow: ellipsis;
        white-space: nowrap;
      }
      /* The column heading names it on wide screens (screen readers hear their own label). */
      .tx-balance-short {
        display: none;
      }
    }
  `,
];
