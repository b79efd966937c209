// Strings of the reports element.
export const reports = {} as const;
