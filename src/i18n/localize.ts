import { ContextConsumer, ContextProvider, createContext } from '@lit/context';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLocale } from './locale.js';
import { LANGUAGES, type Language, type Translations } from './translations.js';

/** The language of a BCP 47 locale that has a catalog; English for any other. */
export function languageOf(locale: string): Language {
  const language = locale.split(/[-_]/)[0]?.toLowerCase() ?? '';
  return LANGUAGES.find((known) => known === language) ?? 'en';
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
 * from the billing element around it, else the nearest `lang` and the browser. A language
 * other than English is loaded the first time it is asked for: until then `ready` is false
 * (an element shows a placeholder without words) and the host renders again once it is here.
 */
export class LocalizeController<S> {
  private readonly consumer: ContextConsumer<typeof localeContext, ReactiveControllerHost & HTMLElement> | undefined;
  private readonly asked = new Set<Language>();
  private readonly failed = new Set<Language>();

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

  /** Whether the strings of the element's language are here. */
  get ready(): boolean {
    return this.inLanguage() !== undefined;
  }

  /** The strings in the element's language; English while that language is on its way. */
  get strings(): S {
    return this.inLanguage() ?? this.translations.en;
  }

  private inLanguage(): S | undefined {
    const language = languageOf(this.locale);
    const strings = this.translations.get(language);
    if (strings !== undefined) return strings;
    // A language that cannot load is read in English rather than never.
    if (this.failed.has(language)) return this.translations.en;
    if (!this.asked.has(language)) {
      this.asked.add(language);
      this.translations.load(language).then(
        () => this.host.requestUpdate(),
        (error: unknown) => {
          console.error(`Kayse billing elements: the "${language}" strings could not load; showing English.`, error);
          this.failed.add(language);
          this.host.requestUpdate();
        },
      );
    }
    return undefined;
  }
}
