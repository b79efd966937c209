// Strings of the wallet element.
export const wallet = {} as const;
