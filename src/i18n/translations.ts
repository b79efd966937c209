// One catalog part in every language: English always here (the fallback), any other language
// a chunk of its own, loaded the first time an element resolves to it.
import { loadOnce } from '../core/load-once.js';

/** The languages with a catalog; any other locale reads English. */
export const LANGUAGES = ['en', 'es'] as const;
export type Language = (typeof LANGUAGES)[number];
type Other = Exclude<Language, 'en'>;

/** Strings in every language: English at once, the others once loaded. */
export interface Translations<S> {
  /** English, always here. */
  readonly en: S;
  /** The strings in `language`, if they are here. */
  get(language: Language): S | undefined;
  /** Loads the strings in `language` once (again after a failure). */
  load(language: Language): Promise<S>;
}

/** A part: its English, and a loader for each other language (`() => import('../es/usage.js')…`). */
export function part<S>(en: S, others: Readonly<Record<Other, () => Promise<S>>>): Translations<S> {
  const loaded = new Map<Language, S>([['en', en]]);
  const keep = (language: Language, load: () => Promise<S>) =>
    loadOnce(() =>
      load().then((strings) => {
        loaded.set(language, strings);
        return strings;
      }),
    );
  const loaders = new Map((Object.entries(others) as [Other, () => Promise<S>][]).map(([language, load]) => [language, keep(language, load)]));
  return {
    en,
    get: (language) => loaded.get(language),
    load: (language) => loaders.get(language as Other)?.() ?? Promise.resolve(en),
  };
}

type UnionToIntersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never;
type StringsOf<P extends readonly Translations<object>[]> = UnionToIntersection<P[number]['en']>;

/** Several parts as one, language by language: what one element shows. */
export function combine<P extends readonly Translations<object>[]>(...parts: P): Translations<StringsOf<P>> {
  const merged = new Map<Language, StringsOf<P>>();
  const get = (language: Language): StringsOf<P> | undefined => {
    const cached = merged.get(language);
    if (cached) return cached;
    const strings = parts.map((one) => one.get(language));
    if (strings.some((one) => one === undefined)) return undefined;
    const combined = Object.assign({}, ...strings) as StringsOf<P>;
    merged.set(language, combined);
    return combined;
  };
  return {
    en: get('en')!,
    get,
    load: async (language) => {
      await Promise.all(parts.map((one) => one.load(language)));
      return get(language)!;
    },
  };
}
