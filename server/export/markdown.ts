// A person's copy as readable Markdown, a document to keep: one section per space, what the
// two wrote together, then every event in the order lived as a sentence from content
// (story.ts), times in the reader's own zone, and what was private marked so. Pure: it takes
// the JSON export, the content bundle and the reader's time zone. No ids and no JSON: the
// complete copy holds those.
import type { ContentBundle } from '../../shared/content.ts';
import { format, lookup, type Vars } from '../../shared/copy.ts';
import { findPrompt } from '../../shared/decks.ts';
import { LINE_BREAKS } from '../../shared/schemas.ts';
import type { ExportFile, SpaceExport } from '../../shared/personal-types.ts';
import { isRedacted } from '../../shared/redact.ts';
import type { SpaceEvent } from '../../shared/space/types.ts';
import { answerWords, shapeWords, tellStory } from './story.ts';
import { type Times, timesIn } from './times.ts';

/** Markdown that starts an HTML tag, comment or declaration: `<` before a letter, `/`, `!` or `?`. */
const escapeHtml = (s: string) => s.replace(/<(?=[A-Za-z/!?])/g, '\\<');
/**
 * One line of someone's words, made unable to open a block of its own: a heading (`#`, or a
 * setext underline of `=` or `-` under the line before), a nested quote or list (which may hold
 * a heading), a fence, a table or HTML. The first mark is escaped with a backslash, so the words
 * read the same, rendered or not.
 */
const escapeLine = (line: string) =>
  escapeHtml(line)
    .replace(/^(\s*)([#>+*=`~|-])/, '$1\\$2')
    .replace(/^(\s*\d+)([.)])/, '$1\\$2');

/** People's words as a block quote, every line of it quoted (whatever its line break), so their
 * line breaks and anything they typed stay theirs and cannot step outside the quote. */
const quote = (text: string) => text.split(LINE_BREAKS).map((line) => `> ${escapeLine(line)}`.trimEnd()).join('\n');

/** Words on one line of ours (a name, a label, a field): line breaks become spaces. */
const inline = (text: string) => escapeHtml(text.replace(LINE_BREAKS, ' '));

export function renderMarkdown(
  file: ExportFile,
  content: Pick<ContentBundle, 'ui' | 'decks' | 'reflection'>,
  times: Times = timesIn('UTC'),
): string {
  const t = (key: string, vars?: Vars) => format(lookup(content.ui, key) ?? key, vars);
  const out: string[] = [
    `# ${t('export.title')}`, '',
    // Named as the friend sees them in the space, not by the name they sign in with.
    t('exportStory.exportedFor', { name: inline(file.me.displayName), time: times.time(file.exportedAt) }), '',
    times.zone === 'UTC' ? t('exportStory.zoneUtc') : t('exportStory.zone', { zone: times.zone }), '',
    t('export.privateNote'),
  ];
  const section = (title: string, body: string[]) => {
    if (body.length > 0) out.push('', title, '', ...body);
  };
  // The reflection in the guide's order; anything the guide no longer has comes after.
  const order = content.reflection.sections.map((s) => s.id);
  const rank = (id: string) => (order.includes(id) ? order.indexOf(id) : order.length);
  const reflection = (record: Record<string, string>) =>
    Object.entries(record)
      .sort(([a], [b]) => rank(a) - rank(b))
      .flatMap(([id, value]) => [`#### ${inline(content.reflection.sections.find((s) => s.id === id)?.title ?? t('exportStory.draft.other'))}`, '', quote(value), '']);
  const deckTitle = (id: string) => content.decks.find((d) => d.id === id)?.title ?? '';
  const promptText = (deckId: string, promptId: string) => findPrompt(content.decks, deckId, promptId)?.text ?? '';

  for (const space of file.spaces) {
    const left = t('exportStory.friendWhoLeft');
    const nameOf = names(space, file.me, left);
    const quoteWords = (e: SpaceEvent, value: string | null | undefined) => quote(isRedacted(e) && !value ? t('export.removed') : (value ?? ''));
    out.push('', `## ${space.otherName ? t('export.space', { name: inline(space.otherName) }) : t('exportStory.spaceLeft')}`, '',
      t('export.opened', { date: times.time(space.openedAt) }));
    if (space.together.groundRules) section(`### ${t('export.groundRules')}`, [quote(space.together.groundRules)]);
    if (space.together.ourFriendshipNow) section(`### ${t('export.statement')}`, [quote(space.together.ourFriendshipNow)]);
    section(`### ${t('exportStory.title')}`, tellStory(space.events, {
      t, times, nameOf, invitee: inviteeName(space, file.me, left), deckTitle, promptText, quoteWords, inline,
    }));
    section(`### ${t('export.reflection')}`, reflection(space.reflection));
    section(`### ${t('export.drafts')}`, Object.entries(space.drafts).flatMap(([key, value]) =>
      [`#### ${inline(draftTitle(key, space.events, t, times, promptText))}`, '', quote(value), '']));
    const sealed: string[] = [];
    if (space.sealed.checkin) sealed.push(t('exportStory.sealedCheckin', { answers: answerWords(t, space.sealed.checkin) }), '');
    if (space.sealed.reassessment) sealed.push(t('exportStory.sealedReassess', shapeWords(t, space.sealed.reassessment)), '');
    section(`### ${t('export.sealed')}`, sealed);
    section(
      `### ${t('export.dates')}`,
      space.dates.map((d) => `- ${t('export.dateLine', { label: inline(d.label), day: d.day, month: t(`export.months.m${d.month}`), before: d.remindDaysBefore })}`),
    );
  }
  section(`## ${t('export.beforeReachingOut')}`, reflection(file.reflectionBeforeReachingOut));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/** Who is who in one space, by id; a name taken out on deletion reads as "the friend who left".
 *  The reader is named as their friend sees them (their display name), not by their sign-in name. */
function names(space: SpaceExport, me: ExportFile['me'], left: string): (id: string) => string {
  const known = new Map<string, string>([[me.id, me.displayName]]);
  for (const e of space.events) {
    if (e.type === 'space-opened' && e.by !== me.id) known.set(e.by, e.openerName);
    if (e.type === 'friend-joined' && e.by !== me.id) known.set(e.by, e.name);
  }
  return (id) => inline(known.get(id) ?? '') || left;
}

/** The invitee answers "not yet" or "no thanks" before they have an account, so not by id. */
function inviteeName(space: SpaceExport, me: ExportFile['me'], left: string): string {
  if (space.role === 'invitee') return inline(me.displayName);
  const joined = space.events.find((e) => e.type === 'friend-joined');
  return inline(joined?.type === 'friend-joined' ? joined.name : space.otherName || space.friendName) || left;
}

const MEETING_DRAFTS = new Set(['meet-prep-listen', 'meet-prep-say', 'meet-after', 'meet-line']);

/** A draft's title from its key (`share:<deck>:<prompt>:<half>`, `meet-after:<meeting>`, `apology`). */
function draftTitle(key: string, events: readonly SpaceEvent[], t: (k: string, v?: Vars) => string, times: Times,
  promptText: (deckId: string, promptId: string) => string): string {
  const [kind = '', a = '', b = ''] = key.split(':');
  if (kind === 'share' || kind === 'hear' || kind === 'clarify') return t(`exportStory.draft.${kind}`, { prompt: promptText(a, b) });
  if (kind === 'apology') return t('exportStory.draft.apology');
  if (kind.startsWith('meet-')) {
    const proposed = events.filter((e) => e.type === 'meeting-proposed' && e.meetingId === a).at(-1);
    const time = proposed?.type === 'meeting-proposed' ? times.time(proposed.when) : '';
    if (time && MEETING_DRAFTS.has(kind)) return t(`exportStory.draft.${kind}`, { time });
  }
  return t('exportStory.draft.other');
}

