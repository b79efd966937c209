// The Spanish UI strings (neutral Latin-American Spanish, "tú"), one part per element like
// English. Each part is typed against its English twin, so a key missing or extra here is a
// type error in the part's own file, and the merged whole is checked as a `Catalog`.
import type { Catalog } from './catalog.js';
import { alerts } from './es/alerts.js';
import { common } from './es/common.js';
import { kit } from './es/kit.js';
import { preferences } from './es/preferences.js';
import { recipients } from './es/recipients.js';
import { reports } from './es/reports.js';
import { scheduledEmails } from './es/scheduled-emails.js';
import { settings } from './es/settings.js';
import { spendingCap } from './es/spending-cap.js';
import { usage } from './es/usage.js';
import { wallet } from './es/wallet.js';

export const es: Catalog = { ...common, ...kit, ...usage, ...wallet, ...reports, ...alerts, ...recipients, ...scheduledEmails, ...preferences, ...spendingCap, ...settings };
