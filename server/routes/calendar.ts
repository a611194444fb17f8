// A calendar file (RFC 5545) for an agreed meeting, so it sits in the person's own calendar.
// The summary names the friend and nothing of what either wrote.
import type { Meeting } from '../../shared/space/types.ts';

const stamp = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');

/** Escapes text per RFC 5545 3.3.11 and folds nothing longer than we write. */
const escape = (s: string) => s.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');

export function meetingCalendar(meeting: Meeting, spaceId: string, otherName: string, origin: string, now: Date): string {
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
    `SUMMARY:${escape(`Meeting ${otherName}`)}`,
    ...(meeting.proposal.place ? [`LOCATION:${escape(meeting.proposal.place)}`] : []),
    `URL:${origin}/spaces/${spaceId}`,
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return `${lines.join('\r\n')}\r\n`;
}
