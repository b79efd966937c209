import { css } from 'lit';

/*
 * What the billing forms share, written once (the section's own pieces are in
 * `section.styles.ts`); a form's styles interpolate what it renders.
 */

/**
 * What a form says about its input: a field's error, the other errors a save returned, the
 * problem with the whole form (quiet when there is simply nothing to save), the other admin's
 * version after a 409, and the note of a user who may only read. Each element places them
 * (their margins) in its own layout.
 */
export const formFeedbackStyles = css`
  .field-error {
    margin: 0;
    color: var(--_danger);
    font-size: 0.875em;
    font-weight: 500;
  }
  .other-errors {
    margin: 0;
    padding-inline-start: 1.25rem;
    color: var(--_danger);
  }
  .form-problem {
    margin: 0;
    color: var(--_danger);
    font-weight: 500;
  }
  .form-problem.quiet {
    color: var(--_muted);
    font-weight: 400;
  }
  /* A quiet dashed box: the other admin's version after a 409, a locked setting's note. */
  .their-version,
  .locked-note {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
  }
  .read-only-note {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
`;

/** A choice among a few (a radio in a box): the chosen one has a heavier accent border as well as the dot. */
export const choiceStyles = css`
  .choice {
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    cursor: pointer;
  }
  .choice:has(input:checked) {
    border-color: var(--_accent);
    box-shadow: inset 0 0 0 1px var(--_accent);
  }
  .choice input {
    width: 1.1rem;
    height: 1.1rem;
    accent-color: var(--_accent);
  }
`;

/** Native selects (and date inputs) drawn like the kit's fields. */
export const selectStyles = css`
  select,
  input[type='date'] {
    min-height: 2.5rem;
    padding: 0.4rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
    color: var(--_text);
    font: inherit;
  }
  /* A thicker border as well as the colour, so the state survives without colour vision. */
  select[aria-invalid='true'],
  input[aria-invalid='true'] {
    border-color: var(--_danger);
    box-shadow: inset 0 0 0 1px var(--_danger);
  }
`;
