// custom-elements.json is the interface a host may use; the analyzer plugin in
// custom-elements-manifest.config.mjs leaves the rest out, and this says when something got in.

interface Member {
  readonly name: string;
  readonly kind?: string;
  readonly privacy?: string;
  readonly inheritedFrom?: { readonly name: string };
}

interface Declaration {
  readonly name: string;
  readonly customElement?: boolean;
  readonly members?: readonly Member[];
  readonly events?: readonly { readonly name?: string }[];
}

export interface Manifest {
  readonly modules: readonly { readonly path: string; readonly declarations?: readonly Declaration[] }[];
}

/**
 * Plumbing of the elements that must never reach a host, even when it loses its `private` or
 * `protected` by mistake: a bare name on any element, `Class.name` only where that class
 * declares it (the settings element's own `section` is public; `KayseElement.section` is not).
 */
export const KNOWN_INTERNALS: readonly string[] = [
  'provided',
  'generation',
  'internals',
  'connection',
  'loadTask',
  'topics',
  'skeletonLines',
  'stateOf',
  'reportError',
  'renderLoaded',
  'KayseElement.section',
  'KayseElement.store',
  'KayseElement.catalog',
  'KayseElement.resolvedLocale',
  'KayseElement.permission',
  'KayseElement.load',
  'KayseElement.reload',
  'KayseElement.retry',
  'KayseUsageSummary.goToCap',
];

/** What a host should not see in the manifest, one line each (`module › Class.member: why`). */
export function nonPublicEntries(manifest: Manifest): string[] {
  const found: string[] = [];
  for (const module of manifest.modules) {
    for (const declaration of module.declarations ?? []) {
      const where = `${module.path} › ${declaration.name}`;
      for (const member of declaration.members ?? []) {
        const owner = member.inheritedFrom?.name ?? declaration.name;
        const call = member.kind === 'method' ? '()' : '';
        const inherited = member.inheritedFrom ? ` (from ${owner})` : '';
        if (member.privacy === 'private' || member.privacy === 'protected') {
          found.push(`${where}.${member.name}${call}${inherited}: ${member.privacy}`);
        } else if (/^[#_]/.test(member.name)) {
          found.push(`${where}.${member.name}${call}${inherited}: private by its name`);
        } else if (declaration.customElement && (KNOWN_INTERNALS.includes(member.name) || KNOWN_INTERNALS.includes(`${owner}.${member.name}`))) {
          found.push(`${where}.${member.name}${call}${inherited}: a known internal`);
        }
      }
      for (const event of declaration.events ?? []) {
        if (!event.name) found.push(`${where}: an event without a name (${JSON.stringify(event)})`);
      }
    }
  }
  return found;
}
