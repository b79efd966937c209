import type { Wallet } from '../../api/schemas.js';
import { TRANSACTION_TYPES } from '../../api/enums.js';
import type { SaveDetail } from '../../events/events.js';

/**
 * Where the history's times are shown in: the company's time zone (from current usage, when
 * the user may read it) or, failing that, the browser's.
 */
export type WalletTimeZoneSource = 'company' | 'browser';

/** What `<kayse-wallet>` loads before it shows anything. */
export interface WalletData {
  readonly wallet: Wallet;
  /** IANA time zone of the history's dates. */
  readonly timeZone: string;
  readonly timeZoneSource: WalletTimeZoneSource;
}

/** The transaction types the history can be filtered by; `''` shows every type, unknown ones included. */
export const WALLET_HISTORY_FILTERS = ['', ...TRANSACTION_TYPES] as const;
export type WalletHistoryFilter = (typeof WALLET_HISTORY_FILTERS)[number];

/** The refill-settings fields, named as the contract's body and its 422 `fields` name them. */
export type RefillField = 'refillAmount' | 'refillThreshold';

/** The detail of `<kayse-wallet>`'s `kayse-save`: the section and the wallet as the server saved it. */
export type WalletSaveDetail = SaveDetail<Wallet>;
