import type { CatalogPart } from '../catalog.js';
import { preferences as en } from '../en/preferences.js';
import { part } from '../translations.js';

export const preferencesStrings = /* @__PURE__ */ part<CatalogPart<typeof en>>(en, { es: () => import('../es/preferences.js').then((module) => module.preferences) });
