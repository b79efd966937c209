import { css } from 'lit';

export const spendingCapStyles = css`
  .spending-cap {
    display: grid;
    gap: var(--_space);
    /* The loading frame sizes its pieces by this width, as the ready text wraps by it. */
    container-type: inline-size;
  }
  .head {
    display: grid;
    gap: 0.25rem;
  }
  .title {
    margin: 0;
    font-size: 1.25em;
    font-weight: 650;
    line-height: 1.3;
  }
  .intro,
  .read-only-note,
  .usage-unavailable {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875em;
  }
  .cards {
    display: grid;
    gap: var(--_space);
    /* Side by side when both fit, stacked otherwise: no breakpoint to tune per host. */
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 20rem), 1fr));
    align-items: start;
  }
  /* Alone, the form keeps a comfortable line length instead of stretching across a wide page. */
  .cards.single {
    grid-template-columns: minmax(0, 36rem);
  }
  .card {
    display: grid;
    gap: 0.9rem;
    min-width: 0;
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .card-heading {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
    line-height: 1.4;
  }
  .cap-value {
    margin: 0;
    font-size: 1.5em;
    font-weight: 650;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }

  /* Warnings and the paused notice: the words say it; the mark, the border and the colour repeat it. */
  .warnings:empty {
    display: none;
  }
  .warning,
  .notice {
    display: flex;
    gap: 0.6rem;
    align-items: flex-start;
    margin: 0;
    padding: 0.6rem 0.75rem;
    border: 1px solid var(--_warning);
    border-inline-start-width: 0.35rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .warning p,
  .notice p {
    margin: 0;
  }
  .warning strong {
    color: var(--_warning);
  }
  .warning.pauses,
  .notice.paused {
    border-color: var(--_danger);
    border-block-width: 2px;
    border-inline-end-width: 2px;
  }
  .warning.pauses strong {
    color: var(--_danger);
  }
  .notice.paused p {
    font-weight: 600;
  }
  .mark {
    flex: none;
    display: inline-grid;
    place-items: center;
    min-width: 1.5rem;
    height: 1.5rem;
    padding-inline: 0.3rem;
    border-radius: 999px;
    background: var(--_warning);
    color: var(--_on-accent);
    font-weight: 700;
    font-size: 0.875em;
    line-height: 1;
  }
  .pauses .mark,
  .paused .mark {
    background: var(--_danger);
  }

  .usage {
    background: var(--_surface-alt);
  }
  .usage-head {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: 0.5rem 1rem;
  }
  .figures {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 8rem), 1fr));
    gap: 0.75rem var(--_space);
    margin: 0;
  }
  .figure {
    display: grid;
    align-content: start;
    gap: 0.1rem;
    min-width: 0;
  }
  dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  dd {
    margin: 0;
  }
  .amount {
    font-size: 1.2em;
    font-weight: 600;
    font-variant-numeric: tabular-nums;
    overflow-wrap: anywhere;
  }

  .field-error {
    margin: -0.5rem 0 0;
    color: var(--_danger);
    font-size: 0.875em;
    font-weight: 500;
  }
  .their-version {
    margin: 0;
    padding: 0.5rem 0.75rem;
    border: 1px dashed var(--_border);
    border-radius: var(--_radius);
    font-variant-numeric: tabular-nums;
  }
  .other-errors {
    margin: 0;
    padding-inline-start: 1.25rem;
    color: var(--_danger);
  }
  .form-problem {
    margin: -0.4rem 0 0;
    color: var(--_danger);
    font-weight: 500;
  }
  .form-problem.quiet {
    color: var(--_muted);
    font-weight: 400;
  }

  /* Loading: the ready layout's frame, the cards about as tall as an editor's. */
  .title-placeholder {
    font-size: 1.25em;
    line-height: 1.3;
  }
  .intro-placeholder {
    font-size: 0.875em;
  }
  .is-loading .card {
    min-height: 14.75rem;
  }
  /* The intro's second line, where the ready intro wraps. */
  .intro-placeholder .skeleton-line:nth-child(2) {
    display: none;
  }
  /* Stacked, each card is as tall as its own content: the frame follows, measured at 360–430 px and 600 px. */
  @container (max-width: 36rem) {
    .intro-placeholder .skeleton-line:nth-child(2) {
      display: block;
    }
  }
  @container (max-width: 41rem) {
    .is-loading .card {
      min-height: 15.5rem;
    }
    .is-loading .card + .card {
      min-height: 11.125rem;
    }
  }
  @container (min-width: 30rem) and (max-width: 41rem) {
    .is-loading .card {
      min-height: 14.75rem;
    }
    .is-loading .card + .card {
      min-height: 7.5rem;
    }
  }
`;
