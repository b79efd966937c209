import type { CatalogPart } from '../catalog.js';
import { settings as en } from '../en/settings.js';
import { part } from '../translations.js';

export const settingsStrings = /* @__PURE__ */ part<CatalogPart<typeof en>>(en, { es: () => import('../es/settings.js').then((module) => module.settings) });
