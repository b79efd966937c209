// Strings of the recipients editor shared by the alerts and scheduled-emails forms.
export const recipients = {
  recipientsPrimary: 'Primary contact',
  recipientsNoPrimary: 'None set',
  recipientsFix: (count: number) =>
    count === 1 ? 'Fix the problem marked above, then save again.' : `Fix the ${count} problems marked above, then save again.`,
  recipientsNoChanges: 'There are no changes to save.',
  recipientsInvalid: (first: string, count: number) => (count === 1 ? first : `${first} (${count} lines need fixing)`),
  recipientsServerProblem: (field: string, message: string) => `${field}: ${message}`,
  recipientsMore: (formatted: string) => `${formatted} more`,
  recipientsTheirList: (count: number, formatted: string, list: string) =>
    count === 0 ? 'no extra recipient' : `${count === 1 ? '1 extra recipient' : `${formatted} extra recipients`} (${list})`,
} as const;
