// Strings of the spending-cap element.
export const spendingCap = {} as const;
