// Each catalog part in every language, so an element imports only the parts it shows
// (`combine(commonStrings, capStrings)`) and an entry carries only its own strings.
import type { CatalogPart } from './catalog.js';
import { alerts as enAlerts } from './en/alerts.js';
import { common as enCommon } from './en/common.js';
import { kit as enKit } from './en/kit.js';
import { preferences as enPreferences } from './en/preferences.js';
import { recipients as enRecipients } from './en/recipients.js';
import { reports as enReports } from './en/reports.js';
import { scheduledEmails as enScheduledEmails } from './en/scheduled-emails.js';
import { settings as enSettings } from './en/settings.js';
import { spendingCap as enSpendingCap } from './en/spending-cap.js';
import { usage as enUsage } from './en/usage.js';
import { wallet as enWallet } from './en/wallet.js';
import { alerts as esAlerts } from './es/alerts.js';
import { common as esCommon } from './es/common.js';
import { kit as esKit } from './es/kit.js';
import { preferences as esPreferences } from './es/preferences.js';
import { recipients as esRecipients } from './es/recipients.js';
import { reports as esReports } from './es/reports.js';
import { scheduledEmails as esScheduledEmails } from './es/scheduled-emails.js';
import { settings as esSettings } from './es/settings.js';
import { spendingCap as esSpendingCap } from './es/spending-cap.js';
import { usage as esUsage } from './es/usage.js';
import { wallet as esWallet } from './es/wallet.js';

/** The languages with a catalog; any other locale reads English. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];

/** One part's strings in every language. */
export type Translations<S> = { readonly [L in Language]: S };

const part = <P extends CatalogPart<P>>(en: P, es: CatalogPart<P>): Translations<CatalogPart<P>> => ({ en, es });

export const commonStrings = /* @__PURE__ */ part(enCommon, esCommon);
export const kitStrings = /* @__PURE__ */ part(enKit, esKit);
export const usageStrings = /* @__PURE__ */ part(enUsage, esUsage);
export const walletStrings = /* @__PURE__ */ part(enWallet, esWallet);
export const reportsStrings = /* @__PURE__ */ part(enReports, esReports);
export const alertsStrings = /* @__PURE__ */ part(enAlerts, esAlerts);
export const recipientsStrings = /* @__PURE__ */ part(enRecipients, esRecipients);
export const scheduledEmailsStrings = /* @__PURE__ */ part(enScheduledEmails, esScheduledEmails);
export const preferencesStrings = /* @__PURE__ */ part(enPreferences, esPreferences);
export const spendingCapStrings = /* @__PURE__ */ part(enSpendingCap, esSpendingCap);
export const settingsStrings = /* @__PURE__ */ part(enSettings, esSettings);

/** The strings of an element that shows commonStrings only (the base's loading, error and empty states). */
export type CommonStrings = CatalogPart<typeof enCommon>;
export type KitStrings = CatalogPart<typeof enKit>;
