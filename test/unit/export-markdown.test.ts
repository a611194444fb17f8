import { describe, expect, it } from 'vitest';
import { en } from '../../content/en/index.ts';
import { nl } from '../../content/nl/index.ts';
import { parseContent } from '../../shared/content.ts';
import type { ExportFile, SpaceExport } from '../../shared/personal-types.ts';
import { redactEvents } from '../../shared/redact.ts';
import type { SpaceEvent } from '../../shared/space/types.ts';
import { renderMarkdown } from '../../server/export/markdown.ts';
import { isTimeZone, timesIn } from '../../server/export/times.ts';
import { exportFileOf } from '../helpers/export-file.ts';

const content = parseContent(en);
const A = 'aaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbb';
const at = '2026-11-01T10:00:00.000Z';
const deck = content.decks[0];
const prompt = deck?.prompts[0];

const later = (minutes: number) => new Date(Date.parse(at) + minutes * 60_000).toISOString();

const events: SpaceEvent[] = [
  { type: 'space-opened', at, by: A, spaceId: 'ssssssssssssssss', openerName: 'Alex', friendName: 'Sam', note: 'I miss our walks.' },
  { type: 'friend-joined', at, by: B, name: 'Sam' },
  { type: 'prompt-opened', at, by: B, deckId: deck?.id ?? '', promptId: prompt?.id ?? '', speakers: [B, A] },
  { type: 'shared', at, by: B, text: 'A long year.' },
  { type: 'heard', at, by: A, text: 'You had a long year.' },
];

const file = (space: Partial<SpaceExport>): ExportFile => exportFileOf({ events, ...space }, { at, readerId: B });

/** A space lived through every kind of event, with internal ids a careless copy would print. */
const lived: SpaceEvent[] = [
  ...events,
  { type: 'invitation-deferred', at: later(-60), by: 'anon-xyz', askAgainAfter: '2026-11-20' },
  { type: 'pace-set', at: later(1), by: A, pace: 'taking-time', backAround: '2026-12-01' },
  { type: 'first-turn-handed', at: later(2), by: B, to: A },
  { type: 'ground-rules-accepted', at: later(3), by: A, text: 'We speak about today.' },
  { type: 'ground-rules-agreed', at: later(3), by: B, text: 'We speak about today.' },
  { type: 'deck-chosen', at: later(4), by: A, deckId: deck?.id ?? '' },
  { type: 'passed', at: later(5), by: A },
  { type: 'clarified', at: later(6), by: B, text: 'More:\nsecond line\n# not a heading' },
  { type: 'confirmed', at: later(7), by: B },
  { type: 'apology-offered', at: later(8), by: A, apologyId: 'a1', text: 'I am sorry I went quiet.' },
  { type: 'apology-answered', at: later(9), by: B, apologyId: 'a1', response: 'part-lands', text: 'Thank you.' },
  { type: 'meeting-proposed', at: later(10), by: A, meetingId: 'm1', when: '2026-12-05T15:00:00.000Z', mode: 'in-person', place: 'The café' },
  { type: 'meeting-answered', at: later(11), by: B, meetingId: 'm1', answer: 'accept' },
  { type: 'meeting-line-shared', at: later(12), by: B, meetingId: 'm1', text: 'It was good to see you.' },
  { type: 'commitment-proposed', at: later(13), by: A, commitmentId: 'c1', text: 'I will call on Friday.', due: '2026-12-11' },
  { type: 'commitment-answered', at: later(14), by: B, commitmentId: 'c1', answer: 'suggest', suggestion: 'Saturday?' },
  { type: 'commitment-revised', at: later(15), by: A, commitmentId: 'c1', text: 'I will call on Saturday.', due: null },
  { type: 'commitment-answered', at: later(16), by: B, commitmentId: 'c1', answer: 'accept', suggestion: null },
  { type: 'commitment-kept', at: later(17), by: A, commitmentId: 'c1' },
  { type: 'commitment-noticed', at: later(18), by: B, commitmentId: 'c1' },
  { type: 'rhythm-chosen', at: later(19), by: A, rhythm: 'monthly' },
  { type: 'rhythm-agreed', at: later(20), by: B, rhythm: 'monthly' },
  { type: 'checkin-opened', at: later(21), by: A, checkinId: 'k1' },
  { type: 'checkin-revealed', at: later(22), by: B, checkinId: 'k1', answers: {
    [A]: { safe: 3, seen: 4, appreciated: 5, note: 'Better.' }, [B]: { safe: 2, seen: 3, appreciated: 4, note: null },
  } },
  { type: 'reassessment-opened', at: later(23), by: A, reassessmentId: 'r1' },
  { type: 'reassessment-revealed', at: later(24), by: B, reassessmentId: 'r1', choices: {
    [A]: { now: 'lighter', hope: 'closer', words: null }, [B]: { now: 'lighter', hope: 'lighter', words: 'Slowly.' },
  } },
  { type: 'statement-marked', at: later(25), by: A, text: 'Friends, slowly.' },
  { type: 'statement-agreed', at: later(26), by: B, text: 'Friends, slowly.' },
  { type: 'space-closed', at: later(27), by: A, lastMessage: 'Take care.' },
];

describe('the Markdown export', () => {
  it('says each prompt by its words from content and both people\'s words after it, in order', () => {
    const md = renderMarkdown(file({}), content);
    const order = [`A new prompt opened: “${prompt?.text}”`, 'Sam answered:', '> A long year.', 'Alex wrote back what they heard:', '> You had a long year.'];
    const at = order.map((s) => md.indexOf(s));
    expect(at.every((i) => i >= 0), JSON.stringify(at)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('tells every event as a sentence, with no id, no field name and no JSON', () => {
    const md = renderMarkdown(file({ events: lived, sealed: { checkin: { safe: 3, seen: 3, appreciated: 3, note: null }, reassessment: null },
      drafts: { [`share:${deck?.id}:${prompt?.id}:0`]: 'Half a thought.', 'meet-after:m1': 'It was fine.' } }), content, timesIn('Europe/Amsterdam'));
    if (process.env.SHOW_EXPORT) console.log(md);
    expect(md).not.toMatch(/[{}[\]]/);
    expect(md).not.toMatch(/\b(commitmentId|meetingId|checkinId|backAround|pace:|askAgainAfter)\b/);
    for (const id of [A, B, 'anon-xyz', 'c1', 'm1', 'k1', 'r1', 'a1', deck?.id ?? 'deck', prompt?.id ?? 'prompt']) expect(md, id).not.toMatch(new RegExp(`\\b${id}\\b`));
    expect(md).not.toMatch(/\d{4}-\d{2}-\d{2}T/);
    expect(md).not.toContain('exportStory.');
    for (const key of ['invitation-declined', 'commitment-answered-decline']) expect(en.ui.exportStory.events).toHaveProperty(key);
    expect(en.ui.exportStory.meetingAnswer).toHaveProperty('not-yet');
    for (const sentence of [
      'Alex set their pace: taking their time, back around 1 December 2026.',
      'Sam asked Alex to go first.',
      'Alex suggested meeting in person on 5 December 2026 at 16:00.',
      'Sam suggested a change to the promise “I will call on Friday”:',
      'Alex kept the promise “I will call on Saturday”.',
      'Both of you chose to check in once a month.',
      'Alex: Safe: 3, somewhat; Seen: 4, mostly; Appreciated: 5, completely.',
      'Sam: now, lighter contact; would like, lighter contact.',
      'Alex closed the space, with a last message:',
      'My check-in answer: Safe: 3, somewhat; Seen: 3, somewhat; Appreciated: 3, somewhat.',
      `An answer to “${prompt?.text}”`,
      'After meeting on 5 December 2026 at 16:00: how it went, for me',
    ]) expect(md).toContain(sentence);
  });

  it('quotes every line of multi-line words, so nothing breaks out of the quote', () => {
    const md = renderMarkdown(file({ events: lived }), content);
    expect(md).toContain('> More:\n> second line\n> \\# not a heading');
  });

  it('gives times in the reader\'s own zone, and says which', () => {
    const md = renderMarkdown(file({}), content, timesIn('America/New_York'));
    expect(md).toContain('Exported for Sam on 1 November 2026 at 05:00.');
    expect(md).toContain('(America/New_York)');
    expect(renderMarkdown(file({}), content)).toContain('Exported for Sam on 1 November 2026 at 10:00.');
    expect(isTimeZone('Europe/Amsterdam')).toBe(true);
    expect(isTimeZone('Mars/Olympus')).toBe(false);
  });

  it('names the reader as their friend sees them in the space, not by their sign-in name, in each language', () => {
    const signedInAs = { ...file({}), me: { id: B, name: 'sam.k-2', displayName: 'Sam', email: null, language: null } };
    const english = renderMarkdown(signedInAs, content);
    const dutch = renderMarkdown(signedInAs, parseContent(nl), timesIn('UTC', 'nl'));
    expect(english).toContain('Exported for Sam on 1 November 2026 at 10:00.');
    expect(dutch).toContain('Geëxporteerd voor Sam op 1 november 2026 om 10:00.');
    for (const md of [english, dutch]) expect(md).not.toContain('sam.k-2');
  });

  it('says "not yet" with the name of the friend who said it, even before they had an account', () => {
    const opener = file({ events: lived, role: 'opener', friendName: 'Sam', otherName: 'Sam' });
    const md = renderMarkdown({ ...opener, me: { id: A, name: 'Alex', displayName: 'Alex', email: null, language: null } }, content);
    expect(md).toContain('Sam said not yet, and asked to be asked again after 20 November 2026.');
    expect(md).not.toContain('who left said not yet');
  });

  it('puts events of every kind in the order lived', () => {
    const md = renderMarkdown(file({ events: lived }), content);
    const order = ['Alex reached out, with a note:', 'Sam answered:', 'Alex wrote an apology:', 'Alex offered a promise:', 'A check-in was shown to you both.', 'Alex closed the space'];
    const at = order.map((s) => md.indexOf(s));
    expect(at.every((i) => i >= 0), JSON.stringify(at)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('says an event type it has never heard of as a plain sentence, without its fields', () => {
    const unknown = { type: 'kite-flown', at, by: A, colour: 'COLOUR-RED' } as unknown as SpaceEvent;
    const md = renderMarkdown(file({ events: [...events, unknown] }), content);
    expect(md).toContain('Something happened here that this copy has no words for yet.');
    expect(md).not.toContain('kite-flown');
    expect(md).not.toContain('COLOUR-RED');
  });

  it('says where words were taken out, and who left, without leaving a blank', () => {
    const md = renderMarkdown(file({ events: redactEvents(events, A), otherName: '' }), content);
    expect(md).not.toContain('You had a long year.');
    expect(md).toContain('## With a friend who left');
    expect(md).toContain('The friend who left wrote back what they heard:');
    expect(md).toContain('> (taken out by the person who wrote it, when they left)');
  });

  it('says a promise whose words were taken out is so, in each language, never as empty quotation marks', () => {
    const promised: SpaceEvent[] = [
      ...events,
      { type: 'commitment-proposed', at: later(1), by: A, commitmentId: 'c1', text: 'I will call on Friday.', due: null },
      { type: 'commitment-answered', at: later(2), by: B, commitmentId: 'c1', answer: 'accept', suggestion: null },
      { type: 'commitment-kept', at: later(3), by: A, commitmentId: 'c1' },
      { type: 'commitment-noticed', at: later(4), by: B, commitmentId: 'c1' },
    ];
    const left = file({ events: redactEvents(promised, A), otherName: '' });
    const english = renderMarkdown(left, content);
    const dutch = renderMarkdown(left, parseContent(nl), timesIn('UTC', 'nl'));
    expect(english).toContain('Sam said yes to the promise (taken out by the person who wrote it, when they left).');
    expect(dutch).toContain('Sam zei ja tegen de belofte (weggehaald door wie het schreef, bij het vertrek).');
    for (const md of [english, dutch]) expect(md).not.toMatch(/“”|„”/);
    // Kept words still read quoted.
    expect(renderMarkdown(file({ events: promised }), content)).toContain('Alex kept the promise “I will call on Friday”.');
  });

  it('shows the private parts under their own headings, the reflection in the guide\'s order', () => {
    const sections = content.reflection.sections;
    const [first, second] = sections;
    const reflection = Object.fromEntries([...sections].reverse().map((s) => [s.id, `WORDS-${s.id}`]));
    const md = renderMarkdown(
      file({ reflection, drafts: { apology: 'Half a thought.' }, dates: [{ id: 'd', label: 'Her birthday', month: 2, day: 29, remindDaysBefore: 3 }] }),
      content,
    );
    expect(md).toContain('### My reflection (private)');
    expect(md.indexOf(`#### ${first?.title}`)).toBeLessThan(md.indexOf(`#### ${second?.title}`));
    expect(md).toContain('#### An apology');
    expect(md).toContain('> Half a thought.');
    expect(md).toContain('- Her birthday: 29 February, reminded 3 days ahead');
  });
});
