import type { Section } from '../../api/schemas.js';

/**
 * How `<kayse-billing-settings>` keeps the current section in the address bar:
 * `history` under `base-path` (`/settings/billing/wallet`), `hash` when `hash-routing` is set
 * (`#/wallet`), or `memory` when neither is given (the address is left alone; the section
 * lives only in the element, as in a dialog or a story).
 */
export type RoutingMode = 'history' | 'hash' | 'memory';

/** The sections in the order of the navigation. */
export const SETTINGS_SECTIONS: readonly Section[] = ['usage', 'preferences', 'spendingCap', 'alerts', 'scheduledEmails', 'reports', 'wallet'];

/** Each section's path under the base path (or after `#` in hash routing). */
export const SECTION_PATHS: Readonly<Record<Section, string>> = {
  usage: '/usage',
  preferences: '/preferences',
  spendingCap: '/spending-cap',
  alerts: '/alerts',
  scheduledEmails: '/scheduled-emails',
  reports: '/reports',
  wallet: '/wallet',
};

/** The section whose path this is (a trailing slash allowed), or null. */
export function sectionForPath(path: string): Section | null {
  const trimmed = path.length > 1 ? path.replace(/\/+$/, '') : path;
  return SETTINGS_SECTIONS.find((section) => SECTION_PATHS[section] === trimmed) ?? null;
}
