import { describe, expect, it } from 'vitest';
import { en } from '../../content/en/index.ts';
import { parseContent } from '../../shared/content.ts';
import type { ExportFile, SpaceExport } from '../../shared/personal-types.ts';
import { redactEvents } from '../../shared/redact.ts';
import type { SpaceEvent } from '../../shared/space/types.ts';
import { renderMarkdown } from '../../server/export/markdown.ts';

const content = parseContent(en);
const A = 'aaaaaaaaaaaaaaaa';
const B = 'bbbbbbbbbbbbbbbb';
const at = '2026-11-01T10:00:00.000Z';
const deck = content.decks[0];
const prompt = deck?.prompts[0];

const events: SpaceEvent[] = [
  { type: 'space-opened', at, by: A, spaceId: 'ssssssssssssssss', openerName: 'Alex', friendName: 'Sam', note: 'I miss our walks.' },
  { type: 'friend-joined', at, by: B, name: 'Sam' },
  { type: 'prompt-opened', at, by: B, deckId: deck?.id ?? '', promptId: prompt?.id ?? '', speakers: [B, A] },
  { type: 'shared', at, by: B, text: 'A long year.' },
  { type: 'heard', at, by: A, text: 'You had a long year.' },
];

const file = (space: Partial<SpaceExport>): ExportFile => ({
  format: 'mend-export',
  version: 1,
  exportedAt: at,
  me: { id: B, name: 'Sam', displayName: 'Sam', email: null },
  reflectionBeforeReachingOut: {},
  spaces: [
    {
      id: 'ssssssssssssssss', role: 'invitee', phase: 'open', friendName: 'Sam', otherName: 'Alex', openedAt: at,
      events, together: {}, reflection: {}, drafts: {}, sealed: { checkin: null, reassessment: null }, dates: [],
      ...space,
    },
  ],
});

describe('the Markdown export', () => {
  it('names each prompt by its words from content and puts both people\'s words under it', () => {
    const md = renderMarkdown(file({}), content);
    const order = [`#### ${prompt?.text}`, '**Sam answered**', '> A long year.', '**Alex heard**', '> You had a long year.'];
    const at = order.map((s) => md.indexOf(s));
    expect(at.every((i) => i >= 0)).toBe(true);
    expect([...at].sort((a, b) => a - b)).toEqual(at);
  });

  it('lists an event type it has never heard of, with its fields', () => {
    const unknown = { type: 'kite-flown', at, by: A, colour: 'red', words: 'It went high.' } as unknown as SpaceEvent;
    const md = renderMarkdown(file({ events: [...events, unknown] }), content);
    expect(md).toContain('- 2026-11-01: Alex: kite-flown (colour: red; words: It went high.)');
  });

  it('says where words were taken out, and who left, without leaving a blank', () => {
    const md = renderMarkdown(file({ events: redactEvents(events, A), otherName: '' }), content);
    expect(md).not.toContain('You had a long year.');
    expect(md).toContain('## With someone who left');
    expect(md).toContain('**someone who left heard**');
    expect(md).toContain('> (taken out by the person who wrote it, when they left)');
  });

  it('shows the private parts under their own headings', () => {
    const md = renderMarkdown(
      file({ reflection: { 'my-part': 'I was far away.' }, drafts: { reply: 'Half a thought.' }, dates: [{ id: 'd', label: 'Her birthday', month: 2, day: 29, remindDaysBefore: 3 }] }),
      content,
    );
    expect(md).toContain('### My reflection (private)');
    expect(md).toContain(`#### ${content.reflection.sections.find((s) => s.id === 'my-part')?.title}`);
    expect(md).toContain('> Half a thought.');
    expect(md).toContain('- Her birthday: 29 February, reminded 3 days ahead');
  });
});
