// The English UI strings, one part per element so parallel work never edits the same file.
// Every catalog has exactly these keys (see `Catalog`), so a string missing in another
// language is a type error, not a blank on screen.
import { common } from './en/common.js';
import { reports } from './en/reports.js';
import { usage } from './en/usage.js';
import { wallet } from './en/wallet.js';

export const en = { ...common, ...usage, ...wallet, ...reports } as const;
