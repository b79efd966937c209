import type { CatalogPart } from '../catalog.js';
import { usage as en } from '../en/usage.js';
import { part } from '../translations.js';

export const usageStrings = /* @__PURE__ */ part<CatalogPart<typeof en>>(en, { es: () => import('../es/usage.js').then((module) => module.usage) });
