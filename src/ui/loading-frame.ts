import { css, html, nothing, type TemplateResult } from 'lit';

/**
 * The pieces a loading frame is drawn with, each as tall as what it stands for (its height is
 * written once, in {@link loadingFrameStyles}, from the same measures as the real piece):
 * - `title` a section's heading; `heading` a card's; `line` a line of text; `note` a line of
 *   small text; `badge` a status badge;
 * - `callout` a panel on the alternate surface (a contact, a summary): a small label, a line
 *   and a line of small text;
 * - `field` a kit field with its label and a one-line hint (`kayse-money-input`); `select` a
 *   labelled select without a hint; `switch` a `kayse-switch` with its label and description;
 *   `choice` a boxed radio with a name and a sentence; `textarea` a `kayse-email-list-editor`;
 * - `figure` a small label over an amount; `actions` a row of buttons; `status` the empty line
 *   a form keeps under them for its save status; `panel` a box as tall as the element's
 *   `--_panel-height` (a list, a chart).
 */
export const LOADING_ROWS = ['title', 'heading', 'line', 'note', 'badge', 'callout', 'field', 'select', 'switch', 'choice', 'textarea', 'figure', 'actions', 'status', 'panel'] as const;

export type LoadingRow = (typeof LOADING_ROWS)[number];

/**
 * A row of a frame: its kind; or its kind and the words its lines stand for, in order (static
 * words the element already has: a heading, an intro, a label), drawn as bars that wrap where
 * those words will; or a group of rows laid out by one of the element's own classes (a grid of
 * figures).
 */
export type LoadingItem =
  | LoadingRow
  | { readonly row: LoadingRow; readonly text: string | readonly (string | undefined)[] }
  | { readonly group: string; readonly rows: readonly LoadingItem[] };

/** One block of the ready layout (a card) and the rows it stands for, top to bottom. */
export interface LoadingBlock {
  /** The element's own classes for the block, which lay it out as the ready one; `card` by default. */
  readonly class?: string;
  readonly rows: readonly LoadingItem[];
}

/** What the ready layout looks like, in the element's own layout classes. */
export interface LoadingShape {
  /** The classes of the ready layout's root (its grid, gap, container). */
  readonly frame: string;
  /** The rows of the section's head (`.head`): its title and the lines under it. */
  readonly head?: readonly LoadingItem[];
  /** The classes of the element that lays the blocks out; `cards` by default. */
  readonly layout?: string;
  readonly blocks: readonly LoadingBlock[];
  /** Rows under the blocks, in the root (a form's actions, a history). */
  readonly foot?: readonly LoadingItem[];
}

// What each row draws, top to bottom: lines of text (`text` at the row's size, `small`, `large`)
// and boxes (a control, a switch's track, a button).
type Slot = 'text' | 'small' | 'large' | 'control' | 'track' | 'button';

const ROW_SLOTS: Readonly<Record<LoadingRow, readonly Slot[]>> = {
  title: ['text'],
  heading: ['text'],
  line: ['text'],
  note: ['text'],
  badge: ['text'],
  callout: ['small', 'text', 'small'],
  field: ['text', 'control', 'small'],
  select: ['text', 'control'],
  switch: ['track', 'text', 'small'],
  choice: ['text', 'small'],
  textarea: ['text', 'control', 'small'],
  figure: ['small', 'large'],
  actions: ['button'],
  status: [],
  panel: [],
};

const BOXES: ReadonlySet<Slot> = new Set(['control', 'track', 'button']);

function renderSlot(slot: Slot, words: string | undefined): TemplateResult {
  if (BOXES.has(slot)) return html`<span class="loading-box loading-${slot}"></span>`;
  const size = slot === 'text' ? '' : slot;
  // The words themselves, transparent on the skeleton colour: each line becomes a bar as long as it.
  if (words) return html`<span class="loading-words ${size}"><span>${words}</span></span>`;
  return html`<span class="skeleton-line ${size}"></span>`;
}

function renderRow(row: LoadingRow, text: readonly (string | undefined)[] = []): TemplateResult {
  let line = 0;
  const slots = ROW_SLOTS[row].map((slot) => renderSlot(slot, BOXES.has(slot) ? undefined : text[line++]));
  return html`<div class="loading-row loading-${row}" aria-hidden="true">${slots}</div>`;
}

function renderRows(rows: readonly LoadingItem[]): TemplateResult[] {
  return rows.map((item) => {
    if (typeof item === 'string') return renderRow(item);
    if ('group' in item) return html`<div class="${item.group} loading-group">${renderRows(item.rows)}</div>`;
    return renderRow(item.row, typeof item.text === 'string' ? [item.text] : item.text);
  });
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
  /* Words drawn as bars: transparent text on the skeleton colour, one bar per line it wraps to. */
  .loading-words {
    display: block;
    min-width: 0;
    overflow-wrap: anywhere;
    color: transparent;
    user-select: none;
  }
  .loading-words > span {
    border-radius: calc(var(--_radius) / 2);
    background: var(--_skeleton);
    -webkit-box-decoration-break: clone;
    box-decoration-break: clone;
  }
  .loading-words.small {
    font-size: 0.875em;
  }
  .loading-words.large {
    font-size: 1.2em;
  }
  .loading-box {
    display: block;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }

  /* A section's title, a card's heading, a line of text, a line of small text. */
  .loading-title {
    min-height: 1lh;
    font-size: 1.25em;
    font-weight: 650;
    line-height: 1.3;
  }
  .loading-title > .skeleton-line {
    width: min(12rem, 70%);
  }
  .loading-heading {
    min-height: 1lh;
    font-weight: 600;
    line-height: 1.4;
  }
  .loading-heading > .skeleton-line {
    width: min(9rem, 60%);
  }
  .loading-line {
    min-height: 1lh;
  }
  .loading-note {
    min-height: 1lh;
    font-size: 0.875em;
  }
  /* A status badge: a pill around a line of small text, as wide as its words (or a usual badge's). */
  .loading-badge {
    justify-self: start;
    width: fit-content;
    max-width: 100%;
    padding: 0.125rem 0.6rem;
    font-size: 0.875em;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface-alt);
  }
  .loading-badge > .skeleton-line {
    width: 9rem;
    max-width: 100%;
  }
  /* A panel on the alternate surface: a small label, a line, a line of small text. */
  .loading-callout {
    grid-template-rows: minmax(0.875lh, auto) minmax(1lh, auto) minmax(0.875lh, auto);
    row-gap: 0.125rem;
    padding: 0.625rem 0.75rem;
    border-radius: var(--_radius);
    background: var(--_surface-alt);
  }
  /* A kit field: its label, the 2.5rem control, a one-line hint and its empty error line (a
     live region kept in place), 0.3rem apart. */
  .loading-field {
    grid-template-rows: minmax(1lh, auto) 2.5rem minmax(0.875lh, auto) 0;
    row-gap: 0.3rem;
  }
  .loading-select {
    grid-template-rows: minmax(1lh, auto) 2.5rem;
    row-gap: 0.3rem;
  }
  .loading-field > .skeleton-line:first-child,
  .loading-select > .skeleton-line:first-child,
  .loading-textarea > .skeleton-line:first-child {
    width: min(10rem, 50%);
  }
  /* A kit switch: the track beside its label over a one-line description, and room at the end
     for its state word (3ch of small text after a 0.75rem gap). */
  .loading-switch {
    grid-template: minmax(1lh, auto) minmax(0.875lh, auto) / auto minmax(0, 1fr);
    column-gap: 0.75rem;
    row-gap: 0.125rem;
    padding-inline-end: calc(0.75rem + 2.625ch);
    font-weight: 500;
  }
  .loading-switch > .small {
    font-weight: 400;
  }
  .loading-track {
    grid-row: span 2;
    width: 2.75rem;
    height: 1.5rem;
    border-radius: 999px;
  }
  /* A boxed radio: its name over its sentence, inside the box's padding and border. */
  .loading-choice {
    grid-template-rows: minmax(1lh, auto) minmax(0.875lh, auto);
    row-gap: 0.1rem;
    /* Room at the start for the radio (1.1rem and its 0.6rem gap). */
    padding: 0.6rem 0.75rem;
    padding-inline-start: 2.45rem;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
  /* The email list editor: its label, a four-row textarea (1.5 line-height, 0.5rem padding and
     a border), a one-line hint and its empty error list. */
  .loading-textarea {
    grid-template-rows: minmax(1lh, auto) calc(6em + 1rem + 2px) minmax(0.875lh, auto) 0;
    row-gap: 0.3rem;
  }
  /* A small label over an amount of 1.2em. */
  .loading-figure {
    grid-template-rows: minmax(0.875lh, auto) minmax(1.2lh, auto);
    row-gap: 0.1rem;
  }
  /* A row of buttons, as tall as the base button. */
  .loading-actions {
    height: 2.25rem;
    align-content: stretch;
  }
  /* The save status's live region, kept in place while empty (save-status.ts). */
  .loading-status {
    min-height: 1.45em;
    margin-top: 0.5rem;
  }
  .loading-button {
    width: 6rem;
  }
  .loading-panel {
    height: var(--_panel-height, 12rem);
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
  }
`;
