/**
 * The locale an element speaks: its own `locale`, else its provider's, else the nearest `lang`
 * up the tree (across shadow roots), else the browser's. An invalid tag is skipped, so a
 * host's typo falls back instead of breaking every `Intl` call.
 */
export function resolveLocale(element: Element, own?: string | null, fromProvider?: string | null): string {
  for (const candidate of [own, fromProvider, nearestLang(element), navigator.language]) {
    if (candidate && isValidLocale(candidate)) return candidate;
  }
  return 'en-US';
}

function nearestLang(element: Element): string | null {
  let node: Node | null = element;
  while (node) {
    if (node instanceof Element) {
      const lang = node.getAttribute('lang');
      if (lang) return lang;
    }
    node = node.parentNode ?? (node instanceof ShadowRoot ? node.host : null);
  }
  return null;
}

function isValidLocale(tag: string): boolean {
  try {
    return Intl.getCanonicalLocales(tag).length === 1;
  } catch {
    return false;
  }
}
