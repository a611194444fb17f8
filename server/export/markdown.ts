// A person's copy as readable Markdown: one section per space, the conversation in order with
// each prompt's words from content, and what was private marked so. Pure: it takes the JSON
// export and the content bundle. Event types it has no section for (including ones added
// later) still appear, under "Along the way", with every field they carry.
import type { ContentBundle } from '../../shared/content.ts';
import { format, lookup, type Vars } from '../../shared/copy.ts';
import { findPrompt } from '../../shared/decks.ts';
import { LINE_BREAKS } from '../../shared/schemas.ts';
import type { ExportFile, SpaceExport } from '../../shared/personal-types.ts';
import { isRedacted } from '../../shared/redact.ts';
import type { SpaceEvent } from '../../shared/space/types.ts';

/** Events with a section of their own; everything else is listed under "Along the way". */
const OWN_SECTION = new Set([
  'space-opened', 'prompt-opened', 'shared', 'passed', 'heard', 'clarified', 'confirmed',
  'apology-offered', 'apology-answered', 'space-closed',
]);
const ENTRY_KIND: Record<string, string> = { shared: 'share', passed: 'pass', heard: 'heard', clarified: 'clarify', confirmed: 'confirm' };
const QUIET_FIELDS = new Set(['type', 'at', 'by', 'redacted']);

const day = (iso: string) => iso.slice(0, 10);

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

export function renderMarkdown(file: ExportFile, content: Pick<ContentBundle, 'ui' | 'decks' | 'reflection'>): string {
  const t = (key: string, vars?: Vars) => format(lookup(content.ui, key) ?? key, vars);
  const out: string[] = [`# ${t('export.title')}`, '', t('export.exportedFor', { name: inline(file.me.name), date: day(file.exportedAt) }), '', t('export.privateNote')];
  const section = (title: string, body: string[]) => {
    if (body.length > 0) out.push('', title, '', ...body);
  };
  const texts = (record: Record<string, string>, title: (key: string) => string) =>
    Object.entries(record).flatMap(([key, value]) => [`#### ${inline(title(key))}`, '', quote(value), '']);
  const sectionTitle = (id: string) => content.reflection.sections.find((s) => s.id === id)?.title ?? id;

  for (const space of file.spaces) {
    const nameOf = names(space, file.me, t('export.someoneWhoLeft'));
    const words = (e: SpaceEvent, value: string | null | undefined) => (isRedacted(e) && !value ? t('export.removed') : (value ?? ''));
    out.push('', `## ${t('export.space', { name: inline(space.otherName) || t('export.someoneWhoLeft') })}`, '', t('export.opened', { date: day(space.openedAt) }));
    const opened = space.events.find((e) => e.type === 'space-opened');
    if (opened?.type === 'space-opened')
      section(`### ${t('export.invitation')}`, [t('export.noteBy', { name: nameOf(opened.by) }), '', quote(words(opened, opened.note))]);
    if (space.together.groundRules) section(`### ${t('export.groundRules')}`, [quote(space.together.groundRules)]);
    if (space.together.ourFriendshipNow) section(`### ${t('export.statement')}`, [quote(space.together.ourFriendshipNow)]);

    const talk: string[] = [];
    const apologies: string[] = [];
    const along: string[] = [];
    let closing: string[] = [];
    for (const e of space.events) {
      const name = nameOf(e.by);
      if (e.type === 'prompt-opened') talk.push(`#### ${findPrompt(content.decks, e.deckId, e.promptId)?.text ?? e.promptId}`, '');
      else if (e.type in ENTRY_KIND) {
        const text = 'text' in e ? words(e, e.text) : '';
        talk.push(`**${t(`round.entry.${ENTRY_KIND[e.type]}`, { name })}** (${day(e.at)})`, '', ...(text ? [quote(text), ''] : []));
      } else if (e.type === 'apology-offered') apologies.push(`**${t('export.apologyBy', { name })}** (${day(e.at)})`, '', quote(words(e, e.text)), '');
      else if (e.type === 'apology-answered') {
        apologies.push(`**${t(`apologies.answered.${e.response}`, { name })}** (${day(e.at)})`, '');
        if (e.text || isRedacted(e)) apologies.push(quote(words(e, e.text)), '');
      } else if (e.type === 'space-closed') {
        closing = [t('export.closedBy', { name, date: day(e.at) })];
        if (e.lastMessage || isRedacted(e)) closing.push('', quote(words(e, e.lastMessage)));
      } else if (!OWN_SECTION.has(e.type)) along.push(generic(e, name, t));
    }
    section(`### ${t('export.conversation')}`, talk);
    section(`### ${t('export.apologies')}`, apologies);
    section(`### ${t('export.alongTheWay')}`, along);
    section(`### ${t('export.closing')}`, closing);
    section(`### ${t('export.reflection')}`, texts(space.reflection, sectionTitle));
    section(`### ${t('export.drafts')}`, texts(space.drafts, (key) => key));
    const sealed = Object.values(space.sealed).filter((v) => v !== null);
    section(`### ${t('export.sealed')}`, sealed.map((v) => `- ${fields(v as object)}`));
    section(
      `### ${t('export.dates')}`,
      space.dates.map((d) => `- ${t('export.dateLine', { label: inline(d.label), day: d.day, month: t(`export.months.m${d.month}`), before: d.remindDaysBefore })}`),
    );
  }
  section(`## ${t('export.beforeReachingOut')}`, texts(file.reflectionBeforeReachingOut, sectionTitle));
  return `${out.join('\n').replace(/\n{3,}/g, '\n\n').trim()}\n`;
}

/** Who is who in one space, by id; a name taken out on deletion reads as "someone who left". */
function names(space: SpaceExport, me: ExportFile['me'], left: string): (id: string) => string {
  const known = new Map<string, string>([[me.id, me.name]]);
  for (const e of space.events) {
    if (e.type === 'space-opened' && e.by !== me.id) known.set(e.by, e.openerName);
    if (e.type === 'friend-joined' && e.by !== me.id) known.set(e.by, e.name);
  }
  return (id) => inline(known.get(id) ?? '') || left;
}

/** Any event as one line: its words from content (or its type), then every field it carries. */
function generic(e: SpaceEvent, name: string, t: (key: string, vars?: Vars) => string): string {
  const key = `events.${e.type}`;
  const words = t(key, { name });
  const rest = fields(e, QUIET_FIELDS);
  return `- ${day(e.at)}: ${words === key ? `${name}: ${e.type}` : words}${rest ? ` (${rest})` : ''}`;
}

function fields(value: object, skip: ReadonlySet<string> = new Set()): string {
  return Object.entries(value)
    .filter(([k, v]) => !skip.has(k) && v !== null && v !== '')
    .map(([k, v]) => `${k}: ${typeof v === 'string' ? inline(v) : JSON.stringify(v)}`)
    .join('; ');
}
