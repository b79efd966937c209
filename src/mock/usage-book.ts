import type { UsageReportRow } from '../api/schemas.js';
import type { Day } from '../core/calendar.js';
import type { Campaign } from './company.js';
import { usageRows } from './usage-generator.js';

/** One agent's share of a day: what the wallet debits for it. */
export interface AgentDay {
  readonly agentId: string;
  readonly agentName: string;
  readonly cost: number;
}

interface DayFigures {
  readonly rows: readonly UsageReportRow[];
  readonly cost: number;
  readonly courtesyCredits: number;
}

const NOTHING: DayFigures = { rows: [], cost: 0, courtesyCredits: 0 };

/**
 * The company's usage events, day × agent × campaign: the one ledger that `/usage/current`,
 * `/reports/usage` and the wallet's usage debits are all read from, so their figures add up.
 * A day is the generator's rows, none on days nothing ran (before the company started, or
 * while campaigns were paused at the cap), and rows scaled to an exact total where a test or
 * story pins a day's cost. `version` moves with every change, for readers that keep sums.
 */
export class UsageBook {
  private readonly paused = new Set<Day>();
  private readonly costOverrides = new Map<Day, number>();
  private readonly days = new Map<Day, DayFigures>();
  private changes = 0;

  constructor(
    readonly seed: number,
    readonly campaigns: readonly Campaign[],
    readonly currency: string,
    /** The first day with any activity; null when the history has no start. */
    readonly firstActiveDay: Day | null,
  ) {}

  /** Counts changes (pauses, pinned costs): a reader's sums are good while it stays the same. */
  get version(): number {
    return this.changes;
  }

  /** Whether anything could have run on a day. */
  isActive(day: Day): boolean {
    if (this.firstActiveDay !== null && day < this.firstActiveDay) return false;
    return !this.paused.has(day);
  }

  /** Campaigns were paused on this day (cap reached): nothing runs. */
  pause(day: Day): void {
    this.paused.add(day);
    this.changed(day);
  }

  /** Pins a day's total cost; its rows are scaled to add up to it exactly. */
  pinCost(day: Day, amount: number): void {
    this.costOverrides.set(day, amount);
    this.changed(day);
  }

  /** The report rows of a day, in report order. */
  rows(day: Day): readonly UsageReportRow[] {
    return this.figures(day).rows;
  }

  /** The day's cost: the sum of its rows. */
  cost(day: Day): number {
    return this.figures(day).cost;
  }

  /** The courtesy credits granted on a day: the sum of its rows'. */
  courtesyCredits(day: Day): number {
    return this.figures(day).courtesyCredits;
  }

  /** Each agent's cost on a day, agents in report order, those with none left out. */
  agentCosts(day: Day): AgentDay[] {
    const byAgent = new Map<string, AgentDay>();
    for (const row of this.rows(day)) {
      const known = byAgent.get(row.agentId);
      byAgent.set(row.agentId, { agentId: row.agentId, agentName: row.agentName, cost: (known?.cost ?? 0) + row.cost });
    }
    return [...byAgent.values()].filter((agent) => agent.cost > 0);
  }

  private changed(day: Day): void {
    this.days.delete(day);
    this.changes += 1;
  }

  // Kept per day: a current-usage answer at high density adds thousands of rows, and the
  // wallet's history reads every day it reaches back to.
  private figures(day: Day): DayFigures {
    const pinned = this.costOverrides.get(day);
    // A pinned cost stands even on a day nothing would have run: the pin says it did.
    if (pinned === undefined && !this.isActive(day)) return NOTHING;
    let figures = this.days.get(day);
    if (figures === undefined) {
      const generated = this.isActive(day) ? usageRows(this.seed, day, this.campaigns, this.currency) : [];
      const rows = pinned === undefined ? generated : rowsCosting(generated, pinned, day, this.campaigns[0]);
      figures = {
        rows,
        cost: rows.reduce((sum, row) => sum + row.cost, 0),
        courtesyCredits: rows.reduce((sum, row) => sum + row.courtesyCredits, 0),
      };
      this.days.set(day, figures);
    }
    return figures;
  }
}

/**
 * Rows whose costs add up to exactly `total`, in the generated rows' proportions (remainders
 * handed out from the first row); a day that had none gets one row of the first campaign.
 */
export function rowsCosting(rows: readonly UsageReportRow[], total: number, day: Day, campaign: Campaign | undefined): UsageReportRow[] {
  if (total === 0) return [];
  const generated = rows.reduce((sum, row) => sum + BigInt(row.cost), 0n);
  if (generated === 0n) {
    if (campaign === undefined) return [];
    const row: UsageReportRow = {
      date: day,
      agentId: campaign.agentId,
      agentName: campaign.agentName,
      campaignId: campaign.id,
      campaignName: campaign.name,
      calls: 1,
      successfulCalls: 1,
      messages: 0,
      conversions: 0,
      selfHealing: 0,
      courtesyCredits: 0,
      cost: total,
    };
    return [row];
  }
  // BigInt: a pinned total near 2^53 times a row's cost would lose digits as a float.
  const target = BigInt(total);
  const shares = rows.map((row) => (BigInt(row.cost) * target) / generated);
  let remainder = target - shares.reduce((sum, share) => sum + share, 0n);
  for (let i = 0; remainder > 0n; i = (i + 1) % shares.length) {
    shares[i] = (shares[i] ?? 0n) + 1n;
    remainder -= 1n;
  }
  return rows.map((row, i) => ({ ...row, cost: Number(shares[i] ?? 0n) }));
}
