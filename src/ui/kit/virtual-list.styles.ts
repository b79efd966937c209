import { css } from 'lit';

export const virtualListStyles = css`
  :host {
    display: block;
    height: var(--kayse-virtual-list-height, 20rem);
  }
  .scroller {
    height: 100%;
    border: 1px solid var(--_border);
    border-radius: var(--_radius);
    background: var(--_surface);
  }
  .item {
    /* The virtualizer places items absolutely; full width keeps them as rows. */
    width: 100%;
    border-bottom: 1px solid var(--_border);
  }
`;
