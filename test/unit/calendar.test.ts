// The note beside the calendar download says what the file holds; this keeps the two in step.
import { describe, expect, it } from 'vitest';
import { en } from '../../content/en/index.ts';
import { lookup } from '../../shared/copy.ts';
import type { Meeting } from '../../shared/space/types.ts';
import { meetingCalendar } from '../../server/routes/calendar.ts';

const meeting = (place: string | null): Meeting => ({
  id: 'm1',
  proposal: { by: 'u1', when: '2027-05-01T15:00:00.000Z', mode: 'in-person', place, proposedAt: '2027-04-01T00:00:00.000Z' },
  status: 'agreed',
  agreedAt: '2027-04-02T00:00:00.000Z',
  lines: { u1: 'It went well.' },
});

describe('the calendar file and the note about it', () => {
  const hint = lookup(en.ui, 'meeting.calendarHint') ?? '';

  it('holds only what the note names: the time, the name, the place as written and a link back', () => {
    const ics = meetingCalendar(meeting('The café by the river'), 's1', 'Sam', 'https://mend.example', new Date('2027-04-03T00:00:00Z'));
    expect(ics).toContain('LOCATION:The café by the river');
    expect(ics).toContain('SUMMARY:Meeting Sam');
    expect(ics).toContain('URL:https://mend.example/spaces/s1');
    expect(ics).not.toContain('It went well.');
    expect(hint).toMatch(/place/);
    expect(hint).toMatch(/name/);
    expect(hint).toMatch(/link back/);
    // The place is words someone wrote, so the note may not say nothing they wrote is in it.
    expect(hint).not.toMatch(/nothing either of you wrote\./i);
  });

  it('takes its summary from content, and has words for a friend who left', () => {
    const ics = meetingCalendar(meeting(null), 's1', '', 'https://mend.example', new Date('2027-04-03T00:00:00Z'));
    expect(ics).toContain(`SUMMARY:${lookup(en.ui, 'calendar.summaryLeft')}`);
    expect(ics).not.toContain('LOCATION');
  });
});
