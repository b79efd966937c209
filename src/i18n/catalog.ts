import { en } from './en.js';

type Widen<T> = T extends (...args: infer A) => string ? (...args: A) => string : string;

/** The shape every language's catalog must have: the keys of English, each a string or a formatter. */
export type Catalog = { readonly [K in keyof typeof en]: Widen<(typeof en)[K]> };

const catalogs: Readonly<Record<string, Catalog>> = { en };

/** The catalog for a BCP 47 locale, by its language subtag; English when the language has none. */
export function catalogFor(locale: string): Catalog {
  const language = locale.split(/[-_]/)[0]?.toLowerCase() ?? '';
  return catalogs[language] ?? en;
}
