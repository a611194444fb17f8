import { describe, expect, it } from 'vitest';
import { daysBetween, inYear, isLeapYear, isValidMonthDay, isoDay, nextOccurrence, upcoming } from '../../shared/dates.ts';

const at = (iso: string) => new Date(iso);
const next = (month: number, day: number, from: string) => isoDay(nextOccurrence(month, day, at(from)));

describe('leap years and valid days', () => {
  it('knows leap years, centuries included', () => {
    expect([2024, 2028, 2000, 2400].map(isLeapYear)).toEqual([true, true, true, true]);
    expect([2025, 2026, 1900, 2100].map(isLeapYear)).toEqual([false, false, false, false]);
  });

  it('accepts 29 February and refuses days no year has', () => {
    expect(isValidMonthDay(2, 29)).toBe(true);
    expect(isValidMonthDay(12, 31)).toBe(true);
    expect(isValidMonthDay(2, 30)).toBe(false);
    expect(isValidMonthDay(4, 31)).toBe(false);
    expect(isValidMonthDay(13, 1)).toBe(false);
    expect(isValidMonthDay(0, 10)).toBe(false);
    expect(isValidMonthDay(1, 0)).toBe(false);
    expect(isValidMonthDay(1.5, 2)).toBe(false);
  });
});

describe('nextOccurrence', () => {
  it('is today when the day is today, whatever the hour', () => {
    expect(next(3, 14, '2026-03-14T00:00:00Z')).toBe('2026-03-14');
    expect(next(3, 14, '2026-03-14T23:59:59Z')).toBe('2026-03-14');
  });

  it('is later this year when the day is still to come', () => {
    expect(next(12, 25, '2026-06-01T10:00:00Z')).toBe('2026-12-25');
  });

  it('moves to next year once the day has passed, across the year boundary', () => {
    expect(next(3, 14, '2026-03-15T00:00:00Z')).toBe('2027-03-14');
    expect(next(1, 1, '2026-12-31T23:00:00Z')).toBe('2027-01-01');
    expect(next(12, 31, '2026-12-31T12:00:00Z')).toBe('2026-12-31');
    expect(next(12, 31, '2027-01-01T00:00:00Z')).toBe('2027-12-31');
  });

  it('keeps 29 February in leap years and falls on 28 February in others', () => {
    expect(next(2, 29, '2028-01-10T00:00:00Z')).toBe('2028-02-29');
    expect(next(2, 29, '2026-01-10T00:00:00Z')).toBe('2026-02-28');
    // 1900 and 2100 are not leap years; 2000 was.
    expect(next(2, 29, '2100-02-01T00:00:00Z')).toBe('2100-02-28');
    expect(next(2, 29, '2000-02-01T00:00:00Z')).toBe('2000-02-29');
  });

  it('after 28 February of a common year, goes on to the next year (29 February if it is leap)', () => {
    expect(next(2, 29, '2027-02-28T08:00:00Z')).toBe('2027-02-28');
    expect(next(2, 29, '2027-03-01T00:00:00Z')).toBe('2028-02-29');
    expect(next(2, 29, '2028-03-01T00:00:00Z')).toBe('2029-02-28');
    expect(next(2, 29, '2027-12-31T00:00:00Z')).toBe('2028-02-29');
  });

  it('never moves 28 February or 1 March because of a leap year', () => {
    expect(next(2, 28, '2028-02-20T00:00:00Z')).toBe('2028-02-28');
    expect(next(3, 1, '2028-02-29T00:00:00Z')).toBe('2028-03-01');
    expect(isoDay(inYear(3, 1, 2027))).toBe('2027-03-01');
  });
});

describe('upcoming', () => {
  const dates = [
    { id: 'a', month: 1, day: 3 },
    { id: 'b', month: 12, day: 30 },
    { id: 'c', month: 6, day: 1 },
    { id: 'd', month: 2, day: 29 },
  ];

  it('lists the dates within the window, soonest first, across the new year', () => {
    const list = upcoming(dates, at('2026-12-29T18:00:00Z'), 7);
    expect(list.map((u) => [u.date.id, isoDay(u.on), u.inDays])).toEqual([
      ['b', '2026-12-30', 1],
      ['a', '2027-01-03', 5],
    ]);
  });

  it('counts today as day 0 and includes the last day of the window', () => {
    expect(upcoming(dates, at('2026-06-01T23:00:00Z'), 0).map((u) => u.date.id)).toEqual(['c']);
    expect(upcoming(dates, at('2026-05-25T00:00:00Z'), 7).map((u) => u.inDays)).toEqual([7]);
    expect(upcoming(dates, at('2026-05-24T00:00:00Z'), 7)).toEqual([]);
  });

  it('reminds of 29 February on 28 February in a common year', () => {
    expect(upcoming(dates, at('2027-02-25T00:00:00Z'), 3).map((u) => [u.date.id, isoDay(u.on)])).toEqual([['d', '2027-02-28']]);
    expect(upcoming(dates, at('2028-02-25T00:00:00Z'), 3)).toEqual([]);
    expect(upcoming(dates, at('2028-02-26T00:00:00Z'), 3).map((u) => isoDay(u.on))).toEqual(['2028-02-29']);
  });

  it('counts days by the calendar, not by 24-hour spans', () => {
    expect(daysBetween(at('2026-03-01T23:59:00Z'), at('2026-03-02T00:01:00Z'))).toBe(1);
    expect(daysBetween(at('2026-12-31T00:00:00Z'), at('2027-01-01T00:00:00Z'))).toBe(1);
  });
});
