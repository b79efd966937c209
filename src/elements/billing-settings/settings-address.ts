import type { Section } from '../../api/schemas.js';
import { SECTION_PATHS, type RoutingMode } from './billing-settings.types.js';

/** Where `<kayse-billing-settings>` keeps its section: the routing mode and the base path of history mode. */
export interface SettingsAddress {
  readonly routing: RoutingMode;
  readonly basePath: string | undefined;
}

/** `base-path` without trailing slashes (`/` becomes the empty string). */
const normalizedBase = (address: SettingsAddress): string => (address.basePath ?? '').replace(/\/+$/, '');

/** The path after the base path (history) or after `#` (hash): `''` for the bare base, null when the address is not this element's. */
export function locationPath(address: SettingsAddress, where: Pick<Location, 'hash' | 'pathname'> = location): string | null {
  if (address.routing === 'hash') {
    const hash = where.hash;
    if (hash === '' || hash === '#') return '';
    return hash.startsWith('#/') ? hash.slice(1) : null;
  }
  const base = normalizedBase(address);
  const path = where.pathname;
  if (path === base || path === `${base}/`) return '';
  return path.startsWith(`${base}/`) ? path.slice(base.length) : null;
}

/** The address of a section: a path under the base (keeping the query) or a hash. */
export function urlFor(address: SettingsAddress, section: Section, where: Pick<Location, 'search' | 'pathname'> = location): string {
  const path = SECTION_PATHS[section];
  if (address.routing === 'history') return `${normalizedBase(address)}${path}${where.search}`;
  return `${where.pathname}${where.search}#${path}`;
}

/** A link's `href`: the real address in history and hash routing, a hash in memory mode (the click is taken over). */
export function hrefFor(address: SettingsAddress, section: Section): string {
  const path = SECTION_PATHS[section];
  return address.routing === 'history' ? `${normalizedBase(address)}${path}` : `#${path}`;
}
