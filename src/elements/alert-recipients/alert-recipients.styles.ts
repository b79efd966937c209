import { css } from 'lit';

export const alertRecipientsStyles = css`
  /* One alert per row, divided, so each switch reads with its own description (and so its loading row). */
  .alert-list {
    display: grid;
  }
  .alert-list > :is(kayse-switch, .loading-row) {
    padding-block: 0.75rem;
  }
  .alert-list > :is(kayse-switch, .loading-row):first-child {
    padding-top: 0;
  }
  .alert-list > :is(kayse-switch, .loading-row):last-child {
    padding-bottom: 0;
  }
  .alert-list > :is(kayse-switch, .loading-row) + :is(kayse-switch, .loading-row) {
    border-top: 1px solid var(--_border);
  }
`;
