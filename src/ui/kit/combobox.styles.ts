import { css } from 'lit';

export const comboboxStyles = css`
  .anchor {
    position: relative;
  }
  .indicator {
    padding-inline-end: 0.75rem;
    color: var(--_muted);
    pointer-events: none;
  }
  .popup {
    position: absolute;
    z-index: 10;
    inset-inline: 0;
    top: calc(100% + 0.25rem);
    max-height: var(--kayse-combobox-max-height, 16rem);
    overflow-y: auto;
    overscroll-behavior: contain;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    box-shadow: 0 0.5rem 1.5rem rgb(0 0 0 / 0.18);
  }
  [role='listbox'] {
    margin: 0;
    padding: 0.25rem;
    list-style: none;
  }
  [role='option'] {
    display: grid;
    grid-template-columns: 1.25rem 1fr;
    padding: 0.4rem 0.6rem 0.4rem 0.25rem;
    border-radius: calc(var(--_radius) / 1.5);
    cursor: pointer;
    /* Off-screen rows skip layout, so hundreds of options filter without a stutter. */
    content-visibility: auto;
    contain-intrinsic-size: auto 2.25rem;
  }
  [role='option']:hover {
    background: var(--_surface-alt);
  }
  /* The active option gets an outline as well as the fill, so it shows without colour. */
  [role='option'].active {
    background: var(--_surface-alt);
    outline: 2px solid var(--_focus);
    outline-offset: -2px;
  }
  [role='option'][aria-selected='true'] {
    font-weight: 600;
  }
  .check {
    grid-row: span 2;
    text-align: center;
  }
  .option-label {
    overflow-wrap: anywhere;
  }
  .option-description {
    color: var(--_muted);
    font-size: 0.875em;
    font-weight: 400;
    overflow-wrap: anywhere;
  }
  .empty {
    margin: 0;
    padding: 0.5rem 0.75rem;
    color: var(--_muted);
  }
`;
