// Folds conversation events into Talk. Pure; every event the referee appends fits here.
import type { Talk, PromptTurn, Entry } from './talk-types.ts';
import type { TalkEvent } from './types.ts';

export function initialTalk(openerId: string, inviteeId: string, at: string): Talk {
  const ready = { kind: 'ready' as const, backAround: null, since: at };
  return {
    pace: { [openerId]: ready, [inviteeId]: ready },
    nextFirst: inviteeId,
    groundRules: { agreedBy: {}, agreed: null },
    current: null,
    done: [],
    chosenDeck: null,
    apologies: [],
  };
}

/** After a speaker's half ends: swap roles on the same prompt, or finish it. */
function endHalf(turn: PromptTurn, entries: readonly Entry[]): PromptTurn {
  return turn.half === 0 ? { ...turn, entries, half: 1, step: 'share' } : { ...turn, entries, step: 'done' };
}

function evolveTurn(turn: PromptTurn, event: TalkEvent): PromptTurn {
  const entry = (kind: Entry['kind'], text: string | null): readonly Entry[] => [
    ...turn.entries,
    { kind, by: event.by, text, at: event.at },
  ];
  switch (event.type) {
    case 'shared':
      return { ...turn, entries: entry('share', event.text), step: 'hear' };
    case 'passed':
      return endHalf(turn, entry('pass', null));
    case 'heard':
      return { ...turn, entries: entry('heard', event.text), step: 'confirm' };
    case 'clarified':
      return { ...turn, entries: entry('clarify', event.text), step: 'hear' };
    case 'confirmed':
      return endHalf(turn, entry('confirm', null));
    default:
      return turn;
  }
}

export function evolveTalk(talk: Talk, event: TalkEvent): Talk {
  switch (event.type) {
    case 'pace-set':
      return { ...talk, pace: { ...talk.pace, [event.by]: { kind: event.pace, backAround: event.backAround, since: event.at } } };
    case 'first-turn-handed':
      return { ...talk, nextFirst: event.to };
    case 'ground-rules-accepted':
      return { ...talk, groundRules: { ...talk.groundRules, agreedBy: { ...talk.groundRules.agreedBy, [event.by]: event.text } } };
    case 'ground-rules-agreed':
      return { ...talk, groundRules: { ...talk.groundRules, agreed: { text: event.text, at: event.at } } };
    case 'deck-chosen':
      return { ...talk, chosenDeck: event.deckId };
    case 'prompt-opened': {
      const opened: PromptTurn = {
        deckId: event.deckId,
        promptId: event.promptId,
        openedAt: event.at,
        speakers: event.speakers,
        half: 0,
        step: 'share',
        entries: [],
      };
      // The one who spoke second speaks first next time, so turns alternate.
      return {
        ...talk,
        done: talk.current ? [...talk.done, talk.current] : talk.done,
        current: opened,
        nextFirst: event.speakers[1],
        chosenDeck: null,
      };
    }
    case 'shared':
    case 'passed':
    case 'heard':
    case 'clarified':
    case 'confirmed':
      return talk.current ? { ...talk, current: evolveTurn(talk.current, event) } : talk;
    case 'apology-offered':
      return { ...talk, apologies: [...talk.apologies, { id: event.apologyId, by: event.by, text: event.text, at: event.at, answer: null }] };
    case 'apology-answered':
      return {
        ...talk,
        apologies: talk.apologies.map((a) =>
          a.id === event.apologyId ? { ...a, answer: { response: event.response, text: event.text, at: event.at } } : a,
        ),
      };
  }
}
