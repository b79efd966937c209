import type { Agent, UsageReport } from '../../api/schemas.js';
import { formatDay } from '../../core/calendar.js';
import { dateTimeFormat, numberFormat } from '../../core/intl-formats.js';
import { minorToDecimalString, minorUnitDigits } from '../../core/money.js';

/** Counts, money and percentages of one report, from kept `Intl` formatters. */
export interface NumberFormats {
  /** A count in the locale's digits and separators (as `formatNumber`). */
  count(value: number): string;
  /** Minor units as money in the report's currency, with its ISO digits (as `formatMoney`). */
  money(minor: number): string;
  /** A 0–100 percentage with one decimal. */
  percent(value: number): string;
}

/** Calendar days and months of one locale, never shifted by a time zone. */
export interface CalendarFormats {
  /** A day, medium style (as `formatDay`). */
  day(day: string): string;
  /** A month (`YYYY-MM`) as "November 2026". */
  month(month: string): string;
  /** Two days as one phrase ("Sep 15 – Nov 14, 2026"). */
  range(from: string, to: string): string;
}

// A calendar day is formatted at noon UTC by a formatter pinned to UTC: the same day everywhere.
function noonUtc(day: string): number {
  const [year = 1970, month = 1, date = 1] = day.split('-').map(Number);
  return Date.UTC(year, month - 1, date, 12);
}

/**
 * Number formatters of a locale and currency, as plain functions for a table's cells: the same
 * text as `formatMoney`, `formatNumber` and `formatPercent` of `core/money.ts`, without their
 * per-call look-up of a kept formatter.
 */
export function numberFormats(locale: string, currency: string): NumberFormats {
  const digits = minorUnitDigits(currency);
  const counts = numberFormat(locale);
  const money = numberFormat(locale, { style: 'currency', currency, minimumFractionDigits: digits, maximumFractionDigits: digits });
  const percent = numberFormat(locale, { style: 'percent', minimumFractionDigits: 1, maximumFractionDigits: 1 });
  return {
    count: (value) => counts.format(value),
    // A decimal string is formatted exactly; a Number above 2^53 / 10^digits would not be.
    money: (minor) => money.format(minorToDecimalString(minor, currency) as `${number}`),
    percent: (value) => percent.format(value / 100),
  };
}

/** Calendar formatters of a locale; days are remembered, as a report repeats them. */
export function calendarFormats(locale: string): CalendarFormats {
  const days = new Map<string, string>();
  const months = dateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: 'UTC' });
  const ranges = dateTimeFormat(locale, { dateStyle: 'medium', timeZone: 'UTC' });
  return {
    day: (day) => {
      let text = days.get(day);
      if (text === undefined) {
        text = formatDay(day, locale);
        days.set(day, text);
      }
      return text;
    },
    month: (month) => months.format(noonUtc(`${month}-01`)),
    range: (from, to) => ranges.formatRange(noonUtc(from), noonUtc(to)),
  };
}

/** An agent's name: from the agent list, else from the report's rows, else its id. */
export function agentName(agentId: string, agents: readonly Agent[], report: UsageReport): string {
  return agents.find((agent) => agent.id === agentId)?.name ?? report.rows.find((row) => row.agentId === agentId)?.agentName ?? agentId;
}
