import { css } from 'lit';

export const alertRecipientsStyles = css`
  /* One alert per row, divided, so each switch reads with its own description. */
  .alert-list {
    display: grid;
  }
  .alert-list > kayse-switch {
    padding-block: 0.75rem;
  }
  .alert-list > kayse-switch:first-child {
    padding-top: 0;
  }
  .alert-list > kayse-switch:last-child {
    padding-bottom: 0;
  }
  .alert-list > kayse-switch + kayse-switch {
    border-top: 1px solid var(--_border);
  }
`;
