/** The named states a mock backend can start in. */
export const SCENARIOS = [
  'healthy',
  'near_cap',
  'cap_reached',
  'no_cap',
  'wallet_low',
  'refill_pending',
  'invoice_mode',
  'read_only',
  'empty',
  'wallet_hidden',
] as const;

export type ScenarioName = (typeof SCENARIOS)[number];

/** One line per scenario, for pickers in the demo and in stories. */
export const SCENARIO_DESCRIPTIONS: Readonly<Record<ScenarioName, string>> = {
  healthy: 'Refillable wallet, spend well within the monthly cap, an admin signed in',
  near_cap: 'Spend past 80 % of the cap, projected to cross it this month',
  cap_reached: 'Spend at the cap since yesterday; campaigns are paused',
  no_cap: 'No monthly spending cap',
  wallet_low: 'Wallet balance below the low-balance alert, above the refill threshold',
  refill_pending: 'Wallet balance at or below the refill threshold; a refill is queued',
  invoice_mode: 'Billed by monthly invoice: no wallet, and the mode cannot be changed',
  read_only: 'A member who may read every section and change none',
  empty: 'A new company: no usage, no transactions, one contact, no primary contact, no recipients',
  wallet_hidden: 'A manager whose role hides the wallet (the company has one)',
};

export function isScenarioName(name: string): name is ScenarioName {
  return (SCENARIOS as readonly string[]).includes(name);
}
