// Line breaks other than \n (a bare \r, U+2028, U+2029, U+0085) passed the text schema: a place
// with \r added lines of its own to the other person's calendar file, and a line break in
// someone's words could forge a heading in the other person's Markdown copy. Every text now has
// its line breaks made \n on the way in, one-line fields refuse them, and both outputs escape
// every form of line break whatever is stored.
import { describe, expect, it } from 'vitest';
import { en } from '../../content/en/index.ts';
import { parseContent } from '../../shared/content.ts';
import type { Meeting, SpaceEvent } from '../../shared/space/types.ts';
import { meetingCalendar } from '../../server/routes/calendar.ts';
import { renderMarkdown } from '../../server/export/markdown.ts';
import { openSpacePair, person, PASSWORD, signUp } from '../helpers/http.ts';
import { exportFileOf } from '../helpers/export-file.ts';
import { cmd } from '../helpers/rounds.ts';
import { useTestServer } from '../helpers/server.ts';

const app = useTestServer();
const BREAKS = ['\r', '\n', '\r\n', '\u2028', '\u2029', '\u0085'];
/** Every way a program might split text into lines. */
const anyLineBreak = /\r\n|[\n\r\u000B\u000C\u0085\u2028\u2029]/;

describe('one-line fields', () => {
  it('refuse a line break of any kind: a meeting place, a friend\'s name, a promise, a date\'s label, my name', async () => {
    const { opener, spaceId } = await openSpacePair(app.server.url);
    const when = new Date(Date.now() + 7 * 86_400_000).toISOString();
    for (const br of BREAKS) {
      const place = `The park${br}ATTENDEE:mailto:someone@example.com`;
      expect((await cmd(opener, spaceId, { type: 'propose-meeting', when, mode: 'in-person', place })).status, JSON.stringify(br)).toBe(400);
      expect((await cmd(opener, spaceId, { type: 'propose-commitment', text: `Call${br}# Forged` })).status).toBe(400);
      expect((await opener.json('POST', `/api/spaces/${spaceId}/dates`, { label: `Her day${br}x`, month: 3, day: 4, remindDaysBefore: 1 })).status).toBe(400);
      expect((await opener.json('POST', '/api/spaces', { friendName: `Sam${br}# Forged`, note: 'Hello.' })).status).toBe(400);
      expect((await person(app.server.url).json('POST', '/api/accounts', { name: `Robin${br}Hood`, password: PASSWORD })).status).toBe(400);
    }
  });

  it('make every line break in longer words a plain \\n', async () => {
    const opener = await signUp(app.server.url);
    const res = await opener.json<{ id: string }>('POST', '/api/spaces', { friendName: 'Sam', note: 'one\r\ntwo\rthree\u2028four\u2029five\u0085six' });
    expect(res.status).toBe(201);
    const opened = (await app.server.deps.store.events(res.body.id))[0];
    expect(opened).toMatchObject({ type: 'space-opened', note: 'one\ntwo\nthree\nfour\nfive\nsix' });
  });
});

const crafted = 'The park;by the gate, \\ north\rATTENDEE:mailto:a@example.com\r\nX\u2028BEGIN:VALARM\u2029Y\u0085Z\nEND';
const meeting = (place: string): Meeting => ({
  id: 'm1',
  proposal: { by: 'a', when: '2027-05-01T10:00:00.000Z', mode: 'in-person', place, proposedAt: '2027-04-01T10:00:00.000Z' },
  status: 'agreed',
  agreedAt: '2027-04-02T10:00:00.000Z',
  lines: {},
});

describe('the calendar file', () => {
  it('has exactly the expected property lines, whatever the stored place and name hold', () => {
    const ics = meetingCalendar(meeting(crafted), 'ssssssssssssssss', `Sam\rORGANIZER:x`, 'https://mend.example', new Date('2027-04-03T00:00:00Z'));
    expect(ics.endsWith('\r\n')).toBe(true);
    const physical = ics.slice(0, -2).split('\r\n');
    for (const line of physical) {
      expect(line).not.toMatch(anyLineBreak);
      expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    }
    // Unfolded (RFC 5545 3.1): a line starting with a space continues the one before.
    const logical = ics.slice(0, -2).replace(/\r\n /g, '').split('\r\n');
    expect(logical.map((l) => l.split(/[:;]/)[0])).toEqual([
      'BEGIN', 'VERSION', 'PRODID', 'CALSCALE', 'BEGIN', 'UID', 'DTSTAMP', 'DTSTART', 'DTEND', 'SUMMARY', 'LOCATION', 'URL', 'END', 'END',
    ]);
    expect(logical).toContain('LOCATION:The park\\;by the gate\\, \\\\ north\\nATTENDEE:mailto:a@example.com\\nX\\nBEGIN:VALARM\\nY\\nZ\\nEND');
    expect(logical).toContain('SUMMARY:Meeting Sam\\nORGANIZER:x');
  });

  it('folds a long place at 75 octets without splitting a character', () => {
    const place = 'é'.repeat(100) + '🌳'.repeat(30);
    const ics = meetingCalendar(meeting(place), 'ssssssssssssssss', 'Sam', 'https://mend.example', new Date('2027-04-03T00:00:00Z'));
    const physical = ics.slice(0, -2).split('\r\n');
    for (const line of physical) expect(Buffer.byteLength(line, 'utf8')).toBeLessThanOrEqual(75);
    expect(ics.slice(0, -2).replace(/\r\n /g, '').split('\r\n')).toContain(`LOCATION:${place}`);
  });
});

describe('the Markdown copy', () => {
  const content = parseContent(en);
  const A = 'aaaaaaaaaaaaaaaa';
  const B = 'bbbbbbbbbbbbbbbb';
  const at = '2026-11-01T10:00:00.000Z';
  const forged = (tag: string) =>
    [
      `one${tag}`, `# FORGED-ATX${tag}`, `FORGED-SETEXT${tag}`, '===', 'x', '---', `   ## FORGED-INDENTED${tag}`,
      `> # FORGED-NESTED${tag}`, `- # FORGED-LIST${tag}`, `1. # FORGED-ORDERED${tag}`, `<img src=x onerror=alert(1)> FORGED-HTML${tag}`,
    ].join('\n');
  const allBreaks = (s: string) => s.split('\n').map((line, i) => (i === 0 ? line : `${BREAKS[i % BREAKS.length]}${line}`)).join('');
  const events: SpaceEvent[] = [
    { type: 'space-opened', at, by: A, spaceId: 'ssssssssssssssss', openerName: `Alex\r# FORGED-NAME`, friendName: 'Sam', note: allBreaks(forged('note')) },
    { type: 'friend-joined', at, by: B, name: 'Sam' },
    { type: 'shared', at, by: A, text: allBreaks(forged('turn')) },
    { type: 'apology-offered', at, by: A, apologyId: 'a1', text: allBreaks(forged('apology')) },
    { type: 'meeting-line-shared', at, by: A, meetingId: 'm1', text: allBreaks(forged('line')) },
    { type: 'space-closed', at, by: A, lastMessage: allBreaks(forged('last')) },
  ];
  const file = exportFileOf(
    { phase: 'closed', otherName: `Alex\u2028# FORGED-OTHER`, events, together: { groundRules: allBreaks(forged('rules')) }, dates: [{ id: 'd1', label: `Day\r# FORGED-LABEL`, month: 1, day: 2, remindDaysBefore: 3 }] },
    { at, readerId: B },
  );

  it('cannot be made to hold a heading or HTML by anyone\'s words', () => {
    const md = renderMarkdown(file, content);
    const lines = md.split(anyLineBreak);
    expect(md).not.toMatch(/[\r\u0085\u2028\u2029]/);
    // Our own headings never carry the forged words; theirs never start a line or a quoted line.
    for (const line of lines) {
      // People's words never reach one of our headings; names may (a space is named after the other person).
      if (/^#{1,6}\s/.test(line)) expect(line).not.toMatch(/FORGED-(ATX|SETEXT|INDENTED|NESTED|LIST|ORDERED|HTML)/);
      expect(line).not.toMatch(/^\s*#+ ?FORGED-/);
      // Inside our quote, a line must not open a block: a heading, setext underline, nested
      // quote or list (either may hold a heading), fence or table.
      const inQuote = line.startsWith('>') ? line.replace(/^>\s?/, '') : null;
      if (inQuote !== null) expect(inQuote, line).not.toMatch(/^\s*([#>+*=`~|-]|\d+[.)])/);
      // A tag only when `<` is not escaped.
      expect(line).not.toMatch(/(^|[^\\])<[A-Za-z/!?]/);
    }
    // Every line with someone's words is inside a quote or in a list item, never on its own.
    for (const line of lines.filter((l) => /FORGED-(ATX|SETEXT|INDENTED|NESTED|LIST|ORDERED|HTML)/.test(l))) expect(line).toMatch(/^(> |- )/);
  });
});
