// Strings of <kayse-scheduled-emails>. Counts arrive formatted for the locale; the strings it
// shares with the alerts form are the `recipients*` keys in ./alerts.ts.
export const scheduledEmails = {
  scheduledHeading: 'Scheduled billing emails',
  scheduledIntro: 'A billing and usage report by email, on a schedule.',
  scheduledTogglesLegend: 'Schedule',
  scheduledEnable: 'Send scheduled billing emails',
  scheduledEnableDescription: 'Reports go to the primary contact and to the extra recipients below.',
  scheduledFrequencyLegend: 'How often',
  scheduledDaily: 'Daily',
  scheduledWeekly: 'Weekly',
  scheduledMonthly: 'Monthly',
  scheduledFrequencyOff: 'Turn the emails on to change how often they are sent.',
  scheduledFrequencyUnknown: (value: string) => `The current schedule, “${value}”, is not offered here: choose one of these before saving.`,
  scheduledFrequencyRequired: 'Choose how often the emails are sent.',
  scheduledRecipientsLegend: 'Who receives them',
  scheduledExtraLabel: 'Extra report recipients',
  scheduledPrimaryNote: 'Receives every report. The primary contact is chosen in the billing preferences.',
  scheduledReadOnly: 'You can see the schedule but not change it.',
  scheduledEveryDay: 'Every day',
  scheduledEveryWeek: 'Every week',
  scheduledEveryMonth: 'Every month',
  scheduledEveryOther: (value: string) => `On the “${value}” schedule`,
  scheduledToPrimary: (when: string, primary: string, others: number, formatted: string) =>
    others === 0
      ? `${when}, the billing report goes to the primary contact, ${primary}.`
      : `${when}, the billing report goes to the primary contact, ${primary}, and ${others === 1 ? '1 other recipient' : `${formatted} other recipients`}.`,
  scheduledToOthers: (when: string, others: number, formatted: string) =>
    `${when}, the billing report goes to ${others === 1 ? '1 recipient' : `${formatted} recipients`}.`,
  scheduledToNoOne: 'The emails are on, but no one will receive them: there is no primary contact and no extra recipient.',
  scheduledNoRecipientError: 'No one would receive these emails: there is no primary contact. Add at least one address, or turn the emails off.',
  scheduledOff: 'Scheduled emails are off, so no report is sent.',
  scheduledTheirVersion: (schedule: string, recipients: string) => `Their version: ${schedule}, with ${recipients}.`,
  scheduledTheirOff: 'off',
} as const;
