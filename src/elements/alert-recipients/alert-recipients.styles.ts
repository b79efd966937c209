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
  /* A hint belongs to the alert above it: the divider comes after the hint, not between them. */
  .alert-list > * + :is(kayse-switch, .loading-row) {
    border-top: 1px solid var(--_border);
  }
  .alert-list > .cap-hint {
    margin-bottom: 0.75rem;
  }
`;
