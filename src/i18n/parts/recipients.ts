import type { CatalogPart } from '../catalog.js';
import { recipients as en } from '../en/recipients.js';
import { part } from '../translations.js';

export const recipientsStrings = /* @__PURE__ */ part<CatalogPart<typeof en>>(en, { es: () => import('../es/recipients.js').then((module) => module.recipients) });
