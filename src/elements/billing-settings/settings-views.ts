import { html, nothing, type TemplateResult } from 'lit';
import type { Section } from '../../api/schemas.js';
import type { SettingsStrings } from './strings.js';
import { skeleton } from '../../ui/kit/skeleton.js';

const LABEL_KEYS = {
  usage: 'settingsSectionUsage',
  preferences: 'settingsSectionPreferences',
  spendingCap: 'settingsSectionSpendingCap',
  alerts: 'settingsSectionAlerts',
  scheduledEmails: 'settingsSectionScheduledEmails',
  reports: 'settingsSectionReports',
  wallet: 'settingsSectionWallet',
} as const satisfies Record<Section, keyof SettingsStrings>;

/** A section's name in the navigation and announcements. */
export const sectionLabel = (catalog: SettingsStrings, section: Section): string => catalog[LABEL_KEYS[section]];

/** The element of a section, given the settings element's own `locale` (else each finds its own). */
export function renderSection(section: Section, locale: string | undefined): TemplateResult {
  const lang = locale || nothing;
  switch (section) {
    case 'usage':
      return html`<kayse-usage-summary locale=${lang}></kayse-usage-summary>`;
    case 'preferences':
      return html`<kayse-billing-preferences locale=${lang}></kayse-billing-preferences>`;
    case 'spendingCap':
      return html`<kayse-spending-cap locale=${lang}></kayse-spending-cap>`;
    case 'alerts':
      return html`<kayse-alert-recipients locale=${lang}></kayse-alert-recipients>`;
    case 'scheduledEmails':
      return html`<kayse-scheduled-emails locale=${lang}></kayse-scheduled-emails>`;
    case 'reports':
      return html`<kayse-report-picker locale=${lang}></kayse-report-picker>`;
    case 'wallet':
      return html`<kayse-wallet locale=${lang}></kayse-wallet>`;
  }
}

/** The section links; the click handler takes plain clicks over; `onIntent` hears a pointer over or focus on a link. */
export function renderNav(
  catalog: SettingsStrings,
  visible: readonly Section[],
  current: Section | null,
  hrefOf: (section: Section) => string,
  onClick: (event: MouseEvent) => void,
  onIntent: (event: Event) => void,
): TemplateResult {
  return html`<nav part="nav" class="nav" aria-label=${catalog.settingsNavLabel} @click=${onClick} @pointerover=${onIntent} @focusin=${onIntent}>
    <ul class="links" role="list">
      ${visible.map((section) => {
        const isCurrent = section === current;
        return html`<li>
          <a
            part=${isCurrent ? 'link current' : 'link'}
            class="link"
            href=${hrefOf(section)}
            data-section=${section}
            aria-current=${isCurrent ? 'page' : nothing}
            >${sectionLabel(catalog, section)}</a
          >
        </li>`;
      })}
    </ul>
  </nav>`;
}

/** The question asked before leaving a section with unsaved edits. */
export function renderLeaveDialog(catalog: SettingsStrings, leaving: Section | null): TemplateResult {
  return html`<kayse-confirm-dialog
    heading=${catalog.settingsLeaveHeading}
    confirm-label=${catalog.settingsLeaveAction}
    cancel-label=${catalog.settingsStayAction}
    danger
    >${leaving ? catalog.settingsLeaveBody(sectionLabel(catalog, leaving)) : nothing}</kayse-confirm-dialog
  >`;
}

/** A section's placeholder while its element (or `Access`) loads; wordless while the strings load. */
export function renderSectionSkeleton(catalog: SettingsStrings | null): TemplateResult {
  return html`<div class="loading" role="status" aria-busy="true">
    ${catalog ? html`<span class="visually-hidden">${catalog.loading}</span>` : nothing}
    ${skeleton(6)}
  </div>`;
}

/** The whole area's placeholder while `Access` (or the strings) load: the navigation's and a section's. */
export function renderAreaSkeleton(catalog: SettingsStrings | null): TemplateResult {
  return html`<div part="base" class="base">
    <div class="layout">
      <div class="nav nav-skeleton" aria-hidden="true">${skeleton(['70%', '85%', '60%', '55%', '75%', '50%', '45%'])}</div>
      <div class="section">${renderSectionSkeleton(catalog)}</div>
    </div>
  </div>`;
}
