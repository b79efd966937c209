export { catalogFor, type Catalog } from './catalog.js';
export { resolveLocale } from './locale.js';
