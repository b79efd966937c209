import type { RecipientsOptions } from './recipients-form.types.js';

/** Who an email setting reaches as typed: the primary contact, if any, and the extra recipients' lines. */
export interface Receivers {
  /** The primary contact's address, or null when the account has none. */
  readonly primaryEmail: string | null;
  /** Extra addresses that pass the checks: what a save would send. */
  readonly accepted: number;
  /** Lines refused by the checks (each has its own line error). */
  readonly refused: number;
}

/** How many people receive the emails: the primary contact, when there is one, and each accepted extra address. */
export function receiverCount({ primaryEmail, accepted }: Pick<Receivers, 'primaryEmail' | 'accepted'>): number {
  return (primaryEmail ? 1 : 0) + Math.max(0, accepted);
}

/**
 * Whether nobody would receive what is switched on. Refused lines do not count as nobody: the
 * user meant someone, and their line errors already say what to fix.
 */
export function nobodyReceives(enabled: boolean, receivers: Receivers): boolean {
  return enabled && receivers.refused === 0 && receiverCount(receivers) === 0;
}

/** Whether two sets of settings say the same, key by key. */
export function sameOptions(a: RecipientsOptions, b: RecipientsOptions): boolean {
  const keys = Object.keys(a);
  return keys.length === Object.keys(b).length && keys.every((key) => a[key] === b[key]);
}
