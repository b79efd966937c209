import { css } from 'lit';

export const billingPreferencesStyles = css`
  .preferences {
    display: grid;
    gap: var(--_space);
    /* The loading frame sizes its cards by this width, as the ready cards' text wraps by it. */
    container-type: inline-size;
  }
  .title {
    margin: 0;
    font-size: 1.25em;
    font-weight: 650;
    line-height: 1.3;
  }
  .cards {
    display: grid;
    gap: var(--_space);
    /* Side by side when both fit, stacked otherwise: no breakpoint to tune per host. */
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
    align-items: stretch;
  }
  .card {
    display: flex;
    flex-direction: column;
    gap: 0.75rem;
    min-width: 0;
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
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
  .card-heading {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
    line-height: 1.4;
  }
  .meaning,
  .hint,
  .read-only-note,
  .empty-note {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }

  .notice {
    display: flex;
    gap: 0.6rem;
    align-items: flex-start;
    margin: 0;
    padding: 0.6rem 0.75rem;
    border: 1px solid var(--_warning);
    border-inline-start-width: 0.35rem;
    border-radius: var(--_radius);
  }
  .notice p {
    margin: 0;
  }
  .notice strong {
    color: var(--_warning);
  }
  .notice-mark {
    flex: none;
    display: inline-grid;
    place-items: center;
    width: 1.5rem;
    height: 1.5rem;
    border-radius: 999px;
    background: var(--_warning);
    color: var(--_on-accent);
    font-weight: 700;
    font-size: 0.875em;
    line-height: 1;
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
    min-height: 2.5rem;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  /* A thicker border as well as the colour, so the state survives without colour vision. */
  select[aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: inset 0 0 0 1px var(--_danger);
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
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    gap: 0.6rem;
    align-items: start;
    padding: 0.6rem 0.75rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  /* The chosen mode: a heavier accent border and a fill besides the radio's own dot. */
  .choice:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
    background: var(--_surface-alt);
  }
  .choice input {
    width: 1.1rem;
    height: 1.1rem;
    margin: 0.15rem 0 0;
    accent-color: var(--_accent);
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
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    color: var(--_muted);
    font-size: 0.875em;
  }
  .lock {
    flex: none;
    margin-top: 0.15em;
  }

  .field-error {
    margin: 0;
    color: var(--_danger);
    font-size: 0.875em;
    font-weight: 500;
  }
  .their-version {
    margin: var(--_space) 0 0;
    padding: 0.5rem 0.75rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .other-errors {
    margin: 0.75rem 0 0;
    padding-inline-start: 1.25rem;
    color: var(--_danger);
  }
  .form-actions {
    margin-top: var(--_space);
  }
  .form-problem {
    margin: 0.5rem 0 0;
    color: var(--_danger);
    font-weight: 500;
  }
  .form-problem.quiet {
    color: var(--_muted);
    font-weight: 400;
  }

  /* Loading: the ready layout's frame, the cards about as tall as an editor's. */
  .is-loading .title-placeholder {
    font-size: 1.25em;
    line-height: 1.3;
  }
  .is-loading .card {
    min-height: 17.5rem;
  }
  /* Stacked, each card is as tall as its own text: the frame follows, measured at 360–430 px and 600 px. */
  @container (max-width: 41rem) {
    .is-loading .card + .card {
      min-height: 15rem;
    }
  }
  @container (min-width: 30rem) and (max-width: 41rem) {
    .is-loading .card {
      min-height: 16.25rem;
    }
    .is-loading .card + .card {
      min-height: 12.625rem;
    }
  }
  .actions-placeholder {
    height: 2.25rem;
  }
`;
