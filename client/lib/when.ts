// Times and days in the person's own locale and time zone. A meeting is an instant (both read
// the same moment in their own zone); a promise's date and a yearly date are calendar days.
// Said in the language the person chose (client/lib/locale.ts), with their browser's variant of it.
import { createSignal, onCleanup } from 'solid-js';
import { intlTag } from './locale.ts';

/** "Saturday 6 June at 15:00", as this person's browser says it. */
export const meetingTime = (iso: string): string =>
  new Date(iso).toLocaleString(intlTag(), { weekday: 'long', day: 'numeric', month: 'long', hour: 'numeric', minute: '2-digit' });

/**
 * A calendar day (YYYY-MM-DD), read at noon UTC so no time zone moves it to a neighbour. The
 * year is said when it is not this year's: "Thursday 10 January" for a day years away, or one
 * long gone, would be read as the coming one.
 */
export const dayText = (isoDay: string, now: Date = new Date()): string => {
  const day = new Date(`${isoDay}T12:00:00Z`);
  const otherYear = day.getUTCFullYear() !== now.getFullYear();
  return day.toLocaleDateString(intlTag(), { weekday: 'long', day: 'numeric', month: 'long', ...(otherYear ? { year: 'numeric' } : {}), timeZone: 'UTC' });
};

/** Whether a calendar day (YYYY-MM-DD) is before today, in this person's zone. */
export const dayHasPassed = (isoDay: string, now: Date = new Date()): boolean => {
  const pad = (n: number) => String(n).padStart(2, '0');
  const today = `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
  return isoDay < today;
};

/** A moment's day with its year, without the time: "5 June 2026". */
export const longDay = (iso: string): string =>
  new Date(iso).toLocaleDateString(intlTag(), { day: 'numeric', month: 'long', year: 'numeric' });

/** A moment's day, without the time: "5 June". */
export const shortDay = (iso: string): string => new Date(iso).toLocaleDateString(intlTag(), { day: 'numeric', month: 'short' });

/** A month-day of a yearly date at midnight UTC, as "12 March". */
export const monthDayText = (at: Date): string =>
  at.toLocaleDateString(intlTag(), { day: 'numeric', month: 'long', timeZone: 'UTC' });

/** The value a datetime-local input shows for an instant, in this person's zone. */
export function localInput(iso: string): string {
  const d = new Date(iso);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}T${pad(d.getHours())}:${pad(d.getMinutes())}`;
}

/** Today as YYYY-MM-DD in this person's zone, for a date input's minimum. */
export const todayInput = (): string => localInput(new Date().toISOString()).slice(0, 10);

/** The time now, refreshed each minute: enough for "has the meeting started yet". */
export function createNow(): () => number {
  const [now, setNow] = createSignal(Date.now());
  const timer = setInterval(() => setNow(Date.now()), 60_000);
  onCleanup(() => clearInterval(timer));
  return now;
}
