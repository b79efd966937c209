import { css } from 'lit';

export const elementStyles = css`
  :host {
    display: block;
  }
  :host(:state(hidden)) {
    display: none;
  }
  .skeleton {
    display: grid;
    gap: 0.75rem;
    padding: var(--_space);
    min-height: var(--kayse-skeleton-min-height, 8rem);
  }
  .bone {
    display: block;
    height: 1rem;
    border-radius: calc(var(--_radius) / 2);
    background: var(--_skeleton);
    animation: pulse 1.4s ease-in-out infinite;
  }
  @keyframes pulse {
    50% {
      opacity: 0.55;
    }
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
