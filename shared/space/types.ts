// The space's domain: who is in it, what has happened, and what may be asked of it.
// A space is folded from its event log; the same types serve the server (the referee)
// and the client (which renders the log it syncs).
import type {
  CheckinAnswer,
  FriendshipShape,
  MeetingMode,
  Rebuild,
  ReassessmentChoice,
  Rhythm,
  Score,
  Seal,
  SealKind,
  SealedView,
} from './rebuild-types.ts';
import type { ApologyResponse, DeckOutline, PaceKind, Talk } from './talk-types.ts';

export type * from './rebuild-types.ts';
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
  | (Base & { phase: 'open'; invitee: Member; joinedAt: string; talk: Talk; rebuild: Rebuild })
  | (Base & {
      phase: 'closed';
      invitee: Member;
      joinedAt: string;
      talk: Talk;
      rebuild: Rebuild;
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
  | TalkCommand
  | RebuildCommand;

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
  /** `by` left Mend, and the characters they typed into the together document went with them. */
  | { type: 'together-words-removed'; at: string; by: string }
  | TalkEvent
  | RebuildEvent;

export type RebuildCommand =
  | { type: 'propose-meeting'; when: string; mode: MeetingMode; place?: string | undefined }
  | { type: 'answer-meeting'; meetingId: string; answer: 'accept' | 'not-yet' }
  | { type: 'move-meeting'; meetingId: string; when: string; mode: MeetingMode; place?: string | undefined }
  | { type: 'share-meeting-line'; meetingId: string; text: string }
  | { type: 'propose-commitment'; text: string; due?: string | undefined }
  | { type: 'answer-commitment'; commitmentId: string; answer: 'accept' | 'decline' | 'suggest'; suggestion?: string | undefined }
  | { type: 'revise-commitment'; commitmentId: string; text: string; due?: string | undefined }
  | { type: 'keep-commitment'; commitmentId: string }
  | { type: 'notice-commitment'; commitmentId: string }
  | { type: 'choose-rhythm'; rhythm: Rhythm }
  | { type: 'ask-checkin' }
  | { type: 'answer-checkin'; safe: Score; seen: Score; appreciated: Score; note?: string | undefined }
  | { type: 'start-reassessment' }
  | { type: 'choose-reassessment'; now: FriendshipShape; hope: FriendshipShape; words?: string | undefined }
  | { type: 'mark-statement'; text: string };

export type RebuildEvent =
  | { type: 'meeting-proposed'; at: string; by: string; meetingId: string; when: string; mode: MeetingMode; place: string | null }
  | { type: 'meeting-answered'; at: string; by: string; meetingId: string; answer: 'accept' | 'not-yet' }
  | { type: 'meeting-line-shared'; at: string; by: string; meetingId: string; text: string }
  | { type: 'commitment-proposed'; at: string; by: string; commitmentId: string; text: string; due: string | null }
  | { type: 'commitment-answered'; at: string; by: string; commitmentId: string; answer: 'accept' | 'decline' | 'suggest'; suggestion: string | null }
  | { type: 'commitment-revised'; at: string; by: string; commitmentId: string; text: string; due: string | null }
  | { type: 'commitment-kept'; at: string; by: string; commitmentId: string }
  | { type: 'commitment-noticed'; at: string; by: string; commitmentId: string }
  | { type: 'rhythm-chosen'; at: string; by: string; rhythm: Rhythm }
  | { type: 'rhythm-agreed'; at: string; by: string; rhythm: Rhythm }
  | { type: 'checkin-opened'; at: string; by: string; checkinId: string }
  | { type: 'checkin-revealed'; at: string; by: string; checkinId: string; answers: Record<string, CheckinAnswer> }
  | { type: 'reassessment-opened'; at: string; by: string; reassessmentId: string }
  | { type: 'reassessment-revealed'; at: string; by: string; reassessmentId: string; choices: Record<string, ReassessmentChoice> }
  | { type: 'statement-marked'; at: string; by: string; text: string }
  | { type: 'statement-agreed'; at: string; by: string; text: string };

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
  | 'words-needed'
  | 'bad-date'
  | 'not-both-ready'
  | 'in-the-past'
  | 'no-meeting'
  | 'own-proposal'
  | 'not-proposed'
  | 'not-agreed'
  | 'already-shared'
  | 'no-commitment'
  | 'not-yours'
  | 'not-theirs'
  | 'wrong-status'
  | 'already-noticed'
  | 'round-open'
  | 'ground-rules-changed';

export type Decision =
  | {
      ok: true;
      events: SpaceEvent[];
      /** A sealed answer to keep beside the log until both have answered. */
      seal?: Seal | undefined;
      /** The round whose sealed answers were just revealed and may be let go. */
      unseal?: { kind: SealKind; roundId: string } | undefined;
    }
  | { ok: false; code: RefusalCode };

export interface DecideContext {
  actor: Actor;
  /** ISO time of the decision; passed in so decide stays pure. */
  now: string;
  /** Set only for `open`: the id the server chose for the new space. */
  spaceId?: string | undefined;
  /** The decks in order; prompts open from these. */
  decks?: readonly DeckOutline[] | undefined;
  /** Sealed answers of the open rounds; only the referee can give these. */
  sealed?: SealedView | undefined;
}
