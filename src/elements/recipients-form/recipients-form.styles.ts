import { css } from 'lit';
import { formFeedbackStyles } from '../../ui/form.styles.js';
import { loadingFrameStyles } from '../../ui/loading-frame.js';
import { cardStyles, sectionStyles } from '../../ui/section.styles.js';

/** The layout both recipients forms share: heading, two groups side by side when they fit, actions. */
export const recipientsFormStyles = css`
  ${sectionStyles}
  ${cardStyles}
  ${formFeedbackStyles}
  ${loadingFrameStyles}

  .recipients-form {
    display: grid;
    gap: var(--_space);
  }
  .intro {
    margin: 0;
    color: var(--_muted);
  }
  .form {
    display: grid;
    gap: var(--_space);
  }

  /* The groups are the cards; an editor and its text want a little more width. */
  .groups {
    --_card-min: 22rem;
  }
  /* The legend as the group's heading inside the box, the same as the reader's <h3>. */
  .group-title {
    float: left;
    width: 100%;
    margin-bottom: 0.75rem;
    padding: 0;
  }
  .group-body {
    clear: both;
    display: grid;
    gap: 0.875rem;
  }

  .primary-contact {
    display: grid;
    gap: 0.125rem;
    margin: 0;
    padding: 0.625rem 0.75rem;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  .primary-contact dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .primary-contact dd {
    margin: 0;
  }
  .primary-email {
    font-weight: 500;
    overflow-wrap: anywhere;
  }
  .primary-note {
    color: var(--_muted);
    font-size: 0.875em;
  }

  /*
   * Nobody to receive what is switched on: the message takes the editor's hint line (so it is
   * the textarea's description) and reads as its line errors do, the border as an invalid field's.
   */
  kayse-email-list-editor.missing::part(hint) {
    color: var(--_danger);
    font-weight: 500;
  }
  kayse-email-list-editor.missing::part(control) {
    border-color: var(--_danger);
    box-shadow: inset 0 0 0 1px var(--_danger);
  }

  /* A hint worth reading: the words say it, the thick edge only draws the eye. */
  .notice {
    margin: 0;
    padding: 0.625rem 0.75rem;
    border: 1px solid var(--_border);
    border-inline-start: 0.3rem solid var(--_warning);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .notice.serious {
    border-inline-start-color: var(--_danger);
  }

  .actions {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.5rem 0.75rem;
  }
  .dirty {
    color: var(--_muted);
    font-size: 0.875em;
  }
  .other-errors {
    font-weight: 500;
  }
  /* Addresses are long words: they break anywhere rather than widen the form. */
  .other-errors,
  .their-version {
    overflow-wrap: anywhere;
  }
  /* Their version as a quote, a bar at its start. */
  .their-version {
    border: 0;
    border-inline-start: 0.25rem solid var(--_border);
    border-radius: 0;
  }
  /* The shared status line keeps its height when empty; here the gap above already spaces it. */
  .form > .save-status {
    margin: 0;
  }

  /* A reader's values: each name with its value, the reason of a locked one under it. */
  .values {
    display: grid;
    gap: 0.75rem;
    margin: 0;
  }
  .value-row {
    display: grid;
    grid-template-columns: minmax(0, 1fr) auto;
    gap: 0.125rem 1rem;
  }
  .value-row + .value-row {
    padding-top: 0.75rem;
    border-top: 1px solid var(--_border);
  }
  .value-row dt {
    font-weight: 500;
  }
  .value-row dd {
    margin: 0;
    font-variant-numeric: tabular-nums;
  }
  .value-row .reason {
    grid-column: 1 / -1;
    color: var(--_muted);
    font-size: 0.875em;
  }
`;
