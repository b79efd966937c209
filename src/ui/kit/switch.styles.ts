import { css } from 'lit';

export const switchStyles = css`
  :host {
    display: block;
    --_track-width: var(--kayse-switch-width, 2.75rem);
    --_track-height: var(--kayse-switch-height, 1.5rem);
    --_thumb-size: calc(var(--_track-height) - 6px);
  }
  .base {
    display: grid;
    grid-template-columns: auto 1fr auto;
    align-items: start;
    column-gap: 0.75rem;
  }
  .control {
    /* A 44px-tall hit area around a small track, without shifting the label. */
    display: inline-flex;
    align-items: center;
    margin: 0;
    padding: 0;
    border: 0;
    background: none;
    cursor: pointer;
    border-radius: calc(var(--_track-height) / 2);
  }
  .control:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  .track {
    position: relative;
    display: inline-block;
    width: var(--_track-width);
    height: var(--_track-height);
    border: 2px solid var(--_muted);
    border-radius: calc(var(--_track-height) / 2);
    background: var(--_surface-alt);
    transition: background-color 120ms ease, border-color 120ms ease;
  }
  .thumb {
    position: absolute;
    top: 1px;
    left: 1px;
    width: var(--_thumb-size);
    height: var(--_thumb-size);
    border-radius: 50%;
    background: var(--_muted);
    transition: transform 120ms ease, background-color 120ms ease;
  }
  /* Position, not only colour, tells on from off. */
  [aria-checked='true'] .track {
    border-color: var(--_accent);
    background: var(--_accent);
  }
  [aria-checked='true'] .thumb {
    background: var(--_on-accent);
    transform: translateX(calc(var(--_track-width) - var(--_thumb-size) - 6px));
  }
  .text {
    display: grid;
    gap: 0.125rem;
    min-width: 0;
  }
  label {
    cursor: pointer;
    font-weight: 500;
  }
  :host([disabled]) label {
    cursor: not-allowed;
  }
  .description {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .state {
    color: var(--_muted);
    font-size: 0.875em;
    font-variant-numeric: tabular-nums;
    min-width: 3ch;
    text-align: end;
  }
  @media (forced-colors: active) {
    [aria-checked='true'] .thumb {
      background: CanvasText;
    }
  }
`;
