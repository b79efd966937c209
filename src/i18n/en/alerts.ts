// Strings of the alerts element.
export const alerts = {} as const;
