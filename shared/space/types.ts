// The space's domain: who is in it, what has happened, and what may be asked of it.
// A space is folded from its event log; the same types serve the server (the referee)
// and the client (which renders the log it syncs).
import type { ApologyResponse, DeckOutline, PaceKind, Talk } from './talk-types.ts';

export type * from './talk-types.ts';

export type Role = 'opener' | 'invitee';

export interface Member {
  id: string;
  name: string;
  role: Role;
}

export interface Actor {
  id: string;
  name: string;
}

interface Base {
  spaceId: string;
  opener: Member;
  friendName: string;
  note: string;
  openedAt: string;
}

export type SpaceState =
  | { phase: 'none' }
  | (Base & { phase: 'invited'; notYet: { at: string; askAgainAfter: string | null } | null })
  | (Base & { phase: 'declined'; declinedAt: string })
  | (Base & { phase: 'open'; invitee: Member; joinedAt: string; talk: Talk })
  | (Base & {
      phase: 'closed';
      invitee: Member;
      joinedAt: string;
      talk: Talk;
      closedAt: string;
      closedBy: string;
      lastMessage: string | null;
    });

export type Phase = SpaceState['phase'];

/** What a person asks of the space. `id` is made by the client so a retry is applied once. */
export type Command =
  | { type: 'open'; friendName: string; note: string }
  | { type: 'answer-invitation'; answer: 'join' | 'not-yet' | 'no-thanks'; askAgainAfter?: string | undefined }
  | { type: 'leave'; lastMessage?: string | undefined }
  | TalkCommand;

/** A prompt is named in every turn command, so a late or queued one cannot land on another. */
interface OnPrompt {
  deckId: string;
  promptId: string;
}

export type TalkCommand =
  | { type: 'set-pace'; pace: PaceKind; backAround?: string | undefined }
  | { type: 'hand-over-first-turn' }
  | { type: 'agree-ground-rules'; text: string }
  | { type: 'choose-deck'; deckId: string }
  | (OnPrompt & { type: 'share'; text: string })
  | (OnPrompt & { type: 'pass' })
  | (OnPrompt & { type: 'hear'; text: string })
  | (OnPrompt & { type: 'clarify'; text: string })
  | (OnPrompt & { type: 'confirm' })
  | { type: 'offer-apology'; text: string }
  | { type: 'answer-apology'; apologyId: string; response: ApologyResponse; text?: string | undefined };

/** What the referee accepted. Every event carries who and when. */
export type SpaceEvent =
  | { type: 'space-opened'; at: string; by: string; spaceId: string; openerName: string; friendName: string; note: string }
  | { type: 'invitation-deferred'; at: string; by: string; askAgainAfter: string | null }
  | { type: 'invitation-declined'; at: string; by: string }
  | { type: 'friend-joined'; at: string; by: string; name: string }
  | { type: 'space-closed'; at: string; by: string; lastMessage: string | null }
  | TalkEvent;

export type TalkEvent =
  | { type: 'pace-set'; at: string; by: string; pace: PaceKind; backAround: string | null }
  | { type: 'first-turn-handed'; at: string; by: string; to: string }
  | { type: 'ground-rules-accepted'; at: string; by: string; text: string }
  | { type: 'ground-rules-agreed'; at: string; by: string; text: string }
  | { type: 'deck-chosen'; at: string; by: string; deckId: string }
  | { type: 'prompt-opened'; at: string; by: string; deckId: string; promptId: string; speakers: [string, string] }
  | { type: 'shared'; at: string; by: string; text: string }
  | { type: 'passed'; at: string; by: string }
  | { type: 'heard'; at: string; by: string; text: string }
  | { type: 'clarified'; at: string; by: string; text: string }
  | { type: 'confirmed'; at: string; by: string }
  | { type: 'apology-offered'; at: string; by: string; apologyId: string; text: string }
  | { type: 'apology-answered'; at: string; by: string; apologyId: string; response: ApologyResponse; text: string | null };

export type RefusalCode =
  | 'already-exists'
  | 'no-space'
  | 'not-invited'
  | 'own-invitation'
  | 'already-answered'
  | 'not-a-member'
  | 'not-open'
  | 'closed'
  | 'not-your-turn'
  | 'hear-first'
  | 'no-prompt'
  | 'stale-prompt'
  | 'first-turn-taken'
  | 'unknown-deck'
  | 'prompt-in-progress'
  | 'no-apology'
  | 'own-apology'
  | 'apology-answered'
  | 'bad-date';

export type Decision =
  | { ok: true; events: SpaceEvent[] }
  | { ok: false; code: RefusalCode };

export interface DecideContext {
  actor: Actor;
  /** ISO time of the decision; passed in so decide stays pure. */
  now: string;
  /** Set only for `open`: the id the server chose for the new space. */
  spaceId?: string | undefined;
  /** The decks in order; prompts open from these. */
  decks?: readonly DeckOutline[] | undefined;
}
