import type { CatalogPart } from '../catalog.js';
import { kit as en } from '../en/kit.js';
import { part } from '../translations.js';

export const kitStrings = /* @__PURE__ */ part<CatalogPart<typeof en>>(en, { es: () => import('../es/kit.js').then((module) => module.kit) });
export type KitStrings = CatalogPart<typeof en>;
