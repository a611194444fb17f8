// Dates that matter (a birthday, an anniversary, a hard day) repeat every year. Pure date
// arithmetic in UTC calendar days: we do not know a person's time zone, and a reminder a few
// hours early or late is harmless where a wrong day would not be.

export interface MonthDay {
  /** 1 to 12. */
  month: number;
  /** 1 to 31, valid for the month; 29 February is allowed. */
  day: number;
}

export interface DateThatMatters extends MonthDay {
  id: string;
  label: string;
  /** How many days ahead the keeper wants to be reminded; 0 means on the day. */
  remindDaysBefore: number;
}

const DAY_MS = 86_400_000;

/** Days in each month of a leap year: the most a month can hold. */
const MAX_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31] as const;

export const isLeapYear = (year: number): boolean => (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;

/** True for a day that exists in some year (so 29 February is valid, 30 February is not). */
export const isValidMonthDay = (month: number, day: number): boolean =>
  Number.isInteger(month) && Number.isInteger(day) && month >= 1 && month <= 12 && day >= 1 && day <= (MAX_DAYS[month - 1] ?? 0);

/** Midnight UTC of the calendar day `at` falls on. */
export const startOfDay = (at: Date): Date => new Date(Date.UTC(at.getUTCFullYear(), at.getUTCMonth(), at.getUTCDate()));

/** The day this month-day falls on in a given year: 29 February is kept on 28 February in other years. */
export function inYear(month: number, day: number, year: number): Date {
  const fitted = month === 2 && day === 29 && !isLeapYear(year) ? 28 : day;
  return new Date(Date.UTC(year, month - 1, fitted));
}

/** The next day (today included) this yearly date falls on, at midnight UTC. */
export function nextOccurrence(month: number, day: number, from: Date): Date {
  const today = startOfDay(from);
  const thisYear = inYear(month, day, today.getUTCFullYear());
  return thisYear.getTime() >= today.getTime() ? thisYear : inYear(month, day, today.getUTCFullYear() + 1);
}

/** Whole calendar days from `from`'s day to `to`'s day. */
export const daysBetween = (from: Date, to: Date): number =>
  Math.round((startOfDay(to).getTime() - startOfDay(from).getTime()) / DAY_MS);

/** `YYYY-MM-DD` of a UTC day. */
export const isoDay = (at: Date): string => at.toISOString().slice(0, 10);

export interface Upcoming<T> {
  date: T;
  on: Date;
  /** 0 today, 1 tomorrow, ... */
  inDays: number;
}

/** Dates whose next occurrence is within `withinDays` days of now (today counts), soonest first. */
export function upcoming<T extends MonthDay>(dates: readonly T[], now: Date, withinDays: number): Upcoming<T>[] {
  return dates
    .map((date) => {
      const on = nextOccurrence(date.month, date.day, now);
      return { date, on, inDays: daysBetween(now, on) };
    })
    .filter((u) => u.inDays <= withinDays)
    .sort((a, b) => a.inDays - b.inDays);
}
