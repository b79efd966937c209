import { css } from 'lit';

export const confirmDialogStyles = css`
  :host {
    display: contents;
  }
  dialog {
    width: min(28rem, calc(100vw - 2rem));
    padding: calc(var(--_space) * 1.5);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
    box-shadow: 0 1rem 3rem rgb(0 0 0 / 0.25);
  }
  dialog::backdrop {
    background: rgb(0 0 0 / 0.45);
  }
  h2 {
    margin: 0 0 0.5rem;
    font-size: 1.125em;
    line-height: 1.3;
  }
  .body {
    margin-bottom: calc(var(--_space) * 1.25);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    justify-content: flex-end;
    gap: 0.5rem;
  }
  .button.danger {
    background: var(--_danger);
    border-color: var(--_danger);
    color: var(--_on-accent);
    font-weight: 600;
  }
  .button.danger:hover {
    filter: brightness(1.08);
  }
`;
