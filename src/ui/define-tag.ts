/**
 * Registers a tag unless the page already has it: a second copy of the package (or a host
 * that imports both `all.js` and one element) must not throw.
 */
export function defineTag(tag: string, constructor: CustomElementConstructor): void {
  if (!customElements.get(tag)) customElements.define(tag, constructor);
}
