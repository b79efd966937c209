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
  /*
   * The three choices share one line, equal in width, or each takes a line of its own: never two
   * above and one left alone below. A choice's basis is 0 while the group is wider than 21.25em,
   * and larger than any group below that, so all go across or all stack at the same width (the
   * "switcher" layout; em follows the host's font). 21.25em: side by side they need about 19.5em
   * in English and 20.7em in Spanish, while a half-width group at 1024 to 1280 px is about 21.7em.
   */
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.375rem;
  }
  /* Each choice a large target, its sides snug so the three fit a half-width group. */
  .choice {
    display: flex;
    flex: 1 1 calc((21.25em - 100%) * 999);
    align-items: center;
    gap: 0.375rem;
    min-height: 2.75rem;
    padding: 0.375rem 0.5rem;
    background: var(--_surface);
  }
  /* The loading frame's legend and choices, as tall and as wide as the real ones. */
  .frequency > .loading-row:first-child {
    margin-bottom: 0.5rem;
    font-weight: 500;
  }
  .choices > .loading-row {
    flex: 1 1 calc((21.25em - 100%) * 999);
    align-content: center;
    min-height: 2.75rem;
    padding: 0.375rem 0.5rem;
    /* Room for the radio: its 1.125rem and the 0.375rem gap. */
    padding-inline-start: 2rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
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
