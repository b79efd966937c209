import { loadOnce } from '../../core/load-once.js';

/**
 * Defines `<kayse-virtual-list>` (with `@lit-labs/virtualizer`, about 6 KB of gzip) from its own
 * chunk, when a list is first needed: a wallet with `no-history`, or a host bundling `all.js`
 * whose page shows no history, never loads it.
 */
export const loadVirtualList = loadOnce(() => import('./define-virtual-list.js'));
