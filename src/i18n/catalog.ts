import type { en } from './en.js';

type Widen<T> = T extends (...args: infer A) => string ? (...args: A) => string : string;

/**
 * A translation of one English part (`typeof en.usage`…): the same keys, each a string or a
 * formatter with the same parameters. Annotating a part with it makes a missing key an error,
 * and an extra one too (an object literal's excess-property check), file by file.
 */
export type CatalogPart<T> = { readonly [K in keyof T]: Widen<T[K]> };

/** The shape every language's catalog must have: the keys of English, each a string or a formatter. */
export type Catalog = CatalogPart<typeof en>;
