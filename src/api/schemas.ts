import { MAX_RECIPIENTS, validateRecipients } from '../core/email-list.js';
import {
  count,
  currency,
  day,
  email,
  instant,
  money,
  month,
  openEnum,
  positiveMoney,
  signedMoney,
  timeZone,
  version,
} from './primitives.js';
import { ACCESS_LEVELS, BILLING_MODES, FREQUENCIES, SECTIONS, TRANSACTION_TYPES, USAGE_STATUSES } from './enums.js';
import { z } from './zod.js';

// Response schemas use open enums (a newer server may add values) and ignore unknown fields;
// request schemas are closed, since they are what a server accepts.

export { ACCESS_LEVELS, BILLING_MODES, FREQUENCIES, SECTIONS, TRANSACTION_TYPES, USAGE_STATUSES } from './enums.js';

export const Section = z.enum(SECTIONS);
export type Section = z.infer<typeof Section>;

export const AccessLevel = openEnum(ACCESS_LEVELS);
export type AccessLevel = z.infer<typeof AccessLevel>;

export const Access = z.object({
  role: z.string(),
  sections: z.object({
    usage: AccessLevel,
    preferences: AccessLevel,
    spendingCap: AccessLevel,
    alerts: AccessLevel,
    scheduledEmails: AccessLevel,
    reports: AccessLevel,
    wallet: AccessLevel,
  }),
});
export type Access = z.infer<typeof Access>;

export const DailyUsage = z.object({ date: day, amount: money });
export type DailyUsage = z.infer<typeof DailyUsage>;

export const Period = z.object({ start: day, end: day });
export type Period = z.infer<typeof Period>;

export const CurrentUsage = z.object({
  currency,
  timezone: timeZone,
  period: Period,
  asOf: instant,
  spent: money,
  projected: money,
  courtesyCredits: money,
  cap: z.object({ enabled: z.boolean(), amount: z.nullable(positiveMoney) }),
  status: openEnum(USAGE_STATUSES),
  campaignsPaused: z.boolean(),
  daily: z.array(DailyUsage),
});
export type CurrentUsage = z.infer<typeof CurrentUsage>;

export const Contact = z.object({ id: z.string(), name: z.string(), email: z.string(), role: z.string() });
export type Contact = z.infer<typeof Contact>;

export const ContactList = z.object({ items: z.array(Contact) });
export type ContactList = z.infer<typeof ContactList>;

export const Preferences = z.object({
  primaryContact: z.nullable(Contact),
  billingMode: openEnum(BILLING_MODES),
  billingModeEditable: z.boolean(),
  version,
});
export type Preferences = z.infer<typeof Preferences>;

export const PreferencesUpdate = z.object({
  primaryContactId: z.nullable(z.string()),
  billingMode: z.optional(z.enum(BILLING_MODES)),
  version,
});
export type PreferencesUpdate = z.infer<typeof PreferencesUpdate>;

export const SpendingCap = z.object({
  enabled: z.boolean(),
  amount: z.nullable(positiveMoney),
  currency,
  version,
});
export type SpendingCap = z.infer<typeof SpendingCap>;

export const SpendingCapUpdate = z
  .object({ enabled: z.boolean(), amount: z.nullable(positiveMoney), version })
  .check(
    z.superRefine((update, ctx) => {
      if (update.enabled && update.amount === null) {
        ctx.addIssue({ code: 'custom', path: ['amount'], message: 'An enabled cap needs an amount', input: update.amount });
      }
    }),
  );
export type SpendingCapUpdate = z.infer<typeof SpendingCapUpdate>;

/** Extra recipients as a server accepts them: valid, unique (case-insensitive), at most 50. */
export const Recipients = z.array(email).check(
  z.maxLength(MAX_RECIPIENTS, `At most ${MAX_RECIPIENTS} recipients`),
  z.superRefine((recipients, ctx) => {
    for (const problem of validateRecipients(recipients)) {
      if (problem.code !== 'duplicate') continue;
      ctx.addIssue({ code: 'custom', path: [problem.index], message: 'Duplicate address', input: recipients[problem.index] });
    }
  }),
);

const LockedAlert = z.object({ enabled: z.boolean(), locked: z.boolean() });

export const AlertSettings = z.object({
  thresholdAlert: z.object({ enabled: z.boolean(), percent: z.int().check(z.minimum(0), z.maximum(100)) }),
  capReachedAlert: LockedAlert,
  paymentFailedAlert: LockedAlert,
  recipients: z.array(z.string()),
  primaryContactEmail: z.nullable(z.string()),
  version,
});
export type AlertSettings = z.infer<typeof AlertSettings>;

export const AlertSettingsUpdate = z.object({ thresholdAlertEnabled: z.boolean(), recipients: Recipients, version });
export type AlertSettingsUpdate = z.infer<typeof AlertSettingsUpdate>;

export const ScheduledEmails = z.object({
  enabled: z.boolean(),
  frequency: openEnum(FREQUENCIES),
  recipients: z.array(z.string()),
  primaryContactEmail: z.nullable(z.string()),
  version,
});
export type ScheduledEmails = z.infer<typeof ScheduledEmails>;

export const ScheduledEmailsUpdate = z.object({
  enabled: z.boolean(),
  frequency: z.enum(FREQUENCIES),
  recipients: Recipients,
  version,
});
export type ScheduledEmailsUpdate = z.infer<typeof ScheduledEmailsUpdate>;

export const Wallet = z.object({
  currency,
  balance: signedMoney,
  refillAmount: money,
  refillThreshold: money,
  lowBalanceAlert: money,
  estimatedDaysUntilRefill: z.nullable(count),
  refillPending: z.boolean(),
  version,
});
export type Wallet = z.infer<typeof Wallet>;

export const WalletSettingsUpdate = z
  .object({ refillAmount: positiveMoney, refillThreshold: money, version })
  .check(
    z.superRefine((update, ctx) => {
      if (update.refillThreshold >= update.refillAmount) {
        ctx.addIssue({
          code: 'custom',
          path: ['refillThreshold'],
          message: 'The refill threshold must be below the refill amount',
          input: update.refillThreshold,
        });
      }
    }),
  );
export type WalletSettingsUpdate = z.infer<typeof WalletSettingsUpdate>;

export const WalletTransaction = z.object({
  id: z.string(),
  type: openEnum(TRANSACTION_TYPES),
  date: instant,
  amount: signedMoney,
  balanceAfter: signedMoney,
  note: z.optional(z.string()),
});
export type WalletTransaction = z.infer<typeof WalletTransaction>;

export const WalletTransactionPage = z.object({ items: z.array(WalletTransaction), nextCursor: z.nullable(z.string()) });
export type WalletTransactionPage = z.infer<typeof WalletTransactionPage>;

export const MAX_TRANSACTION_PAGE = 100;

/** The query of `GET /wallet/transactions`, as the strings a URL carries. */
export const WalletTransactionQuery = z.object({
  limit: z.optional(z.string().check(z.regex(/^[1-9]\d{0,5}$/, 'Expected a positive whole number'))),
  cursor: z.optional(z.string().check(z.minLength(1))),
  type: z.optional(z.string().check(z.regex(/^[a-z_]+(,[a-z_]+)*$/, 'Expected transaction types separated by commas'))),
});
export type WalletTransactionQuery = z.infer<typeof WalletTransactionQuery>;

export const Agent = z.object({ id: z.string(), name: z.string() });
export type Agent = z.infer<typeof Agent>;

export const AgentList = z.object({ items: z.array(Agent) });
export type AgentList = z.infer<typeof AgentList>;

const metrics = {
  calls: count,
  successfulCalls: count,
  messages: count,
  conversions: count,
  selfHealing: count,
  courtesyCredits: money,
  cost: money,
};

export const UsageTotals = z.object(metrics);
export type UsageTotals = z.infer<typeof UsageTotals>;

export const UsageReportRow = z.object({
  date: day,
  agentId: z.string(),
  agentName: z.string(),
  campaignId: z.string(),
  campaignName: z.string(),
  ...metrics,
});
export type UsageReportRow = z.infer<typeof UsageReportRow>;

export const UsageReport = z.object({
  currency,
  from: day,
  to: day,
  agentId: z.nullable(z.string()),
  totals: UsageTotals,
  rows: z.array(UsageReportRow),
});
export type UsageReport = z.infer<typeof UsageReport>;

/** The query of `GET /reports/usage`: a month, or a range; the rules between them live in the mock and in `core/`. */
export const UsageReportQuery = z.object({
  month: z.optional(month),
  from: z.optional(day),
  to: z.optional(day),
  agentId: z.optional(z.string()),
});
export type UsageReportQuery = z.infer<typeof UsageReportQuery>;

export const ERROR_CODES = [
  'unauthenticated',
  'forbidden',
  'not_found',
  'version_conflict',
  'validation_failed',
  'rate_limited',
  'internal',
  'unavailable',
] as const;

export const ErrorBody = z.object({
  error: z.object({
    code: openEnum(ERROR_CODES),
    message: z.string(),
    fields: z.optional(z.record(z.string(), z.string())),
    current: z.optional(z.unknown()),
  }),
});
export type ErrorBody = z.infer<typeof ErrorBody>;
