import { css } from 'lit';

/**
 * Public design tokens (`--kayse-*`) mapped to private variables (`--_*`) used inside. Colours
 * use `light-dark()`, so an element follows the host page's `color-scheme`: a host that
 * declares `color-scheme: light dark` gets dark mode with the OS, one that declares `dark`
 * gets it always, and any token can be set by the host outright.
 */
export const tokens = css`
  :host {
    --_font: var(--kayse-font-family, inherit);
    --_font-size: var(--kayse-font-size, 0.9375rem);
    --_text: var(--kayse-color-text, light-dark(#1b1f24, #e8eaed));
    --_muted: var(--kayse-color-text-muted, light-dark(#525c69, #a9b1bc));
    --_surface: var(--kayse-color-surface, light-dark(#ffffff, #1a1e24));
    --_surface-alt: var(--kayse-color-surface-alt, light-dark(#f3f5f7, #232830));
    --_border: var(--kayse-color-border, light-dark(#d5dae0, #3a414b));
    --_accent: var(--kayse-color-accent, light-dark(#2553c9, #8fb0ff));
    --_on-accent: var(--kayse-color-on-accent, light-dark(#ffffff, #0b1530));
    --_success: var(--kayse-color-success, light-dark(#1d7340, #6fd49a));
    --_warning: var(--kayse-color-warning, light-dark(#8a5300, #f2b65a));
    --_danger: var(--kayse-color-danger, light-dark(#b3261e, #ff9a92));
    --_focus: var(--kayse-color-focus, light-dark(#2553c9, #8fb0ff));
    --_radius: var(--kayse-radius, 0.5rem);
    --_space: var(--kayse-space, 1rem);
    --_skeleton: var(--kayse-color-skeleton, light-dark(#e6e9ed, #2c323a));

    color: var(--_text);
    font-family: var(--_font);
    font-size: var(--_font-size);
    line-height: 1.45;
  }
`;

/** Resets and helpers every shadow root wants. */
export const baseStyles = css`
  :host([hidden]) {
    display: none !important;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  :focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  .visually-hidden {
    position: absolute !important;
    width: 1px;
    height: 1px;
    margin: -1px;
    padding: 0;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
    border: 0;
  }
  button {
    font: inherit;
  }
  .button {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    gap: 0.4em;
    min-height: 2.25rem;
    padding: 0.375rem 0.875rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    cursor: pointer;
  }
  .button:hover {
    background: var(--_surface-alt);
  }
  .button.primary {
    background: var(--_accent);
    border-color: var(--_accent);
    color: var(--_on-accent);
  }
  .button.primary:hover {
    filter: brightness(1.08);
  }
  .button[disabled],
  .button[aria-disabled='true'] {
    opacity: 0.6;
    cursor: not-allowed;
  }
  @media (prefers-reduced-motion: reduce) {
    *,
    *::before,
    *::after {
      animation-duration: 0.01ms !important;
      transition-duration: 0.01ms !important;
    }
  }
`;
