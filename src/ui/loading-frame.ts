import { css, html, nothing, type TemplateResult } from 'lit';

/**
 * The pieces a loading frame is drawn with, each exactly as tall as what it stands for (its
 * height is written once, in {@link loadingFrameStyles}, from the same measures as the real
 * piece):
 * `title` a section's heading; `heading` a card's; `line` a line of text; `note` a line of
 * small text; `field` a kit field with its label and a one-line hint (`kayse-money-input`);
 * `switch` a `kayse-switch` with its label and a one-line description;
 * `choice` a boxed radio with a name and a sentence; `textarea` a `kayse-email-list-editor`
 * of four rows; `figure` a small label over an amount; `actions` a row of buttons; `panel`
 * a box as tall as the element's `--_panel-height` (a list, a chart).
 */
export const LOADING_ROWS = ['title', 'heading', 'line', 'note', 'field', 'switch', 'choice', 'textarea', 'figure', 'actions', 'panel'] as const;

export type LoadingRow = (typeof LOADING_ROWS)[number];

/** One block of the ready layout (a card) and the rows it stands for, top to bottom. */
export interface LoadingBlock {
  /** The element's own classes for the block, which lay it out as the ready one; `card` by default. */
  readonly class?: string;
  readonly rows: readonly LoadingRow[];
}

/** What the ready layout looks like, in the element's own layout classes. */
export interface LoadingShape {
  /** The classes of the ready layout's root (its grid, gap, container). */
  readonly frame: string;
  /** The rows of the section's head (`.head`): its title and the lines under it. */
  readonly head?: readonly LoadingRow[];
  /** The classes of the element that lays the blocks out; `cards` by default. */
  readonly layout?: string;
  readonly blocks: readonly LoadingBlock[];
  /** Rows under the blocks, in the root (a form's actions, a history). */
  readonly foot?: readonly LoadingRow[];
}

// What each row draws, inside a box of the row's height: text lines are the kit's skeleton lines.
const bar = html`<span class="skeleton-line"></span>`;
const smallBar = html`<span class="skeleton-line small"></span>`;
const box = (kind: string) => html`<span class="loading-box ${kind}"></span>`;

const ROW_CONTENT: Readonly<Record<LoadingRow, TemplateResult | typeof nothing>> = {
  title: bar,
  heading: bar,
  line: bar,
  note: bar,
  field: html`${bar}${box('control')}${smallBar}`,
  switch: html`${box('track')}${bar}${smallBar}`,
  choice: html`${bar}${smallBar}`,
  textarea: html`${bar}${box('control')}${smallBar}`,
  figure: html`${smallBar}<span class="skeleton-line large"></span>`,
  actions: box('button'),
  panel: nothing,
};

function renderRows(rows: readonly LoadingRow[]): TemplateResult[] {
  return rows.map((row) => html`<div class="loading-row ${row}" aria-hidden="true">${ROW_CONTENT[row]}</div>`);
}

/**
 * A section's placeholder while it loads: the ready layout's frame (its root, head, cards and
 * foot, laid out by the element's own classes) filled with rows as tall as the content they
 * stand for, so nothing moves when the content arrives. A status, busy, named by `label`; what
 * it draws is hidden from assistive technology. Needs {@link loadingFrameStyles} and the kit's
 * `skeletonStyles` (every `KayseElement` has those).
 *
 * @example loadingFrame(catalog.loading, { frame: 'spending-cap', head: ['title', 'note'], blocks: [{ rows: ['switch', 'field', 'actions'] }] })
 */
export function loadingFrame(label: string, shape: LoadingShape): TemplateResult {
  return html`<div class="${shape.frame} loading-frame" part="base" role="status" aria-busy="true">
    <span class="visually-hidden">${label}</span>
    ${shape.head ? html`<div class="head">${renderRows(shape.head)}</div>` : nothing}
    <div class=${shape.layout ?? 'cards'}>
      ${shape.blocks.map((block) => html`<div class="${block.class ?? 'card'} loading-block"><div class="loading-rows">${renderRows(block.rows)}</div></div>`)}
    </div>
    ${shape.foot ? renderRows(shape.foot) : nothing}
  </div>`;
}

/**
 * Styles of {@link loadingFrame}. Each row's height is written here once, from the measures of
 * the piece it stands for (the kit's 2.5rem controls, 0.3rem field gaps, `lh` for lines of
 * text), so it follows the font size.
 */
export const loadingFrameStyles = css`
  .loading-rows {
    display: grid;
    align-content: start;
    /* The ready card's gap between its pieces, where the element sets one. */
    gap: var(--_card-gap, 0.75rem);
  }
  .loading-row {
    display: grid;
    align-content: start;
    min-width: 0;
  }
  .loading-row > .skeleton-line {
    width: 85%;
  }
  .loading-row:nth-child(3n + 2) > .skeleton-line {
    width: 70%;
  }
  .loading-row:nth-child(3n) > .skeleton-line {
    width: 92%;
  }
  .skeleton-line.small {
    width: 60%;
    font-size: 0.875em;
  }
  .skeleton-line.large {
    width: 40%;
    font-size: 1.2em;
  }
  .loading-box {
    display: block;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  /* A section's title, a card's heading, a line of text, a line of small text. */
  .loading-row.title {
    height: 1lh;
    font-size: 1.25em;
    line-height: 1.3;
  }
  .loading-row.title > .skeleton-line {
    width: min(12rem, 70%);
  }
  .loading-row.heading {
    height: 1lh;
    line-height: 1.4;
  }
  .loading-row.heading > .skeleton-line {
    width: min(9rem, 60%);
  }
  .loading-row.line {
    height: 1lh;
  }
  .loading-row.note {
    height: 1lh;
    font-size: 0.875em;
  }
  /* A kit field: its label, the 2.5rem control, a one-line hint and its empty error line (a
     live region kept in place), 0.3rem apart. */
  .loading-row.field {
    grid-template-rows: 1lh 2.5rem 0.875lh 0;
    row-gap: 0.3rem;
  }
  .loading-row.field > .skeleton-line:first-child,
  .loading-row.textarea > .skeleton-line:first-child {
    width: min(10rem, 50%);
  }
  /* A kit switch: the track beside its label over a one-line description. */
  .loading-row.switch {
    grid-template: 1lh 0.875lh / auto minmax(0, 1fr);
    column-gap: 0.75rem;
    row-gap: 0.125rem;
  }
  .loading-box.track {
    grid-row: span 2;
    width: 2.75rem;
    height: 1.5rem;
    border-radius: 999px;
  }
  /* A boxed radio: its name over its sentence, inside the box's padding and border. */
  .loading-row.choice {
    grid-template-rows: 1lh 0.875lh;
    row-gap: 0.1rem;
    /* Room at the start for the radio (1.1rem and its 0.6rem gap). */
    padding: 0.6rem 0.75rem;
    padding-inline-start: 2.45rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  /* The email list editor: its label, a four-row textarea (1.5 line-height, 0.5rem padding and
     a border), a one-line hint and its empty error list. */
  .loading-row.textarea {
    grid-template-rows: 1lh calc(6em + 1rem + 2px) 0.875lh 0;
    row-gap: 0.3rem;
  }
  /* A small label over an amount of 1.2em. */
  .loading-row.figure {
    grid-template-rows: 0.875lh 1.2lh;
    row-gap: 0.1rem;
  }
  /* A row of buttons, as tall as the base button. */
  .loading-row.actions {
    height: 2.25rem;
  }
  .loading-box.button {
    width: 6rem;
  }
  .loading-row.panel {
    height: var(--_panel-height, 12rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
`;
