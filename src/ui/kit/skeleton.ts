import { css, html, type TemplateResult } from 'lit';
import { styleProps } from '../style-props.js';

// Varied, fixed widths read as text without changing between renders (no random shimmer of sizes).
const WIDTHS = ['92%', '76%', '84%', '68%', '88%', '72%'];

/**
 * Placeholder lines while content loads, hidden from assistive technology: put `aria-busy="true"`
 * and the "Loading…" text on the region being loaded, and render the same number of lines as the
 * content will have, so nothing jumps when it arrives. Include {@link skeletonStyles}.
 *
 * @param lines - How many lines of text the content will take, or each line's width.
 */
export function skeleton(lines: number | readonly string[] = 3): TemplateResult {
  // A paragraph's last line is the short one.
  const widths =
    typeof lines === 'number' ? Array.from({ length: lines }, (_, i) => (i === lines - 1 && lines > 1 ? '55%' : WIDTHS[i % WIDTHS.length])) : lines;
  return html`<div class="skeleton" part="skeleton" aria-hidden="true">
    ${widths.map((width) => html`<span class="skeleton-line" ${styleProps({ width: width ?? '100%' })}></span>`)}
  </div>`;
}

/**
 * A region busy loading, drawn without a word: while an element's language is on its way it
 * has no words to say "Loading…" in, and English would flash before the language arrives.
 */
export function wordlessPlaceholder(lines?: number): TemplateResult {
  return html`<div class="loading" role="status" aria-busy="true">${skeleton(lines)}</div>`;
}

/** Styles of {@link skeleton}: each line is exactly one line of body text tall. */
export const skeletonStyles = css`
  .skeleton {
    display: grid;
  }
  .skeleton-line {
    display: block;
    height: 0.9em;
    /* With the margins, one line box of the inherited line-height: text replaces it without a jump. */
    margin-block: calc((1lh - 0.9em) / 2);
    border-radius: calc(var(--_radius) / 2);
    background: linear-gradient(90deg, var(--_skeleton) 0%, var(--_surface-alt) 50%, var(--_skeleton) 100%) 0 0 / 200% 100%;
    animation: skeleton-shimmer 1.4s linear infinite;
  }
  @keyframes skeleton-shimmer {
    to {
      background-position: -200% 0;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .skeleton-line {
      animation: none;
      background: var(--_skeleton);
    }
  }
`;
