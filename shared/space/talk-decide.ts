// The conversation's rules. Turn order, reflect-before-answer, pace and consent are decided
// here and nowhere else, so a hand-crafted request meets the same rules as the app.
import { assertNever } from './evolve.ts';
import { evolveTalk } from './talk-evolve.ts';
import { nextPrompt, whoseMove } from './talk-rules.ts';
import type { DeckOutline, Talk } from './talk-types.ts';
import type { Actor, RefusalCode, TalkCommand, TalkEvent } from './types.ts';

type TalkDecision = { ok: true; events: TalkEvent[] } | { ok: false; code: RefusalCode };

const refuse = (code: RefusalCode): TalkDecision => ({ ok: false, code });
const accept = (...events: TalkEvent[]): TalkDecision => ({ ok: true, events });

export interface TalkContext {
  actor: Actor;
  otherId: string;
  inviteeId: string;
  now: string;
  decks: readonly DeckOutline[];
}

export function decideTalk(talk: Talk, command: TalkCommand, ctx: TalkContext): TalkDecision {
  const primary = decidePrimary(talk, command, ctx);
  if (!primary.ok) return primary;
  // A command that makes both ready, or finishes a prompt, also opens the next one.
  const after = primary.events.reduce(evolveTalk, talk);
  const next = nextPrompt(after, ctx.decks);
  if (!next) return primary;
  const speakers: [string, string] = [after.nextFirst, after.nextFirst === ctx.actor.id ? ctx.otherId : ctx.actor.id];
  return accept(...primary.events, { type: 'prompt-opened', at: ctx.now, by: ctx.actor.id, ...next, speakers });
}

function decidePrimary(talk: Talk, command: TalkCommand, ctx: TalkContext): TalkDecision {
  const { actor, now: at } = ctx;
  const by = actor.id;
  switch (command.type) {
    case 'set-pace':
      if (command.backAround !== undefined && command.pace !== 'taking-time') return refuse('bad-date');
      return accept({ type: 'pace-set', at, by, pace: command.pace, backAround: command.backAround ?? null });
    case 'hand-over-first-turn':
      if (by !== ctx.inviteeId || talk.nextFirst !== by || talk.current || talk.done.length > 0) return refuse('first-turn-taken');
      return accept({ type: 'first-turn-handed', at, by, to: ctx.otherId });
    case 'agree-ground-rules': {
      const events: TalkEvent[] = [{ type: 'ground-rules-accepted', at, by, text: command.text }];
      // Agreed when both said yes to the same words; a later change needs both again.
      if (talk.groundRules.agreedBy[ctx.otherId] === command.text && talk.groundRules.agreed?.text !== command.text)
        events.push({ type: 'ground-rules-agreed', at, by, text: command.text });
      return accept(...events);
    }
    case 'choose-deck':
      if (!ctx.decks.some((d) => d.id === command.deckId)) return refuse('unknown-deck');
      if (talk.current && talk.current.step !== 'done') return refuse('prompt-in-progress');
      return accept({ type: 'deck-chosen', at, by, deckId: command.deckId });
    case 'share':
    case 'pass':
    case 'hear':
    case 'clarify':
    case 'confirm': {
      const turn = talk.current;
      if (!turn || turn.step === 'done') return refuse('no-prompt');
      if (turn.deckId !== command.deckId || turn.promptId !== command.promptId) return refuse('stale-prompt');
      // No pace rule here: a pause holds back the next prompt, not a move (talk-rules.ts expectedMove).
      const move = whoseMove(turn);
      if (!move || move.who !== by) return refuse('not-your-turn');
      const wants = command.type === 'pass' ? 'share' : command.type === 'clarify' ? 'confirm' : command.type;
      if (move.move !== wants) return refuse(move.move === 'hear' ? 'hear-first' : 'not-your-turn');
      switch (command.type) {
        case 'share':
          return accept({ type: 'shared', at, by, text: command.text });
        case 'pass':
          return accept({ type: 'passed', at, by });
        case 'hear':
          return accept({ type: 'heard', at, by, text: command.text });
        case 'clarify':
          return accept({ type: 'clarified', at, by, text: command.text });
        case 'confirm':
          return accept({ type: 'confirmed', at, by });
        default:
          return assertNever(command);
      }
    }
    case 'offer-apology':
      return accept({ type: 'apology-offered', at, by, apologyId: `a${talk.apologies.length + 1}`, text: command.text });
    case 'answer-apology': {
      const apology = talk.apologies.find((a) => a.id === command.apologyId);
      if (!apology) return refuse('no-apology');
      if (apology.by === by) return refuse('own-apology');
      if (apology.answer) return refuse('apology-answered');
      const words = command.text?.trim() || null;
      // "What I still need is" is a sentence only the words can finish.
      if (command.response === 'still-need' && !words) return refuse('words-needed');
      return accept({ type: 'apology-answered', at, by, apologyId: apology.id, response: command.response, text: words });
    }
    default:
      return assertNever(command);
  }
}
