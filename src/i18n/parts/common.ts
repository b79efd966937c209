import type { CatalogPart } from '../catalog.js';
import { common as en } from '../en/common.js';
import { part } from '../translations.js';

export const commonStrings = /* @__PURE__ */ part<CatalogPart<typeof en>>(en, { es: () => import('../es/common.js').then((module) => module.common) });
export type CommonStrings = CatalogPart<typeof en>;
