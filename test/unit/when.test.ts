// Days as a person reads them, in the language they chose: a finished prompt and the history
// show the day in words with its year, not a numeric date that reads differently per country.
import { describe, expect, it } from 'vitest';
import { loadLanguage } from '../../client/lib/locale.ts';
import { longDay } from '../../client/lib/when.ts';

describe('longDay', () => {
  it('names the month in the chosen language, with the year', async () => {
    await loadLanguage('nl');
    expect(longDay('2026-11-30T10:00:00Z')).toBe('30 november 2026');
    await loadLanguage('en');
    expect(longDay('2026-11-30T10:00:00Z')).toMatch(/^(30 November 2026|November 30, 2026)$/);
  });
});
