import type { CatalogPart } from '../catalog.js';
import { wallet as en } from '../en/wallet.js';
import { part } from '../translations.js';

export const walletStrings = /* @__PURE__ */ part<CatalogPart<typeof en>>(en, { es: () => import('../es/wallet.js').then((module) => module.wallet) });
