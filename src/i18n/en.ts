// The English UI strings, one part per element so parallel work never edits the same file.
// Every catalog has exactly these keys (see `Catalog`), so a string missing in another
// language is a type error, not a blank on screen.
import { alerts } from './en/alerts.js';
import { common } from './en/common.js';
import { kit } from './en/kit.js';
import { preferences } from './en/preferences.js';
import { recipients } from './en/recipients.js';
import { reports } from './en/reports.js';
import { scheduledEmails } from './en/scheduled-emails.js';
import { settings } from './en/settings.js';
import { spendingCap } from './en/spending-cap.js';
import { usage } from './en/usage.js';
import { wallet } from './en/wallet.js';

export const en = { ...common, ...kit, ...usage, ...wallet, ...reports, ...alerts, ...recipients, ...scheduledEmails, ...preferences, ...spendingCap, ...settings } as const;
