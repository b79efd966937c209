import type { CatalogPart } from '../catalog.js';
import { scheduledEmails as en } from '../en/scheduled-emails.js';
import { part } from '../translations.js';

export const scheduledEmailsStrings = /* @__PURE__ */ part<CatalogPart<typeof en>>(en, { es: () => import('../es/scheduled-emails.js').then((module) => module.scheduledEmails) });
