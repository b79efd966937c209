import type { CatalogPart } from '../catalog.js';
import { reports as en } from '../en/reports.js';
import { part } from '../translations.js';

export const reportsStrings = /* @__PURE__ */ part<CatalogPart<typeof en>>(en, { es: () => import('../es/reports.js').then((module) => module.reports) });
