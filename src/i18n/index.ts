export type { Catalog, CatalogPart } from './catalog.js';
export { resolveLocale } from './locale.js';
export { languageOf, LocalizeController, localeContext } from './localize.js';
export { combine, LANGUAGES, type Language, type Translations } from './translations.js';
