export type { Catalog, CatalogPart } from './catalog.js';
export { resolveLocale } from './locale.js';
export { combine, languageOf, LocalizeController, localeContext } from './localize.js';
export { LANGUAGES, type Language, type Translations } from './parts.js';
