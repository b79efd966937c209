// The contract's closed value lists, apart from the schemas: an element that only needs to
// know the frequencies (say) does not load the validator with them.

export const SECTIONS = ['usage', 'preferences', 'spendingCap', 'alerts', 'scheduledEmails', 'reports', 'wallet'] as const;
export const ACCESS_LEVELS = ['hidden', 'read', 'edit'] as const;
export const USAGE_STATUSES = ['no_cap', 'within_cap', 'near_cap', 'cap_reached'] as const;
export const BILLING_MODES = ['monthly_invoice', 'refillable_wallet'] as const;
export const FREQUENCIES = ['daily', 'weekly', 'monthly'] as const;
export const TRANSACTION_TYPES = ['refill', 'usage', 'adjustment', 'courtesy_credit'] as const;
