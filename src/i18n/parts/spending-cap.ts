import type { CatalogPart } from '../catalog.js';
import { spendingCap as en } from '../en/spending-cap.js';
import { part } from '../translations.js';

export const spendingCapStrings = /* @__PURE__ */ part<CatalogPart<typeof en>>(en, { es: () => import('../es/spending-cap.js').then((module) => module.spendingCap) });
