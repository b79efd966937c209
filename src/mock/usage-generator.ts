import type { UsageReportRow } from '../api/schemas.js';
import { daysBetween, type Day } from '../core/calendar.js';
import type { Campaign } from './company.js';
import { fromUsdCents } from './money-scale.js';
import { randomFor } from './prng.js';

// Prices in US cents, scaled to the company's currency per row, so rows and totals stay integers.
const CENTS_PER_CALL = 85;
const CENTS_PER_MESSAGE = 6;
const CENTS_PER_SELF_HEALING = 40;
const WEEKEND_SHARE = 0.35;
const COURTESY_CHANCE = 0.01;

const EPOCH_THURSDAY: Day = '1970-01-01';

function isWeekend(day: Day): boolean {
  // 1970-01-01 was a Thursday: offset 2 and 3 from it are Saturday and Sunday.
  const weekday = (((daysBetween(EPOCH_THURSDAY, day) % 7) + 7) % 7 + 4) % 7;
  return weekday === 0 || weekday === 6;
}

/**
 * One campaign's activity on one day, or null when it had none: a pure function of the seed,
 * the day and the campaign, so any day of any month can be generated lazily and alike twice.
 */
export function usageRow(seed: number, day: Day, campaign: Campaign, currency: string): UsageReportRow | null {
  const month = Number(day.slice(5, 7));
  if (campaign.months !== null && !campaign.months.includes(month)) return null;
  const random = randomFor(seed, day, campaign.id);
  const weekend = isWeekend(day);
  const chance = campaign.activity * (weekend ? WEEKEND_SHARE : 1);
  if (random() >= chance) return null;

  const calls = Math.max(1, Math.round(campaign.volume * (weekend ? 0.4 : 1) * (0.6 + random() * 0.8)));
  const successfulCalls = Math.floor(calls * (0.55 + random() * 0.3));
  const messages = Math.round(calls * (0.8 + random() * 2));
  const conversions = Math.floor(successfulCalls * random() * 0.18);
  const selfHealing = random() < 0.15 ? 1 + Math.floor(random() * 3) : 0;
  const courtesyCents = random() < COURTESY_CHANCE ? 500 + 250 * Math.floor(random() * 7) : 0;
  const costCents = calls * CENTS_PER_CALL + messages * CENTS_PER_MESSAGE + selfHealing * CENTS_PER_SELF_HEALING;

  return {
    date: day,
    agentId: campaign.agentId,
    agentName: campaign.agentName,
    campaignId: campaign.id,
    campaignName: campaign.name,
    calls,
    successfulCalls,
    messages,
    conversions,
    selfHealing,
    courtesyCredits: fromUsdCents(courtesyCents, currency),
    cost: fromUsdCents(costCents, currency),
  };
}

/** Every campaign's row for a day with activity, in report order (the campaigns' order). */
export function usageRows(seed: number, day: Day, campaigns: readonly Campaign[], currency: string): UsageReportRow[] {
  const rows: UsageReportRow[] = [];
  for (const campaign of campaigns) {
    const row = usageRow(seed, day, campaign, currency);
    if (row !== null) rows.push(row);
  }
  return rows;
}
