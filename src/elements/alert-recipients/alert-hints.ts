import type { Access } from '../../api/schemas.js';
import { permissionOf } from '../../state/section-connection.js';

/** Whether the account has a monthly spending cap, as far as this user may know. */
export type CapState = 'on' | 'off' | 'unknown';

/** Where the cap's state can be read: its own section, else current usage (`cap.enabled`), else nowhere. */
export type CapSource = 'spendingCap' | 'usage' | null;

/** The advice about who receives alerts. */
export type RecipientsHint = 'no_recipient' | 'one_recipient';

/**
 * The section to read the cap's state from, among those the user may read: the cap's own
 * (small, and the setting the hint is about), else current usage, else none (nothing is asked).
 */
export function capSource(sections: Access['sections']): CapSource {
  if (permissionOf(sections.spendingCap)) return 'spendingCap';
  if (permissionOf(sections.usage)) return 'usage';
  return null;
}

/** The cap's state from what was read: `enabled` of the cap or of usage's `cap`; unknown when nothing was. */
export function capStateOf(cap: { readonly enabled: boolean } | null): CapState {
  if (!cap) return 'unknown';
  return cap.enabled ? 'on' : 'off';
}

/**
 * Whether the threshold alert, switched on, can never be sent: it fires at a share of the cap,
 * and there is none. Unknown counts as a cap (no hint on a guess); switched off, there is nothing to fire.
 */
export function thresholdCannotFire(thresholdOn: boolean, cap: CapState): boolean {
  return thresholdOn && cap === 'off';
}

/**
 * The advice on who receives alerts, from how many would: nobody, or one person (an alert missed
 * while they are away). It is advice to add addresses, so only for a user who can: a reader sees
 * the primary contact and the list just above it.
 */
export function recipientsHint(receivers: number, editable: boolean): RecipientsHint | null {
  if (!editable || receivers > 1) return null;
  return receivers <= 0 ? 'no_recipient' : 'one_recipient';
}
