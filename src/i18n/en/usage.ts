// Strings of the usage element.
export const usage = {} as const;
