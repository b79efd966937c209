import { css } from 'lit';

/** The label / control / hint / error stack shared by the kit's text fields. */
export const fieldStyles = css`
  :host {
    display: block;
    /* As a grid or flex item the field may shrink below its input's intrinsic width. */
    min-width: 0;
  }
  .field {
    display: grid;
    /* Not auto: the track would take the input's intrinsic width and overflow a narrow host. */
    grid-template-columns: minmax(0, 1fr);
    gap: 0.3rem;
  }
  .label {
    font-weight: 500;
  }
  .hint {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .error {
    margin: 0;
    color: var(--_danger);
    font-size: 0.875em;
    font-weight: 500;
  }
  .control {
    display: flex;
    align-items: center;
    min-height: 2.5rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
  }
  .control:focus-within {
    outline: 2px solid var(--_focus);
    outline-offset: 2px;
  }
  /* A thicker border as well as the colour, so the state survives without colour vision. */
  .control.invalid {
    border-color: var(--_danger);
    box-shadow: inset 0 0 0 1px var(--_danger);
  }
  .control.disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .control.readonly {
    background: var(--_surface-alt);
  }
  input,
  textarea {
    flex: 1;
    min-width: 0;
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 0;
    border-radius: inherit;
    background: transparent;
    color: inherit;
    font: inherit;
  }
  input:focus-visible,
  textarea:focus-visible {
    /* The control around it draws the ring. */
    outline: none;
  }
  input:disabled,
  textarea:disabled {
    cursor: not-allowed;
  }
  ::placeholder {
    color: var(--_muted);
    opacity: 1;
  }
`;
