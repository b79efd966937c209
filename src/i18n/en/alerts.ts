// Strings of <kayse-alert-recipients>, and (the `recipients*` keys) of the recipients form it
// shares with <kayse-scheduled-emails>. Percentages and counts arrive formatted for the locale.
export const alerts = {
  alertsHeading: 'Spending alerts',
  alertsIntro: 'Emails about the spending cap and payments. The primary contact always receives them.',
  alertsTogglesLegend: 'Alerts',
  alertsThreshold: (percent: string) => `When spend reaches ${percent} of the cap`,
  alertsThresholdDescription: 'An early warning, while there is still time to raise the cap.',
  alertsCapReached: 'When the cap is reached',
  alertsCapReachedReason: 'Always on, so your team knows when campaigns pause.',
  alertsPaymentFailed: 'When a payment fails',
  alertsPaymentFailedReason: 'Always on, so billing problems are fixed quickly.',
  alertsRecipientsLegend: 'Who receives alerts',
  alertsExtraLabel: 'Extra alert recipients',
  alertsPrimaryNote: 'Receives every alert. The primary contact is chosen in the billing preferences.',
  alertsOneRecipient: 'Only one person receives these alerts. Add another address so an alert is not missed while they are away.',
  alertsNoRecipient: 'No one receives these alerts: there is no primary contact and no extra recipient. Add at least one address.',
  alertsReadOnly: 'You can see the alert settings but not change them.',
  alertsTheirThreshold: (percent: string, on: boolean) => `the ${percent} alert ${on ? 'on' : 'off'}`,
  alertsTheirVersion: (threshold: string, recipients: string) => `Their version has ${threshold} and ${recipients}.`,

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
