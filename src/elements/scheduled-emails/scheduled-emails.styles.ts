import { css } from 'lit';
import { choiceStyles } from '../../ui/form.styles.js';
import { calloutStyles } from '../../ui/section.styles.js';

export const scheduledEmailsStyles = css`
  ${choiceStyles}
  ${calloutStyles}

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
  /* Each choice a large target. */
  .choice {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 2.75rem;
    padding: 0.375rem 0.875rem;
    background: var(--_surface);
  }
  .choice input {
    width: 1.125rem;
    height: 1.125rem;
    margin: 0;
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
    overflow-wrap: anywhere;
  }
  .sentence.nobody {
    border-inline-start-color: var(--_warning);
  }
`;
