import { css } from 'lit';

export const elementStyles = css`
  :host {
    display: block;
  }
  :host(:state(hidden)) {
    display: none;
  }
  .loading {
    padding-block: calc(var(--_space) / 2);
  }
  .error {
    padding: var(--_space);
    border: 1px solid var(--_danger);
    border-radius: var(--_radius);
  }
  .error p {
    margin: 0 0 0.5rem;
  }
  .error-title {
    font-weight: 600;
  }
  .empty {
    color: var(--_muted);
  }
`;
