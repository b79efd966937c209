import { css } from 'lit';

export const scheduledEmailsStyles = css`
  .frequency {
    min-width: 0;
    margin: 0;
    padding: 0;
    border: 0;
  }
  .frequency-legend {
    margin-bottom: 0.5rem;
    padding: 0;
    font-weight: 500;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  /* Each choice a large target; the chosen one has a thicker accent border as well as the dot. */
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    padding: 0.375rem 0.875rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .choice input {
    width: 1.125rem;
    height: 1.125rem;
    margin: 0;
    accent-color: var(--_accent);
    cursor: inherit;
  }
  .frequency:disabled .choice {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .frequency.invalid .choice {
    border-color: var(--_danger);
  }
  .frequency-note,
  .frequency-error {
    margin: 0.5rem 0 0;
    font-size: 0.875em;
  }
  .frequency-note {
    color: var(--_muted);
  }
  .frequency-error {
    color: var(--_danger);
    font-weight: 500;
  }

  /* Who receives what, and when: the sentence the form adds up to. */
  .sentence {
    margin: 0;
    padding: 0.75rem 1rem;
    border-radius: var(--_radius);
    border-inline-start: 0.3rem solid var(--_accent);
    background: var(--_surface-alt);
    overflow-wrap: anywhere;
  }
  .sentence.nobody {
    border-inline-start-color: var(--_warning);
  }
`;
