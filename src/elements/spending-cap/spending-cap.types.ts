import type { CurrentUsage, SpendingCap } from '../../api/schemas.js';
import type { SaveDetail } from '../../events/events.js';

/**
 * Whether this month's usage is beside the cap: `shown`, `hidden` (the user may not read the
 * usage section, so nothing is asked of `/usage/current`), or `failed` (it could not be loaded;
 * the cap itself still can be changed).
 */
export type CapUsageState = 'shown' | 'hidden' | 'failed';

/** What `<kayse-spending-cap>` loads before it shows anything. */
export interface SpendingCapData {
  readonly cap: SpendingCap;
  /** This month's usage when `usageState` is `shown`, else null. */
  readonly usage: CurrentUsage | null;
  readonly usageState: CapUsageState;
}

/** The form's fields, named as the contract's body and its 422 `fields` name them. */
export type CapField = 'enabled' | 'amount';

/** What the user is asked to confirm before the cap is saved. */
export type CapConfirmation = 'pause' | 'stays_paused' | 'remove';

/** The detail of `<kayse-spending-cap>`'s `kayse-save`: the section and the cap as the server saved it. */
export type SpendingCapSaveDetail = SaveDetail<SpendingCap>;
