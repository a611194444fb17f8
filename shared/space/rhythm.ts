// How two chosen check-in rhythms combine: the slower one is the pair's, so neither person is
// asked more often than they chose. Not choosing counts as "when either of us asks".
import type { Rhythm } from './rebuild-types.ts';

const DAYS: Readonly<Record<Rhythm, number | null>> = { weekly: 7, fortnightly: 14, monthly: 30, 'on-request': null };
const ORDER: readonly Rhythm[] = ['weekly', 'fortnightly', 'monthly', 'on-request'];

export function pairRhythm(mine: Rhythm | undefined, theirs: Rhythm | undefined): Rhythm {
  const a = ORDER.indexOf(mine ?? 'on-request');
  const b = ORDER.indexOf(theirs ?? 'on-request');
  return ORDER[Math.max(a, b)] ?? 'on-request';
}

/** Whether the pair's rhythm has come round since `since` (the last check-in, or the last choice). */
export function checkinDue(rhythm: Rhythm, since: string | null, now: Date): boolean {
  const days = DAYS[rhythm];
  if (days === null || since === null) return false;
  return now.getTime() - Date.parse(since) >= days * 86_400_000;
}
