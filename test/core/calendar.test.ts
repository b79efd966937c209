import { expect } from '@open-wc/testing';
import {
  addDays,
  addMonths,
  dayOfInstant,
  daysBetween,
  daysInMonth,
  daysInRange,
  eachDay,
  formatDay,
  formatDayRange,
  formatInstant,
  hoursInDay,
  isLeapYear,
  isValidDay,
  isValidMonth,
  monthOf,
  monthRange,
  recentMonths,
  startOfDay,
  todayIn,
  validateRange,
  type RangeErrorCode,
} from '../../src/core/calendar.js';

const spaces = (s: string): string => s.replace(/[\u00a0\u202f]/g, ' ');

describe('calendar: isValidDay', () => {
  const cases: { input: string; expected: boolean }[] = [
    { input: '2026-01-01', expected: true },
    { input: '2026-12-31', expected: true },
    { input: '2024-02-29', expected: true },
    { input: '2028-02-29', expected: true },
    { input: '2000-02-29', expected: true },
    { input: '2026-02-29', expected: false },
    { input: '1900-02-29', expected: false },
    { input: '2026-02-28', expected: true },
    { input: '2026-04-30', expected: true },
    { input: '2026-04-31', expected: false },
    { input: '2026-13-01', expected: false },
    { input: '2026-00-10', expected: false },
    { input: '2026-01-00', expected: false },
    { input: '2026-01-32', expected: false },
    { input: ' 2026-01-01', expected: false },
    { input: '2026-01-01 ', expected: false },
    { input: '2026-1-01', expected: false },
    { input: '2026-01-01T00:00:00Z', expected: false },
    { input: '20260101', expected: false },
    { input: '', expected: false },
    { input: '２０２６-01-01', expected: false },
  ];
  for (const c of cases) {
    it(`${JSON.stringify(c.input)} is ${c.expected ? 'valid' : 'invalid'}`, () => {
      expect(isValidDay(c.input)).to.equal(c.expected);
    });
  }
});

describe('calendar: isValidMonth', () => {
  const cases: { input: string; expected: boolean }[] = [
    { input: '2026-01', expected: true },
    { input: '2026-12', expected: true },
    { input: '2026-00', expected: false },
    { input: '2026-13', expected: false },
    { input: '2026-1', expected: false },
    { input: '2026-01-01', expected: false },
    { input: ' 2026-01', expected: false },
    { input: '', expected: false },
  ];
  for (const c of cases) {
    it(`${JSON.stringify(c.input)} is ${c.expected ? 'valid' : 'invalid'}`, () => {
      expect(isValidMonth(c.input)).to.equal(c.expected);
    });
  }
});

describe('calendar: isLeapYear and daysInMonth', () => {
  const leapCases: { year: number; expected: boolean }[] = [
    { year: 2024, expected: true },
    { year: 2028, expected: true },
    { year: 2026, expected: false },
    { year: 2000, expected: true },
    { year: 1900, expected: false },
    { year: 2100, expected: false },
  ];
  for (const c of leapCases) {
    it(`${c.year} is ${c.expected ? '' : 'not '}a leap year`, () => {
      expect(isLeapYear(c.year)).to.equal(c.expected);
    });
  }

  const monthCases: { year: number; month: number; expected: number }[] = [
    { year: 2026, month: 1, expected: 31 },
    { year: 2026, month: 2, expected: 28 },
    { year: 2024, month: 2, expected: 29 },
    { year: 2026, month: 4, expected: 30 },
    { year: 2026, month: 6, expected: 30 },
    { year: 2026, month: 9, expected: 30 },
    { year: 2026, month: 11, expected: 30 },
    { year: 2026, month: 12, expected: 31 },
  ];
  for (const c of monthCases) {
    it(`${c.year}-${c.month} has ${c.expected} days`, () => {
      expect(daysInMonth(c.year, c.month)).to.equal(c.expected);
    });
  }

  for (const month of [0, 13, 1.5]) {
    it(`daysInMonth throws RangeError for month ${month}`, () => {
      expect(() => daysInMonth(2026, month)).to.throw(RangeError);
    });
  }
});

describe('calendar: addDays', () => {
  const cases: { day: string; n: number; expected: string }[] = [
    { day: '2026-01-31', n: 1, expected: '2026-02-01' },
    { day: '2026-02-28', n: 1, expected: '2026-03-01' },
    { day: '2024-02-28', n: 1, expected: '2024-02-29' },
    { day: '2024-02-29', n: 1, expected: '2024-03-01' },
    { day: '2026-12-31', n: 1, expected: '2027-01-01' },
    { day: '2027-01-01', n: -1, expected: '2026-12-31' },
    { day: '2026-03-01', n: -1, expected: '2026-02-28' },
    { day: '2026-11-24', n: 0, expected: '2026-11-24' },
    { day: '2024-01-01', n: 365, expected: '2024-12-31' },
    { day: '2026-01-01', n: 365, expected: '2027-01-01' },
    { day: '1970-01-01', n: -1, expected: '1969-12-31' },
    { day: '2000-01-01', n: 36524, expected: '2099-12-31' },
    { day: '0001-01-01', n: 0, expected: '0001-01-01' },
  ];
  for (const c of cases) {
    it(`${c.day} ${c.n >= 0 ? '+' : ''}${c.n} → ${c.expected}`, () => {
      expect(addDays(c.day, c.n)).to.equal(c.expected);
    });
  }

  const rejected: { day: string; n: number }[] = [
    { day: '2026-02-29', n: 1 },
    { day: 'soon', n: 1 },
    { day: '2026-01-01', n: 0.5 },
    { day: '9999-12-31', n: 1 },
  ];
  for (const c of rejected) {
    it(`throws RangeError for ${c.day} + ${c.n}`, () => {
      expect(() => addDays(c.day, c.n)).to.throw(RangeError);
    });
  }
});

describe('calendar: daysBetween, daysInRange, eachDay', () => {
  const cases: { from: string; to: string; between: number; inRange: number }[] = [
    { from: '2026-11-01', to: '2026-11-01', between: 0, inRange: 1 },
    { from: '2026-11-01', to: '2026-11-30', between: 29, inRange: 30 },
    { from: '2026-02-01', to: '2026-03-01', between: 28, inRange: 29 },
    { from: '2024-02-01', to: '2024-03-01', between: 29, inRange: 30 },
    { from: '2024-01-01', to: '2024-12-31', between: 365, inRange: 366 },
    { from: '2026-03-01', to: '2026-03-31', between: 30, inRange: 31 },
    { from: '2026-12-30', to: '2027-01-02', between: 3, inRange: 4 },
    { from: '2026-11-30', to: '2026-11-01', between: -29, inRange: 0 },
  ];
  for (const c of cases) {
    it(`${c.from}..${c.to}: ${c.between} between, ${c.inRange} in range`, () => {
      expect(daysBetween(c.from, c.to)).to.equal(c.between);
      expect(daysInRange(c.from, c.to)).to.equal(c.inRange);
      const days = eachDay(c.from, c.to);
      expect(days).to.have.length(c.inRange);
      if (days.length > 0) {
        expect(days[0]).to.equal(c.from);
        expect(days.at(-1)).to.equal(c.to);
      }
    });
  }

  it('eachDay across a month and year end lists every day in order', () => {
    expect(eachDay('2026-12-30', '2027-01-02')).to.deep.equal(['2026-12-30', '2026-12-31', '2027-01-01', '2027-01-02']);
  });

  it('eachDay over a DST change still lists each day once', () => {
    expect(eachDay('2026-03-07', '2026-03-09')).to.deep.equal(['2026-03-07', '2026-03-08', '2026-03-09']);
  });

  it('daysBetween throws RangeError for an invalid day', () => {
    expect(() => daysBetween('2026-02-30', '2026-03-01')).to.throw(RangeError);
  });
});

describe('calendar: months', () => {
  const monthOfCases: { day: string; expected: string }[] = [
    { day: '2026-11-24', expected: '2026-11' },
    { day: '2024-02-29', expected: '2024-02' },
    { day: '2026-01-01', expected: '2026-01' },
  ];
  for (const c of monthOfCases) {
    it(`monthOf ${c.day} → ${c.expected}`, () => {
      expect(monthOf(c.day)).to.equal(c.expected);
    });
  }

  const rangeCases: { month: string; from: string; to: string }[] = [
    { month: '2026-11', from: '2026-11-01', to: '2026-11-30' },
    { month: '2026-02', from: '2026-02-01', to: '2026-02-28' },
    { month: '2024-02', from: '2024-02-01', to: '2024-02-29' },
    { month: '2026-12', from: '2026-12-01', to: '2026-12-31' },
  ];
  for (const c of rangeCases) {
    it(`monthRange ${c.month} → ${c.from}..${c.to}`, () => {
      expect(monthRange(c.month)).to.deep.equal({ from: c.from, to: c.to });
    });
  }

  const addCases: { month: string; n: number; expected: string }[] = [
    { month: '2026-11', n: 1, expected: '2026-12' },
    { month: '2026-12', n: 1, expected: '2027-01' },
    { month: '2026-01', n: -1, expected: '2025-12' },
    { month: '2026-11', n: 0, expected: '2026-11' },
    { month: '2026-11', n: -23, expected: '2024-12' },
    { month: '2026-11', n: 14, expected: '2028-01' },
    { month: '2026-11', n: -11, expected: '2025-12' },
    { month: '2026-11', n: -12, expected: '2025-11' },
  ];
  for (const c of addCases) {
    it(`addMonths ${c.month} ${c.n >= 0 ? '+' : ''}${c.n} → ${c.expected}`, () => {
      expect(addMonths(c.month, c.n)).to.equal(c.expected);
    });
  }

  const recentCases: { current: string; count: number; expected: string[] }[] = [
    { current: '2026-02', count: 4, expected: ['2026-02', '2026-01', '2025-12', '2025-11'] },
    { current: '2026-11', count: 1, expected: ['2026-11'] },
    { current: '2026-11', count: 0, expected: [] },
  ];
  for (const c of recentCases) {
    it(`recentMonths ${c.current} × ${c.count}`, () => {
      expect(recentMonths(c.current, c.count)).to.deep.equal(c.expected);
    });
  }

  const rejected: { name: string; call: () => unknown }[] = [
    { name: "monthOf('2026-02-30')", call: () => monthOf('2026-02-30') },
    { name: "monthRange('2026-13')", call: () => monthRange('2026-13') },
    { name: "addMonths('2026-1', 1)", call: () => addMonths('2026-1', 1) },
    { name: "addMonths('2026-01', 0.5)", call: () => addMonths('2026-01', 0.5) },
    { name: "recentMonths('nope', 3)", call: () => recentMonths('nope', 3) },
  ];
  for (const c of rejected) {
    it(`${c.name} throws RangeError`, () => {
      expect(c.call).to.throw(RangeError);
    });
  }
});

describe('calendar: todayIn and dayOfInstant', () => {
  const cases: { instant: string; timeZone: string; expected: string }[] = [
    { instant: '2026-11-25T03:00:00Z', timeZone: 'America/Chicago', expected: '2026-11-24' },
    { instant: '2026-11-25T06:00:00Z', timeZone: 'America/Chicago', expected: '2026-11-25' },
    { instant: '2026-11-25T03:00:00Z', timeZone: 'UTC', expected: '2026-11-25' },
    { instant: '2026-11-24T23:30:00Z', timeZone: 'Europe/Berlin', expected: '2026-11-25' },
    { instant: '2026-11-24T15:00:00Z', timeZone: 'Asia/Tokyo', expected: '2026-11-25' },
    { instant: '2026-11-24T18:29:59Z', timeZone: 'Asia/Kolkata', expected: '2026-11-24' },
    { instant: '2026-11-24T18:30:00Z', timeZone: 'Asia/Kolkata', expected: '2026-11-25' },
    { instant: '2026-11-20T15:04:00+01:00', timeZone: 'America/Chicago', expected: '2026-11-20' },
    { instant: '2026-11-20T00:30:00+01:00', timeZone: 'UTC', expected: '2026-11-19' },
    { instant: '2026-12-31T23:00:00-02:00', timeZone: 'Pacific/Kiritimati', expected: '2027-01-01' },
    { instant: '2026-03-08T07:59:59.999Z', timeZone: 'America/Chicago', expected: '2026-03-08' },
  ];
  for (const c of cases) {
    it(`${c.instant} is ${c.expected} in ${c.timeZone}`, () => {
      expect(dayOfInstant(c.instant, c.timeZone)).to.equal(c.expected);
      expect(todayIn(c.timeZone, new Date(c.instant))).to.equal(c.expected);
    });
  }

  it('todayIn defaults to now', () => {
    const before = dayOfInstant(new Date(), 'UTC');
    const today = todayIn('UTC');
    const after = dayOfInstant(new Date(), 'UTC');
    expect([before, after]).to.include(today);
    expect(isValidDay(today)).to.equal(true);
  });

  const rejected: { instant: string | Date; timeZone: string }[] = [
    { instant: '2026-11-25T03:00:00', timeZone: 'UTC' },
    { instant: '2026-11-25', timeZone: 'UTC' },
    { instant: 'Nov 25 2026', timeZone: 'UTC' },
    { instant: '2026-02-30T03:00:00Z', timeZone: 'UTC' },
    { instant: new Date(Number.NaN), timeZone: 'UTC' },
    { instant: '2026-11-25T03:00:00Z', timeZone: 'Mars/Olympus_Mons' },
  ];
  for (const c of rejected) {
    it(`throws RangeError for ${String(c.instant)} in ${c.timeZone}`, () => {
      expect(() => dayOfInstant(c.instant, c.timeZone)).to.throw(RangeError);
    });
  }
});

describe('calendar: startOfDay and hoursInDay', () => {
  const cases: { day: string; timeZone: string; start: string; hours: number }[] = [
    { day: '2026-11-24', timeZone: 'America/Chicago', start: '2026-11-24T06:00:00.000Z', hours: 24 },
    { day: '2026-03-08', timeZone: 'America/Chicago', start: '2026-03-08T06:00:00.000Z', hours: 23 },
    { day: '2026-03-09', timeZone: 'America/Chicago', start: '2026-03-09T05:00:00.000Z', hours: 24 },
    { day: '2026-11-01', timeZone: 'America/Chicago', start: '2026-11-01T05:00:00.000Z', hours: 25 },
    { day: '2026-03-29', timeZone: 'Europe/Berlin', start: '2026-03-28T23:00:00.000Z', hours: 23 },
    { day: '2026-10-25', timeZone: 'Europe/Berlin', start: '2026-10-24T22:00:00.000Z', hours: 25 },
    { day: '2026-07-01', timeZone: 'Europe/Berlin', start: '2026-06-30T22:00:00.000Z', hours: 24 },
    { day: '2026-11-24', timeZone: 'UTC', start: '2026-11-24T00:00:00.000Z', hours: 24 },
    { day: '2026-11-24', timeZone: 'Asia/Kolkata', start: '2026-11-23T18:30:00.000Z', hours: 24 },
    // DST starts at midnight here, so the day begins at 01:00 local.
    { day: '2026-09-06', timeZone: 'America/Santiago', start: '2026-09-06T04:00:00.000Z', hours: 23 },
    { day: '2026-04-04', timeZone: 'America/Santiago', start: '2026-04-04T03:00:00.000Z', hours: 25 },
    { day: '2026-03-08', timeZone: 'America/Havana', start: '2026-03-08T05:00:00.000Z', hours: 23 },
    // Half-hour DST shifts.
    { day: '2026-10-04', timeZone: 'Australia/Lord_Howe', start: '2026-10-03T13:30:00.000Z', hours: 23.5 },
    { day: '2026-04-05', timeZone: 'Australia/Lord_Howe', start: '2026-04-04T13:00:00.000Z', hours: 24.5 },
    // Samoa skipped 2011-12-30 when it crossed the date line: the day has no instants.
    { day: '2011-12-30', timeZone: 'Pacific/Apia', start: '2011-12-30T10:00:00.000Z', hours: 0 },
  ];
  for (const c of cases) {
    it(`${c.day} in ${c.timeZone} starts ${c.start} and lasts ${c.hours} h`, () => {
      const start = startOfDay(c.day, c.timeZone);
      expect(start.toISOString()).to.equal(c.start);
      expect(hoursInDay(c.day, c.timeZone)).to.equal(c.hours);
      if (c.hours > 0) {
        expect(dayOfInstant(start, c.timeZone)).to.equal(c.day);
        expect(dayOfInstant(new Date(start.getTime() - 1000), c.timeZone)).to.equal(addDays(c.day, -1));
      }
    });
  }

  it('throws RangeError for an invalid day', () => {
    expect(() => startOfDay('2026-02-29', 'UTC')).to.throw(RangeError);
  });
});

describe('calendar: validateRange', () => {
  type Expected = { days: number } | { error: RangeErrorCode };
  const cases: { from: string; to: string; maxDays?: number; expected: Expected }[] = [
    { from: '2026-11-01', to: '2026-11-01', expected: { days: 1 } },
    { from: '2026-10-01', to: '2026-10-31', expected: { days: 31 } },
    { from: '2024-01-01', to: '2024-12-31', expected: { days: 366 } },
    { from: '2025-01-01', to: '2026-01-01', expected: { days: 366 } },
    { from: '2025-01-01', to: '2026-01-02', expected: { error: 'too_long' } },
    { from: '2026-11-02', to: '2026-11-01', expected: { error: 'reversed' } },
    { from: '2026-02-29', to: '2026-03-01', expected: { error: 'invalid_from' } },
    { from: '2026-03-01', to: '2026-02-29', expected: { error: 'invalid_to' } },
    { from: 'bad', to: 'worse', expected: { error: 'invalid_from' } },
    { from: '', to: '2026-03-01', expected: { error: 'invalid_from' } },
    { from: '2026-01-01', to: ' 2026-01-02', expected: { error: 'invalid_to' } },
    { from: '2026-11-01', to: '2026-11-07', maxDays: 7, expected: { days: 7 } },
    { from: '2026-11-01', to: '2026-11-08', maxDays: 7, expected: { error: 'too_long' } },
  ];
  for (const c of cases) {
    const outcome = 'days' in c.expected ? `${c.expected.days} days` : c.expected.error;
    it(`${JSON.stringify(c.from)}..${JSON.stringify(c.to)}${c.maxDays === undefined ? '' : ` max ${c.maxDays}`} → ${outcome}`, () => {
      const result = validateRange(c.from, c.to, c.maxDays);
      if ('days' in c.expected) {
        expect(result).to.deep.equal({ ok: true, value: { from: c.from, to: c.to, days: c.expected.days } });
      } else {
        expect(result).to.deep.equal({ ok: false, error: c.expected.error });
      }
    });
  }
});

describe('calendar: formatDay and formatInstant', () => {
  const dayCases: { day: string; locale: string; options?: Intl.DateTimeFormatOptions; expected: string }[] = [
    { day: '2026-11-24', locale: 'en-US', expected: 'Nov 24, 2026' },
    { day: '2026-11-24', locale: 'de-DE', options: { dateStyle: 'long' }, expected: '24. November 2026' },
    { day: '2026-01-01', locale: 'en-US', options: { month: 'short', day: 'numeric' }, expected: 'Jan 1' },
    { day: '2024-02-29', locale: 'en-US', options: { year: 'numeric', month: '2-digit', day: '2-digit' }, expected: '02/29/2024' },
    // A caller's time zone must not move the calendar day.
    { day: '2026-11-24', locale: 'en-US', options: { dateStyle: 'medium', timeZone: 'Pacific/Kiritimati' }, expected: 'Nov 24, 2026' },
    { day: '2026-11-24', locale: 'en-US', options: { dateStyle: 'medium', timeZone: 'Etc/GMT+12' }, expected: 'Nov 24, 2026' },
    { day: '2026-11-24', locale: 'not a locale!', expected: 'Nov 24, 2026' },
  ];
  for (const c of dayCases) {
    it(`formatDay ${c.day} ${c.locale} ${JSON.stringify(c.options ?? {})} → ${c.expected}`, () => {
      expect(spaces(formatDay(c.day, c.locale, c.options))).to.equal(c.expected);
    });
  }

  it('formatDay throws RangeError for an invalid day', () => {
    expect(() => formatDay('2026-02-29', 'en-US')).to.throw(RangeError);
  });

  const instantCases: { instant: string; locale: string; timeZone: string; options?: Intl.DateTimeFormatOptions; expected: string }[] = [
    { instant: '2026-11-20T15:04:00+01:00', locale: 'en-US', timeZone: 'America/Chicago', expected: 'Nov 20, 2026, 8:04 AM' },
    { instant: '2026-11-20T15:04:00Z', locale: 'de-DE', timeZone: 'Europe/Berlin', expected: '20.11.2026, 16:04' },
    { instant: '2026-11-25T03:00:00Z', locale: 'en-US', timeZone: 'America/Chicago', options: { dateStyle: 'short' }, expected: '11/24/26' },
    { instant: '2026-11-25T03:00:00Z', locale: '', timeZone: 'UTC', options: { dateStyle: 'short' }, expected: '11/25/26' },
  ];
  for (const c of instantCases) {
    it(`formatInstant ${c.instant} ${c.locale} ${c.timeZone} → ${c.expected}`, () => {
      expect(spaces(formatInstant(c.instant, c.locale, c.timeZone, c.options))).to.equal(c.expected);
      expect(spaces(formatInstant(new Date(c.instant), c.locale, c.timeZone, c.options))).to.equal(c.expected);
    });
  }

  it('formatInstant throws RangeError for an instant without an offset', () => {
    expect(() => formatInstant('2026-11-20T15:04:00', 'en-US', 'UTC')).to.throw(RangeError);
  });
});

describe('calendar: formatDayRange', () => {
  const cases = [
    { from: '2026-11-01', to: '2026-11-30', locale: 'en-US', expected: 'Nov 1 – 30, 2026' },
    { from: '2026-12-15', to: '2027-01-14', locale: 'en-US', expected: 'Dec 15, 2026 – Jan 14, 2027' },
    { from: '2026-11-01', to: '2026-11-30', locale: 'de-DE', expected: '01.–30.11.2026' },
    { from: '2028-02-01', to: '2028-02-29', locale: 'en-GB', expected: '1 – 29 Feb 2028' },
  ];
  for (const c of cases) {
    it(`${c.from}..${c.to} in ${c.locale} → ${c.expected}`, () => {
      expect(spaces(formatDayRange(c.from, c.to, c.locale))).to.equal(c.expected);
    });
  }
});
