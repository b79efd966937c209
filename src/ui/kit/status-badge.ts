import { css, html, nothing, type TemplateResult } from 'lit';
import type { UsageStatus } from '../../core/usage.js';
import type { KitStrings } from '../../i18n/parts/kit.js';

const LABELS: Readonly<Record<UsageStatus, (catalog: KitStrings) => string>> = {
  no_cap: (catalog) => catalog.statusNoCap,
  within_cap: (catalog) => catalog.statusWithinCap,
  near_cap: (catalog) => catalog.statusNearCap,
  cap_reached: (catalog) => catalog.statusCapReached,
};

const isKnown = (status: string): status is UsageStatus => Object.hasOwn(LABELS, status);

/**
 * The usage status as a badge: the words say the state (colour and border only repeat it), and
 * `percentText` ("82 %", already formatted for the locale) adds "82 % of cap used". A status
 * this version does not know (the API's enums are open) is shown as the API sent it.
 * Include {@link statusBadgeStyles} in the element's styles.
 */
export function statusBadge(status: string, catalog: KitStrings, percentText?: string): TemplateResult {
  const known = isKnown(status);
  return html`<span class="status-badge ${known ? status.replaceAll('_', '-') : 'unknown'}" part="status-badge">
    <span class="status-badge-label">${known ? LABELS[status](catalog) : status}</span>
    ${percentText ? html`<span class="status-badge-percent">${catalog.percentOfCap(percentText)}</span>` : nothing}
  </span>`;
}

/** Styles of {@link statusBadge}; each state differs in border style and fill too, not only in colour. */
export const statusBadgeStyles = css`
  .status-badge {
    display: inline-flex;
    flex-wrap: wrap;
    align-items: baseline;
    gap: 0.15em 0.5em;
    padding: 0.125rem 0.6rem;
    border: 1px solid var(--_border);
    border-radius: 999px;
    background: var(--_surface);
    color: var(--_text);
    font-size: 0.875em;
    line-height: 1.4;
  }
  .status-badge-label {
    font-weight: 600;
  }
  .status-badge-percent {
    font-variant-numeric: tabular-nums;
  }
  .status-badge.no-cap {
    border-style: dashed;
    border-color: var(--_muted);
    color: var(--_muted);
  }
  .status-badge.within-cap {
    border-color: var(--_success);
    color: var(--_success);
  }
  .status-badge.near-cap {
    border-width: 2px;
    border-color: var(--_warning);
    color: var(--_warning);
  }
  .status-badge.cap-reached {
    border-color: var(--_danger);
    background: var(--_danger);
    color: var(--_on-accent);
  }
`;
