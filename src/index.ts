// The package's main entry: classes and types, no side effects (no tag is registered here).
export * from './api/index.js';
export * from './events/index.js';
export { KayseBillingProvider } from './elements/billing-provider/billing-provider.js';
export { BillingStore, type ResourceKey, type Resources, type SaveKey, type Topic } from './state/index.js';
export { KayseUsageSummary, type UsageSummaryData } from './elements/usage-summary/usage-summary.js';
export { KayseSpendChart } from './ui/chart/spend-chart.js';
export { KayseReportPicker } from './elements/report-picker/report-picker.js';
export { CSV_DELIMITERS, type CsvDelimiter, type ReportPickerData } from './elements/report-picker/report-picker.types.js';
export { KayseBillingPreferences } from './elements/billing-preferences/billing-preferences.js';
export type { BillingPreferencesData, PreferencesSaveDetail } from './elements/billing-preferences/billing-preferences.types.js';
export { KayseSpendingCap } from './elements/spending-cap/spending-cap.js';
export type { SpendingCapData, SpendingCapSaveDetail } from './elements/spending-cap/spending-cap.types.js';
export { KayseAlertRecipients } from './elements/alert-recipients/alert-recipients.js';
export type { AlertOptions, AlertRecipientsSaveDetail } from './elements/alert-recipients/alert-recipients.types.js';
export { KayseScheduledEmails } from './elements/scheduled-emails/scheduled-emails.js';
export type { Frequency, ScheduleOptions, ScheduledEmailsSaveDetail } from './elements/scheduled-emails/scheduled-emails.types.js';
export { KayseWallet } from './elements/wallet/wallet.js';
export { WALLET_HISTORY_FILTERS, type WalletData, type WalletHistoryFilter, type WalletSaveDetail, type WalletTimeZoneSource } from './elements/wallet/wallet.types.js';
