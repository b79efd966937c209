// Strings of the preferences element.
export const preferences = {} as const;
