import { css } from 'lit';

/*
 * The pieces the billing sections share, written once; an element's styles interpolate the
 * ones it renders (`css\`${sectionStyles}${cardStyles} …own rules…\``), so its own file
 * holds only what differs. Each element keeps its own class names: where a template names a
 * shared piece its own way (the recipients forms' `.heading`, `.groups`, `.group`), the
 * selector lists it beside the shared name.
 */

/** A section's head: its title (the `h2`) and the lines under it. */
export const sectionStyles = css`
  .head {
    display: grid;
    gap: 0.25rem;
  }
  .title,
  .heading {
    margin: 0;
    font-size: 1.25em;
    font-weight: 650;
    line-height: 1.3;
  }
`;

/** Cards side by side when they fit, stacked otherwise, each with its heading. */
export const cardStyles = css`
  /* No breakpoint to tune per host; an element sets --_card-min for wider cards. */
  .cards,
  .groups {
    display: grid;
    gap: var(--_space);
    grid-template-columns: repeat(auto-fit, minmax(min(100%, var(--_card-min, 20rem)), 1fr));
    align-items: start;
  }
  .card,
  .group {
    min-width: 0;
    margin: 0;
    padding: var(--_space);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .card-heading,
  .group-title {
    margin: 0;
    font-size: 1em;
    font-weight: 600;
    line-height: 1.4;
  }
`;

/**
 * Notices and warnings: the words say it; the mark, the border and the colour repeat it.
 * `--_tone` is the colour of all three (the warning colour unless the element sets another,
 * as a serious notice sets the danger colour).
 */
export const noticeStyles = css`
  .notice,
  .warning {
    --_tone: var(--_warning);
    display: flex;
    gap: 0.6rem;
    align-items: flex-start;
    margin: 0;
    padding: 0.6rem 0.75rem;
    border: 1px solid var(--_tone);
    border-inline-start-width: 0.35rem;
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .notice p,
  .warning p {
    margin: 0;
  }
  .warning strong {
    color: var(--_tone);
  }
  /* The mark (named .mark, .notice-mark or .notice-icon by the templates). */
  .mark,
  .notice-mark,
  .notice-icon {
    flex: none;
    display: inline-grid;
    place-items: center;
    min-width: 1.5rem;
    height: 1.5rem;
    border-radius: 999px;
    background: var(--_tone, var(--_warning));
    color: var(--_on-accent);
    font-weight: 700;
    font-size: 0.875em;
    line-height: 1;
  }
`;

/** Figures: each label over its amount, in a `dl`. An element sets the amount's size. */
export const figureStyles = css`
  dt {
    color: var(--_muted);
    font-size: 0.875em;
  }
  dd {
    margin: 0;
  }
  .amount {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
`;

/**
 * A panel set off from the text around it by its fill and a bar at its start (the sentence a
 * form adds up to, a notice over a summary): the `callout` class beside the element's own.
 */
export const calloutStyles = css`
  .callout {
    margin: 0;
    padding: 0.75rem 1rem;
    border-inline-start: 0.3rem solid var(--_accent);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
`;
