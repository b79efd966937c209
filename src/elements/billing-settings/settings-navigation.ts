import type { Access, Section } from '../../api/schemas.js';
import { SETTINGS_SECTIONS } from './billing-settings.types.js';

/** The sections `Access` lets the user see, in the navigation's order. */
export const visibleIn = (access: Access): readonly Section[] => SETTINGS_SECTIONS.filter((section) => access.sections[section] === 'read' || access.sections[section] === 'edit');

/** The section of the navigation link an event happened on. */
export function linkedSection(event: Event): Section | null {
  const link = event.composedPath().find((node): node is HTMLAnchorElement => node instanceof HTMLAnchorElement && node.dataset['section'] !== undefined);
  return link ? (link.dataset['section'] as Section) : null;
}

/** Whether a section element holds edits that are not saved: every form element says so in its public `dirty`. */
export const hasUnsavedEdits = (element: Element | null | undefined): boolean => (element as Partial<{ readonly dirty: boolean }> | null | undefined)?.dirty === true;

/** Only a plain primary click is ours to take over; a modified one opens a tab, as the user asked. */
export const isPlainClick = (event: MouseEvent): boolean => event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey;

/** `@lit-labs/router` matches paths with `URLPattern`; a browser without it gets the polyfill, loaded only then. */
export async function ensureUrlPattern(): Promise<void> {
  if (!('URLPattern' in globalThis)) await import('urlpattern-polyfill');
}
