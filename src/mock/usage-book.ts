import type { UsageReportRow } from '../api/schemas.js';
import type { Day } from '../core/calendar.js';
import type { Campaign } from './company.js';
import { usageRows } from './usage-generator.js';

interface DayFigures {
  readonly cost: number;
  readonly courtesyCredits: number;
}

const NOTHING: DayFigures = { cost: 0, courtesyCredits: 0 };

/**
 * The company's usage by day: the generator's figures, minus the days on which nothing ran
 * (before the company started, or while campaigns were paused at the cap), with any day's
 * cost overridden by a test or story that needs an exact figure.
 */
export class UsageBook {
  /** Days on which campaigns were paused (cap reached): no activity at all. */
  readonly pausedDays = new Set<Day>();
  /** Exact daily costs that replace the generated ones in `/usage/current` (not in reports). */
  readonly costOverrides = new Map<Day, number>();
  private readonly figures = new Map<Day, DayFigures>();

  constructor(
    readonly seed: number,
    readonly campaigns: readonly Campaign[],
    readonly currency: string,
    /** The first day with any activity; null when the history has no start. */
    readonly firstActiveDay: Day | null,
  ) {}

  /** Whether anything could have run on a day. */
  isActive(day: Day): boolean {
    if (this.firstActiveDay !== null && day < this.firstActiveDay) return false;
    return !this.pausedDays.has(day);
  }

  /** The report rows of a day, in report order. */
  rows(day: Day): UsageReportRow[] {
    return this.isActive(day) ? usageRows(this.seed, day, this.campaigns, this.currency) : [];
  }

  /** The day's cost as `/usage/current` and the wallet see it. */
  cost(day: Day): number {
    return this.costOverrides.get(day) ?? this.generated(day).cost;
  }

  /** The courtesy credits granted on a day. */
  courtesyCredits(day: Day): number {
    return this.generated(day).courtesyCredits;
  }

  // Sums are cached per day: a current-usage answer at high density adds thousands of rows.
  private generated(day: Day): DayFigures {
    if (!this.isActive(day)) return NOTHING;
    let figures = this.figures.get(day);
    if (figures === undefined) {
      let cost = 0;
      let courtesyCredits = 0;
      for (const row of usageRows(this.seed, day, this.campaigns, this.currency)) {
        cost += row.cost;
        courtesyCredits += row.courtesyCredits;
      }
      figures = { cost, courtesyCredits };
      this.figures.set(day, figures);
    }
    return figures;
  }
}
