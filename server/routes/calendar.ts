// A calendar file (RFC 5545) for an agreed meeting, so it sits in the person's own calendar.
// It holds the time, the friend's name, the place as written and a link back, and nothing else
// either wrote; the note beside the download (meeting.calendarHint) says exactly that.
import { format, lookup } from '../../shared/copy.ts';
import { LINE_BREAKS } from '../../shared/schemas.ts';
import { DEFAULT_LANGUAGE, type Language } from '../../shared/languages.ts';
import { loadContent } from '../content.ts';
import type { Meeting } from '../../shared/space/types.ts';

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/**
 * A TEXT value per RFC 5545 3.3.11: backslash, semicolon and comma escaped, every form of line
 * break written as \n (a calendar app may split lines on a bare CR or on U+2028), and other
 * control characters, which TEXT may not hold, left out.
 */
export const escapeText = (s: string): string =>
  s
    .replace(/[\\;,]/g, (c) => `\\${c}`)
    .replace(LINE_BREAKS, '\\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000A-\u001F\u007F]/g, '');

const octets = (cp: number) => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/** Folds a content line at 75 octets (RFC 5545 3.1), never inside a character's UTF-8 bytes. */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let size = 0;
  let limit = 75;
  for (const ch of line) {
    const n = octets(ch.codePointAt(0) ?? 0);
    if (size + n > limit) {
      parts.push(current);
      current = '';
      size = 0;
      limit = 74; // a continuation line starts with one space
    }
    current += ch;
    size += n;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

const summary = (otherName: string, language: Language): string => {
  const ui = loadContent(language).bundle.ui;
  return otherName ? format(lookup(ui, 'calendar.summary') ?? '', { name: otherName }) : (lookup(ui, 'calendar.summaryLeft') ?? '');
};

/** The .ics file for a meeting, its one line of our words (the summary) in the reader's language. */
export function meetingCalendar(meeting: Meeting, spaceId: string, otherName: string, origin: string, now: Date, language: Language = DEFAULT_LANGUAGE): string {
  const start = new Date(meeting.proposal.when);
  const end = new Date(start.getTime() + 60 * 60 * 1000);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Mend//Meeting again//EN',
    'CALSCALE:GREGORIAN',
    'BEGIN:VEVENT',
    `UID:${spaceId}-${meeting.id}@mend`,
    `DTSTAMP:${stamp(now)}`,
    `DTSTART:${stamp(start)}`,
    `DTEND:${stamp(end)}`,
    `SUMMARY:${escapeText(summary(otherName, language))}`,
    ...(meeting.proposal.place ? [`LOCATION:${escapeText(meeting.proposal.place)}`] : []),
    `URL:${origin}/spaces/${spaceId}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.map(foldLine).join('\r\n')}\r\n`;
}
