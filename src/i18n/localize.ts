import { ContextConsumer, ContextProvider, createContext } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLocale } from './locale.js';
import { LANGUAGES, type Language, type Translations } from './parts.js';

type UnionToIntersection<U> = (U extends unknown ? (value: U) => void : never) extends (value: infer I) => void ? I : never;
type StringsOf<P extends readonly Translations<object>[]> = UnionToIntersection<P[number]['en']>;

/** The language of a BCP 47 locale that has a catalog; English for any other. */
export function languageOf(locale: string): Language {
  const language = locale.split(/[-_]/)[0]?.toLowerCase() ?? '';
  return LANGUAGES.find((known) => known === language) ?? 'en';
}

/** Several parts as one, language by language: what one element shows. */
export function combine<P extends readonly Translations<object>[]>(...parts: P): Translations<StringsOf<P>> {
  const merged = (language: Language) => Object.assign({}, ...parts.map((part) => part[language])) as StringsOf<P>;
  return { en: merged('en'), es: merged('es') };
}

/**
 * The locale a billing element resolved (its own, its provider's, the nearest `lang`), handed
 * to the kit pieces inside it, so a field speaks its element's language without being told.
 */
export const localeContext = createContext<string | undefined>('kayse-locale');

/** Shares the host's resolved locale with the kit pieces in its shadow root. */
export class LocaleProvider implements ReactiveController {
  private readonly provider: ContextProvider<typeof localeContext>;

  constructor(
    host: ReactiveControllerHost & HTMLElement,
    private readonly locale: () => string,
  ) {
    this.provider = new ContextProvider(host, { context: localeContext });
    host.addController(this);
  }

  hostUpdate(): void {
    this.provider.setValue(this.locale());
  }
}

/**
 * An element's strings in its language. The element names the parts it shows, so an entry
 * carries only those; the locale comes from the element (its connection), or for a kit piece
 * from the billing element around it, else the nearest `lang` and the browser.
 */
export class LocalizeController<S> {
  private readonly consumer: ContextConsumer<typeof localeContext, ReactiveControllerHost & HTMLElement> | undefined;

  constructor(
    private readonly host: ReactiveControllerHost & HTMLElement,
    private readonly translations: Translations<S>,
    private readonly ownLocale?: () => string,
  ) {
    // Subscribed: the element around may change its language after the piece rendered.
    this.consumer = ownLocale ? undefined : new ContextConsumer(host, { context: localeContext, subscribe: true });
  }

  /** The resolved locale, for `Intl` formatting. */
  get locale(): string {
    return this.ownLocale?.() ?? resolveLocale(this.host, this.consumer?.value);
  }

  get strings(): S {
    return this.translations[languageOf(this.locale)];
  }
}
