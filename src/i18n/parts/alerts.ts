import type { CatalogPart } from '../catalog.js';
import { alerts as en } from '../en/alerts.js';
import { part } from '../translations.js';

export const alertsStrings = /* @__PURE__ */ part<CatalogPart<typeof en>>(en, { es: () => import('../es/alerts.js').then((module) => module.alerts) });
