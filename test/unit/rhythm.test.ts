import { describe, expect, it } from 'vitest';
import { checkinDue, pairRhythm } from '../../shared/space/rhythm.ts';

describe('the pair check-in rhythm', () => {
  it('is the slower of the two choices', () => {
    expect(pairRhythm('fortnightly', 'monthly')).toBe('monthly');
    expect(pairRhythm('monthly', 'weekly')).toBe('monthly');
    expect(pairRhythm('weekly', 'weekly')).toBe('weekly');
    expect(pairRhythm('weekly', 'on-request')).toBe('on-request');
  });

  it('counts not choosing as "when either of us asks"', () => {
    expect(pairRhythm('weekly', undefined)).toBe('on-request');
    expect(pairRhythm(undefined, undefined)).toBe('on-request');
  });

  it('comes round once its days have passed, and never for "when either of us asks"', () => {
    const since = '2026-01-01T12:00:00.000Z';
    expect(checkinDue('fortnightly', since, new Date('2026-01-15T11:59:00.000Z'))).toBe(false);
    expect(checkinDue('fortnightly', since, new Date('2026-01-15T12:00:00.000Z'))).toBe(true);
    expect(checkinDue('on-request', since, new Date('2027-01-01T00:00:00.000Z'))).toBe(false);
    expect(checkinDue('weekly', null, new Date())).toBe(false);
  });
});
