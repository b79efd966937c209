// The examples of ../shared/api-contract.md, with abridged lists (`…`) cut to the shown items.

export const access = {
  role: 'admin',
  sections: {
    usage: 'read',
    preferences: 'edit',
    spendingCap: 'edit',
    alerts: 'edit',
    scheduledEmails: 'edit',
    reports: 'read',
    wallet: 'edit',
  },
};

export const currentUsage = {
  currency: 'USD',
  timezone: 'America/Chicago',
  period: { start: '2026-11-01', end: '2026-11-30' },
  asOf: '2026-11-24T18:00:00Z',
  spent: 412350,
  projected: 515400,
  courtesyCredits: 5000,
  cap: { enabled: true, amount: 600000 },
  status: 'near_cap',
  campaignsPaused: false,
  daily: [{ date: '2026-11-01', amount: 13200 }],
};

export const contact = { id: 'u_12', name: 'Dana Whit', email: 'dana@firm.example', role: 'Office manager' };

export const preferences = {
  primaryContact: contact,
  billingMode: 'monthly_invoice',
  billingModeEditable: false,
  version: 3,
};

export const spendingCap = { enabled: true, amount: 600000, currency: 'USD', version: 1 };

export const alertSettings = {
  thresholdAlert: { enabled: true, percent: 80 },
  capReachedAlert: { enabled: true, locked: true },
  paymentFailedAlert: { enabled: true, locked: true },
  recipients: ['ops@firm.example'],
  primaryContactEmail: 'dana@firm.example',
  version: 2,
};

export const scheduledEmails = {
  enabled: true,
  frequency: 'weekly',
  recipients: ['cfo@firm.example'],
  primaryContactEmail: 'dana@firm.example',
  version: 1,
};

export const wallet = {
  currency: 'USD',
  balance: 84000,
  refillAmount: 200000,
  refillThreshold: 50000,
  lowBalanceAlert: 60000,
  estimatedDaysUntilRefill: 4,
  refillPending: false,
  version: 5,
};

export const walletTransaction = {
  id: 't_91',
  type: 'refill',
  date: '2026-11-20T15:04:00Z',
  amount: 200000,
  balanceAfter: 284000,
  note: 'Manual refill',
};

export const agent = { id: 'ag_1', name: 'Intake Agent' };

export const usageReport = {
  currency: 'USD',
  from: '2026-10-01',
  to: '2026-10-31',
  agentId: null,
  totals: { calls: 120, successfulCalls: 88, messages: 310, conversions: 9, selfHealing: 2, courtesyCredits: 0, cost: 18450 },
  rows: [
    {
      date: '2026-10-01',
      agentId: 'ag_1',
      agentName: 'Intake Agent',
      campaignId: 'c_7',
      campaignName: 'Spring intake',
      calls: 120,
      successfulCalls: 88,
      messages: 310,
      conversions: 9,
      selfHealing: 2,
      courtesyCredits: 0,
      cost: 18450,
    },
  ],
};

export const errorBody = {
  error: { code: 'validation_failed', message: 'Check the highlighted fields', fields: { 'recipients.2': 'Not an email address' } },
};
