// Strings of <kayse-billing-settings>: its navigation, announcements and the leave question.
export const settings = {
  settingsNavLabel: 'Billing and reports',
  settingsSectionUsage: 'Usage',
  settingsSectionPreferences: 'Billing preferences',
  settingsSectionSpendingCap: 'Spending cap',
  settingsSectionAlerts: 'Alerts',
  settingsSectionScheduledEmails: 'Scheduled emails',
  settingsSectionReports: 'Reports',
  settingsSectionWallet: 'Wallet',
  settingsAnnounce: (section: string, position: number, count: number) => `${section}, section ${position} of ${count}`,
  settingsLeaveHeading: 'Leave without saving?',
  settingsLeaveBody: (section: string) => `Your changes in ${section} are not saved. If you leave this section, they are lost.`,
  settingsLeaveAction: 'Leave without saving',
  settingsStayAction: 'Stay on this section',
} as const;
