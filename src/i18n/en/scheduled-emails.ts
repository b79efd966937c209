// Strings of the scheduled-emails element.
export const scheduledEmails = {} as const;
