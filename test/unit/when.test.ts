// Days as a person reads them, in the language they chose: a finished prompt and the history
// show the day in words with its year, not a numeric date that reads differently per country.
import { describe, expect, it } from 'vitest';
import { loadLanguage } from '../../client/lib/locale.ts';
import { dayHasPassed, dayText, longDay } from '../../client/lib/when.ts';

describe('longDay', () => {
  it('names the month in the chosen language, with the year', async () => {
    await loadLanguage('nl');
    expect(longDay('2026-11-30T10:00:00Z')).toBe('30 november 2026');
    await loadLanguage('en');
    expect(longDay('2026-11-30T10:00:00Z')).toMatch(/^(30 November 2026|November 30, 2026)$/);
  });
});

describe('dayText', () => {
  const now = new Date('2026-11-30T10:00:00Z');
  it('leaves the year out for a day this year, and says it for a day in another year', async () => {
    await loadLanguage('en');
    expect(dayText('2026-12-03', now)).toMatch(/^Thursday,? (3 December|December 3)$/);
    expect(dayText('2030-01-10', now)).toMatch(/^Thursday,? (10 January 2030|January 10, 2030)$/);
    await loadLanguage('nl');
    expect(dayText('2030-01-10', now)).toBe('donderdag 10 januari 2030');
    expect(dayText('2026-12-03', now)).toBe('donderdag 3 december');
  });
});

describe('dayHasPassed', () => {
  const now = new Date(2026, 11, 21, 9, 0);
  it('is true only for days before today', () => {
    expect(dayHasPassed('2026-12-03', now)).toBe(true);
    expect(dayHasPassed('2026-12-21', now)).toBe(false);
    expect(dayHasPassed('2027-01-02', now)).toBe(false);
  });
});
