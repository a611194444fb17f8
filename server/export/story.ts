// The readable copy's "what happened, in order": every event of a space as a sentence from
// content/ (exportStory.events.<type>), with the words people wrote quoted beneath it. Ids,
// field names and JSON never appear; the complete copy (JSON) keeps those.
import type { Vars } from '../../shared/copy.ts';
import { isRedacted } from '../../shared/redact.ts';
import type { CheckinAnswer, ReassessmentChoice, SpaceEvent } from '../../shared/space/types.ts';
import type { Times } from './times.ts';

export interface StoryTools {
  t: (key: string, vars?: Vars) => string;
  times: Times;
  /** A member's name by id, as one line of Markdown. */
  nameOf: (id: string) => string;
  /** Who answered the invitation, even before they had an account. */
  invitee: string;
  deckTitle: (deckId: string) => string;
  promptText: (deckId: string, promptId: string) => string;
  /** Someone's words, every line quoted; or the note that they were taken out. */
  quoteWords: (e: SpaceEvent, text: string | null | undefined) => string;
  inline: (text: string) => string;
}

const MEASURES = ['safe', 'seen', 'appreciated'] as const;

export function answerWords(t: StoryTools['t'], a: CheckinAnswer): string {
  return MEASURES.map((m) =>
    t('checkins.answerLine', { measure: t(`checkins.q.${m}.legend`), n: a[m], words: t(`checkins.scale.s${a[m]}`) }),
  ).join('; ');
}

export const shapeWords = (t: StoryTools['t'], c: ReassessmentChoice) => ({
  now: t(`reassess.shape.${c.now}`).toLowerCase(),
  hope: t(`reassess.shape.${c.hope}`).toLowerCase(),
});

const capital = (s: string) => s.charAt(0).toLocaleUpperCase() + s.slice(1);

/** Every event of one space, in the order lived, as Markdown paragraphs. */
export function tellStory(events: readonly SpaceEvent[], tools: StoryTools): string[] {
  const { t, times } = tools;
  const meetingTimes = new Map<string, string>();
  const promises = new Map<string, string>();
  const out: string[] = [];
  // Inside our own sentence, a promise's closing full stop gives way to ours. Words taken out
  // when their writer left are said to be so, never an empty pair of quotation marks.
  const promiseWords = (id: string) => {
    const words = tools.inline(promises.get(id) ?? '').replace(/[.!?]$/, '');
    return words ? t('exportStory.promise', { words }) : t('export.removed');
  };
  for (const e of events) {
    const name = 'by' in e ? tools.nameOf(e.by) : '';
    const say = (key: string, vars: Vars = {}, ...blocks: string[]) => {
      const sentence = capital(t(`exportStory.events.${key}`, { name, ...vars }));
      out.push(t('exportStory.line', { time: times.time(e.at), sentence }), '', ...blocks.flatMap((b) => [b, '']));
    };
    switch (e.type) {
      case 'space-opened': say(e.type, {}, tools.quoteWords(e, e.note)); break;
      case 'invitation-deferred':
        if (e.askAgainAfter) say('invitation-deferred-until', { name: tools.invitee, date: times.day(e.askAgainAfter) });
        else say(e.type, { name: tools.invitee });
        break;
      case 'invitation-declined': say(e.type, { name: tools.invitee }); break;
      case 'friend-joined': say(e.type); break;
      case 'space-closed':
        if (e.lastMessage || isRedacted(e)) say('space-closed-message', {}, tools.quoteWords(e, e.lastMessage));
        else say(e.type);
        break;
      case 'pace-set': {
        const pace = e.pace === 'taking-time' && e.backAround
          ? t('exportStory.pace.taking-time-until', { date: times.day(e.backAround) })
          : t(`exportStory.pace.${e.pace}`);
        say(e.type, { pace });
        break;
      }
      case 'first-turn-handed': say(e.type, { other: tools.nameOf(e.to) }); break;
      case 'ground-rules-accepted': case 'ground-rules-agreed': case 'passed': case 'confirmed':
      case 'checkin-opened': case 'reassessment-opened': case 'statement-marked':
        say(e.type);
        break;
      case 'deck-chosen': say(e.type, { deck: tools.deckTitle(e.deckId) }); break;
      case 'prompt-opened': say(e.type, { prompt: tools.promptText(e.deckId, e.promptId) }); break;
      case 'shared': case 'heard': case 'clarified': case 'apology-offered': case 'meeting-line-shared':
        say(e.type, {}, tools.quoteWords(e, e.text));
        break;
      case 'apology-answered':
        say(e.type, { answer: t(`exportStory.apologyAnswer.${e.response}`) }, ...(e.text || isRedacted(e) ? [tools.quoteWords(e, e.text)] : []));
        break;
      case 'meeting-proposed': {
        const when = times.time(e.when);
        meetingTimes.set(e.meetingId, when);
        say(e.type, { mode: t(`meeting.modeWords.${e.mode}`), when }, ...(e.place ? [`${t('exportStory.place')} ${tools.inline(e.place)}`] : []));
        break;
      }
      case 'meeting-answered':
        say(e.type, { when: meetingTimes.get(e.meetingId) ?? '', answer: t(`exportStory.meetingAnswer.${e.answer}`) });
        break;
      case 'commitment-proposed': case 'commitment-revised':
        promises.set(e.commitmentId, e.text);
        say(e.type, {}, tools.quoteWords(e, e.text), ...(e.due ? [t('exportStory.due', { date: times.day(e.due) })] : []));
        break;
      case 'commitment-answered':
        say(`commitment-answered-${e.answer}`, { promise: promiseWords(e.commitmentId) },
          ...(e.answer === 'suggest' ? [tools.quoteWords(e, e.suggestion)] : []));
        break;
      case 'commitment-kept': case 'commitment-noticed':
        say(e.type, { promise: promiseWords(e.commitmentId) });
        break;
      case 'rhythm-chosen': case 'rhythm-agreed': say(e.type, { rhythm: t(`checkins.rhythm.${e.rhythm}`) }); break;
      case 'checkin-revealed':
        say(e.type, {}, ...Object.entries(e.answers).flatMap(([by, a]) => [
          t('exportStory.checkinAnswer', { name: capital(tools.nameOf(by)), answers: answerWords(t, a) }),
          ...(a.note ? [tools.quoteWords(e, a.note)] : []),
        ]));
        break;
      case 'reassessment-revealed':
        say(e.type, {}, ...Object.entries(e.choices).flatMap(([by, c]) => [
          t('exportStory.reassessAnswer', { name: capital(tools.nameOf(by)), ...shapeWords(t, c) }),
          ...(c.words ? [tools.quoteWords(e, c.words)] : []),
        ]));
        break;
      case 'statement-agreed': say(e.type, {}, tools.quoteWords(e, e.text)); break;
      default: {
        // A type added later: a plain sentence, never its fields.
        const unknown: { at: string } = e;
        out.push(t('exportStory.line', { time: times.time(unknown.at), sentence: t('exportStory.other') }), '');
      }
    }
  }
  return out;
}
