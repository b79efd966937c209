import { css } from 'lit';

export const emailListEditorStyles = css`
  textarea {
    min-height: 6rem;
    resize: vertical;
    line-height: 1.5;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    gap: 0.25rem 1rem;
  }
  .count {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
  }
  .errors {
    margin: 0;
    padding-inline-start: 1.25rem;
    color: var(--_danger);
    font-size: 0.875em;
    font-weight: 500;
  }
  .errors li + li {
    margin-top: 0.125rem;
  }
  .addresses {
    margin: 0;
    padding-inline-start: 1.25rem;
    overflow-wrap: anywhere;
  }
  .none {
    margin: 0;
    color: var(--_muted);
  }
`;
