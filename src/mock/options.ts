import {
  Access,
  AlertSettings,
  Contact,
  CurrentUsage,
  Preferences,
  ScheduledEmails,
  SpendingCap,
  Wallet,
} from '../api/schemas.js';
import { z } from '../api/zod.js';
import type { ScenarioName } from './scenarios.js';

// Patches set exact values on top of a scenario (spent at exactly 80 % of the cap, a null
// primary contact…). They are schemas, not just types, because the Node control API takes
// them as JSON and must refuse a malformed one rather than corrupt the state.

/** Current-usage figures to pin; `spent` rescales the period's daily amounts to add up to it. */
export const UsagePatch = z.partial(
  z.pick(CurrentUsage, { spent: true, projected: true, courtesyCredits: true, daily: true, status: true, campaignsPaused: true, asOf: true }),
);
export type UsagePatch = z.infer<typeof UsagePatch>;

/** Preferences to pin; a `primaryContact` not among the contacts joins them. */
export const PreferencesPatch = z.partial(
  z.extend(z.omit(Preferences, { primaryContact: true }), {
    primaryContact: z.nullable(Contact),
    primaryContactId: z.nullable(z.string()),
  }),
);
export type PreferencesPatch = z.infer<typeof PreferencesPatch>;

export const SpendingCapPatch = z.partial(z.omit(SpendingCap, { currency: true }));
export type SpendingCapPatch = z.infer<typeof SpendingCapPatch>;

export const AlertsPatch = z.partial(z.omit(AlertSettings, { primaryContactEmail: true }));
export type AlertsPatch = z.infer<typeof AlertsPatch>;

export const ScheduledEmailsPatch = z.partial(z.omit(ScheduledEmails, { primaryContactEmail: true }));
export type ScheduledEmailsPatch = z.infer<typeof ScheduledEmailsPatch>;

/** Wallet values to pin; `balance` shifts the history's balances so they still chain. */
export const WalletPatch = z.partial(z.omit(Wallet, { currency: true }));
export type WalletPatch = z.infer<typeof WalletPatch>;

export const AccessPatch = z.partial(z.extend(Access, { sections: z.partial(Access.shape.sections) }));
export type AccessPatch = z.infer<typeof AccessPatch>;

/** What `patch(resource, values)` can set. */
export const MOCK_RESOURCES = ['usage', 'preferences', 'spendingCap', 'alerts', 'scheduledEmails', 'wallet', 'access'] as const;
export type MockResource = (typeof MOCK_RESOURCES)[number];

export const PATCH_SCHEMAS = {
  usage: UsagePatch,
  preferences: PreferencesPatch,
  spendingCap: SpendingCapPatch,
  alerts: AlertsPatch,
  scheduledEmails: ScheduledEmailsPatch,
  wallet: WalletPatch,
  access: AccessPatch,
} as const satisfies Record<MockResource, z.core.$ZodType>;

/** Exact values per resource, applied after the scenario. */
export const MockPatch = z.partial(z.object(PATCH_SCHEMAS));
export type MockPatch = z.infer<typeof MockPatch>;

export const FAULT_STATUSES = [401, 403, 404, 409, 422, 429, 500, 503] as const;

/** A failure injected into matching requests. */
export const MockFault = z.object({
  /** A path relative to the base (`/wallet`); every route when absent. */
  route: z.optional(z.string().check(z.regex(/^\//, 'Expected a path starting with /'))),
  method: z.optional(z.enum(['GET', 'PUT'])),
  /** Answer with this status and the contract's error body instead of the real answer. */
  status: z.optional(z.literal(FAULT_STATUSES)),
  /** Extra delay before answering, in milliseconds. */
  latencyMs: z.optional(z.int().check(z.minimum(0), z.maximum(120_000))),
  /** Seconds for a `Retry-After` header (429 gets 1 when not given). */
  retryAfter: z.optional(z.int().check(z.minimum(0))),
  /** Break the answer's body: invalid JSON text, or JSON that the contract's schema refuses. */
  malformed: z.optional(z.enum(['json', 'schema'])),
  /** Apply to this many requests, then stop; forever when absent. */
  times: z.optional(z.int().check(z.minimum(1))),
});
export type MockFault = z.infer<typeof MockFault>;

/** Options of a mock backend; every one is optional. */
export interface MockBackendOptions {
  /** Seed of every generated figure (default 1): the same seed gives the same answers. */
  readonly seed?: number;
  /** The state to start in (default `healthy`). */
  readonly scenario?: ScenarioName;
  /** The company's today, `YYYY-MM-DD` (default: `now`'s day in the company's time zone). */
  readonly today?: string;
  /** The current instant (default: the real clock); gives `today` when that is not set. */
  readonly now?: Date | string;
  /** ISO 4217 code (default USD); amounts are scaled to its minor units. */
  readonly currency?: string;
  /** IANA time zone of the company (default America/Chicago). */
  readonly timezone?: string;
  /** Wallet transactions in the generated history (default 1 200, at most 100 000). */
  readonly transactionCount?: number;
  /** Campaigns per agent, as a multiple of the usual number (default 1; 50 gives 10 000+ rows a month). */
  readonly reportDensity?: number;
  /** Contacts in the company (default 7). */
  readonly contactCount?: number;
  /** Exact values applied on top of the scenario. */
  readonly patch?: MockPatch;
  /** Delay before every answer, in milliseconds (default 0). */
  readonly latencyMs?: number;
  /** Path prefix under which `fetch` routes requests into the app (default `/api/billing`). */
  readonly basePath?: string;
}
