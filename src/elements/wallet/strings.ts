import { combine } from '../../i18n/localize.js';
import { commonStrings, kitStrings, walletStrings } from '../../i18n/parts.js';

/** The strings <kayse-wallet> shows, in every language. */
export const WALLET_STRINGS = combine(commonStrings, kitStrings, walletStrings);
export type WalletStrings = (typeof WALLET_STRINGS)['en'];
