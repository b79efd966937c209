import { combine } from '../../i18n/translations.js';
import { commonStrings } from '../../i18n/parts/common.js';
import { kitStrings } from '../../i18n/parts/kit.js';
import { walletStrings } from '../../i18n/parts/wallet.js';

/** The strings <kayse-wallet> shows, in every language. */
export const WALLET_STRINGS = combine(commonStrings, kitStrings, walletStrings);
export type WalletStrings = (typeof WALLET_STRINGS)['en'];
