import { css } from 'lit';
import { choiceStyles, formFeedbackStyles, selectStyles } from '../../ui/form.styles.js';
import { loadingFrameStyles } from '../../ui/loading-frame.js';
import { cardStyles, noticeStyles, sectionStyles } from '../../ui/section.styles.js';

export const billingPreferencesStyles = css`
  ${sectionStyles}
  ${cardStyles}
  ${noticeStyles}
  ${selectStyles}
  ${choiceStyles}
  ${formFeedbackStyles}
  ${loadingFrameStyles}

  .preferences {
    display: grid;
    gap: var(--_space);
    /* The loading frame sizes its cards by this width, as the ready cards' text wraps by it. */
    container-type: inline-size;
  }
  /* The two cards as tall as each other. */
  .cards {
    align-items: stretch;
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
  }
  fieldset.card {
    min-inline-size: 0;
  }
  /* Floated, a legend leaves the border and lays out like the cards' other headings. */
  legend.card-heading {
    float: inline-start;
    width: 100%;
    padding: 0;
  }
  legend.card-heading + * {
    clear: both;
  }
  .meaning,
  .hint,
  .empty-note {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .notice strong {
    color: var(--_tone);
  }

  .picker {
    display: grid;
    gap: 0.3rem;
  }
  .label {
    font-weight: 500;
  }
  select {
    width: 100%;
  }

  .contact-card {
    padding: 0.6rem 0.75rem;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .contact-name {
    margin: 0;
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .contact-details {
    display: grid;
    gap: 0.1rem;
    margin: 0.2rem 0 0;
    font-size: 0.875em;
  }
  .contact-details div {
    display: flex;
    flex-wrap: wrap;
    gap: 0 0.5rem;
  }
  dt {
    min-width: 3.5rem;
    color: var(--_muted);
  }
  dd {
    margin: 0;
    overflow-wrap: anywhere;
  }

  .choices {
    display: grid;
    gap: 0.5rem;
  }
  /* Each mode with its sentence under its name; the chosen one filled too. */
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.6rem;
    align-items: start;
    padding: 0.6rem 0.75rem;
  }
  .choice:has(input:checked) {
    background: var(--_surface-alt);
  }
  .choice input {
    margin: 0.15rem 0 0;
  }
  .choice-text {
    display: grid;
    gap: 0.1rem;
  }
  .choice-name,
  .mode-name {
    font-weight: 600;
  }
  .current {
    color: var(--_muted);
    font-weight: 400;
  }
  .choice-sentence,
  .mode-sentence {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .mode-value p {
    margin: 0;
  }
  .locked-note {
    display: flex;
    gap: 0.5rem;
    align-items: flex-start;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .lock {
    flex: none;
    margin-top: 0.15em;
  }

  .their-version,
  .form-actions {
    margin-top: var(--_space);
  }
  .other-errors {
    margin-top: 0.75rem;
  }
  .form-problem {
    margin-top: 0.5rem;
  }
`;
