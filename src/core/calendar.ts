import { dateTimeFormat } from './intl-formats.js';
import { err, ok, type Result } from './result.js';

/** A calendar day, `YYYY-MM-DD`, in the company's time zone. */
export type Day = string;
/** A calendar month, `YYYY-MM`. */
export type Month = string;
/** Why a from/to pair is not an acceptable report range. */
export type RangeErrorCode = 'invalid_from' | 'invalid_to' | 'reversed' | 'too_long';

const DAY_MS = 86_400_000;
const HOUR_MS = 3_600_000;
const DAY_PATTERN = /^(\d{4})-(\d{2})-(\d{2})$/;
const MONTH_PATTERN = /^(\d{4})-(\d{2})$/;
// The contract's instants always carry Z or an offset; without one, Date would read local time.
const INSTANT_PATTERN = /^(\d{4}-\d{2}-\d{2})T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,9})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/** Whether a year is a Gregorian leap year. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/** The number of days in a month (1–12) of a year. */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(year) || !Number.isInteger(month) || month < 1 || month > 12) {
    throw new RangeError(`No such month: ${String(year)}-${String(month)}`);
  }
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** Whether a string is exactly `YYYY-MM-DD` and names a real calendar date. */
export function isValidDay(s: string): boolean {
  return parseDay(s) !== undefined;
}

/** Whether a string is exactly `YYYY-MM` with a month 01–12. */
export function isValidMonth(s: string): boolean {
  return parseMonth(s) !== undefined;
}

/** The day n days after (or before, for negative n) a day. */
export function addDays(day: Day, n: number): Day {
  if (!Number.isInteger(n)) throw new RangeError(`Day offset must be an integer, got ${String(n)}`);
  return dayFromEpochDays(epochDays(day) + n);
}

/** Whole days from `from` to `to` (negative when `to` is earlier). */
export function daysBetween(from: Day, to: Day): number {
  return epochDays(to) - epochDays(from);
}

/** How many days a range covers counting both ends; 0 when `to` is before `from`. */
export function daysInRange(from: Day, to: Day): number {
  return Math.max(0, daysBetween(from, to) + 1);
}

/** Every day from `from` to `to`, both included; empty when `to` is before `from`. */
export function eachDay(from: Day, to: Day): Day[] {
  const start = epochDays(from);
  const end = epochDays(to);
  const days: Day[] = [];
  for (let d = start; d <= end; d++) days.push(dayFromEpochDays(d));
  return days;
}

/** The month a day belongs to. */
export function monthOf(day: Day): Month {
  const { year, month } = requireDay(day);
  return monthText(year, month);
}

/** The first and last day of a month. */
export function monthRange(month: Month): { from: Day; to: Day } {
  const { year, month: m } = requireMonth(month);
  return { from: dayText(year, m, 1), to: dayText(year, m, daysInMonth(year, m)) };
}

/** The month n months after (or before, for negative n) a month. */
export function addMonths(month: Month, n: number): Month {
  if (!Number.isInteger(n)) throw new RangeError(`Month offset must be an integer, got ${String(n)}`);
  const { year, month: m } = requireMonth(month);
  const index = year * 12 + (m - 1) + n;
  const newYear = Math.floor(index / 12);
  if (newYear < 0 || newYear > 9999) throw new RangeError(`Month out of range: ${month} + ${String(n)}`);
  return monthText(newYear, index - newYear * 12 + 1);
}

/** The last `count` months, the current one first, going back. */
export function recentMonths(current: Month, count: number): Month[] {
  requireMonth(current);
  const months: Month[] = [];
  for (let i = 0; i < count; i++) months.push(addMonths(current, -i));
  return months;
}

/** Today's date in a time zone. */
export function todayIn(timeZone: string, now: Date = new Date()): Day {
  return dayOfInstant(now, timeZone);
}

/** The calendar day in a time zone at which an instant (Date, or ISO 8601 with Z or an offset) falls. */
export function dayOfInstant(instant: Date | string, timeZone: string): Day {
  return localDay(instantMs(instant), timeZone);
}

/** The first instant of a day in a time zone (01:00 where a DST change skips midnight). */
export function startOfDay(day: Day, timeZone: string): Date {
  const midnightAsUtc = epochDays(day) * DAY_MS;
  // Searching for the first instant whose local day is `day` needs no assumption about where a
  // transition falls or how long it is (half-hour shifts, midnight gaps, Samoa's skipped day).
  // No zone is more than 16 h from UTC, so these bounds lie on either side of the answer.
  let before = Math.floor((midnightAsUtc - 18 * HOUR_MS) / 1000);
  let atOrAfter = Math.floor((midnightAsUtc + 18 * HOUR_MS) / 1000);
  while (atOrAfter - before > 1) {
    const mid = Math.floor((before + atOrAfter) / 2);
    if (localDay(mid * 1000, timeZone) >= day) atOrAfter = mid;
    else before = mid;
  }
  return new Date(atOrAfter * 1000);
}

/** The length of a day in a time zone, in hours: 24, or 23 / 25 on DST changes. */
export function hoursInDay(day: Day, timeZone: string): number {
  return (startOfDay(addDays(day, 1), timeZone).getTime() - startOfDay(day, timeZone).getTime()) / HOUR_MS;
}

/** A report range checked the contract's way: both ends counted, at most `maxDays` days. */
export function validateRange(
  from: string,
  to: string,
  maxDays = 366,
): Result<{ from: Day; to: Day; days: number }, RangeErrorCode> {
  if (!isValidDay(from)) return err('invalid_from');
  if (!isValidDay(to)) return err('invalid_to');
  const days = daysBetween(from, to) + 1;
  if (days < 1) return err('reversed');
  if (days > maxDays) return err('too_long');
  return ok({ from, to, days });
}

/** A calendar day formatted for a locale, never shifted by a time zone (default: medium date). */
export function formatDay(day: Day, locale: string, options?: Intl.DateTimeFormatOptions): string {
  // Noon UTC is the same calendar day in UTC, which is the zone the formatter is pinned to.
  const noon = epochDays(day) * DAY_MS + 12 * HOUR_MS;
  return dateTimeFormat(locale, { ...(options ?? { dateStyle: 'medium' }), timeZone: 'UTC' }).format(noon);
}

/** A range of calendar days as one phrase in a locale ("Nov 1 – 30, 2026"), each day as itself. */
export function formatDayRange(from: Day, to: Day, locale: string, options: Intl.DateTimeFormatOptions = { dateStyle: 'medium' }): string {
  const noon = (day: Day) => epochDays(day) * DAY_MS + 12 * HOUR_MS;
  return dateTimeFormat(locale, { ...options, timeZone: 'UTC' }).formatRange(noon(from), noon(to));
}

/** An instant formatted for a locale in a time zone (default: medium date, short time). */
export function formatInstant(
  instant: string | Date,
  locale: string,
  timeZone: string,
  options?: Intl.DateTimeFormatOptions,
): string {
  return dateTimeFormat(locale, {
    ...(options ?? { dateStyle: 'medium', timeStyle: 'short' }),
    timeZone,
  }).format(instantMs(instant));
}

interface CalendarDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

function parseDay(s: string): CalendarDate | undefined {
  const match = DAY_PATTERN.exec(s);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  const day = Number(match[3]);
  if (month < 1 || month > 12 || day < 1 || day > daysInMonth(year, month)) return undefined;
  return { year, month, day };
}

function parseMonth(s: string): { year: number; month: number } | undefined {
  const match = MONTH_PATTERN.exec(s);
  if (match === null) return undefined;
  const year = Number(match[1]);
  const month = Number(match[2]);
  return month >= 1 && month <= 12 ? { year, month } : undefined;
}

function requireDay(day: Day): CalendarDate {
  const parsed = parseDay(day);
  if (parsed === undefined) throw new RangeError(`Not a YYYY-MM-DD calendar day: ${JSON.stringify(day)}`);
  return parsed;
}

function requireMonth(month: Month): { year: number; month: number } {
  const parsed = parseMonth(month);
  if (parsed === undefined) throw new RangeError(`Not a YYYY-MM month: ${JSON.stringify(month)}`);
  return parsed;
}

// Day arithmetic on integers (H. Hinnant's civil-day algorithms) sidesteps Date's local-time
// and two-digit-year quirks entirely.
function epochDays(day: Day): number {
  const { year, month, day: d } = requireDay(day);
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + d - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146_097 + dayOfEra - 719_468;
}

function dayFromEpochDays(epochDay: number): Day {
  const z = epochDay + 719_468;
  const era = Math.floor(z / 146_097);
  const dayOfEra = z - era * 146_097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36_524) - Math.floor(dayOfEra / 146_096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0);
  if (year < 0 || year > 9999) throw new RangeError(`Day out of the YYYY range: year ${String(year)}`);
  return dayText(year, month, day);
}

function dayText(year: number, month: number, day: number): Day {
  return `${monthText(year, month)}-${String(day).padStart(2, '0')}`;
}

function monthText(year: number, month: number): Month {
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
}

// Instants before year 1 would come back from Intl as era years ("1" for 1 BC) and read wrong.
const MIN_INSTANT_MS = -62_135_596_800_000 + DAY_MS; // 0001-01-02T00:00Z
const MAX_INSTANT_MS = 253_402_300_800_000 - DAY_MS; // 9999-12-31T00:00Z

function instantMs(instant: Date | string): number {
  let ms: number;
  if (typeof instant === 'string') {
    const match = INSTANT_PATTERN.exec(instant);
    ms = match !== null && isValidDay(match[1] ?? '') ? Date.parse(instant) : Number.NaN;
  } else {
    ms = instant.getTime();
  }
  if (!(ms >= MIN_INSTANT_MS && ms <= MAX_INSTANT_MS)) {
    throw new RangeError(`Not an ISO 8601 instant with Z or an offset: ${String(instant)}`);
  }
  return ms;
}

const dayFormatters = new Map<string, Intl.DateTimeFormat>();

function localDay(ms: number, timeZone: string): Day {
  let formatter = dayFormatters.get(timeZone);
  if (formatter === undefined) {
    // Parts from a pinned calendar and digits: a locale's formatted string is not a stable format.
    formatter = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      calendar: 'gregory',
      numberingSystem: 'latn',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    dayFormatters.set(timeZone, formatter);
  }
  const parts = formatter.formatToParts(ms);
  const part = (type: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === type)?.value ?? '';
  return `${part('year').padStart(4, '0')}-${part('month')}-${part('day')}`;
}

