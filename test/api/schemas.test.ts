import { expect } from '@open-wc/testing';
import { parseWith } from '../../src/api/parse.js';
import * as schemas from '../../src/api/schemas.js';
import * as examples from './contract-examples.js';

type Json = Record<string, unknown>;

/** A deep copy of an example with one value replaced at a path (or removed, with `undefined`). */
function variant(example: Json, path: readonly (string | number)[], value: unknown): unknown {
  const copy = structuredClone(example) as Json;
  let node: Record<string | number, unknown> = copy;
  for (const key of path.slice(0, -1)) node = node[key] as Record<string | number, unknown>;
  const last = path[path.length - 1]!;
  if (value === undefined) delete node[last];
  else node[last] = value;
  return copy;
}

const contractExamples = [
  { name: 'Access', schema: schemas.Access, example: examples.access },
  { name: 'CurrentUsage', schema: schemas.CurrentUsage, example: examples.currentUsage },
  { name: 'Contact', schema: schemas.Contact, example: examples.contact },
  { name: 'ContactList', schema: schemas.ContactList, example: { items: [examples.contact] } },
  { name: 'Preferences', schema: schemas.Preferences, example: examples.preferences },
  { name: 'SpendingCap', schema: schemas.SpendingCap, example: examples.spendingCap },
  { name: 'AlertSettings', schema: schemas.AlertSettings, example: examples.alertSettings },
  { name: 'ScheduledEmails', schema: schemas.ScheduledEmails, example: examples.scheduledEmails },
  { name: 'Wallet', schema: schemas.Wallet, example: examples.wallet },
  { name: 'WalletTransaction', schema: schemas.WalletTransaction, example: examples.walletTransaction },
  {
    name: 'WalletTransactionPage',
    schema: schemas.WalletTransactionPage,
    example: { items: [examples.walletTransaction], nextCursor: null },
  },
  { name: 'Agent', schema: schemas.Agent, example: examples.agent },
  { name: 'AgentList', schema: schemas.AgentList, example: { items: [examples.agent] } },
  { name: 'UsageReport', schema: schemas.UsageReport, example: examples.usageReport },
  { name: 'ErrorBody', schema: schemas.ErrorBody, example: examples.errorBody },
  { name: 'PreferencesUpdate', schema: schemas.PreferencesUpdate, example: { primaryContactId: 'u_12', version: 3 } },
  { name: 'SpendingCapUpdate', schema: schemas.SpendingCapUpdate, example: { enabled: true, amount: 600000, version: 1 } },
  {
    name: 'AlertSettingsUpdate',
    schema: schemas.AlertSettingsUpdate,
    example: { thresholdAlertEnabled: true, recipients: ['ops@firm.example'], version: 2 },
  },
  {
    name: 'ScheduledEmailsUpdate',
    schema: schemas.ScheduledEmailsUpdate,
    example: { enabled: true, frequency: 'weekly', recipients: ['cfo@firm.example'], version: 1 },
  },
  {
    name: 'WalletSettingsUpdate',
    schema: schemas.WalletSettingsUpdate,
    example: { refillAmount: 200000, refillThreshold: 50000, version: 5 },
  },
];

// Each malformed variant names the path the failure must report.
const malformed: { name: string; schema: (typeof contractExamples)[number]['schema']; data: unknown; path: string }[] = [
  { name: 'Access: unknown shape for a section', schema: schemas.Access, data: variant(examples.access, ['sections', 'wallet'], 3), path: 'sections.wallet' },
  { name: 'Access: missing role', schema: schemas.Access, data: variant(examples.access, ['role'], undefined), path: 'role' },
  { name: 'CurrentUsage: float money', schema: schemas.CurrentUsage, data: variant(examples.currentUsage, ['spent'], 4123.5), path: 'spent' },
  { name: 'CurrentUsage: negative spent', schema: schemas.CurrentUsage, data: variant(examples.currentUsage, ['spent'], -1), path: 'spent' },
  { name: 'CurrentUsage: money as a string', schema: schemas.CurrentUsage, data: variant(examples.currentUsage, ['projected'], '515400'), path: 'projected' },
  { name: 'CurrentUsage: bad day', schema: schemas.CurrentUsage, data: variant(examples.currentUsage, ['daily', 0, 'date'], '2026-11-31'), path: 'daily.0.date' },
  { name: 'CurrentUsage: bad instant', schema: schemas.CurrentUsage, data: variant(examples.currentUsage, ['asOf'], '2026-11-24 18:00'), path: 'asOf' },
  { name: 'CurrentUsage: unknown time zone', schema: schemas.CurrentUsage, data: variant(examples.currentUsage, ['timezone'], 'Mars/Olympus'), path: 'timezone' },
  { name: 'CurrentUsage: missing period', schema: schemas.CurrentUsage, data: variant(examples.currentUsage, ['period'], undefined), path: 'period' },
  { name: 'CurrentUsage: zero cap amount', schema: schemas.CurrentUsage, data: variant(examples.currentUsage, ['cap', 'amount'], 0), path: 'cap.amount' },
  { name: 'CurrentUsage: huge unsafe money', schema: schemas.CurrentUsage, data: variant(examples.currentUsage, ['spent'], 2 ** 53), path: 'spent' },
  { name: 'CurrentUsage: lowercase currency', schema: schemas.CurrentUsage, data: variant(examples.currentUsage, ['currency'], 'usd'), path: 'currency' },
  { name: 'Preferences: missing version', schema: schemas.Preferences, data: variant(examples.preferences, ['version'], undefined), path: 'version' },
  { name: 'Preferences: contact without email', schema: schemas.Preferences, data: variant(examples.preferences, ['primaryContact', 'email'], undefined), path: 'primaryContact.email' },
  { name: 'SpendingCap: float amount', schema: schemas.SpendingCap, data: variant(examples.spendingCap, ['amount'], 6000.5), path: 'amount' },
  { name: 'AlertSettings: percent above 100', schema: schemas.AlertSettings, data: variant(examples.alertSettings, ['thresholdAlert', 'percent'], 180), path: 'thresholdAlert.percent' },
  { name: 'AlertSettings: recipients not a list', schema: schemas.AlertSettings, data: variant(examples.alertSettings, ['recipients'], 'ops@firm.example'), path: 'recipients' },
  { name: 'ScheduledEmails: missing frequency', schema: schemas.ScheduledEmails, data: variant(examples.scheduledEmails, ['frequency'], undefined), path: 'frequency' },
  { name: 'Wallet: float balance', schema: schemas.Wallet, data: variant(examples.wallet, ['balance'], 840.5), path: 'balance' },
  { name: 'Wallet: negative estimate', schema: schemas.Wallet, data: variant(examples.wallet, ['estimatedDaysUntilRefill'], -2), path: 'estimatedDaysUntilRefill' },
  { name: 'WalletTransaction: bad date', schema: schemas.WalletTransaction, data: variant(examples.walletTransaction, ['date'], 'yesterday'), path: 'date' },
  { name: 'WalletTransaction: missing id', schema: schemas.WalletTransaction, data: variant(examples.walletTransaction, ['id'], undefined), path: 'id' },
  { name: 'UsageReport: float cost in a row', schema: schemas.UsageReport, data: variant(examples.usageReport, ['rows', 0, 'cost'], 184.5), path: 'rows.0.cost' },
  { name: 'UsageReport: negative calls', schema: schemas.UsageReport, data: variant(examples.usageReport, ['totals', 'calls'], -3), path: 'totals.calls' },
  { name: 'UsageReport: bad from day', schema: schemas.UsageReport, data: variant(examples.usageReport, ['from'], '2026-10'), path: 'from' },
  { name: 'ErrorBody: missing message', schema: schemas.ErrorBody, data: variant(examples.errorBody, ['error', 'message'], undefined), path: 'error.message' },
  { name: 'SpendingCapUpdate: enabled without amount', schema: schemas.SpendingCapUpdate, data: { enabled: true, amount: null, version: 1 }, path: 'amount' },
  { name: 'SpendingCapUpdate: negative amount', schema: schemas.SpendingCapUpdate, data: { enabled: true, amount: -100, version: 1 }, path: 'amount' },
  { name: 'PreferencesUpdate: unknown billing mode', schema: schemas.PreferencesUpdate, data: { primaryContactId: null, billingMode: 'barter', version: 1 }, path: 'billingMode' },
  { name: 'AlertSettingsUpdate: invalid address', schema: schemas.AlertSettingsUpdate, data: { thresholdAlertEnabled: true, recipients: ['a@b.example', 'not-an-email'], version: 1 }, path: 'recipients.1' },
  { name: 'AlertSettingsUpdate: duplicate at its later index', schema: schemas.AlertSettingsUpdate, data: { thresholdAlertEnabled: true, recipients: ['a@b.example', 'x@y.example', 'A@B.example'], version: 1 }, path: 'recipients.2' },
  { name: 'ScheduledEmailsUpdate: unknown frequency', schema: schemas.ScheduledEmailsUpdate, data: { enabled: true, frequency: 'hourly', recipients: [], version: 1 }, path: 'frequency' },
  { name: 'WalletSettingsUpdate: threshold not below amount', schema: schemas.WalletSettingsUpdate, data: { refillAmount: 50000, refillThreshold: 50000, version: 1 }, path: 'refillThreshold' },
  { name: 'WalletSettingsUpdate: zero amount', schema: schemas.WalletSettingsUpdate, data: { refillAmount: 0, refillThreshold: 0, version: 1 }, path: 'refillAmount' },
];

describe('contract schemas', () => {
  describe('every contract example parses', () => {
    for (const { name, schema, example } of contractExamples) {
      it(name, () => {
        const result = parseWith(schema, example);
        expect(result.ok, result.ok ? '' : result.error.description).to.equal(true);
      });
    }
  });

  describe('a malformed variant fails with its path in the message', () => {
    for (const { name, schema, data, path } of malformed) {
      it(name, () => {
        const result = parseWith(schema, data);
        expect(result.ok).to.equal(false);
        if (!result.ok) expect(result.error.description).to.match(new RegExp(`(^|; )${path.replaceAll('.', '\\.')}: `));
      });
    }
  });

  describe('forward compatibility', () => {
    it('ignores unknown fields', () => {
      const result = parseWith(schemas.Wallet, { ...examples.wallet, loyaltyPoints: 12 });
      expect(result.ok).to.equal(true);
      if (result.ok) expect(result.value).to.not.have.property('loyaltyPoints');
    });

    const openEnums = [
      { name: 'a new transaction type', schema: schemas.WalletTransaction, data: { ...examples.walletTransaction, type: 'chargeback' }, key: 'type', value: 'chargeback' },
      { name: 'a new role', schema: schemas.Access, data: { ...examples.access, role: 'auditor' }, key: 'role', value: 'auditor' },
      { name: 'a new usage status', schema: schemas.CurrentUsage, data: { ...examples.currentUsage, status: 'suspended' }, key: 'status', value: 'suspended' },
      { name: 'a new billing mode', schema: schemas.Preferences, data: { ...examples.preferences, billingMode: 'prepaid_card' }, key: 'billingMode', value: 'prepaid_card' },
      { name: 'a new error code', schema: schemas.ErrorBody, data: { error: { code: 'payment_required', message: 'Pay up' } }, key: 'error', value: { code: 'payment_required', message: 'Pay up' } },
    ];
    for (const { name, schema, data, key, value } of openEnums) {
      it(`accepts and keeps ${name}`, () => {
        const result = parseWith(schema, data);
        expect(result.ok).to.equal(true);
        if (result.ok) expect((result.value as Record<string, unknown>)[key]).to.deep.equal(value);
      });
    }

    const offsets = ['2026-11-20T15:04:00Z', '2026-11-20T15:04:00+01:00', '2026-11-20T15:04:00.123-05:30'];
    for (const date of offsets) {
      it(`accepts the instant ${date}`, () => {
        expect(parseWith(schemas.WalletTransaction, { ...examples.walletTransaction, date }).ok).to.equal(true);
      });
    }

    it('accepts a negative balance and signed amounts', () => {
      const result = parseWith(schemas.WalletTransaction, { ...examples.walletTransaction, amount: -1200, balanceAfter: -300 });
      expect(result.ok).to.equal(true);
    });

    it('accepts a leap day', () => {
      expect(parseWith(schemas.DailyUsage, { date: '2028-02-29', amount: 1 }).ok).to.equal(true);
    });
  });
});
