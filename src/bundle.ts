// The standalone bundle (`<script type="module">`, no bundler): a small loader that defines
// each `kayse-*` tag when one appears in the page, importing that element's chunk from beside
// this file. `data-kayse-preload` on the script tag (or `preloadAll()`) loads every element at
// once instead. Elements' classes are reached through `customElements.get(tag)`.
import { preloadAll, startAutoloader } from './autoloader.js';

export { discover, preloadAll } from './autoloader.js';

const ownScript = [...document.querySelectorAll<HTMLScriptElement>('script[type="module"][src]')].find((script) => script.src === import.meta.url);
if (ownScript?.hasAttribute('data-kayse-preload')) void preloadAll();
startAutoloader();
