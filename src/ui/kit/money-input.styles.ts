import { css } from 'lit';

export const moneyInputStyles = css`
  .affix {
    padding-inline: 0.75rem 0;
    color: var(--_muted);
    white-space: nowrap;
  }
  .affix.suffix {
    padding-inline: 0 0.75rem;
  }
  .prefix + input {
    padding-inline-start: 0.35rem;
  }
  input {
    font-variant-numeric: tabular-nums;
  }
`;
