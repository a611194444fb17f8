// The space's domain: who is in it, what has happened, and what may be asked of it.
// A space is folded from its event log; the same types serve the server (the referee)
// and the client (which renders the log it syncs).

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
  | (Base & { phase: 'open'; invitee: Member; joinedAt: string })
  | (Base & {
      phase: 'closed';
      invitee: Member;
      joinedAt: string;
      closedAt: string;
      closedBy: string;
      lastMessage: string | null;
    });

export type Phase = SpaceState['phase'];

/** What a person asks of the space. `id` is made by the client so a retry is applied once. */
export type Command =
  | { type: 'open'; friendName: string; note: string }
  | { type: 'answer-invitation'; answer: 'join' | 'not-yet' | 'no-thanks'; askAgainAfter?: string | undefined }
  | { type: 'leave'; lastMessage?: string | undefined };

/** What the referee accepted. Every event carries who and when. */
export type SpaceEvent =
  | { type: 'space-opened'; at: string; by: string; spaceId: string; openerName: string; friendName: string; note: string }
  | { type: 'invitation-deferred'; at: string; by: string; askAgainAfter: string | null }
  | { type: 'invitation-declined'; at: string; by: string }
  | { type: 'friend-joined'; at: string; by: string; name: string }
  | { type: 'space-closed'; at: string; by: string; lastMessage: string | null };

export type RefusalCode =
  | 'already-exists'
  | 'no-space'
  | 'not-invited'
  | 'own-invitation'
  | 'already-answered'
  | 'not-a-member'
  | 'not-open'
  | 'closed';

export type Decision =
  | { ok: true; events: SpaceEvent[] }
  | { ok: false; code: RefusalCode };

export interface DecideContext {
  actor: Actor;
  /** ISO time of the decision; passed in so decide stays pure. */
  now: string;
  /** Set only for `open`: the id the server chose for the new space. */
  spaceId?: string;
}
