import { css } from 'lit';

export const billingSettingsStyles = css`
  :host {
    --_nav-width: var(--kayse-settings-nav-width, 14rem);
  }

  .root {
    display: contents;
  }

  /* The area's own width decides the layout, not the viewport: a host may put it in a column. */
  .base {
    container: settings / inline-size;
  }
  .layout {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: var(--_space);
    align-items: start;
  }

  /* Narrow: a row of tab-like links that scrolls sideways, under a rule. */
  .nav {
    min-width: 0;
  }
  .links {
    position: relative;
    display: flex;
    gap: 0.25rem;
    margin: 0;
    padding: 0;
    list-style: none;
    overflow-x: auto;
    overscroll-behavior-x: contain;
    scrollbar-width: thin;
    border-bottom: 1px solid var(--_border);
  }
  .links li {
    flex: none;
  }
  .link {
    display: block;
    padding: 0.625rem 0.75rem;
    border-radius: var(--_radius) var(--_radius) 0 0;
    color: var(--_muted);
    font-weight: 500;
    text-decoration: none;
    white-space: nowrap;
    /* The marker is a shadow, not a border: the current link is exactly as big as the others. */
    box-shadow: inset 0 -3px 0 transparent;
  }
  .link:hover {
    color: var(--_text);
    background: var(--_surface-alt);
  }
  .link[aria-current='page'] {
    color: var(--_accent);
    box-shadow: inset 0 -3px 0 var(--_accent);
  }
  .link:focus-visible {
    outline-offset: -2px;
  }

  .section {
    min-width: 0;
    border-radius: var(--_radius);
  }
  .section:focus {
    outline: none;
  }
  .section:focus-visible {
    outline: 2px solid var(--_focus);
    outline-offset: 4px;
  }

  .nav-skeleton {
    padding-block: 0.625rem;
    border-bottom: 1px solid var(--_border);
  }
  .nav-skeleton .skeleton {
    grid-auto-flow: column;
    grid-template-rows: auto;
    gap: 1rem;
    max-width: 36rem;
  }

  /* Wide: the links become a sticky side column. */
  @container settings (min-width: 48rem) {
    .layout {
      grid-template-columns: var(--_nav-width) minmax(0, 1fr);
      gap: calc(var(--_space) * 1.5);
    }
    .nav {
      position: sticky;
      top: var(--_space);
    }
    .links {
      flex-direction: column;
      gap: 0.125rem;
      overflow: visible;
      border-bottom: 0;
      border-inline-end: 1px solid var(--_border);
      padding-inline-end: 0.5rem;
    }
    .link {
      border-radius: var(--_radius);
      white-space: normal;
      box-shadow: inset 3px 0 0 transparent;
    }
    .link[aria-current='page'] {
      background: var(--_surface-alt);
      box-shadow: inset 3px 0 0 var(--_accent);
    }
    .nav-skeleton {
      border-bottom: 0;
    }
    .nav-skeleton .skeleton {
      grid-auto-flow: row;
      gap: 1.25rem;
    }
  }

  @media (forced-colors: active) {
    .link[aria-current='page'] {
      outline: 2px solid LinkText;
      outline-offset: -2px;
    }
  }
`;
