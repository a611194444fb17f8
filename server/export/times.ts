// Times in the readable copy, in the reader's own time zone (sent by their browser as `tz`).
// An unknown zone is refused at the edge; without one, the copy says it is in UTC.
import { DEFAULT_LANGUAGE, type Language, intlLocale } from '../../shared/languages.ts';

const LOCALE = intlLocale(DEFAULT_LANGUAGE);

export function isTimeZone(zone: string): boolean {
  if (zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat(LOCALE, { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export interface Times {
  zone: string;
  /** An instant: "1 November 2026 at 11:00". */
  time(iso: string): string;
  /** A calendar day as chosen (`YYYY-MM-DD`), never moved by a zone: "1 November 2026". */
  day(isoDay: string): string;
}

/** Times as the reader's language says them ("1 november 2026 om 11:00" in Dutch). */
export function timesIn(zone: string, language: Language = DEFAULT_LANGUAGE): Times {
  const locale = intlLocale(language);
  const instant = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short', timeZone: zone });
  const calendarDay = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: 'UTC' });
  return {
    zone,
    time: (iso) => (Number.isNaN(Date.parse(iso)) ? iso : instant.format(new Date(iso))),
    day: (d) => (/^\d{4}-\d{2}-\d{2}$/.test(d) ? calendarDay.format(new Date(`${d}T00:00:00Z`)) : d),
  };
}
